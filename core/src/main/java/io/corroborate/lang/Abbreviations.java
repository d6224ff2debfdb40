package io.corroborate.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a language whose period does not end a sentence: the language's own {@code
 * abbreviations.txt} ("Nr.", "ca.", "bzw.", "z.B.") and every scale word CLDR writes with a period
 * ("Mio.", "Mrd.", "тыс."), which always stands between a number and what it counts ("23 Mio.
 * Menschen"). Words are lower case, without the period.
 *
 * <pre>{@code Abbreviations.of("de").contains("mio") // true}</pre>
 *
 * <p>Thread-safe: each language's words are gathered once and never change.
 */
public final class Abbreviations {
  private static final Map<String, Set<String>> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** Each language's month names as one pattern anchored at the word after a day's period. */
  private static final Map<String, Optional<Pattern>> MONTHS = new ConcurrentHashMap<>();

  private Abbreviations() {}

  /** The abbreviations of a language (an ISO 639-1 code); empty for an unknown one. */
  public static Set<String> of(String language) {
    if (language == null || !language.matches("[a-z]{2}")) {
      return Set.of();
    }
    return BY_LANGUAGE.computeIfAbsent(language, Abbreviations::gather);
  }

  /**
   * Whether the period at {@code period} in {@code text} closes an abbreviation of {@code
   * language}: the word right before it, with no space between, is one.
   */
  public static boolean closesAbbreviation(String language, String text, int period) {
    if (period <= 0 || period >= text.length() || text.charAt(period) != '.') {
      return false;
    }
    int start = period;
    // Letters, and periods inside a dotted abbreviation ("z.B.", "u.a.").
    while (start > 0
        && (Character.isLetter(text.charAt(start - 1))
            || (text.charAt(start - 1) == '.'
                && start - 1 > 0
                && Character.isLetter(text.charAt(start - 2))
                && start < period))) {
      start--;
    }
    if (start == period) {
      return false;
    }
    return of(language).contains(text.substring(start, period).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the period at {@code period} closes the day of a date written with an ordinal period
   * ("am 26. März", "7. ledna"): one or two digits standing alone before it, and one of the
   * language's month names ({@code months.tsv}) after it on the same line.
   */
  public static boolean closesDayBeforeMonth(String language, String text, int period) {
    if (language == null
        || !language.matches("[a-z]{2}")
        || period <= 0
        || period + 1 >= text.length()
        || text.charAt(period) != '.') {
      return false;
    }
    int start = period;
    while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
      start--;
    }
    int digits = period - start;
    if (digits < 1
        || digits > 2
        || start > 0
            && (Character.isLetterOrDigit(text.charAt(start - 1))
                || text.charAt(start - 1) == '.')) {
      return false;
    }
    Optional<Pattern> months =
        MONTHS.computeIfAbsent(
            language,
            l -> {
              LanguagePack pack = LanguagePack.of(l);
              if (!pack.has("months.tsv")) {
                return Optional.empty();
              }
              List<String> names = new ArrayList<>();
              for (String m : pack.set("months.tsv")) {
                names.add(EntryPatterns.body(m, true));
              }
              return Optional.of(
                  Pattern.compile(
                      "[ \\t\\u00A0]+(?:"
                          + String.join("|", names)
                          + ")(?!"
                          + EntryPatterns.LETTER
                          + ")",
                      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            });
    if (months.isEmpty()) {
      return false;
    }
    Matcher m = months.get().matcher(text);
    m.region(period + 1, text.length());
    return m.lookingAt();
  }

  private static Set<String> gather(String language) {
    Set<String> out = new HashSet<>();
    LanguagePack pack = LanguagePack.of(language);
    // Only the language's own list: English's ("no", "gen") are words elsewhere.
    if (pack.has("abbreviations.txt")) {
      pack.set("abbreviations.txt").forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    }
    for (String scale : ScaleWords.of(language).keySet()) {
      if (scale.endsWith(".") && scale.length() > 1) {
        out.add(scale.substring(0, scale.length() - 1).toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }
}
