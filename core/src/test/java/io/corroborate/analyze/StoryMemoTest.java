package io.corroborate.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.extract.Claim;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.testkit.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story analysed again after each new article, with what its earlier analyses kept (the memo and
 * the claims already read), has the dossier that analysing the same articles afresh gives.
 */
class StoryMemoTest {
  @TempDir Path dir;

  @Test
  void aStoryGrownOneArticleAtATimeWithItsMemoHasTheDossierOfAFreshAnalysis() throws Exception {
    Files.writeString(
        dir.resolve("undated.txt"),
        "The Veldan river burst its banks at Brenitsa on Monday, and 3,000 people were evacuated"
            + " from the lower town of Brenitsa, the civil protection authority said.\n");
    Files.writeString(
        dir.resolve("later.txt"),
        " date 2031-04-20 By Sunday the Veldan river had receded at Brenitsa, where 2,400 people"
            + " were still away from their homes, the civil protection authority said.\n");
    Corroborate c =
        Corroborate.builder().annotate(new PlainLanguageLayer(), AnnotationCache.none()).build();
    RunSummary run =
        c.run(
            List.of(Repo.examples().resolve("kaldor-dam").toString(), dir.toString()),
            new RunListener() {});
    // The undated report first and the latest report last: the story's date, at which the undated
    // report's times are read, moves as the story grows.
    List<Article> order = new ArrayList<>(run.articles());
    order.sort(
        Comparator.comparing(
            (Article a) -> a.published().map(p -> p.date().toString()).orElse("0000")));
    assertThat(order.get(0).published()).isEmpty();
    assertThat(order.get(order.size() - 1).text()).contains("receded");

    StoryAnalysis analysis = new StoryAnalysis(StoryOptions.defaults());
    StoryMemo memo = new StoryMemo();
    Map<String, List<Claim>> known = Map.of();
    for (int n = 1; n <= order.size(); n++) {
      List<Article> story = order.subList(0, n);
      StoryAnalysis.Report grown =
          analysis.analyze("s1", "Dam", story, run.annotations(), known, List.of(), memo);
      String afresh =
          ModelJson.writePretty(analysis.dossier("s1", "Dam", story, run.annotations(), List.of()));
      assertThat(ModelJson.writePretty(grown.dossier()))
          .as("dossier after %d articles", n)
          .isEqualTo(afresh);
      known = grown.claims();
    }
  }
}
