package io.corroborate.extract;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import io.corroborate.annotate.time.MonthDates;
import io.corroborate.annotate.time.TimeMention;
import io.corroborate.lang.EntryPatterns;
import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.ScaleWords;
import io.corroborate.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text writes, read the way its language writes them: its digits (Arabic-Indic and
 * Persian digits included), its grouping and decimal marks (ICU's symbols for the language, and
 * three digits after a point or a comma grouping thousands whichever the outlet uses), its scale
 * words and suffixes ("2,5 Millionen", "1万6000", "3 bin 500"), its number words, and percentages
 * ("12 %", "%12", "12 процентов", "yüzde 12"). Dates, times, years inside dates and codes such as
 * "A320" are no numbers.
 *
 * <p>The words come from the language's folder: {@code numbers.tsv} ({@code unit} words read alone,
 * {@code scale} and {@code suffix} words after a number, {@code percent} words after it and {@code
 * percent-before} words before it), {@code date-words.txt} (words that make the number before them
 * a date), {@code writing.tsv} ({@code spacing none} for scripts written without spaces, {@code
 * ordinal-dot yes} where "6." is an ordinal, {@code number-prefixes} for letters written onto a
 * number such as Arabic "و"). This is the product's one number reader: the figure reader of each
 * language reads its figures with it, and the story clusterer its figure keys.
 *
 * <pre>{@code
 * NumberReader.of("ja").read("死者は1万6000人に") // [Reading[value=16000.0, …]]
 * }</pre>
 *
 * <p>Thread-safe: a reader is built once per language and never changes.
 */
public final class NumberReader {
  private static final Map<String, NumberReader> BY_LANGUAGE = new ConcurrentHashMap<>();

  /**
   * A run of digits of any script, with the marks that may group or split them; a point or comma
   * with a space after it ends the run ("6215, 3 bin 947": two figures of a list).
   */
  static final Pattern DIGITS =
      Pattern.compile("\\p{Nd}(?:(?:[\\p{Nd}\\u00A0\\u202F\\u2009 '’]|[.,٬٫](?!\\s))*\\p{Nd})?");

  /** Signs that make the number beside them a percentage. */
  private static final String PERCENT_SIGNS = "%٪％";

  /**
   * One number of a text: where it stands (its scale and percent sign or word included), its value
   * and whether it is a percentage.
   */
  public record Reading(int start, int end, double value, String raw, boolean percent) {
    public Reading {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException(
            "a reading needs 0 <= start <= end: " + start + ", " + end);
      }
    }

    /** The same reading marked a percentage, spread over {@code from}..{@code to}. */
    Reading asPercent(int from, int to, String text) {
      return new Reading(from, to, value, text.substring(from, to), true);
    }
  }

  private record Entry(Pattern pattern, double value) {}

  private record Found(int start, int end, double value) {}

  private final boolean spaced;
  private final boolean ordinalDot;
  private final String numberPrefixes;
  private final char grouping;
  private final char decimal;
  private final List<Entry> scales;
  private final List<Entry> words;
  private final List<Entry> percentAfter;
  private final List<Entry> percentBefore;
  private final List<Entry> dateWords;
  private final List<Entry> nouns;
  private final List<Entry> currencies;
  private final List<Entry> units;
  private final List<Figures.Entry> hedgesOnFigure;
  private final Optional<MonthDates> monthDates;
  private final Map<Integer, Integer> numeralDigits;
  private final Map<Integer, Integer> numeralPlaces;
  private final Map<Integer, Double> numeralScales;
  private final Set<Integer> ordinalPrefixes;

  private NumberReader(LanguagePack pack) {
    String language = pack.code();
    Map<String, String> writing =
        pack.has("writing.tsv") ? pack.pairs("writing.tsv") : Map.of("spacing", "words");
    this.spaced = !"none".equals(writing.getOrDefault("spacing", "words"));
    this.ordinalDot = "yes".equals(writing.getOrDefault("ordinal-dot", "no"));
    this.numberPrefixes = writing.getOrDefault("number-prefixes", "").replace(" ", "");
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(new ULocale(language));
    this.grouping = symbols.getGroupingSeparator();
    this.decimal = symbols.getDecimalSeparator();
    boolean numbers = pack.has("numbers.tsv");
    List<Entry> sc = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    if (numbers) {
      sc.addAll(entries(pack, "numbers.tsv", "scale"));
      sc.addAll(entries(pack, "numbers.tsv", "suffix"));
      for (List<String> row : pack.rows("numbers.tsv")) {
        listed.add(row.get(0).toLowerCase(Locale.ROOT));
      }
    }
    // The scale words CLDR knows for the language; its own list adds what CLDR lacks.
    ScaleWords.of(language)
        .forEach(
            (word, factor) -> {
              if (listed.add(word)) {
                Pattern p =
                    ideographic(word) ? EntryPatterns.compile(word, false, false) : phrase(word);
                sc.add(new Entry(p, factor));
              }
            });
    sortLongestFirst(sc);
    this.scales = List.copyOf(sc);
    this.words = numbers ? entries(pack, "numbers.tsv", "unit") : List.of();
    this.percentAfter = numbers ? entries(pack, "numbers.tsv", "percent") : List.of();
    this.percentBefore = numbers ? entries(pack, "numbers.tsv", "percent-before") : List.of();
    List<Entry> dw = new ArrayList<>();
    if (pack.has("date-words.txt")) {
      for (String w : pack.list("date-words.txt")) {
        dw.add(new Entry(phrase(w), 0));
      }
    }
    this.dateWords = List.copyOf(dw);
    this.nouns = pack.has("people-nouns.tsv") ? any(pack, "people-nouns.tsv") : List.of();
    this.currencies = pack.has("currencies.tsv") ? any(pack, "currencies.tsv") : List.of();
    this.units = pack.has("units.tsv") ? entries(pack, "units.tsv", "unit", true) : List.of();
    this.hedgesOnFigure = Figures.hedgesOnFigure(pack, spaced);
    this.monthDates = MonthDates.of(language);
    Map<Integer, Integer> nd = new java.util.HashMap<>();
    Map<Integer, Integer> np = new java.util.HashMap<>();
    Map<Integer, Double> ns = new java.util.HashMap<>();
    if (numbers) {
      for (List<String> row : pack.rows("numbers.tsv")) {
        if (row.size() >= 3 && row.get(0).codePointCount(0, row.get(0).length()) == 1) {
          int cp = row.get(0).codePointAt(0);
          List<String> kinds = List.of(row.get(2).split(","));
          if (kinds.contains("numeral")) {
            nd.put(cp, Integer.parseInt(row.get(1)));
          } else if (kinds.contains("numeral-place")) {
            np.put(cp, Integer.parseInt(row.get(1)));
          } else if (kinds.contains("scale") || kinds.contains("suffix")) {
            ns.put(cp, Double.parseDouble(row.get(1)));
          }
        }
      }
    }
    if (!nd.isEmpty()) {
      ScaleWords.of(language)
          .forEach(
              (word, factor) -> {
                if (word.codePointCount(0, word.length()) == 1) {
                  ns.putIfAbsent(word.codePointAt(0), factor);
                }
              });
    }
    this.numeralDigits = Map.copyOf(nd);
    this.numeralPlaces = Map.copyOf(np);
    this.numeralScales = Map.copyOf(ns);
    Set<Integer> op = new HashSet<>();
    writing
        .getOrDefault("ordinal-prefixes", "")
        .codePoints()
        .filter(c -> c != ' ')
        .forEach(op::add);
    this.ordinalPrefixes = Set.copyOf(op);
  }

  /**
   * The reader of a language (an ISO 639-1 code); English and any code without a folder of its own
   * read with English's lists, every language with its own digits and marks.
   */
  public static NumberReader of(String language) {
    String code =
        language != null && language.matches("[a-z]{2}") ? language : LanguagePack.FALLBACK;
    return BY_LANGUAGE.computeIfAbsent(code, c -> new NumberReader(LanguagePack.of(c)));
  }

  /** Whether the language writes words apart by spaces. */
  boolean spaced() {
    return spaced;
  }

  /** The numbers of a whole text in text order, none inside a date its language names. */
  public List<Reading> read(String text) {
    Span all = new Span(0, text.length());
    List<TimeMention> dates =
        monthDates.map(d -> d.find(text, all, Optional.empty())).orElse(List.of());
    return read(text, all, dates);
  }

  /**
   * The numbers between the ends of {@code within} in text order: digits with their scale, or
   * number words; none inside one of {@code dates}.
   */
  public List<Reading> read(String text, Span within, List<TimeMention> dates) {
    List<Reading> out = new ArrayList<>();
    int limit = within.end();
    Matcher d = DIGITS.matcher(text);
    d.region(within.start(), limit);
    d.useTransparentBounds(true);
    while (d.find()) {
      int s = d.start();
      if (!out.isEmpty() && s < out.get(out.size() - 1).end()) {
        continue; // read already, as the rest of "3 bin 500"
      }
      if (inside(dates, s)) {
        continue; // "մարտի 22-ին", "2024年3月": a date, not a count
      }
      boolean signBefore = s > 0 && PERCENT_SIGNS.indexOf(text.charAt(s - 1)) >= 0;
      if (s > 0 && !signBefore) {
        char p = text.charAt(s - 1);
        if (Character.isLetter(p) && spaced && !prefixed(text, s)
            || p == '/'
            || p == ':'
            || p == '-' && s > 1 && Character.isDigit(text.charAt(s - 2))) {
          continue; // "A320", dates "06/02", times "13:23"
        }
        if ((p == '.' || p == ',') && s > 1 && Character.isDigit(text.charAt(s - 2))) {
          continue;
        }
      }
      if (s > 0 && text.charAt(s - 1) == '[' && d.end() < limit && text.charAt(d.end()) == ']') {
        continue; // "[9]": a reference to a footnote, not a figure
      }
      Optional<Reading> n = parse(text, s, d.end());
      if (n.isEmpty()) {
        continue;
      }
      Reading num = n.get();
      int e = num.end();
      if (e < text.length()) {
        char c = text.charAt(e);
        if (c == ':'
            || c == '/'
            || c == '-' && e + 1 < text.length() && Character.isDigit(text.charAt(e + 1))) {
          continue;
        }
        if (c == '.' && e + 1 < text.length() && Character.isDigit(text.charAt(e + 1))) {
          continue; // a date "23.03.2024" or a version
        }
        int next = e < limit && text.charAt(e) == '.' ? e + 1 : e;
        if (at(dateWords, text, skipSpace(text, next, limit), limit).isPresent()) {
          continue; // "23 mars", "6. Februar", "3月22日": a date, not a count
        }
        if (ordinalDot && c == '.' && e + 2 < limit && Character.isWhitespace(text.charAt(e + 1))) {
          continue; // "am 6. Februar"
        }
        if (spaced
            && Character.isLetter(c)
            && scaleAt(text, e, limit).isEmpty()
            && percentAt(text, e, limit).isEmpty()
            && at(nouns, text, e, limit).isEmpty()
            && at(currencies, text, e, limit).isEmpty()
            && at(units, text, e, limit).isEmpty()
            && EntryMatch.at(hedgesOnFigure, Figures.Entry::pattern, text, e, limit).isEmpty()) {
          continue; // "7th", "3D"; a counter or a unit may be written on it ("137명", "2.6km")
        }
      }
      Reading scaled = withScale(text, num, limit);
      out.add(percent(text, scaled, signBefore, within));
    }
    if (!numeralDigits.isEmpty()) {
      out.addAll(numerals(text, within, dates, out));
      out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }
    if (!words.isEmpty()) {
      for (Entry w : words) {
        Matcher m = w.pattern.matcher(text);
        m.region(within.start(), limit);
        m.useTransparentBounds(true);
        while (m.find()) {
          Reading r = new Reading(m.start(), m.end(), w.value(), m.group(), false);
          out.add(percent(text, withScale(text, r, limit), false, within));
        }
      }
      out.sort((a, b) -> Integer.compare(a.start(), b.start()));
      // Overlapping finds keep the first ("zwanzig" inside a longer word is kept out by the word
      // boundaries of the patterns).
      List<Reading> kept = new ArrayList<>();
      for (Reading n : out) {
        if (kept.isEmpty() || n.start() >= kept.get(kept.size() - 1).end()) {
          kept.add(n);
        }
      }
      out = kept;
    }
    return List.copyOf(out);
  }

  /**
   * Numbers written in numeral characters ("三十七", "两百一十四", "一万二千"), read place by place: a digit
   * times the place after it ("十", "百", "千"; a place with no digit before it counts once), the sum
   * times a scale after it ("万", "亿"). A single character stands for a number only in a run of two
   * or more ("一半", "星期一" and "两人" stay words: too many words carry one), and a run after an ordinal
   * prefix ("第三十") or before a date word ("十月", "三十日") is no count.
   */
  private List<Reading> numerals(
      String text, Span within, List<TimeMention> dates, List<Reading> digits) {
    List<Reading> out = new ArrayList<>();
    int limit = within.end();
    int i = within.start();
    while (i < limit) {
      int cp = text.codePointAt(i);
      if (!numeralChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int s = i;
      int count = 0;
      while (i < limit && numeralChar(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
        count++;
      }
      int e = i;
      if (count < 2
          || inside(dates, s)
          || overlaps(digits, s, e)
          || s > 0 && ordinalPrefixes.contains(text.codePointBefore(s))
          || at(dateWords, text, skipSpace(text, e, limit), limit).isPresent()) {
        continue;
      }
      OptionalDouble v = numeralValue(text.substring(s, e));
      if (v.isPresent()) {
        Reading r = new Reading(s, e, v.getAsDouble(), text.substring(s, e), false);
        out.add(percent(text, r, false, within));
      }
    }
    return out;
  }

  private boolean numeralChar(int cp) {
    return numeralDigits.containsKey(cp)
        || numeralPlaces.containsKey(cp)
        || numeralScales.containsKey(cp);
  }

  /** The value of a run of numeral characters; empty where it holds no digit or place. */
  private OptionalDouble numeralValue(String run) {
    double total = 0;
    double section = 0;
    double digit = 0;
    double lastScale = Double.MAX_VALUE;
    boolean any = false;
    for (int k = 0; k < run.length(); ) {
      int cp = run.codePointAt(k);
      k += Character.charCount(cp);
      Integer d = numeralDigits.get(cp);
      Integer place = numeralPlaces.get(cp);
      if (d != null) {
        digit = d;
        any = true;
      } else if (place != null) {
        section += (digit == 0 ? 1 : digit) * place;
        digit = 0;
        any = true;
      } else {
        double scale = numeralScales.get(cp);
        if (!any && section == 0 && digit == 0 && total == 0) {
          return OptionalDouble.empty(); // a scale with nothing before it ("万一")
        }
        // "一亿五千万": a smaller scale after a bigger one scales only the part since the bigger
        if (scale < lastScale) {
          total += (section + digit) * scale;
        } else {
          total = (total + section + digit) * scale;
        }
        lastScale = scale;
        section = 0;
        digit = 0;
      }
    }
    return any ? OptionalDouble.of(total + section + digit) : OptionalDouble.empty();
  }

  private static boolean overlaps(List<Reading> readings, int s, int e) {
    for (Reading r : readings) {
      if (r.start() < e && s < r.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The reading as a percentage when a sign or a percent word stands right after it ("12 %", "12
   * процентов") or right before it ("%12", "yüzde 12"); the reading as it was otherwise.
   */
  private Reading percent(String text, Reading r, boolean signBefore, Span within) {
    if (signBefore) {
      return r.asPercent(r.start() - 1, r.end(), text);
    }
    int pos = skipSpace(text, r.end(), within.end());
    if (pos < within.end() && PERCENT_SIGNS.indexOf(text.charAt(pos)) >= 0) {
      return r.asPercent(r.start(), pos + 1, text);
    }
    Optional<Found> word = percentAt(text, r.end(), within.end());
    if (word.isPresent()) {
      return r.asPercent(r.start(), word.get().end(), text);
    }
    Optional<Found> before = endingAt(percentBefore, text, within.start(), r.start());
    if (before.isPresent()) {
      return r.asPercent(before.get().start(), r.end(), text);
    }
    return r;
  }

  private Optional<Found> percentAt(String text, int from, int limit) {
    return at(percentAfter, text, skipSpace(text, from, limit), limit);
  }

  /** Whether the letter glued before a number is a prefix the language writes so ("و237"). */
  private boolean prefixed(String text, int s) {
    return s >= 1
        && numberPrefixes.indexOf(text.charAt(s - 1)) >= 0
        && (s == 1 || !Character.isLetter(text.charAt(s - 2)));
  }

  private static boolean inside(List<TimeMention> dates, int at) {
    for (TimeMention t : dates) {
      if (t.span().start() <= at && at < t.span().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads digits between {@code s} and {@code e} with the language's marks; empty if unreadable.
   */
  private Optional<Reading> parse(String text, int s, int e) {
    String raw = text.substring(s, e);
    StringBuilder digits = new StringBuilder();
    List<Character> marks = new ArrayList<>();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      int dv = UCharacter.digit(c, 10);
      if (dv >= 0) {
        digits.append((char) ('0' + dv));
      } else {
        marks.add(c);
        digits.append('|');
      }
    }
    String[] groups = digits.toString().split("\\|", -1);
    // Walk the groups: a mark followed by three digits in a language that groups with it is
    // grouping; the language's decimal mark before the last group is the decimal point; anything
    // else ends the number.
    StringBuilder whole = new StringBuilder(groups[0]);
    String fraction = "";
    int rawPos = groups[0].length();
    for (int g = 1; g < groups.length; g++) {
      char mark = marks.get(g - 1);
      String next = groups[g];
      boolean space = Character.isSpaceChar(mark) || mark == '\u202F' || mark == '\u00A0';
      boolean groupingMark =
          mark == grouping
              || space && Character.isSpaceChar(grouping)
              || mark == '٬'
              || (mark == '\'' || mark == '’') && grouping == '’';
      boolean decimalMark = mark == decimal || mark == '٫';
      // Exactly three digits after a mark group thousands in news whichever mark the outlet uses
      // ("1,498 personas" in a Spanish text written with commas); any other count is a decimal.
      boolean three = next.length() == 3 && !groups[g - 1].isEmpty() && groups[g - 1].length() <= 3;
      if (three && (groupingMark || mark == ',' || mark == '.')) {
        whole.append(next);
        rawPos += 1 + next.length();
        continue;
      }
      // "7.4" in a language that writes decimal commas: a point or comma with one digit after it
      // and none after that cannot group thousands and is the outlet's decimal mark; two digits
      // after it may be the minutes of a time ("04.17")
      boolean foreignDecimal = (mark == ',' || mark == '.') && next.length() == 1 && g == 1;
      if ((decimalMark || foreignDecimal) && g == groups.length - 1) {
        fraction = next;
        rawPos += 1 + next.length();
        break;
      }
      break;
    }
    if (whole.length() == 0 || whole.length() > 15) {
      return Optional.empty();
    }
    double v = Double.parseDouble(whole + (fraction.isEmpty() ? "" : "." + fraction));
    return Optional.of(new Reading(s, s + rawPos, v, text.substring(s, s + rawPos), false));
  }

  /** The number with the scale word after it ("2,5 Millionen", "4万"), when one follows. */
  private Reading withScale(String text, Reading n, int limit) {
    Optional<Found> scale = scaleAt(text, n.end(), limit);
    if (scale.isEmpty()) {
      return n;
    }
    double factor = scale.get().value();
    double v = n.value() * factor;
    int end = scale.get().end();
    // "4万1000人", "3 bin 500": a smaller figure right after the scale adds to it, with its own
    // smaller scale where it has one ("52조7000억", "6만6천530").
    Matcher rest = DIGITS.matcher(text);
    int restAt = spaced && end < limit && text.charAt(end) == ' ' ? end + 1 : end;
    rest.region(restAt, limit);
    if (rest.lookingAt()) {
      Optional<Reading> more = parse(text, restAt, rest.end()).map(r -> withScale(text, r, limit));
      if (more.isPresent() && more.get().value() < factor) {
        v += more.get().value();
        end = more.get().end();
      }
    }
    return new Reading(n.start(), end, v, text.substring(n.start(), end), false);
  }

  /**
   * The scale word or suffix after a number; in a spaced script a suffix of one letter counts only
   * written onto the digits ("4.7m" is millions, "4.7 m" metres).
   */
  private Optional<Found> scaleAt(String text, int from, int limit) {
    int pos = skipSpace(text, from, limit);
    Optional<Found> f = at(scales, text, pos, limit);
    if (f.isPresent() && spaced && pos > from && f.get().end() - f.get().start() == 1) {
      return Optional.empty();
    }
    return f;
  }

  // ---------------------------------------------------------------------------------------------
  // Lists

  private List<Entry> entries(LanguagePack pack, String file, String kind) {
    return entries(pack, file, kind, false);
  }

  /** Rows of {@code kind}; {@code named}: the second column names something, it is no value. */
  private List<Entry> entries(LanguagePack pack, String file, String kind, boolean named) {
    List<Entry> out = new ArrayList<>();
    for (List<String> row : pack.rows(file)) {
      if (row.size() >= 3 && List.of(row.get(2).split(",")).contains(kind)) {
        Pattern p =
            ideographic(row.get(0))
                ? EntryPatterns.compile(row.get(0), false, false)
                : phrase(row.get(0));
        out.add(new Entry(p, named ? 0 : Double.parseDouble(row.get(1))));
      }
    }
    sortLongestFirst(out);
    return List.copyOf(out);
  }

  /**
   * Whether a word is written in Han characters or Hangul, which a counter or a currency follows
   * without a space even in Korean ("7000억원"): such a scale needs no word boundary after it.
   */
  private static boolean ideographic(String word) {
    return !word.isEmpty()
        && word.codePoints()
            .allMatch(
                c -> {
                  Character.UnicodeScript s = Character.UnicodeScript.of(c);
                  return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HANGUL;
                });
  }

  private List<Entry> any(LanguagePack pack, String file) {
    List<Entry> out = new ArrayList<>();
    for (List<String> row : pack.rows(file)) {
      if (!row.isEmpty()) {
        out.add(new Entry(phrase(row.get(0)), 0));
      }
    }
    sortLongestFirst(out);
    return List.copyOf(out);
  }

  private static void sortLongestFirst(List<Entry> entries) {
    entries.sort(
        (a, b) -> Integer.compare(b.pattern.pattern().length(), a.pattern.pattern().length()));
  }

  private Pattern phrase(String entry) {
    return EntryPatterns.compile(entry, spaced, false);
  }

  private static Optional<Found> at(List<Entry> entries, String text, int pos, int limit) {
    return EntryMatch.at(entries, Entry::pattern, text, pos, limit)
        .map(m -> new Found(m.start(), m.end(), m.entry().value()));
  }

  /** An entry that ends right before {@code end}, spaces aside. */
  private static Optional<Found> endingAt(List<Entry> entries, String text, int from, int end) {
    int e = end;
    while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e <= from || entries.isEmpty()) {
      return Optional.empty();
    }
    for (Entry en : entries) {
      Matcher m = en.pattern.matcher(text);
      m.region(Math.max(from, e - 40), e);
      m.useTransparentBounds(true);
      while (m.find()) {
        if (m.end() == e) {
          return Optional.of(new Found(m.start(), m.end(), en.value));
        }
      }
    }
    return Optional.empty();
  }

  private static int skipSpace(String text, int pos, int limit) {
    while (pos < limit && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    return pos;
  }
}
