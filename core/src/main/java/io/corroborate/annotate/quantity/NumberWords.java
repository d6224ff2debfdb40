package io.corroborate.annotate.quantity;

import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English number words to values: "twelve", "twenty-one", "two hundred fifty", "twelve thousand",
 * "a dozen", "1.2 million". Shared by the time and quantity normalizers.
 *
 * <pre>{@code NumberWords.parse("twelve thousand") // OptionalDouble[12000.0]}</pre>
 */
public final class NumberWords {
  private NumberWords() {}

  private static final LanguagePack EN = LanguagePack.english();

  /** Counting words and "a", "an" with their values. */
  static final Map<String, Integer> UNITS = valuesOf("unit", "article");

  /** Words that multiply or close a group, with their factor. */
  static final Map<String, Double> SCALES = factorsOf("hundred", "scale", "suffix");

  /** "hundred" and "dozen": they multiply the count before them instead of closing a group. */
  private static final Map<String, Double> MULTIPLIERS = factorsOf("hundred", "dozen");

  private static final Set<String> JOINERS = Set.copyOf(Lexicon.numberWords(EN, "joiner"));

  /** A regex alternative that matches one number word (longest first). */
  public static final String WORD =
      "(?:" + LanguagePack.alternationOf(Lexicon.numberWords(EN, "unit"), "\\s+") + ")";

  /** A regex that matches a run of number words such as "two hundred and fifty thousand". */
  public static final String PHRASE =
      "(?:"
          + WORD
          + "(?:-"
          + WORD
          + ")?(?:\\s+(?:"
          + alt("joiner")
          + "\\s+)?(?:"
          + WORD
          + "(?:-"
          + WORD
          + ")?|"
          + alt("hundred", "scale")
          + "))*"
          + "|(?:"
          + alt("article")
          + "\\s+)?(?:"
          + alt("hundred", "scale", "dozen")
          + "))";

  private static String alt(String... kinds) {
    return "(?:" + LanguagePack.alternationOf(Lexicon.numberWords(EN, kinds), "\\s+") + ")";
  }

  private static Map<String, Integer> valuesOf(String... kinds) {
    Map<String, Integer> out = new HashMap<>();
    Set<String> k = Set.of(kinds);
    for (Lexicon.NumberWord n : Lexicon.numbers(EN)) {
      if (k.contains(n.kind())) {
        out.put(n.word(), (int) n.value());
      }
    }
    return Map.copyOf(out);
  }

  private static Map<String, Double> factorsOf(String... kinds) {
    Map<String, Double> out = new HashMap<>();
    Set<String> k = Set.of(kinds);
    for (Lexicon.NumberWord n : Lexicon.numbers(EN)) {
      if (k.contains(n.kind())) {
        out.put(n.word(), n.value());
      }
    }
    return Map.copyOf(out);
  }

  private static final Pattern SPLIT = Pattern.compile("[\\s-]+");

  /** The value of digits ("1.2"), number words, or digits with a scale word ("1.2 million"). */
  public static OptionalDouble parse(String words) {
    String s = words.strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return OptionalDouble.empty();
    }
    double total = 0;
    double current = 0;
    boolean any = false;
    for (String w : SPLIT.split(s)) {
      if (JOINERS.contains(w)) {
        continue;
      }
      Integer u = UNITS.get(w);
      Double scale = SCALES.get(w);
      if (u != null) {
        current += u;
      } else if (MULTIPLIERS.containsKey(w)) {
        current = (current == 0 ? 1 : current) * MULTIPLIERS.get(w);
      } else if (scale != null) {
        total += (current == 0 ? 1 : current) * scale;
        current = 0;
      } else if (w.matches("\\d+(\\.\\d+)?")) {
        current += Double.parseDouble(w);
      } else {
        return OptionalDouble.empty();
      }
      any = true;
    }
    return any ? OptionalDouble.of(total + current) : OptionalDouble.empty();
  }
}
