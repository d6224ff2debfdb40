package io.corroborate.annotate.quantity;

import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import io.corroborate.lang.PhraseBoundary;
import io.corroborate.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of an English news text in every form news uses ("12,000", "12 000", "12k",
 * "1.2 million", "twelve thousand", "a dozen", "two-thirds", "40%", "10,000–12,000", "between
 * 11,000 and 12,000") with their unit or counted noun, and turns hedges into intervals: "about
 * 12,000" is a rounding interval, "nearly 3,000" lies just below, "more than 300" is open above,
 * "thousands of" spans 2,000 to 10,000.
 *
 * <pre>{@code
 * List<QuantityMention> qs = new QuantityTagger().find(text, timeSpans);  // skip years and days
 * }</pre>
 *
 * <p>Thread-safe: it holds only compiled patterns and its options.
 */
public final class QuantityTagger {
  private static final String DIGITS =
      "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d,])|\\d+(?:\\.\\d+)?)";

  private static final LanguagePack EN = LanguagePack.english();

  /**
   * A scale word after digits ("1.2 million", "3bn", "12k"): a word of more than one letter with or
   * without a space before it, a single letter only glued to the digits.
   */
  private static final String SCALE =
      "(?:\\s*(?:"
          + LanguagePack.alternationOf(
              NumberWords.SCALES.keySet().stream().filter(w -> w.length() > 1).toList(), "\\s+")
          + ")\\b|(?:"
          + LanguagePack.alternationOf(
              NumberWords.SCALES.keySet().stream().filter(w -> w.length() == 1).toList(), "\\s+")
          + ")\\b)";

  private static final String NUM = "(?:" + DIGITS + SCALE + "?|" + NumberWords.PHRASE + ")";
  private static final String FRACTION =
      "(?:(?:"
          + LanguagePack.alternationOf(
              Lexicon.union(
                  Lexicon.unitWords(LanguagePack.english(), 1, 9),
                  Lexicon.numberWords(LanguagePack.english(), "article")),
              "\\s+")
          + ")[\\s-](?:"
          + LanguagePack.alternationOf(LanguagePack.english().set("fractions.tsv"), "\\s+")
          + ")|"
          + LanguagePack.alternationOf(
              LanguagePack.english().category("fractions.tsv", 2, "alone"), "\\s+")
          + "|\\d+/\\d+)";

  /**
   * Vague counts before a number word, with the counts of it each stands for ("a few hundred": 2 to
   * 5 hundred); an empty range stands for the options' range of "several".
   */
  private static final Map<String, String> VAGUE_COUNTS = vagueCounts();

  /** Number words a vague count may stand before ("several hundred"), with their values. */
  private static final Map<String, Double> VAGUE_SCALES = vagueScales();

  /** Plural number words standing for a figure ("thousands of"), with the interval of each. */
  private static final Map<String, Bounds> VAGUE_FIGURES = vagueFigures();

  /** The partitive preposition ("of") that may follow a vague figure ("thousands of people"). */
  private static final String OF =
      LanguagePack.alternationOf(EN.category("partitive-words.tsv", "preposition"), "\\s+");

  private static final String VAGUE =
      "(?:(?:"
          + LanguagePack.alternationOf(VAGUE_COUNTS.keySet(), "\\s+")
          + ")\\s+(?:"
          + LanguagePack.alternationOf(VAGUE_SCALES.keySet(), "\\s+")
          + ")|"
          + LanguagePack.alternationOf(VAGUE_FIGURES.keySet(), "\\s+")
          + ")(?:\\s+(?:"
          + OF
          + "))?";

  /** Hedges before a figure, with the interval each makes of it. */
  private static final Map<String, String> HEDGES =
      Lexicon.hedges(LanguagePack.english(), "figure");

  private static final String HEDGE =
      "(?<hedge>" + LanguagePack.alternationOf(HEDGES.keySet(), "\\s+") + ")";

  /**
   * Currency words a figure may carry (currencies.tsv, keys lower-cased) with the ISO code each
   * gives the figure, the code other languages' words give too ("300 million yuan" and 3亿元 are both
   * CNY).
   */
  private static final Map<String, String> CURRENCY_WORDS = currencyWords();

  private static Map<String, String> currencyWords() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    LanguagePack.english()
        .pairs("currencies.tsv")
        .forEach((word, code) -> out.put(word.toLowerCase(Locale.ROOT), code));
    return Map.copyOf(out);
  }

  private static final java.util.Set<String> CURRENCY_CODES =
      LanguagePack.english().set("currency-codes.txt");

  /**
   * The units a figure carries, as written, with the unit's name: the units of length marked
   * "quantity" and the units of area, weight and age.
   */
  private static final Map<String, String> UNIT_NAMES = unitNames();

  /** The units written glued to the figure with a hyphen ("21-year-old"). */
  private static final String GLUED_UNIT =
      "(?:"
          + LanguagePack.alternationOf(
              UNIT_NAMES.keySet().stream().filter(u -> u.startsWith("-")).toList(), "\\s+")
          + ")";

  private static final String UNIT =
      "(?<unit>"
          + LanguagePack.alternationOf(UNIT_NAMES.keySet(), "\\s+")
          + "|"
          + LanguagePack.alternationOf(CURRENCY_WORDS.keySet(), "\\s+")
          + ")";

  /** The words before the first figure of a range, between its figures, and as a dash. */
  private static final String RANGE_OPENER =
      LanguagePack.alternationOf(EN.category("range-words.tsv", "opener"), "\\s+");

  private static final String RANGE_JOINER =
      LanguagePack.alternationOf(EN.category("range-words.tsv", "joiner"), "\\s+");

  private static final String RANGE_DASH =
      LanguagePack.alternationOf(EN.category("range-words.tsv", "dash"), "\\s+");

  /** Whether a {@link QuantityMention#unit()} is a currency: the figure is a sum of money. */
  public static boolean isCurrency(String unit) {
    return CURRENCY_CODES.contains(unit) || CURRENCY_WORDS.containsValue(unit);
  }

  /**
   * The sign or words of a percentage after a figure (percent-words.txt): a word ends at a word
   * boundary ("12 percentage points" is not "12 percent"), a sign needs none.
   */
  private static final String PERCENT =
      LanguagePack.alternationOf(
          EN.set("percent-words.txt"),
          w ->
              LanguagePack.alternationOf(java.util.List.of(w), "\\s+")
                  + (Character.isLetter(w.charAt(w.length() - 1)) ? "\\b" : ""));

  /** Currency signs (currency-signs.tsv, keys upper-cased) with the currency code each gives. */
  private static final Map<String, String> CURRENCY_SIGNS = currencySigns();

  private static Map<String, String> currencySigns() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    EN.pairs("currency-signs.tsv").forEach((sign, code) -> out.put(upper(sign), code));
    return Map.copyOf(out);
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /** A currency sign before a figure; the second bound of a range may repeat it ("$4.3-$5.2"). */
  private static final String CURRENCY_SIGN =
      LanguagePack.alternationOf(CURRENCY_SIGNS.keySet(), "\\s+");

  private static final Pattern QUANTITY =
      Pattern.compile(
          "(?i)(?<![\\w.,/-])(?:"
              + HEDGE
              + "\\s+)?(?<cur>"
              + CURRENCY_SIGN
              + ")?"
              + "(?:(?<between>"
              + RANGE_OPENER
              + ")\\s+(?<cura>"
              + CURRENCY_SIGN
              + ")?(?<a>"
              + NUM
              + ")\\s+(?:"
              + RANGE_JOINER
              + ")\\s+(?:"
              + CURRENCY_SIGN
              + ")?(?<b>"
              + NUM
              + ")"
              + "|(?<ra>"
              + DIGITS
              + SCALE
              + "?)\\s*(?:–|—|-|"
              + RANGE_DASH
              + ")\\s*(?:"
              + CURRENCY_SIGN
              + ")?(?<rb>"
              + DIGITS
              + SCALE
              + "?)"
              + "|(?<vague>"
              + VAGUE
              + ")"
              + "|(?<frac>"
              + FRACTION
              + ")"
              + "|(?<one>"
              + NUM
              + "))"
              + "(?<pct>\\s*(?:"
              + PERCENT
              + "))?"
              + "(?:(?<=\\d)(?="
              + GLUED_UNIT
              + ")|\\s+|(?="
              + GLUED_UNIT
              + "))?"
              + "(?:"
              + UNIT
              + "(?![a-z]))?");

  private static final Map<String, Double> FRACTIONS =
      LanguagePack.english().values("fractions.tsv", Double::parseDouble);

  /** Fraction words that are a share without a number before them ("half"). */
  private static final Set<String> FRACTIONS_ALONE =
      Set.copyOf(EN.category("fractions.tsv", 2, "alone"));

  /** "a", "an": one of what follows ("a third"). */
  private static final Set<String> ARTICLES = Set.copyOf(Lexicon.numberWords(EN, "article"));

  /** The number words of one ("one"), as often a pronoun as a count. */
  private static final Set<String> ONE = Set.copyOf(Lexicon.unitWords(EN, 1, 1));

  /** Hedges read only before a single figure ("some 300", not "some thousands"). */
  private static final Set<String> SINGLE_FIGURE_HEDGES =
      Set.copyOf(EN.category("hedges.tsv", 2, "single"));

  /** The partitive after a vague figure, left out of its reading ("thousands of"). */
  private static final Pattern TRAILING_OF = Pattern.compile("\\s+(?:" + OF + ")$");

  /** Words that end a counted noun phrase: verbs, prepositions, conjunctions, pronouns. */
  private static final Set<String> STOP =
      PhraseBoundary.plus(LanguagePack.english().set("count-stopwords.txt"));

  private static final Set<String> SKIP_ADJ = LanguagePack.english().set("count-adjectives.txt");

  private final QuantityOptions options;

  public QuantityTagger(QuantityOptions options) {
    this.options = options;
  }

  public QuantityTagger() {
    this(QuantityOptions.defaults());
  }

  /**
   * Finds the quantities in {@code text}.
   *
   * @param skip spans already taken by other readings, such as time expressions ("2024", "January
   *     5"): a number inside one is not a quantity
   */
  public List<QuantityMention> find(String text, List<Span> skip) {
    List<QuantityMention> out = new ArrayList<>();
    Matcher m = QUANTITY.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int start = m.start();
      int end = m.end();
      from = Math.max(end, start + 1);
      // Trailing spaces the unit slot allowed belong to the text, not the quantity.
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end == start || overlaps(start, end, skip) || !hasNumber(m)) {
        continue;
      }
      // "F-16", "Su-34", "COVID-19": digits glued to a word are a name.
      if (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        continue;
      }
      if (m.group("hedge") != null
          && SINGLE_FIGURE_HEDGES.contains(lower(m.group("hedge")))
          && m.group("one") == null) {
        continue;
      }
      read(m, text, start, end).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  private static boolean hasNumber(Matcher m) {
    return m.group("a") != null
        || m.group("ra") != null
        || m.group("vague") != null
        || m.group("frac") != null
        || m.group("one") != null;
  }

  private Optional<QuantityMention> read(Matcher m, String text, int start, int end) {
    String hedgeWord = lower(m.group("hedge"));
    String unit = m.group("unit") == null ? null : normalizeUnit(m.group("unit"));
    if (m.group("pct") != null) {
      unit = "%";
    }
    String sign = m.group("cur") != null ? m.group("cur") : m.group("cura");
    if (sign != null) {
      unit = CURRENCY_SIGNS.get(upper(sign));
    }
    double value;
    Bounds bounds;
    Hedge hedge;
    if (m.group("a") != null || m.group("ra") != null) {
      OptionalDouble a = number(m.group("a") != null ? m.group("a") : m.group("ra"));
      OptionalDouble b = number(m.group("b") != null ? m.group("b") : m.group("rb"));
      if (a.isEmpty() || b.isEmpty()) {
        return Optional.empty();
      }
      double lo = a.getAsDouble();
      double hi = b.getAsDouble();
      // "between $1.7 and $1.9 billion": the second bound's scale word is the first's too.
      String aRaw = m.group("a") != null ? m.group("a") : m.group("ra");
      String bRaw = m.group("b") != null ? m.group("b") : m.group("rb");
      double bScale = scaleOf(bRaw);
      if (scaleOf(aRaw) == 1 && bScale > 1 && lo < hi / bScale) {
        lo = lo * bScale;
      }
      // "1.2-1.5 million" and "10-12,000" share the scale of the second number.
      if (hi > lo * 100 && lo < 1000 && m.group("ra") != null && !m.group("ra").contains(",")) {
        double scale =
            Math.pow(10, Math.floor(Math.log10(hi)) - Math.floor(Math.log10(Math.max(lo, 1))));
        lo = lo * scale;
      }
      if (lo > hi) {
        return Optional.empty();
      }
      value = lo;
      bounds = Bounds.closed(lo, hi);
      hedge = Hedge.RANGE;
    } else if (m.group("vague") != null) {
      String v = TRAILING_OF.matcher(lower(m.group("vague"))).replaceAll("");
      bounds = vague(v);
      value = bounds.low();
      hedge = Hedge.VAGUE;
    } else if (m.group("frac") != null) {
      OptionalDouble f = fraction(lower(m.group("frac")));
      if (f.isEmpty()) {
        return Optional.empty();
      }
      value = f.getAsDouble();
      unit = unit == null ? "fraction" : unit;
      Hedge h = hedgeOf(hedgeWord);
      bounds = interval(value, h, m.group("frac"));
      hedge = h;
    } else {
      String raw = m.group("one");
      String low = lower(raw);
      // "one" is more often a pronoun than a count; "a hundred" stays.
      if (ONE.contains(low) && hedgeWord == null) {
        return Optional.empty();
      }
      OptionalDouble v = number(raw);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      value = v.getAsDouble();
      hedge = hedgeOf(hedgeWord);
      bounds = interval(value, hedge, raw);
    }
    Optional<String> counted =
        unit == null || unit.equals("fraction") ? countedAfter(text, end) : Optional.empty();
    return Optional.of(
        new QuantityMention(
            new Span(start, end),
            text.substring(start, end),
            value,
            bounds,
            hedge,
            Optional.ofNullable(unit),
            counted));
  }

  /**
   * The interval a hedge gives a figure read elsewhere (another language's digits and scale words):
   * the same rounding and shares as a figure this tagger reads, the step taken from the value.
   */
  public Bounds interval(double v, Hedge hedge) {
    return interval(v, hedge, java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
  }

  private Bounds interval(double v, Hedge hedge, String raw) {
    return switch (hedge) {
      case EXACT -> Bounds.exactly(v);
      case APPROXIMATE -> {
        double half =
            Math.max(step(raw, v) * options.roundingStepShare(), v * options.approximateMinShare());
        yield Bounds.closed(Math.max(0, v - half), v + half);
      }
      case NEARLY -> new Bounds(v * (1 - options.nearlyShare()), true, v, false);
      case AT_MOST -> Bounds.closed(0, v);
      case AT_LEAST -> Bounds.atLeast(v);
      case MORE_THAN -> Bounds.above(v);
      case LESS_THAN -> new Bounds(0, true, v, false);
      default -> Bounds.exactly(v);
    };
  }

  /**
   * The last significant step of a stated number: 1,000 for "12,000", 0.1 million for "1.2
   * million", 1 for "twelve".
   */
  static double step(String raw, double v) {
    String digits = raw.replaceAll("[^0-9.]", "");
    if (v > 0 && v < 1) {
      // "roughly half", "about two-thirds": a tenth of the share each way.
      return v * 0.2;
    }
    if (digits.isEmpty() || v == 0) {
      return 1;
    }
    String lower = raw.toLowerCase(Locale.ROOT);
    if (digits.contains(".")) {
      int decimals = digits.length() - digits.indexOf('.') - 1;
      double unit = Math.pow(10, -decimals);
      double plain = Double.parseDouble(digits);
      return plain == 0 ? 1 : unit * (v / plain);
    }
    long n = (long) v;
    if (n != v || n == 0) {
      return 1;
    }
    double s = 1;
    while (n % 10 == 0) {
      n /= 10;
      s *= 10;
    }
    // "three thousand" and "3k" name thousands even though the words carry no zeros.
    return lower.matches(".*\\d.*") ? s : Math.max(s, 1);
  }

  private Bounds vague(String v) {
    Bounds figure = VAGUE_FIGURES.get(v);
    if (figure != null) {
      return figure;
    }
    // "several hundred", "a few dozen": a vague count of the number word that ends it.
    int space = v.lastIndexOf(' ');
    double scale = VAGUE_SCALES.getOrDefault(v.substring(space + 1), 1.0);
    String range = VAGUE_COUNTS.getOrDefault(v.substring(0, Math.max(space, 0)), "");
    if (range.isEmpty()) {
      return Bounds.closed(options.severalLow() * scale, options.severalHigh() * scale);
    }
    int dash = range.indexOf('-');
    return Bounds.closed(
        Double.parseDouble(range.substring(0, dash)) * scale,
        Double.parseDouble(range.substring(dash + 1)) * scale);
  }

  private static Map<String, String> vagueCounts() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (List<String> row : EN.rows("vague-counts.tsv")) {
      String range = row.size() > 2 ? row.get(2) : "";
      if (!range.isEmpty()) {
        out.put(row.get(0), range.equals("options") ? "" : range);
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static Map<String, Double> vagueScales() {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (List<String> row : EN.rows("numbers.tsv")) {
      if (row.size() > 3 && List.of(row.get(3).split(",")).contains("vague")) {
        out.put(row.get(0), Double.parseDouble(row.get(1)));
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static Map<String, Bounds> vagueFigures() {
    Map<String, Bounds> out = new java.util.LinkedHashMap<>();
    for (List<String> row : EN.rows("vague-figures.tsv")) {
      out.put(
          row.get(0),
          new Bounds(Double.parseDouble(row.get(1)), true, Double.parseDouble(row.get(2)), false));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static Map<String, String> unitNames() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (List<String> row : EN.rows("length-units.tsv")) {
      if (row.size() > 4 && List.of(row.get(4).split(",")).contains("quantity")) {
        out.put(row.get(0), row.get(1));
      }
    }
    EN.pairs("quantity-units.tsv").forEach(out::putIfAbsent);
    return java.util.Collections.unmodifiableMap(out);
  }

  private static Hedge hedgeOf(String h) {
    if (h == null) {
      return Hedge.EXACT;
    }
    String iv = HEDGES.get(h);
    return iv == null || iv.equals("-") ? Hedge.APPROXIMATE : Hedge.valueOf(iv);
  }

  /** The multiplier of the scale word ending digits ("1.9 billion": 1e9), 1 where none does. */
  private static double scaleOf(String raw) {
    Matcher d = DIGITS_AND_SCALE.matcher(lower(raw).replaceAll("[\\u00A0\\u202F]", " ").strip());
    return d.matches() && d.group(2) != null ? multiplier(d.group(2)) : 1;
  }

  private static final Pattern DIGITS_AND_SCALE =
      Pattern.compile(
          "^([\\d, ]*\\d(?:\\.\\d+)?)\\s*("
              + LanguagePack.alternationOf(NumberWords.SCALES.keySet(), "\\s+")
              + ")?$");

  private static double multiplier(String scale) {
    return NumberWords.SCALES.get(scale);
  }

  /** The value of "12,000", "12 000", "12k", "1.2 million", "twelve thousand". */
  static OptionalDouble number(String raw) {
    String s = lower(raw).replaceAll("[\\u00A0\\u202F]", " ").strip();
    Matcher d = DIGITS_AND_SCALE.matcher(s);
    if (d.matches()) {
      String digits = d.group(1).replace(",", "").replace(" ", "");
      double v;
      try {
        v = Double.parseDouble(digits);
      } catch (NumberFormatException e) {
        return OptionalDouble.empty();
      }
      String scale = d.group(2);
      if (scale != null) {
        v *= multiplier(scale);
      }
      return OptionalDouble.of(v);
    }
    return NumberWords.parse(s);
  }

  private static OptionalDouble fraction(String f) {
    if (FRACTIONS_ALONE.contains(f)) {
      return OptionalDouble.of(1 / FRACTIONS.get(f));
    }
    if (f.matches("\\d+/\\d+")) {
      String[] p = f.split("/");
      double den = Double.parseDouble(p[1]);
      return den == 0 ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(p[0]) / den);
    }
    String[] p = f.split("[\\s-]+");
    OptionalDouble num = ARTICLES.contains(p[0]) ? OptionalDouble.of(1) : NumberWords.parse(p[0]);
    Double den = FRACTIONS.get(p[p.length - 1]);
    if (num.isEmpty() || den == null) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(num.getAsDouble() / den);
  }

  /** The word after the spaces at a position. */
  private static final Pattern NEXT_WORD = Pattern.compile("\\G[ \\u00A0]+([\\p{L}][\\p{L}'’-]*)");

  /** The head noun after a number: "12,000 North Korean troops were" → "troops". */
  private static Optional<String> countedAfter(String text, int end) {
    Matcher w = NEXT_WORD.matcher(text);
    int pos = end;
    String head = null;
    for (int i = 0; i < 4 && w.find(pos); i++) {
      String word = w.group(1);
      String lw = word.toLowerCase(Locale.ROOT);
      if (STOP.contains(lw)) {
        break;
      }
      pos = w.end();
      if (SKIP_ADJ.contains(lw) && head == null) {
        continue;
      }
      if (head != null && lw.endsWith("ing")) {
        break;
      }
      head = lw;
      // A plural or a word that ends the phrase is the head; "North Korean" before it is a
      // modifier.
      boolean endsPhrase =
          pos >= text.length() || !Character.isLetter(text.charAt(pos)) && text.charAt(pos) != ' ';
      if (lw.endsWith("s") || (!Character.isUpperCase(word.charAt(0)) && endsPhrase)) {
        break;
      }
    }
    return Optional.ofNullable(head);
  }

  /** A unit as written ("Sq. km") by its name ("square kilometers"); a currency by its code. */
  private static String normalizeUnit(String u) {
    String s = u.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return CURRENCY_WORDS.getOrDefault(s, UNIT_NAMES.getOrDefault(s, s));
  }

  private static boolean overlaps(int start, int end, List<Span> skip) {
    for (Span s : skip) {
      if (s.start() < end && start < s.end()) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
