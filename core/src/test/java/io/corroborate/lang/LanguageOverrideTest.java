package io.corroborate.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's folder named by {@code corroborate.lang.dir} replaces the bundled lists file by file:
 * what it holds is read instead, what it lacks still comes from the bundled folder.
 */
class LanguageOverrideTest {

  /** Prints English's hedges and months as a fresh process reads them. */
  public static void main(String[] args) {
    System.out.println("hedges=" + LanguagePack.english().set("hedges.tsv"));
    System.out.println("months=" + LanguagePack.english().set("months.tsv").size());
  }

  @Test
  void aFileOfTheFolderIsReadInsteadOfTheBundledOne(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("en"));
    Files.writeString(dir.resolve("en/hedges.tsv"), "# mine\nvelmorishly\tAPPROXIMATE\tfigure\n");
    assertThat(LanguagePack.overridden(Optional.of(dir), "en", "hedges.tsv"))
        .contains(List.of("# mine", "velmorishly\tAPPROXIMATE\tfigure"));
    assertThat(LanguagePack.overridden(Optional.of(dir), "en", "months.tsv")).isEmpty();
    assertThat(LanguagePack.overridden(Optional.of(dir), "de", "hedges.tsv")).isEmpty();
    assertThat(LanguagePack.overridden(Optional.empty(), "en", "hedges.tsv")).isEmpty();
  }

  @Test
  void aProcessStartedWithThePropertyReadsTheUsersListAndTheRestBundled(@TempDir Path dir)
      throws Exception {
    Files.createDirectories(dir.resolve("en"));
    Files.writeString(dir.resolve("en/hedges.tsv"), "velmorishly\tAPPROXIMATE\tfigure\n");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-D" + LanguagePack.OVERRIDE_PROPERTY + "=" + dir,
                "-cp",
                System.getProperty("java.class.path"),
                LanguageOverrideTest.class.getName())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(out).contains("hedges=[velmorishly]");
    assertThat(out).containsPattern("months=[1-9]\\d*");
    assertThat(LanguagePack.english().set("hedges.tsv"))
        .contains("about")
        .doesNotContain("velmorishly");
  }
}
