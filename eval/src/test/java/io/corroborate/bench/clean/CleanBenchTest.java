package io.corroborate.bench.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.bench.BenchStages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanBenchTest {
  @Test
  void theStageIsRegisteredAsClean() {
    assertThat(BenchStages.expect("clean")).isInstanceOf(CleanBench.class);
    assertThat(BenchStages.expect("clean").unit()).isEqualTo("pages");
  }

  @Test
  void everyPreparedPageIsExtractedOncePerRun(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("eval"));
    Files.writeString(
        dir.resolve("eval/a.html"),
        "<p>One page of text, long enough to be read as a paragraph.</p>",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("eval/b.html"), "<p>Another page.</p>", StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("evaldata.json"),
        "{\"https://x.example/a\": {\"file\": \"a.html\", \"with\": [], \"without\": []},"
            + " \"https://x.example/b\": {\"file\": \"b.html\", \"with\": [], \"without\": []}}",
        StandardCharsets.UTF_8);
    CleanBench b = new CleanBench();
    assertThat(b.prepare(dir)).isEqualTo(2);
    assertThat(b.runOnce(1)).isEqualTo(2);
    assertThat(b.runOnce(3)).isEqualTo(2);
  }
}
