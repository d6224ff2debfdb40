package io.corroborate.clean.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import io.corroborate.cluster.StopWords;
import io.corroborate.model.Article;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * Language detection with lingua over the languages news in this project comes in. One detector is
 * built on first use and shared by all threads; it runs in lingua's low-accuracy mode, which keeps
 * about 15 MB of models instead of about 350 MB and is as good on article-length text.
 *
 * <pre>{@code Languages.Guess g = Languages.detect(article.text(), LanguageThresholds.defaults());
 * g.code(); // "en", or "und" with g.reason() saying why}</pre>
 */
public final class Languages {
  private Languages() {}

  /** The languages the detector chooses among. */
  public static final List<Language> SUPPORTED =
      List.of(
          Language.ENGLISH,
          Language.GERMAN,
          Language.FRENCH,
          Language.SPANISH,
          Language.ITALIAN,
          Language.PORTUGUESE,
          Language.DUTCH,
          Language.RUSSIAN,
          Language.UKRAINIAN,
          Language.BELARUSIAN,
          Language.POLISH,
          Language.CZECH,
          Language.ROMANIAN,
          Language.SWEDISH,
          Language.GREEK,
          Language.TURKISH,
          Language.ARABIC,
          Language.PERSIAN,
          Language.HEBREW,
          Language.HINDI,
          Language.KOREAN,
          Language.JAPANESE,
          Language.CHINESE,
          Language.VIETNAMESE,
          Language.INDONESIAN,
          Language.BULGARIAN,
          Language.MACEDONIAN,
          Language.ARMENIAN,
          Language.GEORGIAN,
          Language.FINNISH,
          Language.HUNGARIAN);

  /**
   * What detection found: an ISO 639-1 code or {@code und}, the margin over the runner-up, and why.
   */
  public record Guess(String code, double margin, String reason) {
    public Guess {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(reason, "reason");
    }

    public boolean determined() {
      return !code.equals(Article.UNDETERMINED_LANGUAGE);
    }
  }

  // Built on first use (class initialisation is lazy and thread-safe), then shared.
  private static final class Holder {
    static final LanguageDetector DETECTOR =
        LanguageDetectorBuilder.fromLanguages(SUPPORTED.toArray(new Language[0]))
            .withLowAccuracyMode()
            .build();
  }

  /** The language of {@code text}, judged on its first {@code sampleChars} characters. */
  public static Guess detect(String text, LanguageThresholds t) {
    String sample = sample(text, t.sampleChars());
    long letters = sample.codePoints().filter(Character::isLetter).count();
    if (letters < t.minLetters()) {
      return new Guess(
          Article.UNDETERMINED_LANGUAGE, 0, "too little text to tell (" + letters + " letters)");
    }
    SortedMap<Language, Double> values = Holder.DETECTOR.computeLanguageConfidenceValues(sample);
    if (values.isEmpty()) {
      return new Guess(Article.UNDETERMINED_LANGUAGE, 0, "no supported language recognised");
    }
    Iterator<Map.Entry<Language, Double>> it = values.entrySet().iterator();
    Map.Entry<Language, Double> best = it.next();
    Optional<Map.Entry<Language, Double>> second =
        it.hasNext() ? Optional.of(it.next()) : Optional.empty();
    double margin = best.getValue() - second.map(Map.Entry::getValue).orElse(0.0);
    String code = code(best.getKey());
    if (margin < t.minMargin()) {
      return new Guess(
          Article.UNDETERMINED_LANGUAGE,
          margin,
          String.format(
              Locale.ROOT,
              "unclear: %s and %s within %.2f",
              code,
              second.map(e -> code(e.getKey())).orElse("?"),
              margin));
    }
    return new Guess(
        code, margin, String.format(Locale.ROOT, "lingua detection (margin %.2f)", margin));
  }

  /**
   * Whether {@code text} can be in the declared language {@code code}, cheaply enough to skip
   * detection: 1. the sample has enough letters; 2. most of its letters are in a script the
   * language is written in (CLDR's scripts for the language, from ICU); 3. where the language's
   * function words are known, enough of the sample's words are among them (which tells a German
   * text from an English one, both in Latin letters).
   */
  public static boolean plausible(String code, String text, LanguageThresholds t) {
    String sample = sample(text, t.sampleChars());
    Map<Integer, Integer> byScript = new HashMap<>();
    int letters = 0;
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      int script = UScript.getScript(cp);
      if (script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN) {
        byScript.merge(script, 1, Integer::sum);
      }
    }
    if (letters < t.minLetters() || byScript.isEmpty()) {
      return false;
    }
    int dominant =
        byScript.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    int[] scripts = UScript.getCode(new ULocale(code));
    if (scripts == null || Arrays.stream(scripts).noneMatch(s -> s == dominant)) {
      return false;
    }
    if (!StopWords.known(code)) {
      return true;
    }
    int words = 0;
    int function = 0;
    for (String w : NON_LETTERS.split(sample.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        words++;
        if (StopWords.contains(code, w)) {
          function++;
        }
      }
    }
    return words > 0 && function >= t.minFunctionWordShare() * words;
  }

  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{M}]+");

  /**
   * A language tag from a container or page ({@code en}, {@code EN-us}, {@code eng}, {@code en_GB})
   * as a lowercase ISO 639-1 code, if it names a language.
   */
  public static Optional<String> normalize(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    String primary = tag.strip().split("[-_;,\\s]", 2)[0].toLowerCase(Locale.ROOT);
    if (primary.length() == 2 && primary.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return Optional.of(primary);
    }
    if (primary.length() == 3) {
      for (String two : Locale.getISOLanguages()) {
        if (new Locale(two).getISO3Language().equals(primary)) {
          return Optional.of(two);
        }
      }
    }
    return Optional.empty();
  }

  private static String code(Language l) {
    IsoCode639_1 iso = l.getIsoCode639_1();
    return iso.toString().toLowerCase(Locale.ROOT);
  }

  private static String sample(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max);
    // Never split a surrogate pair when there is no space to cut at.
    int end = cut > max / 2 ? cut : Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }
}
