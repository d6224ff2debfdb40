package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.testkit.Repo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --help} of every command is a golden file. To change one on purpose, run with {@code
 * -Dcorroborate.golden.update=true} and review the diff.
 */
class HelpGoldenTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "analyze",
        "stories",
        "dossier",
        "ingest",
        "watch",
        "articles",
        "show",
        "extract",
        "claims",
        "eval",
        "bench",
        "serve"
      })
  void helpOutputMatchesItsGoldenFile(String command) throws Exception {
    Cli r = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
    assertThat(r.exit()).isZero();
    Path golden =
        Repo.root()
            .resolve(
                "cli/src/test/resources/golden/help"
                    + (command.isEmpty() ? "" : "-" + command)
                    + ".txt");
    if (Boolean.getBoolean("corroborate.golden.update")) {
      Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; regenerate with -Dcorroborate.golden.update=true").exists();
    assertThat(r.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
