package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.model.Rejection;
import io.corroborate.testkit.BadInputs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrictModeTest {
  @TempDir Path dir;

  private final Ingest strict = new Ingest(IngestOptions.defaults().withStrict(true));

  @Test
  void firstRejectionThrowsNamingFileAndOffset() {
    BadInputs.Case c = BadInputs.find(BadInputs.writeAll(dir), "malformed-json-line").orElseThrow();
    Collected seen = new Collected();
    assertThatThrownBy(() -> strict.read(Input.of(c.path()), seen))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith(c.path() + ":" + c.offset() + ": unreadable")
        .satisfies(
            e -> {
              Rejection r = ((IngestException) e).rejection();
              assertThat(r.offset()).isEqualTo(c.offset());
              assertThat(r.kind()).isEqualTo(Rejection.Kind.UNREADABLE);
            });
    // the good line before the bad one was delivered; nothing after it was
    assertThat(seen.docs).hasSize(1);
    assertThat(seen.rejections).isEmpty();
  }

  @Test
  void expansionThrowsAtTheFirstMissingArgument() {
    assertThatThrownBy(() -> strict.expand(List.of(dir.resolve("nope.txt").toString())))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("nope.txt")
        .hasMessageContaining("no such file");
  }

  @Test
  void lenientModeCollectsTheSameRejectionAndGoesOn() {
    BadInputs.Case c = BadInputs.find(BadInputs.writeAll(dir), "malformed-json-line").orElseThrow();
    Collected seen = Collected.file(c.path());
    assertThat(seen.docs).hasSize(2);
    assertThat(seen.onlyRejection().offset()).isEqualTo(c.offset());
  }

  @Test
  void goodInputDoesNotThrowInStrictMode() {
    Path p = Collected.write(dir, "ok.txt", "The ferry ran again.");
    assertThat(Collected.file(strict, p).only().content()).isEqualTo("The ferry ran again.");
  }
}
