package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with a report in a language whose claims are not read yet says so in its summary and in the
 * dossier: a made-up ferry fire told in English and in Swedish.
 */
class UnreadLanguagesCliTest {
  @TempDir Path dir;

  @Test
  void analyzeNamesTheLanguageItCannotReadClaimsIn() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("a-en.txt"),
        " date 2031-04-02\nFire on the Ostrava ferry\n\nA fire broke out on the Ostrava ferry"
            + " near Lindholm on Thursday. The coast guard said 14 passengers were injured.\n");
    Files.writeString(
        in.resolve("b-sv.txt"),
        " date 2031-04-02\nBrand på färjan Ostrava\n\nEn brand utbröt på färjan Ostrava nära"
            + " Lindholm på torsdagen. Kustbevakningen uppgav att fjorton passagerare skadades,"
            + " enligt myndigheten.\n");
    Cli r = Cli.run("analyze", in.toString(), "--db", dir.resolve("c.db").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("note: claims are not read yet in sv (1 article)");
    assertThat(r.out()).contains("Note: claims are not read yet in sv (1 article)");
  }
}
