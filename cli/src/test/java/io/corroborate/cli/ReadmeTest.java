package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.testkit.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's two commands are what users run first: they are tested as written. */
class ReadmeTest {
  @TempDir Path dir;

  private static List<String> commandLines() throws Exception {
    return Files.readAllLines(Repo.root().resolve("README.md")).stream()
        .filter(l -> l.startsWith("bin/corroborate ") || l.startsWith("./mvnw "))
        .toList();
  }

  @Test
  void theMainCommandWritesADossierOfTheExampleStoryFromEveryOutlet() throws Exception {
    String main =
        commandLines().stream()
            .filter(l -> l.startsWith("bin/corroborate analyze examples/"))
            .findFirst()
            .orElseThrow();
    List<String> args =
        new ArrayList<>(Arrays.asList(main.substring("bin/corroborate ".length()).split("\\s+")));
    Path out = dir.resolve("dossier.html");
    args.set(args.indexOf("-o") + 1, out.toString());
    args.set(1, Repo.root().resolve(args.get(1)).toString());
    args.addAll(List.of("--db", dir.resolve("c.db").toString()));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out);
    assertThat(html).contains("12 articles from 10 outlets");
    for (String outlet :
        List.of(
            "meridianwire.example",
            "Ostrel Today",
            "The Lumen Post",
            "The Daily Lantern",
            "Northgate Herald",
            "The Maradin Courier",
            "Continental Observer",
            "Civic Ledger",
            "Brenica Voice",
            "Kestrel News")) {
      assertThat(html).as("outlet %s", outlet).contains(outlet);
    }
  }

  @Test
  void ciRunsExactlyTheReadmeTestCommand() throws Exception {
    String test =
        commandLines().stream().filter(l -> l.startsWith("./mvnw ")).findFirst().orElseThrow();
    assertThat(Files.readString(Repo.root().resolve(".ci/run"))).contains("\n" + test + "\n");
  }

  @Test
  void theBrokenExampleIsRejectedWithFileAndOffsetAndTheRunGoesOn() {
    Path broken = Repo.examples().resolve("broken/truncated.warc.gz");
    Cli r =
        Cli.run(
            "analyze",
            "--no-store",
            broken.toString(),
            Repo.examples().resolve("kaldor-dam/lumenpost-2026-03-06.txt").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.SOME_REJECTED);
    assertThat(r.err()).contains("truncated.warc.gz:4054");
    assertThat(r.out()).contains("The Lumen Post");
  }
}
