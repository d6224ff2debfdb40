package io.corroborate.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static final double EPS = 1e-9;

  private static Clustering c(List<List<String>> clusters) {
    return Clustering.of(clusters);
  }

  @Test
  void splitAndMergedClustersScoreAsComputedByHand() {
    // key {a b c} {d e}; response {a b} {c d e}
    Clustering key = c(List.of(List.of("a", "b", "c"), List.of("d", "e")));
    Clustering resp = c(List.of(List.of("a", "b"), List.of("c", "d", "e")));
    CorefScores s = CorefScores.of(key, resp);
    // MUC: recall (3-2 + 2-1) / (2 + 1) = 2/3; precision (2-1 + 3-2) / (1 + 2) = 2/3
    assertThat(s.muc().recall()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(s.muc().precision()).isCloseTo(2.0 / 3, within(EPS));
    // B³: per mention precision 1, 1, 1/3, 2/3, 2/3 and recall 2/3, 2/3, 1/3, 1, 1: both 11/15
    assertThat(s.bcubed().precision()).isCloseTo(11.0 / 15, within(EPS));
    assertThat(s.bcubed().recall()).isCloseTo(11.0 / 15, within(EPS));
    // CEAF-e: best alignment {abc}-{ab} (0.8) + {de}-{cde} (0.8) = 1.6 over 2 clusters each side
    assertThat(s.ceafe().recall()).isCloseTo(0.8, within(EPS));
    assertThat(s.ceafe().precision()).isCloseTo(0.8, within(EPS));
    assertThat(s.conllF1()).isCloseTo((2.0 / 3 + 11.0 / 15 + 0.8) / 3, within(EPS));
  }

  @Test
  void allSingletonResponseHasNoMucLinksButKeepsBcubedPrecision() {
    Clustering key = c(List.of(List.of("a", "b"), List.of("c")));
    Clustering resp = c(List.of(List.of("a"), List.of("b"), List.of("c")));
    CorefScores s = CorefScores.of(key, resp);
    assertThat(s.muc().f1()).isZero();
    assertThat(s.bcubed().precision()).isCloseTo(1.0, within(EPS));
    assertThat(s.bcubed().recall()).isCloseTo(2.0 / 3, within(EPS));
    // φ4({a b}, {a}) = 2/3 and φ4({c}, {c}) = 1: 5/3 over 2 key and 3 response clusters
    assertThat(s.ceafe().recall()).isCloseTo(5.0 / 6, within(EPS));
    assertThat(s.ceafe().precision()).isCloseTo(5.0 / 9, within(EPS));
  }

  @Test
  void aResponseEqualToTheKeyScoresOneEverywhere() {
    Clustering key = c(List.of(List.of("a", "b"), List.of("c"), List.of("d", "e", "f")));
    CorefScores s = CorefScores.of(key, key);
    assertThat(s.conllF1()).isCloseTo(1.0, within(EPS));
    assertThat(s.all()).allSatisfy(p -> assertThat(p.f1()).isCloseTo(1.0, within(EPS)));
  }

  @Test
  void oneBigResponseClusterHasFullMucRecallAndLowPrecision() {
    Clustering key = c(List.of(List.of("a", "b"), List.of("c", "d")));
    Clustering resp = c(List.of(List.of("a", "b", "c", "d")));
    CorefScores s = CorefScores.of(key, resp);
    assertThat(s.muc().recall()).isCloseTo(1.0, within(EPS));
    // response {abcd}: 4 - 2 key parts = 2 of 3 links
    assertThat(s.muc().precision()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(s.bcubed().precision()).isCloseTo(0.5, within(EPS));
    // φ4({a b}, {a b c d}) = 4/6: over 2 key clusters and 1 response cluster
    assertThat(s.ceafe().recall()).isCloseTo(1.0 / 3, within(EPS));
    assertThat(s.ceafe().precision()).isCloseTo(2.0 / 3, within(EPS));
  }

  @Test
  void theAssignmentFindsTheBestMatchingNotTheGreedyOne() {
    assertThat(Assignment.maxSum(new double[][] {{1.0, 0.9}, {0.9, 0.1}}))
        .isCloseTo(1.8, within(EPS));
    assertThat(Assignment.maxSum(new double[][] {{0.5}, {0.7}})).isCloseTo(0.7, within(EPS));
    assertThat(Assignment.maxSum(new double[][] {{0.2, 0.6, 0.1}})).isCloseTo(0.6, within(EPS));
    assertThat(Assignment.maxSum(new double[0][0])).isZero();
  }

  @Test
  void aMentionInTwoClustersIsRejected() {
    assertThatThrownBy(() -> c(List.of(List.of("a", "b"), List.of("b"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mention b");
  }
}
