package io.corroborate.cluster;

import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds copied text: wire copy run by several outlets, mirrors and light rewrites. Bodies become
 * sets of word shingles; MinHash signatures banded for locality-sensitive hashing propose candidate
 * pairs, and each pair is confirmed by its exact shingle containment. Confirmed pairs are joined
 * transitively into {@link CopyGroup}s, each led by its earliest-published member.
 *
 * <pre>{@code
 * CopyGroups g = new Syndication(SyndicationOptions.defaults()).group(articles);
 * }</pre>
 */
public final class Syndication {
  private static final long PRIME = 0x7fffffffffffffe7L;
  private final SyndicationOptions options;
  private final long[] seedsA;
  private final long[] seedsB;

  public Syndication(SyndicationOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    int n = options.bands() * options.rows();
    seedsA = new long[n];
    seedsB = new long[n];
    // fixed seeds: the same articles always give the same groups
    java.util.SplittableRandom r = new java.util.SplittableRandom(20260305L);
    for (int i = 0; i < n; i++) {
      seedsA[i] = r.nextLong() | 1L;
      seedsB[i] = r.nextLong();
    }
  }

  /** The copy groups of {@code articles}; every article id is in {@code groupOf}. */
  public CopyGroups group(List<Article> articles) {
    List<Article> list = new ArrayList<>(articles);
    int n = list.size();
    List<Set<Long>> shingles = new ArrayList<>(n);
    for (Article a : list) {
      shingles.add(shingles(options.withoutCaptions() ? a.textWithoutCaptions() : a.text()));
    }
    int[] parent = new int[n];
    double[] low = new double[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      low[i] = 1.0;
    }
    Set<Long> tried = new HashSet<>();
    Map<String, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (shingles.get(i).size() < options.minShingles()) {
        continue;
      }
      long[] sig = signature(shingles.get(i));
      for (int b = 0; b < options.bands(); b++) {
        StringBuilder key = new StringBuilder().append(b);
        for (int r = 0; r < options.rows(); r++) {
          key.append(':').append(sig[b * options.rows() + r]);
        }
        List<Integer> bucket = buckets.computeIfAbsent(key.toString(), k -> new ArrayList<>());
        for (int j : bucket) {
          if (tried.add((long) j * n + i)) {
            double c = containment(shingles.get(i), shingles.get(j));
            if (c >= options.threshold()) {
              int ri = find(parent, i);
              int rj = find(parent, j);
              double l = Math.min(c, Math.min(low[ri], low[rj]));
              if (ri != rj) {
                parent[Math.max(ri, rj)] = Math.min(ri, rj);
              }
              low[Math.min(ri, rj)] = l;
            }
          }
        }
        bucket.add(i);
      }
    }
    Map<Integer, List<Article>> members = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(list.get(i));
    }
    Comparator<Article> byDate =
        Comparator.comparing(Syndication::instant).thenComparing(Article::id);
    Map<String, String> groupOf = new HashMap<>();
    TreeSet<CopyGroup> groups =
        new TreeSet<>(
            Comparator.comparing((CopyGroup g) -> instant(first(members, g)))
                .thenComparing(CopyGroup::id));
    Map<String, Article> byId = new HashMap<>();
    list.forEach(a -> byId.put(a.id(), a));
    for (Map.Entry<Integer, List<Article>> e : members.entrySet()) {
      List<Article> ms = new ArrayList<>(e.getValue());
      ms.sort(byDate);
      List<String> ids = new ArrayList<>();
      for (Article a : ms) {
        if (!ids.contains(a.id())) {
          ids.add(a.id());
        }
      }
      String original = ids.get(0);
      for (String id : ids) {
        groupOf.put(id, original);
      }
      groups.add(new CopyGroup(original, ids, original, ids.size() == 1 ? 1.0 : low[e.getKey()]));
    }
    return new CopyGroups(groupOf, new ArrayList<>(groups));
  }

  private static Article first(Map<Integer, List<Article>> members, CopyGroup g) {
    for (List<Article> ms : members.values()) {
      for (Article a : ms) {
        if (a.id().equals(g.original())) {
          return a;
        }
      }
    }
    throw new IllegalStateException("no member " + g.original());
  }

  /** Undated articles sort after dated ones. */
  private static OffsetDateTime instant(Article a) {
    return a.published()
        .map((DateStamp d) -> d.instant().orElse(d.date().atStartOfDay().atOffset(ZoneOffset.UTC)))
        .orElse(OffsetDateTime.MAX);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Shared shingles over the smaller set's: a copy cut short still counts as a copy. */
  static double containment(Set<Long> a, Set<Long> b) {
    Set<Long> small = a.size() <= b.size() ? a : b;
    Set<Long> big = small == a ? b : a;
    if (small.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (long s : small) {
      if (big.contains(s)) {
        shared++;
      }
    }
    return shared / (double) small.size();
  }

  Set<Long> shingles(String text) {
    List<String> words = Terms.allWords(text);
    Set<Long> out = new HashSet<>();
    int k = options.shingle();
    for (int i = 0; i + k <= words.size(); i++) {
      long h = 1125899906842597L;
      for (int j = i; j < i + k; j++) {
        String w = words.get(j);
        for (int c = 0; c < w.length(); c++) {
          h = 31 * h + w.charAt(c);
        }
        h = 31 * h + ' ';
      }
      out.add(mix(h));
    }
    return out;
  }

  private long[] signature(Set<Long> shingles) {
    long[] sig = new long[seedsA.length];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < sig.length; i++) {
        long h = mix(s * seedsA[i] + seedsB[i]) & PRIME;
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** A 64-bit finaliser (from the SplitMix generator) spreading hash bits evenly. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
