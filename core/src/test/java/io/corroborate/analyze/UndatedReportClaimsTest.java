package io.corroborate.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.extract.Claim;
import io.corroborate.extract.ClaimExtractor;
import io.corroborate.extract.ExtractOptions;
import io.corroborate.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claims the front door gives are the claims the dossier is made of: an undated report's times
 * are read at its story's date on both paths (the {@code claims} command read them at no date).
 */
class UndatedReportClaimsTest {
  @TempDir Path dir;

  @Test
  void anUndatedReportsClaimsAreReadAtItsStorysDateAsItsDossierReadsThem() throws Exception {
    Files.writeString(
        dir.resolve("dated.txt"),
        " date 2026-03-10 The Veldan river burst its banks at Brenitsa on Monday, and 3,000 people"
            + " were evacuated from the lower town, the civil protection authority said.\n");
    Files.writeString(
        dir.resolve("undated.txt"),
        "The Veldan river burst its banks at Brenitsa on Monday, and 3,000 people were evacuated"
            + " from the lower town of Brenitsa, the civil protection authority said.\n");
    Corroborate c =
        Corroborate.builder().annotate(new PlainLanguageLayer(), AnnotationCache.none()).build();
    RunSummary run = c.run(List.of(dir.toString()), new RunListener() {});
    assertThat(c.dossiers(run)).as("one story").hasSize(1);
    Article undated =
        run.articles().stream().filter(a -> a.published().isEmpty()).findFirst().orElseThrow();
    Annotation an = run.annotations().get(undated.id());
    ClaimExtractor extractor = new ClaimExtractor(ExtractOptions.defaults());
    List<Claim> alone = extractor.extract(undated, an);
    List<Claim> atStoryDate =
        extractor.extract(undated, AnchorTimes.anchor(an, Optional.of(LocalDate.of(2026, 3, 10))));
    assertThat(atStoryDate)
        .as("the story's date changes what the report's claims hold at")
        .isNotEqualTo(alone);

    Map<String, List<Claim>> claims = c.claims(run);
    assertThat(claims.get(undated.id())).isEqualTo(atStoryDate);
    assertThat(c.storyClaims(run.articles(), run.annotations()).get(undated.id()))
        .isEqualTo(atStoryDate);
  }
}
