package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example story arriving in two parts in a watched folder: the second round reports the new
 * reports, the two conflicts the example holds, and the figures updated over time.
 */
@Tag("slow")
class WatchExampleTest {
  @TempDir Path dir;

  @Test
  void theSecondHalfOfTheExampleBringsItsConflictsAndUpdates() throws IOException {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path examples = Repo.examples().resolve("kaldor-dam");
    for (String f : List.of("lumenpost-2026-03-06.txt", "ostreltoday-2026-03-06.html")) {
      Files.copy(examples.resolve(f), inbox.resolve(f));
    }
    String db = dir.resolve("w.db").toString();
    Cli first =
        Cli.run(
            "watch", inbox.toString(), "--plain", "--rounds", "1", "--db", db, "--format", "jsonl");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(WatchCommandTest.kinds(WatchCommandTest.lines(first.out()).get(0)))
        .containsExactly("NEW_STORY");

    try (Stream<Path> all = Files.list(examples)) {
      for (Path f : all.toList()) {
        if (!Files.exists(inbox.resolve(f.getFileName()))) {
          Files.copy(f, inbox.resolve(f.getFileName()));
        }
      }
    }
    Cli second =
        Cli.run(
            "watch", inbox.toString(), "--plain", "--rounds", "1", "--db", db, "--format", "jsonl");
    JsonNode round = WatchCommandTest.lines(second.out()).get(0);
    List<String> lines = new ArrayList<>();
    round
        .get("changes")
        .forEach(c -> lines.add(c.get("kind").asText() + " " + c.get("summary").asText()));
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).startsWith("NEW_ARTICLES 10 new reports"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("NEW_CONFLICT dead")
                    .contains("at least 20")
                    .contains("14"))
        .anySatisfy(l -> assertThat(l).startsWith("NEW_CONFLICT").contains("41").contains("1988"))
        .anySatisfy(
            l -> assertThat(l).startsWith("UPDATE missing").contains("23 →").contains("→ 2 "))
        .noneSatisfy(l -> assertThat(l).startsWith("NEW_STORY"));
  }
}
