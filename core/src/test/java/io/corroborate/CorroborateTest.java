package io.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Article;
import io.corroborate.model.Rejection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorroborateTest {
  @TempDir Path dir;

  @Test
  void streamingHandsEveryArticleAndRejectionToTheListenerAndCountsWhatRunWouldKeep()
      throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2026-03-09 The river rose two metres overnight and the lower town was evacuated.\n");
    Files.writeString(
        dir.resolve("b.txt"),
        " date 2026-03-10 Engineers opened two spillway gates at dawn, the water authority said.\n");
    Files.writeString(dir.resolve("c.txt"), "Read more\n");
    Corroborate c = Corroborate.create();
    List<String> seen = new ArrayList<>();
    RunCounts counts =
        c.stream(
            List.of(dir.toString()),
            new RunListener() {
              @Override
              public void article(Article a) {
                seen.add("article " + a.origin().file());
              }

              @Override
              public void rejected(Rejection r) {
                seen.add("rejected " + r.file());
              }
            });
    RunSummary run = c.run(List.of(dir.toString()), new RunListener() {});
    assertThat(counts).isEqualTo(new RunCounts(3, 2, 1));
    assertThat(run.articles()).hasSize(counts.articles());
    assertThat(run.rejections()).hasSize(counts.rejections());
    assertThat(seen).hasSize(3).anyMatch(l -> l.startsWith("rejected") && l.endsWith("c.txt"));
  }
}
