package io.corroborate.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Block keys for clustering stories at scale: articles that share a key are compared by the core's
 * clusterer, articles that share none never are. A key is a time window and one band of a MinHash
 * signature over word shingles (locality-sensitive hashing), so two articles meet when they were
 * published within {@code windowDays} of each other and their texts overlap enough for one band to
 * agree.
 *
 * <pre>{@code
 * List<String> keys = new Blocking(BlockingOptions.defaults()).keys(article.text(), date);
 * }</pre>
 */
public final class Blocking {
  /**
   * Thresholds of the blocking. With {@code bands} of {@code rows} hashes, two texts of shingle
   * Jaccard similarity s share a band with probability 1 - (1 - s^rows)^bands: for 16 x 3 about 0.5
   * at s = 0.3 and 0.98 at s = 0.6.
   *
   * @param shingle words per shingle
   * @param windowDays days per time window; an article joins its window's and the previous one's
   *     blocks, so any two articles fewer than this many days apart share a window
   */
  public record BlockingOptions(int shingle, int bands, int rows, int windowDays) {
    public BlockingOptions {
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
    }

    public static BlockingOptions defaults() {
      return new BlockingOptions(3, 16, 3, 7);
    }
  }

  private final BlockingOptions options;

  public Blocking(BlockingOptions options) {
    this.options = options;
  }

  /** The block keys of a text published on {@code published}; an undated text is in window "u". */
  public List<String> keys(String text, Optional<LocalDate> published) {
    long[] sig = signature(text);
    List<String> windows =
        published
            .map(
                d -> {
                  long w = Math.floorDiv(d.toEpochDay(), options.windowDays());
                  return List.of(Long.toString(w), Long.toString(w + 1));
                })
            .orElse(List.of("u"));
    List<String> keys = new ArrayList<>();
    for (int b = 0; b < options.bands(); b++) {
      long h = b;
      for (int r = 0; r < options.rows(); r++) {
        h = mix(h * 31 + sig[b * options.rows() + r]);
      }
      for (String w : windows) {
        keys.add(w + ":" + b + ":" + Long.toHexString(h));
      }
    }
    return keys;
  }

  /** The MinHash signature of the text's word shingles: one minimum per seeded hash. */
  long[] signature(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    int n = options.bands() * options.rows();
    long[] sig = new long[n];
    Arrays.fill(sig, Long.MAX_VALUE);
    int k = options.shingle();
    for (int i = 0; i + k <= words.length; i++) {
      long s = 0;
      for (int j = i; j < i + k; j++) {
        s = s * 1_000_003L + words[j].hashCode();
      }
      for (int f = 0; f < n; f++) {
        long v = mix(s ^ (0x9E3779B97F4A7C15L * (f + 1)));
        if (v < sig[f]) {
          sig[f] = v;
        }
      }
    }
    return sig;
  }

  /** SplitMix64's finaliser: spreads close inputs over the whole range. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
