package io.corroborate.clean.html;

import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import io.corroborate.model.DateStamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the date strings pages carry (ISO 8601 with or without zone, RFC 1123, "February 19, 2025",
 * "19. Februar 2025", "19.02.2025", URL paths like {@code /2025/02/19/}) into the ISO form {@link
 * DateStamp#parse} reads: an offset date-time when the source gives a zone, else the date.
 *
 * <pre>{@code Dates.normalize("2025-02-19T10:15:00") // Optional["2025-02-19"]}</pre>
 */
public final class Dates {
  private Dates() {}

  private static final int MIN_YEAR = 1990;
  private static final int MAX_YEAR = 2100;

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T"
              + " ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[-_.]|$)");
  private static final Pattern DMY_NUM =
      Pattern.compile("(?<!\\d)(\\d{1,2})[./](\\d{1,2})[./]((?:19|20)\\d{2})(?!\\d)");

  /** What a date line may hold besides its date: digits, separators and spaces. */
  private static final Pattern DATE_FILLER = Pattern.compile("[\\d:.,|/()\\-–—\\s]+");

  private static final Pattern MONTH_WORD = Pattern.compile("\\p{L}+");
  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Pattern TEXT_DMY;
  private static final Pattern TEXT_MDY;

  static {
    // The month names and abbreviations of every language folder that writes them as words; an
    // abbreviation's dot is optional in the patterns, so it is left out here.
    for (LanguagePack pack : LanguagePack.everyLanguageWith("months.tsv")) {
      for (Lexicon.Month m : Lexicon.months(pack).values()) {
        String w = m.word().endsWith(".") ? m.word().substring(0, m.word().length() - 1) : m.word();
        if (MONTH_WORD.matcher(w).matches()) {
          MONTHS.putIfAbsent(w, m.number());
        }
      }
    }
    StringBuilder alt = new StringBuilder();
    MONTHS.keySet().stream()
        .sorted((a, b) -> b.length() - a.length())
        .forEach(m -> alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(m)));
    String months = "(" + alt + ")";
    TEXT_DMY =
        Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:"
                + LanguagePack.alternationOf(
                    LanguagePack.everyLanguage("ordinal-suffixes.txt"), "\\s+")
                + ")?\\.?\\s*(?:de\\s+)?"
                + months
                + "\\.?,?\\s*(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    TEXT_MDY =
        Pattern.compile(
            "(?<![\\p{L}])"
                + months
                + "\\.?\\s+(\\d{1,2})(?:"
                + LanguagePack.english().alternation("ordinal-suffixes.txt", "\\s+")
                + ")?,?\\s+((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** A machine date (meta tag, JSON-LD, {@code datetime} attribute) in ISO form, if it is one. */
  public static Optional<String> normalize(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 64) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(s);
    if (m.lookingAt()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d == null) {
        return Optional.empty();
      }
      if (m.group(4) != null && m.group(7) != null) {
        String zone = m.group(7);
        String offset;
        if (zone.equalsIgnoreCase("z") || zone.equals("UTC") || zone.equals("GMT")) {
          offset = "Z";
        } else {
          String digits = zone.substring(1).replace(":", "");
          offset =
              zone.charAt(0)
                  + digits.substring(0, 2)
                  + ":"
                  + (digits.length() >= 4 ? digits.substring(2, 4) : "00");
        }
        String sec = m.group(6) == null ? "00" : m.group(6);
        int hour = Integer.parseInt(m.group(4));
        String iso =
            d + "T" + (hour < 10 ? "0" : "") + hour + ":" + m.group(5) + ":" + sec + offset;
        try {
          return Optional.of(OffsetDateTime.parse(iso).toString());
        } catch (DateTimeParseException e) {
          return Optional.of(d.toString());
        }
      }
      return Optional.of(d.toString());
    }
    try {
      ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
      if (inRange(z.getYear())) {
        return Optional.of(z.toOffsetDateTime().toString());
      }
    } catch (DateTimeParseException e) {
      // not RFC 1123; try the forms below
    }
    Matcher c = COMPACT.matcher(s);
    if (c.matches()) {
      return Optional.ofNullable(date(c.group(1), c.group(2), c.group(3))).map(LocalDate::toString);
    }
    Matcher sl = SLASHED.matcher(s);
    if (sl.lookingAt()) {
      return Optional.ofNullable(date(sl.group(1), sl.group(2), sl.group(3)))
          .map(LocalDate::toString);
    }
    return inText(s);
  }

  /**
   * The first date written out in running text ("19 February 2025", "Feb. 19, 2025", "19.02.2025").
   */
  public static Optional<String> inText(String text) {
    if (text.length() > 2_000) {
      text = text.substring(0, 2_000);
    }
    Matcher a = TEXT_MDY.matcher(text);
    Matcher b = TEXT_DMY.matcher(text);
    Matcher n = DMY_NUM.matcher(text);
    int best = Integer.MAX_VALUE;
    LocalDate found = null;
    if (a.find()) {
      LocalDate d = date(a.group(3), monthOf(a.group(1)), a.group(2));
      if (d != null) {
        best = a.start();
        found = d;
      }
    }
    if (b.find() && b.start() < best) {
      LocalDate d = date(b.group(3), monthOf(b.group(2)), b.group(1));
      if (d != null) {
        best = b.start();
        found = d;
      }
    }
    if (n.find() && n.start() < best) {
      // Day first: the dotted and slashed forms of the languages this reads most (de, fr, es, it,
      // ...).
      LocalDate d = date(n.group(3), n.group(2), n.group(1));
      if (d == null) {
        d = date(n.group(3), n.group(1), n.group(2));
      }
      if (d != null) {
        found = d;
      }
    }
    return Optional.ofNullable(found).map(LocalDate::toString);
  }

  /** Whether the text is little more than a date (a date line, a time stamp). */
  public static boolean isDateLine(String text) {
    // Every pattern below needs a year or an ISO date, four ASCII digits in a row: most lines
    // have none and are answered without a regular expression.
    if (text.length() > 80 || !hasFourDigits(text)) {
      return false;
    }
    Matcher[] ms = {
      TEXT_MDY.matcher(text), TEXT_DMY.matcher(text), DMY_NUM.matcher(text), ISO.matcher(text)
    };
    for (Matcher m : ms) {
      if (m.find()) {
        String rest =
            DATE_FILLER
                .matcher(text.substring(0, m.start()) + text.substring(m.end()))
                .replaceAll(" ")
                .strip();
        if (rest.length() <= 25 && rest.split(" ").length <= 4) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean hasFourDigits(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  /** A date in a URL path, like {@code /2025/02/19/} or {@code /2025-02-19-title}. */
  public static Optional<String> inUrl(String url) {
    Matcher m = URL_DATE.matcher(url);
    if (m.find()) {
      return Optional.ofNullable(date(m.group(1), m.group(2), m.group(3))).map(LocalDate::toString);
    }
    return Optional.empty();
  }

  private static String monthOf(String name) {
    Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT));
    return m == null ? "0" : Integer.toString(m);
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      int year = Integer.parseInt(y);
      if (!inRange(year)) {
        return null;
      }
      return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean inRange(int year) {
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  /** Whether {@link DateStamp#parse} accepts the value (a last guard before emitting it). */
  public static boolean parses(String iso) {
    try {
      DateStamp.parse(iso);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
