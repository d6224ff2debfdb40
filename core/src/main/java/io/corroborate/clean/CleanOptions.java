package io.corroborate.clean;

import java.util.Objects;

/**
 * The thresholds of cleaning, in one place: what applies to every page here, what applies to HTML
 * in {@link HtmlThresholds}, what applies to scraped plain text in {@link TextThresholds}.
 *
 * @param minArticleChars a page whose main text is shorter than this is rejected as having no
 *     article
 */
public record CleanOptions(int minArticleChars, HtmlThresholds html, TextThresholds text) {
  public CleanOptions {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
    if (minArticleChars < 0) {
      throw new IllegalArgumentException("minArticleChars must be >= 0");
    }
  }

  public static CleanOptions defaults() {
    return new CleanOptions(40, HtmlThresholds.defaults(), TextThresholds.defaults());
  }
}
