package io.corroborate.eval.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MUC (Vilain et al. 1995), B³ (Bagga and Baldwin 1998) and entity-based CEAF (Luo 2005), as the
 * CoNLL-2012 reference scorer defines them. A mention missing from the other side counts as a
 * singleton there, so the same code scores gold and predicted mentions.
 */
final class Metrics {
  private Metrics() {}

  /** MUC: links kept. Recall = Σ(|K| − partitions of K by the response) / Σ(|K| − 1). */
  static Prf muc(Clustering key, Clustering response) {
    return new Prf(mucRecall(response, key), mucRecall(key, response));
  }

  private static double mucRecall(Clustering key, Clustering response) {
    double num = 0;
    double den = 0;
    for (Set<String> k : key.clusters()) {
      Set<Integer> parts = new HashSet<>();
      int unaligned = 0;
      for (String m : k) {
        int r = response.clusterIndex(m);
        if (r < 0) {
          unaligned++;
        } else {
          parts.add(r);
        }
      }
      num += k.size() - (parts.size() + unaligned);
      den += k.size() - 1;
    }
    return Prf.ratio(num, den);
  }

  /** B³: per mention, the share of its cluster the other side agrees on, averaged over mentions. */
  static Prf bcubed(Clustering key, Clustering response) {
    return new Prf(bcubedRecall(response, key), bcubedRecall(key, response));
  }

  private static double bcubedRecall(Clustering key, Clustering response) {
    double sum = 0;
    int n = 0;
    for (Set<String> k : key.clusters()) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (String m : k) {
        int r = response.clusterIndex(m);
        if (r >= 0) {
          overlap.merge(r, 1, Integer::sum);
        }
      }
      for (Map.Entry<Integer, Integer> e : overlap.entrySet()) {
        // each of the c shared mentions scores c / |K|
        sum += (double) e.getValue() * e.getValue() / k.size();
      }
      n += k.size();
    }
    return Prf.ratio(sum, n);
  }

  /**
   * CEAF-e: the one-to-one alignment of key and response clusters that maximises the sum of φ4(K,
   * R) = 2|K ∩ R| / (|K| + |R|); recall divides that sum by the key's cluster count, precision by
   * the response's. Clusters that share no mention never align, so the alignment is solved apart
   * for each connected group of overlapping clusters.
   */
  static Prf ceafe(Clustering key, Clustering response) {
    int nk = key.size();
    int nr = response.size();
    // Union-find over key clusters [0, nk) and response clusters [nk, nk + nr).
    int[] parent = new int[nk + nr];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<Long, Integer> overlap = new HashMap<>();
    for (int k = 0; k < nk; k++) {
      for (String m : key.clusters().get(k)) {
        int r = response.clusterIndex(m);
        if (r >= 0) {
          overlap.merge(((long) k << 32) | r, 1, Integer::sum);
          union(parent, k, nk + r);
        }
      }
    }
    Map<Integer, List<Integer>> keysOf = new HashMap<>();
    Map<Integer, List<Integer>> respsOf = new HashMap<>();
    for (int k = 0; k < nk; k++) {
      keysOf.computeIfAbsent(find(parent, k), x -> new ArrayList<>()).add(k);
    }
    for (int r = 0; r < nr; r++) {
      respsOf.computeIfAbsent(find(parent, nk + r), x -> new ArrayList<>()).add(r);
    }
    double total = 0;
    for (Map.Entry<Integer, List<Integer>> e : keysOf.entrySet()) {
      List<Integer> ks = e.getValue();
      List<Integer> rs = respsOf.getOrDefault(e.getKey(), List.of());
      if (rs.isEmpty()) {
        continue;
      }
      double[][] sim = new double[ks.size()][rs.size()];
      for (int i = 0; i < ks.size(); i++) {
        for (int j = 0; j < rs.size(); j++) {
          Integer c = overlap.get(((long) ks.get(i) << 32) | rs.get(j));
          if (c != null) {
            int sk = key.clusters().get(ks.get(i)).size();
            int sr = response.clusters().get(rs.get(j)).size();
            sim[i][j] = 2.0 * c / (sk + sr);
          }
        }
      }
      total += Assignment.maxSum(sim);
    }
    return new Prf(Prf.ratio(total, nr), Prf.ratio(total, nk));
  }

  private static int find(int[] p, int x) {
    while (p[x] != x) {
      p[x] = p[p[x]];
      x = p[x];
    }
    return x;
  }

  private static void union(int[] p, int a, int b) {
    p[find(p, a)] = find(p, b);
  }
}
