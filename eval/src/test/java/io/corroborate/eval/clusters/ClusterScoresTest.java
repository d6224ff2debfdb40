package io.corroborate.eval.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
  @Test
  void aPerfectClusteringScoresOneAndMergingTwoStoriesCostsPrecision() {
    List<String> items = List.of("a", "b", "c", "d");
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
    assertThat(ClusterScores.of(items, gold, gold).b3F1()).isEqualTo(1.0);
    ClusterScores merged =
        ClusterScores.of(items, Map.of("a", "m", "b", "m", "c", "m", "d", "m"), gold);
    assertThat(merged.b3Precision()).isCloseTo(0.5, within(1e-9));
    assertThat(merged.b3Recall()).isEqualTo(1.0);
    assertThat(merged.pairPrecision()).isCloseTo(2 / 6.0, within(1e-9));
    ClusterScores split =
        ClusterScores.of(items, Map.of("a", "1", "b", "2", "c", "3", "d", "4"), gold);
    assertThat(split.b3Precision()).isEqualTo(1.0);
    assertThat(split.pairRecall()).isZero();
  }
}
