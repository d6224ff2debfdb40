package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.dossier.Dossier;
import io.corroborate.dossier.HtmlRenderer;
import io.corroborate.dossier.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A language the engine cannot read claims in yet is said so: made-up reports of a ferry fire in
 * English and in Swedish, which has no language folder; the dossier names Swedish, never silently
 * showing its report as one that stated nothing.
 */
class ReadLanguagesTest {
  @TempDir Path dir;

  @Test
  void theLanguagesClaimsAreReadInAreEnglishAndEveryFolderWithMeasures() {
    assertThat(ReadLanguages.reads("en")).isTrue();
    assertThat(ReadLanguages.reads("de")).isTrue();
    assertThat(ReadLanguages.reads("ja")).isTrue();
    assertThat(ReadLanguages.reads("sv")).isFalse();
    assertThat(ReadLanguages.reads("und")).isFalse();
  }

  @Test
  void aDossierWithAReportInAnUnreadLanguageSaysSo() throws Exception {
    Files.writeString(
        dir.resolve("a-en.txt"),
        " date 2026-04-02\nFire on the Ostrava ferry\n\nA fire broke out on the Ostrava ferry"
            + " near Lindholm on Thursday. The coast guard said 14 passengers were injured and 212"
            + " were evacuated to the harbour.\n");
    Files.writeString(
        dir.resolve("b-sv.txt"),
        " date 2026-04-02\nBrand på färjan Ostrava\n\nEn brand utbröt på färjan Ostrava nära"
            + " Lindholm på torsdagen. Kustbevakningen uppgav att fjorton passagerare skadades och"
            + " att 212 personer evakuerades till hamnen, enligt myndigheten.\n");
    Corroborate c = Corroborate.create();
    RunSummary run = c.run(List.of(dir.toString()), new RunListener() {});
    assertThat(run.articles()).extracting(a -> a.language()).contains("sv");
    assertThat(ReadLanguages.unread(run.articles())).containsEntry("sv", 1).doesNotContainKey("en");
    List<Dossier> dossiers = c.dossiers(run);
    Dossier withSwedish =
        dossiers.stream()
            .filter(d -> d.articles().stream().anyMatch(a -> a.language().equals("sv")))
            .findFirst()
            .orElseThrow();
    assertThat(withSwedish.unreadLanguagesLine())
        .hasValue(
            "claims are not read yet in sv (1 article): it joins the story but gives no figures");
    assertThat(new MarkdownRenderer().render(withSwedish))
        .contains("Note: claims are not read yet in sv (1 article)");
    assertThat(new HtmlRenderer().render(withSwedish))
        .contains("Note: claims are not read yet in sv (1 article)");
  }

  @Test
  void aDossierOfReadLanguagesHasNoSuchLine() {
    assertThat(ReadLanguages.note(List.of())).isEmpty();
  }
}
