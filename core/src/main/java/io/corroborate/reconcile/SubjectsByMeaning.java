package io.corroborate.reconcile;

import io.corroborate.cluster.Embedder;
import io.corroborate.link.NameIndex;
import io.corroborate.link.Subjects;
import io.corroborate.reconcile.Reconciler.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Subjects worded differently that count one thing: "400 homes were flooded" and "some 400 houses
 * were flooded". Two subjects are read as one only when the structure already agrees (the same
 * measure and time scope, the same qualifiers, neither of them a name) and the sentence embeddings
 * of their head nouns are close; the embedding is one signal on top of the structure, never alone.
 * It would score "North Korean soldiers" and "Ukrainian soldiers" as near-identical, so different
 * qualifiers, names and places keep subjects apart whatever the model says.
 *
 * <p>With {@link Embedder#none()} nothing is merged.
 */
final class SubjectsByMeaning {
  private SubjectsByMeaning() {}

  /** A subject read as another: its key, the key it joins, and the heads' cosine similarity. */
  record Merge(String from, String into, double similarity) {
    String explanation() {
      return String.format(
          Locale.ROOT,
          "\u201c%s\u201d and \u201c%s\u201d are read as one subject: same measure, time scope and"
              + " qualifiers, and their nouns' embeddings are close (cosine %.2f)",
          from,
          into,
          similarity);
    }
  }

  /**
   * Rewrites, in place, the subject of every item whose subject joins another's, and returns the
   * merges by the variable key they join.
   */
  static Map<Variable.Key, List<Merge>> merge(
      List<Item> items, Embedder embedder, double min, NameIndex names) {
    Map<Variable.Key, List<Merge>> out = new TreeMap<>();
    if (embedder.model().equals("none")) {
      return out;
    }
    Set<String> nameKeys =
        names.entityNames().stream().map(NameIndex::normal).collect(Collectors.toSet());
    // Subjects by what they measure, when and where: "|dead|cumulative" → subject key → items.
    Map<Variable.Key, Map<String, List<Integer>>> buckets = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      Variable.Key key = Reconciler.variableKey(items.get(i));
      Variable.Key rest =
          new Variable.Key("", key.measure(), key.scope(), key.place(), key.facet());
      buckets
          .computeIfAbsent(rest, k -> new TreeMap<>())
          .computeIfAbsent(items.get(i).subjectKey(), k -> new ArrayList<>())
          .add(i);
    }
    Map<String, float[]> vectors = new HashMap<>();
    for (Map.Entry<Variable.Key, Map<String, List<Integer>>> bucket : buckets.entrySet()) {
      Map<String, List<Integer>> bySubject = bucket.getValue();
      if (bySubject.size() < 2) {
        continue;
      }
      // The best supported subject first: the others may join it.
      List<String> keys = new ArrayList<>(bySubject.keySet());
      keys.sort(
          Comparator.comparing((String k) -> -bySubject.get(k).size())
              .thenComparing(Comparator.naturalOrder()));
      Map<String, String> into = new LinkedHashMap<>();
      for (int a = 0; a < keys.size(); a++) {
        String from = keys.get(a);
        for (int b = 0; b < a; b++) {
          String target = keys.get(b);
          if (into.containsKey(target) || !comparable(from, target, nameKeys)) {
            continue;
          }
          double cos =
              cosine(
                  vectors.computeIfAbsent(Subjects.head(from), embedder::embed),
                  vectors.computeIfAbsent(Subjects.head(target), embedder::embed));
          if (cos >= min) {
            into.put(from, target);
            Variable.Key joined =
                new Variable.Key(
                    target,
                    bucket.getKey().measure(),
                    bucket.getKey().scope(),
                    bucket.getKey().place(),
                    bucket.getKey().facet());
            out.computeIfAbsent(joined, k -> new ArrayList<>()).add(new Merge(from, target, cos));
            break;
          }
        }
      }
      for (Map.Entry<String, String> m : into.entrySet()) {
        Item target = items.get(bySubject.get(m.getValue()).get(0));
        for (int i : bySubject.get(m.getKey())) {
          items.set(i, items.get(i).withSubject(target.subjectKey(), target.subjectLabel()));
        }
      }
    }
    return out;
  }

  /**
   * Whether two subject keys may name one thing, before any embedding is asked: both common nouns
   * (no entity's name), with the same qualifiers ("north korean", "in sulev"), and different heads.
   */
  static boolean comparable(String a, String b, Set<String> nameKeys) {
    if (a.isBlank() || b.isBlank() || nameKeys.contains(a) || nameKeys.contains(b)) {
      return false;
    }
    String ha = Subjects.head(a);
    String hb = Subjects.head(b);
    if (ha.equals(hb) || nameKeys.contains(ha) || nameKeys.contains(hb)) {
      return false;
    }
    String qa = a.substring(0, a.length() - ha.length()).trim();
    String qb = b.substring(0, b.length() - hb.length()).trim();
    return qa.equals(qb);
  }

  private static double cosine(float[] x, float[] y) {
    if (x.length == 0 || x.length != y.length) {
      return 0;
    }
    double dot = 0;
    double nx = 0;
    double ny = 0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * y[i];
      nx += x[i] * x[i];
      ny += y[i] * y[i];
    }
    return nx == 0 || ny == 0 ? 0 : dot / Math.sqrt(nx * ny);
  }
}
