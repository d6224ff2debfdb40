package io.corroborate.cluster;

/**
 * The settings of {@link Syndication}'s near-duplicate detection.
 *
 * <pre>{@code
 * new Syndication(SyndicationOptions.defaults());
 * }</pre>
 *
 * @param shingle words per shingle
 * @param bands LSH bands; {@code bands * rows} MinHash functions in all
 * @param rows MinHash values per band: more rows find fewer, closer candidates
 * @param threshold the shingle containment (shared shingles over the smaller article's) two
 *     articles need to count as copies; containment rather than Jaccard so that a copy cut short
 *     still counts
 * @param minShingles articles with fewer shingles than this (a few lines) are nobody's copy
 * @param withoutCaptions compare {@code textWithoutCaptions()} rather than {@code text()}
 * @param maxComparisons the most earlier articles one article's shingles are compared with (the
 *     candidates its bands propose, earliest first): a story of thousands of copies of one text
 *     puts them all in one bucket, and comparing each with every other took time and memory
 *     quadratic in the story; copies join transitively, so the earliest candidates suffice
 */
public record SyndicationOptions(
    int shingle,
    int bands,
    int rows,
    double threshold,
    int minShingles,
    boolean withoutCaptions,
    int maxComparisons) {
  public SyndicationOptions {
    if (shingle < 1 || bands < 1 || rows < 1 || minShingles < 1 || maxComparisons < 1) {
      throw new IllegalArgumentException(
          "shingle, bands, rows, minShingles and maxComparisons must be >= 1");
    }
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
  }

  public static SyndicationOptions defaults() {
    return new SyndicationOptions(5, 32, 2, 0.5, 20, true, 200);
  }
}
