package io.corroborate.clean.text;

import io.corroborate.clean.html.PageWords;
import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import io.corroborate.model.DateStamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient reading of the dates news pages and their containers print: ISO 8601 with or without a
 * time and zone ({@code 2025-02-19 10:00:00}), month names of every language folder ({@code Feb.
 * 19, 2025 10:32 AM}, {@code 19 February 2025}, {@code 19 février 2025}), RFC 1123 ({@code Wed, 19
 * Feb 2025 10:00:00 GMT}) and {@code 19.02.2025}. The exact instant is kept only when a zone is
 * given; otherwise the date alone. Anything else is empty, never an exception.
 *
 * <pre>{@code Dates.find("Updated: Feb 19, 2025"); // Optional[2025-02-19]}</pre>
 */
public final class Dates {
  private Dates() {}

  /**
   * Month names and abbreviations of every language folder that has them, lower case, without an
   * abbreviation's dot (the patterns make it optional); months of another calendar are left out.
   */
  private static final Map<String, Integer> MONTHS = months();

  private static final String MONTH =
      "(" + LanguagePack.alternationOf(MONTHS.keySet(), "\\s+") + ")\\.?";

  /** A weekday's name or abbreviation before a date, in every language that has them. */
  private static final String WEEKDAY =
      "(?:(?:" + LanguagePack.alternationOf(weekdays(), "\\s+") + ")\\.?,?\\s+)?";

  /**
   * Marks after the hour of a twelve-hour clock (meridiems.tsv), keyed without their dots, with the
   * hours each adds: "p.m.", "p.m", "pm." and "pm" all read as "pm".
   */
  private static final Map<String, Integer> MERIDIEMS = meridiems();

  /** A meridiem mark as written, its dots each optional ("a.m.", "a.m", "am."). */
  private static final String MERIDIEM =
      LanguagePack.alternationOf(
          MERIDIEMS.keySet(),
          mark ->
              String.join(
                      "\\.?", java.util.Arrays.stream(mark.split("")).map(Pattern::quote).toList())
                  + "\\.?");

  private static final String TIME =
      "(?:(?:,|\\s+at|\\s+-|\\s*\\|)?\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?\\s*("
          + MERIDIEM
          + ")?\\s*(z|utc|gmt|[+-]\\d{2}:?\\d{2}|[a-z]{2,4}t)?\\b)?";

  private static final Pattern ISO =
      Pattern.compile(
          "(?i)\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?\\s*(z|utc|gmt|[+-]\\d{2}:?\\d{2})?)?");

  /** The endings of an English ordinal day ("3rd"), as an optional group. */
  private static final String ORDINAL =
      "(?:" + LanguagePack.english().alternation("ordinal-suffixes.txt", "\\s+") + ")?";

  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "(?iu)\\b" + WEEKDAY + MONTH + "\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})\\b" + TIME);
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(?iu)\\b"
              + WEEKDAY
              + "(\\d{1,2})"
              + ORDINAL
              + "\\s+(?:of\\s+)?"
              + MONTH
              + ",?\\s+(\\d{4})\\b"
              + TIME);
  private static final Pattern DOTTED =
      Pattern.compile("(?i)\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b" + TIME);

  /** Time-zone abbreviations and their offsets, the same in every language. */
  private static final Map<String, String> ZONES = zones();

  private static Map<String, Integer> meridiems() {
    Map<String, Integer> out = new LinkedHashMap<>();
    LanguagePack.english()
        .values("meridiems.tsv", Integer::parseInt)
        .forEach((mark, hours) -> out.putIfAbsent(undotted(mark), hours));
    return Map.copyOf(out);
  }

  private static String undotted(String mark) {
    return mark.replace(".", "").toLowerCase(Locale.ROOT);
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (LanguagePack pack : LanguagePack.everyLanguageWith("months.tsv")) {
      for (Lexicon.Month m : Lexicon.months(pack).values()) {
        String w = m.word().endsWith(".") ? m.word().substring(0, m.word().length() - 1) : m.word();
        if (!m.is("persian")) {
          out.putIfAbsent(w.toLowerCase(Locale.ROOT), m.number());
        }
      }
    }
    return Map.copyOf(out);
  }

  private static List<String> weekdays() {
    List<String> out = new ArrayList<>();
    for (String file : List.of("weekdays.tsv", "weekday-abbreviations.tsv")) {
      for (List<String> row : LanguagePack.everyLanguageRows(file)) {
        // "freitag*" stands for its inflected forms; a date line writes the plain one.
        out.add(
            row.get(0).endsWith("*")
                ? row.get(0).substring(0, row.get(0).length() - 1)
                : row.get(0));
      }
    }
    return out;
  }

  private static Map<String, String> zones() {
    Map<String, String> out = new HashMap<>();
    for (List<String> row : PageWords.data("text/time-zones.tsv")) {
      out.put(row.get(0), row.get(1));
    }
    return Map.copyOf(out);
  }

  /** The first date written in {@code s}, if any. */
  public static Optional<DateStamp> find(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      Optional<DateStamp> d =
          build(
              num(m.group(1)),
              num(m.group(2)),
              num(m.group(3)),
              m.group(4),
              m.group(5),
              m.group(6),
              null,
              m.group(7));
      if (d.isPresent()) {
        return d;
      }
    }
    m = MONTH_FIRST.matcher(s);
    if (m.find()) {
      Optional<DateStamp> d =
          build(
              num(m.group(3)),
              month(m.group(1)),
              num(m.group(2)),
              m.group(4),
              m.group(5),
              m.group(6),
              m.group(7),
              m.group(8));
      if (d.isPresent()) {
        return d;
      }
    }
    m = DAY_FIRST.matcher(s);
    if (m.find()) {
      Optional<DateStamp> d =
          build(
              num(m.group(3)),
              month(m.group(2)),
              num(m.group(1)),
              m.group(4),
              m.group(5),
              m.group(6),
              m.group(7),
              m.group(8));
      if (d.isPresent()) {
        return d;
      }
    }
    m = DOTTED.matcher(s);
    if (m.find()) {
      return build(
          num(m.group(3)),
          num(m.group(2)),
          num(m.group(1)),
          m.group(4),
          m.group(5),
          m.group(6),
          m.group(7),
          m.group(8));
    }
    return Optional.empty();
  }

  /** Whether {@code s} is nothing but a date (with an optional weekday and time). */
  public static boolean isOnlyDate(String s) {
    String t = s.strip();
    for (Pattern p : new Pattern[] {ISO, MONTH_FIRST, DAY_FIRST, DOTTED}) {
      Matcher m = p.matcher(t);
      if (m.find()
          && m.start() == 0
          && t.substring(m.end()).replaceAll("[\\s,.|)]", "").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<DateStamp> build(
      int year,
      int month,
      int day,
      String hour,
      String minute,
      String second,
      String ampm,
      String zone) {
    if (year < 1900 || year > 2200) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(year, month, day);
      if (hour == null || zone == null) {
        return Optional.of(DateStamp.of(date));
      }
      int h = num(hour);
      if (ampm != null) {
        if (h < 1 || h > 12) {
          return Optional.of(DateStamp.of(date));
        }
        h = h % 12 + MERIDIEMS.getOrDefault(undotted(ampm), 0);
      }
      LocalTime time = LocalTime.of(h, num(minute), second == null ? 0 : num(second));
      Optional<ZoneOffset> offset = offset(zone);
      return Optional.of(
          offset
              .map(o -> DateStamp.of(OffsetDateTime.of(date, time, o)))
              .orElse(DateStamp.of(date)));
    } catch (DateTimeException e) {
      // An impossible date (Feb 30) or time (25:00) is not a date: nothing to record.
      return Optional.empty();
    }
  }

  private static Optional<ZoneOffset> offset(String zone) {
    String z = zone.toLowerCase(Locale.ROOT);
    if (z.equals("z") || z.equals("utc") || z.equals("gmt")) {
      return Optional.of(ZoneOffset.UTC);
    }
    String o = z.startsWith("+") || z.startsWith("-") ? z : ZONES.get(z);
    if (o == null) {
      return Optional.empty();
    }
    if (o.length() == 5) {
      o = o.substring(0, 3) + ":" + o.substring(3);
    }
    try {
      return Optional.of(ZoneOffset.of(o));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int month(String name) {
    return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
  }

  private static int num(String s) {
    // Groups are digit runs of at most four characters, so this cannot overflow.
    return Integer.parseInt(s);
  }
}
