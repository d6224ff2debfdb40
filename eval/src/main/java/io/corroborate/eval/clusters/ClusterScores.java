package io.corroborate.eval.clusters;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B³ and pairwise precision and recall of a predicted clustering against a gold one.
 *
 * <pre>{@code
 * ClusterScores s = ClusterScores.of(List.of("a", "b"), predicted::get, gold::get);
 * s.b3F1();
 * }</pre>
 */
public record ClusterScores(
    double b3Precision, double b3Recall, double pairPrecision, double pairRecall) {

  public double b3F1() {
    return f1(b3Precision, b3Recall);
  }

  public double pairF1() {
    return f1(pairPrecision, pairRecall);
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Scores the items' predicted clusters against their gold clusters. */
  public static ClusterScores of(
      List<String> items, Map<String, String> predicted, Map<String, String> gold) {
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (String i : items) {
      predSize.merge(predicted.get(i), 1, Integer::sum);
      goldSize.merge(gold.get(i), 1, Integer::sum);
      both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (String i : items) {
      int shared = both.get(predicted.get(i) + "\u0000" + gold.get(i));
      p += shared / (double) predSize.get(predicted.get(i));
      r += shared / (double) goldSize.get(gold.get(i));
    }
    long truePairs = both.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    long predPairs = predSize.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    long goldPairs = goldSize.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    int n = Math.max(1, items.size());
    return new ClusterScores(
        p / n,
        r / n,
        predPairs == 0 ? 1 : truePairs / (double) predPairs,
        goldPairs == 0 ? 1 : truePairs / (double) goldPairs);
  }
}
