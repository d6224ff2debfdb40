package io.corroborate.clean;

import io.corroborate.clean.html.HtmlThresholds;
import io.corroborate.clean.lang.LanguageThresholds;
import io.corroborate.clean.text.TextThresholds;
import java.util.Objects;

/**
 * The thresholds of cleaning, in one place: what applies to every page here, what applies to HTML
 * in {@link HtmlThresholds}, to scraped plain text in {@link TextThresholds}, and to language
 * detection in {@link LanguageThresholds}.
 *
 * <pre>{@code new Clean(CleanOptions.defaults().withMinArticleChars(200));}</pre>
 *
 * @param minArticleChars a page whose main text is shorter than this is rejected as having no
 *     article
 * @param limits what one hostile page may cost before it is cut to size or rejected
 */
public record CleanOptions(
    int minArticleChars,
    HtmlThresholds html,
    TextThresholds text,
    LanguageThresholds language,
    CleanLimits limits) {
  public CleanOptions {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    if (minArticleChars < 0) {
      throw new IllegalArgumentException("minArticleChars must be >= 0");
    }
  }

  public static CleanOptions defaults() {
    return new CleanOptions(
        40,
        HtmlThresholds.defaults(),
        TextThresholds.defaults(),
        LanguageThresholds.defaults(),
        CleanLimits.defaults());
  }

  public CleanOptions withMinArticleChars(int chars) {
    return new CleanOptions(chars, html, text, language, limits);
  }

  public CleanOptions withText(TextThresholds t) {
    return new CleanOptions(minArticleChars, html, t, language, limits);
  }

  public CleanOptions withLimits(CleanLimits l) {
    return new CleanOptions(minArticleChars, html, text, language, l);
  }
}
