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

  /**
   * What was computed of each article seen, by id: its number (its index in {@link #shingleSets}),
   * its shingles as a sorted array (null when too few to be anyone's copy).
   */
  private final Map<String, Integer> numbers = new HashMap<>();

  private final List<long[]> shingleSets = new ArrayList<>();

  /** Band key → the numbers of the articles in that bucket. */
  private final Map<String, List<Integer>> buckets = new HashMap<>();

  /** Confirmed copies: pairs of article numbers with their containment, each pair once. */
  private final List<Copy> copies = new ArrayList<>();

  private record Copy(int a, int b, double containment) {}

  /**
   * The copy groups of {@code articles}; every article id is in {@code groupOf}. An instance
   * remembers the shingles of every article it has seen and the pairs it has confirmed, so grouping
   * a story again after one new article compares only that article with its candidates: whether two
   * articles are copies depends on those two alone. Articles with the same id are one article.
   */
  public synchronized CopyGroups group(List<Article> articles) {
    Map<String, Article> distinct = new LinkedHashMap<>();
    for (Article a : articles) {
      distinct.putIfAbsent(a.id(), a);
    }
    List<Article> list = new ArrayList<>(distinct.values());
    int n = list.size();
    Map<Integer, Integer> position = new HashMap<>();
    for (int i = 0; i < n; i++) {
      position.put(register(list.get(i)), i);
    }
    int[] parent = new int[n];
    double[] low = new double[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      low[i] = 1.0;
    }
    // The components and their lowest containment do not depend on the order of the pairs.
    for (Copy c : copies) {
      Integer i = position.get(c.a());
      Integer j = position.get(c.b());
      if (i == null || j == null) {
        continue;
      }
      int ri = find(parent, i);
      int rj = find(parent, j);
      double l = Math.min(c.containment(), Math.min(low[ri], low[rj]));
      if (ri != rj) {
        parent[Math.max(ri, rj)] = Math.min(ri, rj);
      }
      low[Math.min(ri, rj)] = l;
    }
    Map<Integer, List<Article>> members = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(list.get(i));
    }
    Comparator<Article> byDate =
        Comparator.comparing(Syndication::instant).thenComparing(Article::id);
    Map<String, String> groupOf = new HashMap<>();
    Map<String, Article> byId = new HashMap<>();
    list.forEach(a -> byId.put(a.id(), a));
    // A group sorts by when its original appeared, looked up by id: searching the members for it
    // at each comparison made grouping a story of n reports cost n squared.
    TreeSet<CopyGroup> groups =
        new TreeSet<>(
            Comparator.comparing((CopyGroup g) -> instant(byId.get(g.original())))
                .thenComparing(CopyGroup::id));
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

  /**
   * The article's number, computing its shingles and confirming its copies among the articles
   * already seen that share a band with it, the first time it is seen.
   */
  private int register(Article a) {
    Integer known = numbers.get(a.id());
    if (known != null) {
      return known;
    }
    int number = shingleSets.size();
    numbers.put(a.id(), number);
    Set<Long> set = shingles(options.withoutCaptions() ? a.textWithoutCaptions() : a.text());
    if (set.size() < options.minShingles()) {
      shingleSets.add(null);
      return number;
    }
    long[] sorted = set.stream().mapToLong(Long::longValue).sorted().toArray();
    shingleSets.add(sorted);
    long[] sig = signature(set);
    Set<Integer> tried = new HashSet<>();
    for (int b = 0; b < options.bands(); b++) {
      StringBuilder key = new StringBuilder().append(b);
      for (int r = 0; r < options.rows(); r++) {
        key.append(':').append(sig[b * options.rows() + r]);
      }
      List<Integer> bucket = buckets.computeIfAbsent(key.toString(), k -> new ArrayList<>());
      for (int other : bucket) {
        if (tried.size() >= options.maxComparisons()) {
          break;
        }
        if (tried.add(other)) {
          double c = containment(sorted, shingleSets.get(other));
          if (c >= options.threshold()) {
            copies.add(new Copy(other, number, c));
          }
        }
      }
      bucket.add(number);
    }
    return number;
  }

  /** How many pairs of copies have been confirmed so far. */
  synchronized long confirmedPairs() {
    return copies.size();
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
    return containment(
        a.stream().mapToLong(Long::longValue).sorted().toArray(),
        b.stream().mapToLong(Long::longValue).sorted().toArray());
  }

  /** {@link #containment(Set, Set)} of two sorted arrays without repeats. */
  private static double containment(long[] a, long[] b) {
    int small = Math.min(a.length, b.length);
    if (small == 0) {
      return 0;
    }
    int shared = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        shared++;
        i++;
        j++;
      }
    }
    return shared / (double) small;
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
