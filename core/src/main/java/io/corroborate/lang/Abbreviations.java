package io.corroborate.lang;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

  /** Each language's month names read after a day's ordinal dot, compiled once. */
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
   * The month names of a language that writes a day as an ordinal with a dot ({@code ordinal-dot
   * yes} in its {@code writing.tsv}: "26. März", "6. lutego"), matched at the start of a word;
   * empty for other languages. Compiled once for each language.
   */
  public static Optional<Pattern> ordinalMonths(String language) {
    return MONTHS.computeIfAbsent(
        language == null ? "" : language,
        l ->
            LanguagePack.other(l)
                .filter(
                    p ->
                        p.has("writing.tsv")
                            && p.has("months.tsv")
                            && "yes"
                                .equals(p.pairs("writing.tsv").getOrDefault("ordinal-dot", "no")))
                .map(
                    p ->
                        Pattern.compile(
                            "(?:"
                                + String.join(
                                    "|",
                                    p.category("months.tsv", 2, "name").stream()
                                        .map(w -> EntryPatterns.body(w, true))
                                        .toList())
                                + ")(?!"
                                + EntryPatterns.LETTER
                                + ")",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
  }

  /**
   * Whether the period at {@code period} closes the day of a date written with an ordinal period
   * ("am 26. März"): one or two digits standing alone before it, and one of the month names of
   * {@link #ordinalMonths} after it on the same line.
   */
  public static boolean closesDayBeforeMonth(String language, String text, int period) {
    Optional<Pattern> months = ordinalMonths(language);
    if (months.isEmpty()
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
    int next = period + 1;
    while (next < text.length()
        && (text.charAt(next) == ' '
            || text.charAt(next) == '\t'
            || text.charAt(next) == '\u00A0')) {
      next++;
    }
    return next > period + 1 && months.get().matcher(text).region(next, text.length()).lookingAt();
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
