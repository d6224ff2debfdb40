package io.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobOptionsTest {
  @Test
  void lastPositionalArgumentIsTheOutputDirectory() {
    JobOptions o =
        JobOptions.parse(new String[] {"--annotate", "corenlp", "a/*.warc.gz", "b.jsonl", "out"});

    assertThat(o.inputs()).containsExactly("a/*.warc.gz", "b.jsonl");
    assertThat(o.output()).isEqualTo("out");
    assertThat(o.layer()).isEqualTo(LayerKind.CORENLP);
    assertThat(o.master()).isEmpty();
  }

  @Test
  void plainLayerIsTheDefault() {
    assertThat(JobOptions.parse(new String[] {"in", "out"}).layer()).isEqualTo(LayerKind.PLAIN);
  }

  @Test
  void missingOutputFailsWithTheUsageLine() {
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"in"}))
        .hasMessageContaining("usage: SparkJob");
  }

  @Test
  void unknownLayerIsNamedInTheError() {
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--annotate", "bert", "in", "out"}))
        .hasMessageContaining("'bert'");
  }

  @Test
  void maxBlockAndWindowDaysSetTheBlocking() {
    JobOptions o =
        JobOptions.parse(new String[] {"--max-block", "250", "--window-days", "3", "in", "out"});

    assertThat(o.blocking().maxBlock()).isEqualTo(250);
    assertThat(o.blocking().windowDays()).isEqualTo(3);
    assertThat(o.blocking().wholeInput())
        .isEqualTo(Blocking.BlockingOptions.WHOLE_INPUT)
        .isPositive();
    assertThat(JobOptions.parse(new String[] {"--whole-input", "0", "in", "out"}))
        .extracting(j -> j.blocking().wholeInput())
        .isEqualTo(0);
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--whole-input", "-1", "in", "out"}))
        .hasMessageContaining("--whole-input");
  }

  @Test
  void aNumberOptionWithWordsIsNamedInTheError() {
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--max-block", "many", "in", "out"}))
        .hasMessageContaining("--max-block")
        .hasMessageContaining("'many'");
  }
}
