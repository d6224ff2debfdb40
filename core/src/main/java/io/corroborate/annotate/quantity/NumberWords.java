package io.corroborate.annotate.quantity;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * English number words to values: "twelve", "twenty-one", "two hundred fifty", "twelve thousand",
 * "a dozen", "1.2 million". Shared by the time and quantity normalizers.
 *
 * <pre>{@code NumberWords.parse("twelve thousand") // OptionalDouble[12000.0]}</pre>
 */
public final class NumberWords {
  private NumberWords() {}

  static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("a", 1),
          Map.entry("an", 1));

  static final Map<String, Double> SCALES =
      Map.of(
          "hundred",
          1e2,
          "thousand",
          1e3,
          "million",
          1e6,
          "billion",
          1e9,
          "trillion",
          1e12,
          "k",
          1e3,
          "m",
          1e6,
          "bn",
          1e9);

  /** A regex alternative that matches one number word (longest first). */
  public static final String WORD =
      "(?:seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|seventy|twelve|eleven|twenty|thirty|"
          + "ninety|eighty|sixty|forty|fifty|three|seven|eight|zero|four|five|nine|one|two|six|ten)";

  /** A regex that matches a run of number words such as "two hundred and fifty thousand". */
  public static final String PHRASE =
      "(?:"
          + WORD
          + "(?:-"
          + WORD
          + ")?(?:\\s+(?:and\\s+)?(?:"
          + WORD
          + "(?:-"
          + WORD
          + ")?|hundred|thousand|million|billion))*"
          + "|(?:a\\s+)?(?:hundred|thousand|million|billion|dozen))";

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
      if (w.equals("and")) {
        continue;
      }
      Integer u = UNITS.get(w);
      Double scale = SCALES.get(w);
      if (u != null) {
        current += u;
      } else if (w.equals("hundred") || w.equals("dozen")) {
        current = (current == 0 ? 1 : current) * (w.equals("dozen") ? 12 : 100);
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
