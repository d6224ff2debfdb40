package io.corroborate.spark;

import io.corroborate.link.NameKeys;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Block keys for clustering stories at scale: articles that share a key are compared by the core's
 * clusterer, articles that share none never are. A key is one band of a MinHash signature
 * (locality-sensitive hashing) of one of two sets:
 *
 * <ul>
 *   <li>the text's word shingles, within a time window: two articles meet when they were published
 *       within {@code windowDays} of each other and their texts overlap enough for one band to
 *       agree;
 *   <li>what the text names and counts whatever its language, in no time window: the keys of its
 *       names in Latin letters ({@link NameKeys}: "Зеленский" and "Zelensky" give one) and its
 *       numbers. Reports of one story in two languages share few words but these, and a report with
 *       no date, or one written months later, is compared with the story's dated reports as the
 *       CLI's one clusterer compares it, which then judges the gap.
 * </ul>
 *
 * <p>A block that grows past {@link BlockingOptions#maxBlock()} (words every text shares, a quiet
 * week with one huge story) is split: its key is replaced by keys one level stricter, with half the
 * time window and twice the signature rows in the band. At the last level (the band spans the whole
 * signature) what is still too big is cut into pieces of at most {@code maxBlock} articles by
 * {@link #chunks}.
 *
 * <pre>{@code
 * Blocking b = new Blocking(BlockingOptions.defaults());
 * List<String> keys = b.keys(b.signature(article.text()), OptionalLong.of(day), Set.of());
 * }</pre>
 */
public final class Blocking implements java.io.Serializable {
  /**
   * Thresholds of the blocking. With {@code bands} of {@code rows} hashes, two texts of shingle
   * Jaccard similarity s share a band with probability 1 - (1 - s^rows)^bands: for 32 x 2 about 0.5
   * at s = 0.15 and 0.9 at s = 0.27; each split level squares s^rows.
   *
   * @param shingle words per shingle
   * @param windowDays days per time window; an article joins its window's and the previous one's
   *     blocks, so any two articles fewer than this many days apart share a window
   * @param maxBlock the most articles one block may hold before it is split (the clusterer's cost
   *     grows with the square of a block's size, and one block is one task)
   */
  public record BlockingOptions(
      int shingle, int bands, int rows, int windowDays, int maxBlock, int wholeInput)
      implements java.io.Serializable {
    /**
     * An input of at most this many articles is clustered whole, by one clusterer in one task, as
     * the CLI clusters it: story assignment costs a few milliseconds an article, so a task gets
     * through tens of thousands in a minute or two, and only one clusterer that sees every report
     * in input order forms exactly the CLI's stories (a report told in another language joins its
     * story on names that most of the story's reports carry, which a block of a few reports does
     * not show). Larger inputs are blocked.
     */
    public static final int WHOLE_INPUT = 20_000;

    /** Options with the default {@link #WHOLE_INPUT}. */
    public BlockingOptions(int shingle, int bands, int rows, int windowDays, int maxBlock) {
      this(shingle, bands, rows, windowDays, maxBlock, WHOLE_INPUT);
    }

    public BlockingOptions {
      if (wholeInput < 0) {
        throw new IllegalArgumentException("--whole-input must be >= 0, got " + wholeInput);
      }
      if (shingle < 1 || bands < 1 || rows < 1 || windowDays < 1) {
        throw new IllegalArgumentException(
            "blocking options must be positive: "
                + shingle
                + ", "
                + bands
                + ", "
                + rows
                + ", "
                + windowDays);
      }
      if (maxBlock < 2) {
        throw new IllegalArgumentException("--max-block must be >= 2, got " + maxBlock);
      }
    }

    /**
     * Word sets (1-shingles) in 32 bands of 2, 7-day windows, blocks of at most 1000 articles:
     * reports of one story by different outlets share words more than phrases, and a false block
     * only costs the clusterer time.
     */
    public static BlockingOptions defaults() {
      return new BlockingOptions(1, 32, 2, 7, 1000);
    }

    public BlockingOptions withMaxBlock(int maxBlock) {
      return new BlockingOptions(shingle, bands, rows, windowDays, maxBlock, wholeInput);
    }

    public BlockingOptions withWindowDays(int windowDays) {
      return new BlockingOptions(shingle, bands, rows, windowDays, maxBlock, wholeInput);
    }

    /** Inputs of at most {@code wholeInput} articles clustered whole; 0 blocks every input. */
    public BlockingOptions withWholeInput(int wholeInput) {
      return new BlockingOptions(shingle, bands, rows, windowDays, maxBlock, wholeInput);
    }

    /** Length of one half of the signature: bands x rows MinHash values. */
    int hashes() {
      return bands * rows;
    }

    /** The strictest level: its band spans the whole signature. */
    int lastLevel() {
      int level = 0;
      while ((long) rows << (level + 1) <= hashes()) {
        level++;
      }
      return level;
    }
  }

  private final BlockingOptions options;

  public Blocking(BlockingOptions options) {
    this.options = options;
  }

  public BlockingOptions options() {
    return options;
  }

  /** The level-0 block keys of a text published on {@code published} (undated: window "u"). */
  public List<String> keys(String text, Optional<LocalDate> published) {
    return keys(
        signature(text),
        published.map(d -> OptionalLong.of(d.toEpochDay())).orElse(OptionalLong.empty()),
        Set.of());
  }

  /**
   * The block keys of an article with MinHash {@code signature} published on epoch day {@code day}:
   * its level-0 keys, each key found in {@code split} replaced by its stricter keys, level by
   * level.
   */
  public List<String> keys(long[] signature, OptionalLong day, Set<String> split) {
    if (signature.length != 2 * options.hashes()) {
      throw new IllegalArgumentException(
          "signature has " + signature.length + " values, expected " + 2 * options.hashes());
    }
    Deque<String> todo = new ArrayDeque<>();
    // A text that names and counts nothing has no second half to meet others by.
    boolean named = signature[options.hashes()] != Long.MAX_VALUE;
    for (int b = 0; b < (named ? 2 : 1) * options.bands(); b++) {
      todo.addAll(keysAt(0, b, signature, day));
    }
    Set<String> out = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      String k = todo.poll();
      int level = level(k);
      if (split.contains(k) && level < options.lastLevel()) {
        todo.addAll(keysAt(level + 1, band(k), signature, day));
      } else {
        out.add(k);
      }
    }
    return new ArrayList<>(out);
  }

  /** The level a key belongs to; keys of the last level are never split, only cut up. */
  public static int level(String key) {
    return Integer.parseInt(key.substring(0, key.indexOf('/')));
  }

  /** Whether a key can still be split into stricter keys. */
  public boolean splittable(String key) {
    return level(key) < options.lastLevel();
  }

  /**
   * An oversized block of the last level cut into consecutive pieces of at most {@code maxBlock}
   * ids, in id order so the cut does not depend on the order Spark delivers them in.
   */
  public List<List<String>> chunks(List<String> ids) {
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i += options.maxBlock()) {
      out.add(List.copyOf(sorted.subList(i, Math.min(sorted.size(), i + options.maxBlock()))));
    }
    return out;
  }

  private static int band(String key) {
    String[] parts = key.split("/");
    return Integer.parseInt(parts[2]);
  }

  /**
   * Keys of one band at {@code level}: {@code level/window/band/hash}, where the window is {@code
   * windowDays >> level} days wide (at least one) and the hash covers {@code rows << level}
   * signature values starting at the band's own, wrapping around the signature.
   */
  private List<String> keysAt(int level, int band, long[] sig, OptionalLong day) {
    int rows = options.rows() << level;
    int n = options.hashes();
    // Bands past the word bands read the second half of the signature: names and numbers.
    boolean named = band >= options.bands();
    int from = named ? n : 0;
    int first = (named ? band - options.bands() : band) * options.rows();
    long h = band;
    for (int r = 0; r < rows; r++) {
      h = mix(h * 31 + sig[from + (first + r) % n]);
    }
    String suffix = "/" + band + "/" + Long.toHexString(h);
    if (named) {
      return List.of(level + "/n" + suffix);
    }
    if (day.isEmpty()) {
      return List.of(level + "/u" + suffix);
    }
    int width = Math.max(1, options.windowDays() >> level);
    long w = Math.floorDiv(day.getAsLong(), width);
    // Two windows (its own and the next) so that neighbours across a window edge still meet; the
    // width is in the key so that windows of different levels never coincide.
    return List.of(
        level + "/" + width + "d" + w + suffix, level + "/" + width + "d" + (w + 1) + suffix);
  }

  /**
   * The MinHash signature of a text: one minimum per seeded hash over its word shingles, then as
   * many over the keys of its names and its numbers ({@link #namedAndCounted}).
   */
  public long[] signature(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    int n = options.hashes();
    long[] sig = new long[2 * n];
    Arrays.fill(sig, Long.MAX_VALUE);
    int k = options.shingle();
    for (int i = 0; i + k <= words.length; i++) {
      long s = 0;
      for (int j = i; j < i + k; j++) {
        s = s * 1_000_003L + words[j].hashCode();
      }
      lower(sig, 0, n, s);
    }
    for (String t : namedAndCounted(text)) {
      lower(sig, n, n, t.hashCode());
    }
    return sig;
  }

  private static void lower(long[] sig, int from, int n, long value) {
    for (int f = 0; f < n; f++) {
      long v = mix(value ^ (0x9E3779B97F4A7C15L * (f + 1)));
      if (v < sig[from + f]) {
        sig[from + f] = v;
      }
    }
  }

  /**
   * What a text names and counts, in a form no language changes: the key of each capitalised word
   * and of each word of a script without capitals ({@link NameKeys#key}, {@link
   * NameKeys#uncasedNameWords}), and each number of two digits or more in ASCII digits.
   */
  static Set<String> namedAndCounted(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : text.split("[^\\p{L}\\p{M}\\p{N}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.chars().allMatch(Character::isDigit)) {
        if (w.length() >= 2) {
          StringBuilder b = new StringBuilder("#");
          w.chars().forEach(c -> b.append(Character.forDigit(Character.digit(c, 10), 10)));
          out.add(b.toString());
        }
      } else if (Character.isUpperCase(w.codePointAt(0))) {
        NameKeys.key(w).ifPresent(key -> out.add("k" + key));
      }
    }
    for (String w : NameKeys.uncasedNameWords(text)) {
      NameKeys.key(w).ifPresent(key -> out.add("k" + key));
    }
    return out;
  }

  /** SplitMix64's finaliser: spreads close inputs over the whole range. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
