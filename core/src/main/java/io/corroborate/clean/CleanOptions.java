package io.corroborate.clean;

/**
 * The thresholds of cleaning, in one place.
 *
 * @param minArticleChars a page whose main text is shorter than this is rejected as having no
 *     article
 */
public record CleanOptions(int minArticleChars) {
  public CleanOptions {
    if (minArticleChars < 0) {
      throw new IllegalArgumentException("minArticleChars must be >= 0");
    }
  }

  public static CleanOptions defaults() {
    return new CleanOptions(40);
  }
}
