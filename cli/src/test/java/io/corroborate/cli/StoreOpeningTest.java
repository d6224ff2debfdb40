package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How every command maps {@code --db} to a store, and what it says when there is none. */
class StoreOpeningTest {
  @TempDir Path dir;

  @Test
  void aPostgresqlUrlOpensPostgresqlAndNeverASqliteFolder() {
    Cli r = Cli.run("articles", "--db", "postgresql://ann:hunter2@127.0.0.1:1/newsroom");
    assertThat(r.exit()).isEqualTo(ExitCodes.IO_OR_STORE);
    assertThat(r.err()).contains("postgresql://ann@127.0.0.1:1/newsroom").doesNotContain("hunter2");
    assertThat(Path.of("postgresql:")).doesNotExist();
  }

  @Test
  void ingestIntoAPostgresqlUrlNeverPrintsThePassword() throws Exception {
    Path page = dir.resolve("page.txt");
    Files.writeString(page, "Engineers opened two gates of the Kaldor Dam at dawn.");
    Cli r =
        Cli.run(
            "ingest",
            page.toString(),
            "--db",
            "postgresql://ann:hunter2@127.0.0.1:1/newsroom?password=hunter2");
    assertThat(r.exit()).isEqualTo(ExitCodes.IO_OR_STORE);
    assertThat(r.err()).contains("127.0.0.1:1/newsroom").doesNotContain("hunter2");
    assertThat(r.out()).doesNotContain("hunter2");
  }

  @Test
  void aReadOnlyCommandOnAMissingStoreSaysSoAndCreatesNothing() {
    Path db = dir.resolve("nowhere/news.db");
    for (List<String> command :
        List.of(
            List.of("articles"),
            List.of("show", "3f2a"),
            List.of("stories"),
            List.of("dossier", "s9e3"),
            List.of("claims", "--story", "s9e3"))) {
      String[] args =
          java.util.stream.Stream.concat(
                  command.stream(), java.util.stream.Stream.of("--db", db.toString()))
              .toArray(String[]::new);
      Cli r = Cli.run(args);
      assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(ExitCodes.IO_OR_STORE);
      assertThat(r.err())
          .as(String.join(" ", command))
          .isEqualTo(
              "corroborate: no store at "
                  + db
                  + " (nothing was created; add articles with 'corroborate ingest' or 'analyze',"
                  + " or name another store with --db)"
                  + System.lineSeparator());
    }
    assertThat(dir.resolve("nowhere")).doesNotExist();
  }
}
