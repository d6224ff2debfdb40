package io.corroborate.clean;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits that keep one hostile page from hanging or crashing a run: what reaches one of them is
 * cut to size where that costs only the junk (a stack of combining marks, a passage holding a
 * megabyte-long "word"), and otherwise rejected with its reason, never left to run.
 *
 * <pre>{@code CleanOptions.defaults().withLimits(CleanLimits.defaults().withMaxTokenChars(500))}
 * </pre>
 *
 * @param maxCombiningMarks combining marks kept after one base character; the rest of a longer
 *     stack is dropped (Unicode's stream-safe text format allows 30), since regular expressions
 *     read such stacks in time quadratic in their length
 * @param maxLines a plain text with more lines than this is rejected: no article has that many
 * @param maxLineChars a plain text with a longer line than this is rejected
 * @param maxTokenChars a passage holding a whitespace-free run longer than this is removed from the
 *     article as junk (a data blob, a page that is one word); the language layer would choke on it
 * @param maxTitleChars a title hint longer than this is not used as the title
 * @param maxArticleTime cleaning one page that takes longer than this is given up and the page
 *     rejected, so that no page can hold up a run
 */
public record CleanLimits(
    int maxCombiningMarks,
    int maxLines,
    int maxLineChars,
    int maxTokenChars,
    int maxTitleChars,
    Duration maxArticleTime) {
  public CleanLimits {
    Objects.requireNonNull(maxArticleTime, "maxArticleTime");
    if (maxCombiningMarks < 1
        || maxLines < 1
        || maxLineChars < 1
        || maxTokenChars < 1
        || maxTitleChars < 1) {
      throw new IllegalArgumentException("every clean limit must be >= 1");
    }
    if (maxArticleTime.isNegative() || maxArticleTime.isZero()) {
      throw new IllegalArgumentException("maxArticleTime must be positive, got " + maxArticleTime);
    }
  }

  /**
   * Far above any real article (the longest news articles run to a few thousand lines and tokens of
   * a few hundred characters, URLs included), low enough that every step stays fast.
   */
  public static CleanLimits defaults() {
    return new CleanLimits(30, 50_000, 500_000, 5_000, 1_000, Duration.ofSeconds(30));
  }

  public CleanLimits withMaxTokenChars(int chars) {
    return new CleanLimits(
        maxCombiningMarks, maxLines, maxLineChars, chars, maxTitleChars, maxArticleTime);
  }

  public CleanLimits withMaxArticleTime(Duration time) {
    return new CleanLimits(
        maxCombiningMarks, maxLines, maxLineChars, maxTokenChars, maxTitleChars, time);
  }

  public CleanLimits withMaxLines(int lines) {
    return new CleanLimits(
        maxCombiningMarks, lines, maxLineChars, maxTokenChars, maxTitleChars, maxArticleTime);
  }
}
