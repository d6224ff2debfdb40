package io.corroborate.eval.coref;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A partition of mentions into clusters (a key or a response), singletons included.
 *
 * <pre>{@code Clustering c = Clustering.of(List.of(List.of("a", "b"), List.of("c")));}</pre>
 */
public final class Clustering {
  private final List<Set<String>> clusters;
  private final Map<String, Integer> clusterOf;

  private Clustering(List<Set<String>> clusters) {
    this.clusters = clusters;
    this.clusterOf = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      for (String m : clusters.get(i)) {
        if (clusterOf.put(m, i) != null) {
          throw new IllegalArgumentException("mention " + m + " is in two clusters");
        }
      }
    }
  }

  /** Clusters as lists of mention ids; empty clusters are dropped; a mention may be in one only. */
  public static Clustering of(Collection<? extends Collection<String>> clusters) {
    List<Set<String>> cs = new ArrayList<>();
    for (Collection<String> c : clusters) {
      Objects.requireNonNull(c, "cluster");
      if (!c.isEmpty()) {
        cs.add(Set.copyOf(new HashSet<>(c)));
      }
    }
    return new Clustering(List.copyOf(cs));
  }

  /** Clusters from a mention → cluster-label map (each label one cluster). */
  public static Clustering fromLabels(Map<String, String> labelOf) {
    Map<String, List<String>> by = new LinkedHashMap<>();
    labelOf.forEach((m, l) -> by.computeIfAbsent(l, k -> new ArrayList<>()).add(m));
    return of(by.values());
  }

  public List<Set<String>> clusters() {
    return clusters;
  }

  /** The index of the cluster holding {@code mention}, or -1. */
  public int clusterIndex(String mention) {
    return clusterOf.getOrDefault(mention, -1);
  }

  public Set<String> mentions() {
    return clusterOf.keySet();
  }

  public int size() {
    return clusters.size();
  }
}
