package io.corroborate.bench;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchStageInputsTest {
  @Test
  void aStageThatReadsOneCorpusRefusesSeveralOrMadeUpArticles() {
    BenchStage ingest = BenchStages.expect("ingest");
    assertThatThrownBy(() -> ingest.prepare(List.of(Path.of("a"), Path.of("b")), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bench ingest reads one corpus");
    assertThatThrownBy(() -> ingest.prepare(List.of(Path.of("a")), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bench ingest reads one corpus");
  }
}
