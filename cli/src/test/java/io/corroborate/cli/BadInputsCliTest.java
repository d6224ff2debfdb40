package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Rejection;
import io.corroborate.store.sqlite.SqliteStore;
import io.corroborate.testkit.BadInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus through the command line: every bad input is rejected with its kind,
 * file and offset, kept in the store once, and the good inputs beside them are still stored.
 */
class BadInputsCliTest {
  @TempDir Path dir;

  @Test
  void everyBadInputIsRejectedWithFileAndOffsetKeptOnceAndTheRunGoesOn() throws Exception {
    List<BadInputs.Case> cases = BadInputs.writeAll(dir.resolve("bad"));
    List<String> args =
        new ArrayList<>(List.of("ingest", "--db", dir.resolve("c.db").toString(), "--json"));
    cases.forEach(c -> args.add(c.argument()));
    Cli first = Cli.run(args.toArray(String[]::new));
    assertThat(first.exit()).as(first.err()).isEqualTo(ExitCodes.SOME_REJECTED);
    int expectedDocuments = cases.stream().mapToInt(BadInputs.Case::documents).sum();
    List<Rejection> stored;
    int articles;
    try (SqliteStore s = SqliteStore.open(dir.resolve("c.db"))) {
      stored = s.rejections();
      articles = s.articleCount();
    }
    // Good records beside the bad ones are all read; some cases share a page, stored once by
    // content.
    var outcomes = io.corroborate.model.ModelJson.mapper().readTree(first.out()).get("articles");
    assertThat(outcomes).hasSize(expectedDocuments);
    assertThat(articles)
        .isEqualTo((int) outcomes.findValuesAsText("id").stream().distinct().count())
        .isPositive();
    for (BadInputs.Case c : cases) {
      assertThat(stored)
          .as("rejection for %s", c)
          .anySatisfy(
              r -> {
                assertThat(r.kind().name()).isEqualTo(c.kind());
                assertThat(Path.of(r.file())).isEqualTo(c.rejectedPath());
                assertThat(r.offset()).isEqualTo(c.offset());
              });
    }
    Cli again = Cli.run(args.toArray(String[]::new));
    assertThat(again.exit()).isEqualTo(ExitCodes.SOME_REJECTED);
    try (SqliteStore s = SqliteStore.open(dir.resolve("c.db"))) {
      assertThat(s.rejections()).hasSameSizeAs(stored);
      assertThat(s.articleCount()).isEqualTo(articles);
    }
  }
}
