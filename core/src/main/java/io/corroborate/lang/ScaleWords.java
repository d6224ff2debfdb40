package io.corroborate.lang;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.CompactDecimalFormat;
import com.ibm.icu.text.CompactDecimalFormat.CompactStyle;
import com.ibm.icu.util.ULocale;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scale words a language writes after a number ("Millionen", "Mio.", "млрд", "万", "억",
 * "milyar"), with the factor each stands for, as CLDR knows them: ICU's compact number formats of
 * the language, long and short, are asked to write sample figures at every power of ten from a
 * thousand to a quadrillion, and what each writes after the digits is a scale word; a single letter
 * ("K", "M") is left out, since it stands for a unit as often ("300m"). Every plural form CLDR
 * gives comes along ("миллион", "миллиона", "миллионов"). A language's own {@code numbers.tsv}
 * keeps only what CLDR lacks (a case form, a colloquial abbreviation).
 *
 * <pre>{@code ScaleWords.of("de").get("mrd.") // 1.0E9}</pre>
 *
 * <p>Thread-safe: each language's words are gathered once and never change.
 */
public final class ScaleWords {
  private static final Map<String, Map<String, Double>> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** The powers of ten asked for: a thousand to a quadrillion. */
  private static final int LOWEST_POWER = 3;

  private static final int HIGHEST_POWER = 15;

  /**
   * The leading digits of the samples at each power: one, two and five bring out the singular and
   * the plural forms of languages with several ("1 тысяча", "2 тысячи", "5 тысяч").
   */
  private static final int[] LEADING = {1, 2, 3, 5, 11, 21};

  private ScaleWords() {}

  /**
   * The scale words of a language (an ISO 639-1 code), lower case, with their factors; empty where
   * CLDR writes no compact forms for it.
   */
  public static Map<String, Double> of(String language) {
    return BY_LANGUAGE.computeIfAbsent(language, ScaleWords::gather);
  }

  private static Map<String, Double> gather(String language) {
    ULocale locale = new ULocale(language);
    Map<String, Double> out = new LinkedHashMap<>();
    for (CompactStyle style : CompactStyle.values()) {
      CompactDecimalFormat format = CompactDecimalFormat.getInstance(locale, style);
      for (int power = LOWEST_POWER; power <= HIGHEST_POWER; power++) {
        for (int leading : LEADING) {
          double value = leading * Math.pow(10, power);
          read(format.format(value), value, locale)
              .ifPresent(w -> out.putIfAbsent(w.word, w.factor));
        }
      }
    }
    return Map.copyOf(out);
  }

  /** Whether a character is a Han or Hangul one, each a word of its own ("万", "억"). */
  private static boolean ideographic(int c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HANGUL;
  }

  private record Word(String word, double factor) {}

  /**
   * The scale word of one formatted sample and its factor (the sample's value over the digits
   * written): "2 Millionen" for two million is "millionen", a million. Empty when the format wrote
   * the digits alone, or its word before them.
   */
  private static Optional<Word> read(String formatted, double value, ULocale locale) {
    // Bidirectional marks and spaces of any width around the parts carry no meaning here.
    String s = formatted.replaceAll("[\\p{Cf}]", "").replace('\u00A0', ' ').replace('\u202F', ' ');
    int first = -1;
    int last = -1;
    long digits = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = UCharacter.digit(s.charAt(i), 10);
      if (d >= 0) {
        if (first < 0) {
          first = i;
        }
        last = i;
        digits = digits * 10 + d;
      }
    }
    if (first != 0 || digits == 0) {
      return Optional.empty(); // no digits, or a word before them
    }
    for (int i = first; i <= last; i++) {
      if (UCharacter.digit(s.charAt(i), 10) < 0) {
        return Optional.empty(); // "2,1 Mio.": a fraction of the scale
      }
    }
    String word =
        s.substring(last + 1).strip().toLowerCase(Locale.forLanguageTag(locale.toLanguageTag()));
    if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
      return Optional.empty();
    }
    if (word.codePointCount(0, word.length()) == 1 && !ideographic(word.codePointAt(0))) {
      return Optional.empty(); // "300m", "5 k": a letter alone is a unit's symbol as often
    }
    // The samples have whole leading digits, so what is written is a whole count of the scale.
    double factor = value / digits;
    double power = Math.rint(Math.log10(factor));
    if (Math.abs(factor - Math.pow(10, power)) > 1e-6 * factor) {
      return Optional.empty(); // rounded by the format ("1,1 Mio." for 1,100,000)
    }
    return Optional.of(new Word(word, Math.pow(10, power)));
  }
}
