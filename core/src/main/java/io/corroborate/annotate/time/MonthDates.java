package io.corroborate.annotate.time;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import io.corroborate.lang.EntryPatterns;
import io.corroborate.lang.LanguagePack;
import io.corroborate.model.Span;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written with a month name in a language other than English ("23 mars 2024", "22 березня",
 * "2024年3月22日", "6. Februar"), read through the language's own files and resolved against the
 * article's date when they leave out the year. English dates are the {@link TimeTagger}'s.
 *
 * <p>Every word comes from the language's folder: {@code months.tsv} (month names, a trailing
 * {@code *} for inflected forms, flag {@code persian} for a month of the Solar Hijri calendar),
 * {@code date-parts.tsv} (what may stand around the day, month and year: {@code day-suffix}, {@code
 * month-suffix} for months written as a number, {@code month-prefix}, {@code year-suffix}, {@code
 * joiner}, and the signals before a date: {@code since}, {@code until}, {@code as-of}) and {@code
 * writing.tsv} ({@code date-order}: {@code day-month}, {@code month-day} or {@code year-month-day};
 * {@code spacing}; {@code ordinal-dot}). A language reads dates this way when its folder has its
 * own {@code months.tsv} or a {@code month-suffix}.
 *
 * <p>Two shorter forms are read where the language's words make them dates: a month name alone
 * right after a {@code month-alone} word of {@code date-parts.tsv} ("in april": the whole month; a
 * {@code month-early}, {@code month-mid} or {@code month-late} word, "Anfang März", its first,
 * middle or last third, as English reads "early March"), and a day of the month alone with a {@code
 * day-alone} suffix ("26-ին": the latest such day on or before the article date).
 *
 * <p>In an undated report a date that leaves out its year (or its month) is read as the story's
 * dated reports would read it: resolved against each of their publication days, it takes the
 * reading at least {@value #STORY_SHARE_PERCENT} % of them give, and stays unresolved when they
 * disagree or when fewer than {@value #STORY_REPORTS} reports are dated. Days named from the
 * report's own date ("yesterday", a weekday) stay unresolved there: the story knows its month, not
 * the report's day.
 *
 * <p>It also places days named from the article's date: {@code deictic-days.tsv} ("gestern",
 * "вчера": days from it) and {@code weekdays.tsv} (the latest such weekday on or before the article
 * date, the next one after it beside a {@code next} word of {@code date-parts.tsv}).
 *
 * <pre>{@code
 * List<TimeMention> ds = MonthDates.of("fr").orElseThrow()
 *     .find(text, new Span(0, text.length()), Optional.of(LocalDate.of(2024, 3, 24)));
 * }</pre>
 *
 * <p>Thread-safe: it holds only compiled patterns.
 */
public final class MonthDates {
  private static final Map<String, Optional<MonthDates>> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** A date with no year lies at most this long after the article date, else a year earlier. */
  private static final int DAYS_AHEAD = 45;

  /**
   * The share of a story's dated reports (in percent) that must read a yearless date of an undated
   * report alike for it to take that reading.
   */
  private static final int STORY_SHARE_PERCENT = 75;

  /** The fewest dated reports a story must have for its dates to place an undated report's. */
  private static final int STORY_REPORTS = 2;

  /** How many months back a day of the month alone is looked for. */
  private static final int DAY_ALONE_MONTHS = 3;

  private record Month(int number, boolean persian) {}

  private record Signal(Pattern pattern, Relation relation) {}

  /** A word for a day counted from the article's ("gestern", "вчера", "昨日"). */
  private record DayWord(Pattern pattern, int offset) {}

  /** A weekday's name in one of its written forms ("Freitag", "пятницу", "金曜日"). */
  private record WeekdayWord(Pattern pattern, DayOfWeek day) {}

  private final String language;
  private final List<Pattern> patterns;

  /** A month name right after a word that makes it a date by itself ("in april"). */
  private final Optional<Pattern> monthAlone;

  /** A day of the month alone, with the suffix that makes it one ("26-ին"). */
  private final Optional<Pattern> dayAlone;

  private final List<Pattern> monthNames;
  private final List<Month> months;
  private final List<Signal> signals;
  private final boolean spaced;
  private final List<DayWord> dayWords;
  private final List<WeekdayWord> weekdayWords;

  /** Words that send a weekday forward ("nächsten", "prochain"), before it and after it. */
  private final Optional<Pattern> nextBefore;

  private final Optional<Pattern> nextAfter;

  private MonthDates(LanguagePack pack) {
    this.language = pack.code();
    Map<String, String> writing =
        pack.has("writing.tsv") ? pack.pairs("writing.tsv") : Map.of("spacing", "words");
    this.spaced = !"none".equals(writing.getOrDefault("spacing", "words"));
    boolean ordinalDot = "yes".equals(writing.getOrDefault("ordinal-dot", "no"));
    List<List<String>> parts = pack.has("date-parts.tsv") ? pack.rows("date-parts.tsv") : List.of();
    List<Pattern> names = new ArrayList<>();
    List<Month> ms = new ArrayList<>();
    List<String> nameAlternatives = new ArrayList<>();
    if (pack.has("months.tsv")) {
      List<List<String>> rows = new ArrayList<>(pack.rows("months.tsv"));
      // Longer names first, so that "février" wins over an abbreviation it begins with.
      rows.sort(Comparator.comparingInt((List<String> r) -> r.get(0).length()).reversed());
      for (List<String> row : rows) {
        if (row.size() < 2) {
          continue;
        }
        String body = word(row.get(0));
        names.add(Pattern.compile(body, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        boolean persian = row.size() > 3 && List.of(row.get(3).split(",")).contains("persian");
        ms.add(new Month(Integer.parseInt(row.get(1)), persian));
        nameAlternatives.add(body);
      }
    }
    this.monthNames = List.copyOf(names);
    this.months = List.copyOf(ms);
    String sp = spaced ? "[\\s\\u00A0]+" : "[\\s\\u00A0]*";
    String opt = "[\\s\\u00A0]*";
    String prefix = alternation(parts, "month-prefix");
    String monthSuffix = alternation(parts, "month-suffix");
    String month;
    {
      List<String> alts = new ArrayList<>();
      if (!nameAlternatives.isEmpty()) {
        alts.add(
            "(?<mname>"
                + (prefix.isEmpty() ? "" : "(?:" + prefix + ")?")
                + "(?:"
                + String.join("|", nameAlternatives)
                + ")"
                + (spaced ? "(?!" + EntryPatterns.LETTER + ")" : "")
                + ")");
      }
      if (!monthSuffix.isEmpty()) {
        alts.add("(?<mnum>(?<![\\p{Nd}])\\p{Nd}{1,2})" + opt + "(?:" + monthSuffix + ")");
      }
      month = alts.isEmpty() ? "(?!)" : "(?:" + String.join("|", alts) + ")";
    }
    String daySuffix = alternation(parts, "day-suffix");
    List<String> orders = List.of(writing.getOrDefault("date-order", "day-month").split(","));
    String yearSuffix = alternation(parts, "year-suffix");
    String year =
        "(?<y>\\p{Nd}{4})(?![\\p{Nd}])"
            + (yearSuffix.isEmpty() ? "" : "(?:" + opt + "(?:" + yearSuffix + "))?");
    String joiner = alternation(parts, "joiner");
    String join = joiner.isEmpty() ? sp : "(?:" + sp + "(?:" + joiner + "))?" + sp;
    String comma = spaced ? "(?:" + opt + ",)?" + sp : opt;
    String yearAfter = "(?:" + comma + "(?:" + joiner(joiner, sp) + ")?" + year + ")?";
    String yearBefore = "(?:" + year + opt + (spaced ? "(?:,)?" + opt : "") + ")?";
    List<Pattern> ps = new ArrayList<>();
    for (String order : orders) {
      // Where the day follows the month after a year ("3月22日"), its suffix tells it from a count.
      String suffixNeed = order.strip().equals("year-month-day") ? "" : "?";
      String day =
          "(?<![\\p{Nd}.,:/])(?<d>\\p{Nd}{1,2})(?![\\p{Nd}])"
              + (ordinalDot ? "\\.?" : "")
              + (daySuffix.isEmpty() ? "" : "(?:" + opt + "(?:" + daySuffix + "))" + suffixNeed);
      String body =
          switch (order.strip()) {
            case "month-day" -> month + "(?:" + sp + day + ")?" + yearAfter;
            case "year-month-day" -> yearBefore + month + "(?:" + opt + day + ")?";
            case "year-day-month" -> yearBefore + "(?:" + day + join + ")?" + month;
            default -> "(?:" + day + join + ")?" + month + yearAfter;
          };
      String guarded =
          spaced ? "(?<!" + EntryPatterns.LETTER + ")(?:" + body + ")" : "(?:" + body + ")";
      ps.add(Pattern.compile(guarded, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    this.patterns = List.copyOf(ps);
    // A word before a month name alone that makes it a date: the whole month, or its first,
    // middle or last third ("Anfang März", "a mediados de marzo", "в конце марта").
    List<String> before = new ArrayList<>();
    for (String part : List.of("early", "mid", "late")) {
      String ws = alternation(parts, "month-" + part);
      if (!ws.isEmpty()) {
        before.add("(?<" + part + ">" + ws + ")");
      }
    }
    String whole = alternation(parts, "month-alone");
    if (!whole.isEmpty()) {
      before.add("(?:" + whole + ")");
    }
    String aloneWords = String.join("|", before);
    String letterGuard = spaced ? "(?<!" + EntryPatterns.LETTER + ")" : "";
    this.monthAlone =
        aloneWords.isEmpty() || nameAlternatives.isEmpty()
            ? Optional.empty()
            : Optional.of(
                Pattern.compile(
                    letterGuard
                        + "(?:"
                        + aloneWords
                        + ")"
                        + sp
                        + "(?<mname>(?:"
                        + String.join("|", nameAlternatives)
                        + ")"
                        + (spaced ? "(?!" + EntryPatterns.LETTER + ")" : "")
                        + ")",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    String dayAloneSuffix = alternation(parts, "day-alone");
    this.dayAlone =
        dayAloneSuffix.isEmpty()
            ? Optional.empty()
            : Optional.of(
                Pattern.compile(
                    "(?<![\\p{Nd}.,:/\u0589])(?<d>\\p{Nd}{1,2})(?:"
                        + dayAloneSuffix
                        + ")"
                        + (spaced ? "(?!" + EntryPatterns.LETTER + ")" : ""),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    List<Signal> sg = new ArrayList<>();
    for (List<String> row : parts) {
      if (row.size() < 2) {
        continue;
      }
      Relation r =
          switch (row.get(1)) {
            case "since" -> Relation.SINCE;
            case "until" -> Relation.UNTIL;
            case "as-of" -> Relation.AS_OF;
            case "before" -> Relation.BEFORE;
            case "after" -> Relation.AFTER;
            default -> null;
          };
      if (r != null) {
        String w = word(row.get(0));
        sg.add(
            new Signal(
                Pattern.compile(
                    (spaced ? "(?<!" + EntryPatterns.LETTER + ")" : "") + w + sp + "$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                r));
      }
    }
    sg.sort(Comparator.comparingInt((Signal s) -> s.pattern.pattern().length()).reversed());
    this.signals = List.copyOf(sg);
    String guard = spaced ? "(?<!" + EntryPatterns.LETTER + ")" : "";
    String end = spaced ? "(?!" + EntryPatterns.LETTER + ")" : "";
    List<DayWord> days = new ArrayList<>();
    for (List<String> row : longestFirst(pack, "deictic-days.tsv")) {
      days.add(new DayWord(wordPattern(guard, row.get(0), end), Integer.parseInt(row.get(1))));
    }
    this.dayWords = List.copyOf(days);
    List<WeekdayWord> weekdays = new ArrayList<>();
    for (List<String> row : longestFirst(pack, "weekdays.tsv")) {
      weekdays.add(
          new WeekdayWord(
              wordPattern(guard, row.get(0), end), DayOfWeek.of(Integer.parseInt(row.get(1)))));
    }
    this.weekdayWords = List.copyOf(weekdays);
    String next = alternation(parts, "next");
    String sp2 = spaced ? "[\\s\\u00A0]+" : "[\\s\\u00A0]*";
    this.nextBefore =
        next.isEmpty()
            ? Optional.empty()
            : Optional.of(
                Pattern.compile(
                    guard + "(?:" + next + ")" + sp2 + "$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    this.nextAfter =
        next.isEmpty()
            ? Optional.empty()
            : Optional.of(
                Pattern.compile(
                    "^" + sp2 + "(?:" + next + ")" + end,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  private Pattern wordPattern(String guard, String entry, String end) {
    return Pattern.compile(
        guard + word(entry) + end, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The rows of the pack's own {@code file} with an entry and a value, longest entry first. */
  private static List<List<String>> longestFirst(LanguagePack pack, String file) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> row : pack.has(file) ? pack.rows(file) : List.<List<String>>of()) {
      if (row.size() >= 2 && !row.get(0).isBlank()) {
        out.add(row);
      }
    }
    out.sort(Comparator.comparingInt((List<String> r) -> r.get(0).length()).reversed());
    return out;
  }

  private static String joiner(String joiner, String sp) {
    return joiner.isEmpty() ? "" : "(?:" + joiner + ")" + sp;
  }

  /**
   * The month-name date reader of a language, when its folder has month names or a month suffix of
   * its own; English is read by the {@link TimeTagger}.
   */
  public static Optional<MonthDates> of(String language) {
    return LanguagePack.other(language)
        .flatMap(
            pack ->
                BY_LANGUAGE.computeIfAbsent(
                    pack.code(),
                    l -> {
                      boolean suffix =
                          pack.has("date-parts.tsv")
                              && !pack.category("date-parts.tsv", "month-suffix").isEmpty();
                      return pack.has("months.tsv")
                              || suffix
                              || pack.has("deictic-days.tsv")
                              || pack.has("weekdays.tsv")
                          ? Optional.of(new MonthDates(pack))
                          : Optional.empty();
                    }));
  }

  /** One entry of a file as a pattern: words apart by spaces, a trailing * for any ending. */
  private String word(String entry) {
    return EntryPatterns.body(entry, spaced);
  }

  private String alternation(List<List<String>> parts, String kind) {
    return alternation(parts, List.of(kind));
  }

  private String alternation(List<List<String>> parts, List<String> kinds) {
    List<String> ws = new ArrayList<>();
    for (List<String> row : parts) {
      if (row.size() >= 2
          && List.of(row.get(1).split(",")).stream().anyMatch(k -> kinds.contains(k.strip()))) {
        ws.add(row.get(0));
      }
    }
    ws.sort(Comparator.comparingInt(String::length).reversed());
    List<String> out = new ArrayList<>();
    for (String w : ws) {
      out.add(word(w));
    }
    return String.join("|", out);
  }

  /**
   * The month-name dates of {@code region} of {@code text}, in text order: those with a year are
   * placed absolutely; those without take the year that puts them closest before the article date
   * (at most {@value #DAYS_AHEAD} days after it), and stay unresolved when it is unknown.
   */
  public List<TimeMention> find(String text, Span region, Optional<LocalDate> published) {
    return find(text, region, published, List.of());
  }

  /**
   * The month-name dates of {@code region} of {@code text}, as {@link #find(String, Span,
   * Optional)} reads them; in an undated report ({@code published} empty) a date without its year
   * or month takes the reading of the story's dated reports, published on {@code storyDays} (one
   * entry a report), when enough of them agree.
   */
  public List<TimeMention> find(
      String text, Span region, Optional<LocalDate> published, List<LocalDate> storyDays) {
    List<LocalDate> story = published.isPresent() ? List.of() : storyDays;
    List<TimeMention> out = new ArrayList<>();
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(text);
      m.region(region.start(), region.end());
      m.useTransparentBounds(true);
      while (m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        Span at = new Span(m.start(), m.end());
        if (out.stream()
            .anyMatch(t -> t.span().start() < at.end() && at.start() < t.span().end())) {
          continue; // read already in the order the language lists first
        }
        mention(text, m, region, published, story, false).ifPresent(out::add);
      }
    }
    if (monthAlone.isPresent()) {
      Matcher m = monthAlone.get().matcher(text);
      m.region(region.start(), region.end());
      m.useTransparentBounds(true);
      while (m.find()) {
        Span at = new Span(m.start("mname"), m.end("mname"));
        if (at.length() > 0 && free(out, at)) {
          mention(text, m, region, published, story, true).ifPresent(out::add);
        }
      }
    }
    if (dayAlone.isPresent()) {
      Matcher m = dayAlone.get().matcher(text);
      m.region(region.start(), region.end());
      m.useTransparentBounds(true);
      while (m.find()) {
        Span at = new Span(m.start(), m.end());
        if (at.length() > 0 && free(out, at)) {
          dayOfMonth(text, m, at, region, published, story).ifPresent(out::add);
        }
      }
    }
    for (DayWord w : dayWords) {
      Matcher m = w.pattern().matcher(text);
      m.region(region.start(), region.end());
      m.useTransparentBounds(true);
      while (m.find()) {
        Span at = new Span(m.start(), m.end());
        if (m.end() > m.start() && free(out, at)) {
          out.add(day(text, at, published.map(d -> d.plusDays(w.offset())), region, published));
        }
      }
    }
    for (WeekdayWord w : weekdayWords) {
      Matcher m = w.pattern().matcher(text);
      m.region(region.start(), region.end());
      m.useTransparentBounds(true);
      while (m.find()) {
        Span at = new Span(m.start(), m.end());
        // A weekday written before its date ("Freitag, 22. März") is that date's, read already.
        boolean beforeADate =
            out.stream()
                .anyMatch(t -> t.span().start() >= at.end() && t.span().start() - at.end() <= 4);
        if (m.end() > m.start() && free(out, at) && !beforeADate) {
          boolean forward =
              nextBefore.isPresent()
                      && nextBefore
                          .get()
                          .matcher(
                              text.substring(Math.max(region.start(), at.start() - 30), at.start()))
                          .find()
                  || nextAfter.isPresent()
                      && nextAfter
                          .get()
                          .matcher(text.substring(at.end(), Math.min(region.end(), at.end() + 30)))
                          .find();
          out.add(
              day(text, at, published.map(d -> weekday(d, w.day(), forward)), region, published));
        }
      }
    }
    out.sort(Comparator.comparingInt(t -> t.span().start()));
    return List.copyOf(out);
  }

  private static boolean free(List<TimeMention> read, Span at) {
    return read.stream().noneMatch(t -> t.span().start() < at.end() && at.start() < t.span().end());
  }

  /**
   * The day a weekday names in a report of {@code published}: the latest such day on or before it,
   * which is what news tells of; the next one after it when a word says so ("nächsten Freitag").
   */
  static LocalDate weekday(LocalDate published, DayOfWeek day, boolean forward) {
    int now = published.getDayOfWeek().getValue();
    if (forward) {
      int ahead = (day.getValue() - now + 7) % 7;
      return published.plusDays(ahead == 0 ? 7 : ahead);
    }
    return published.minusDays((now - day.getValue() + 7) % 7);
  }

  /** A day read from a word: placed when the article's date is known, unresolved otherwise. */
  private TimeMention day(
      String text,
      Span at,
      Optional<LocalDate> placed,
      Span region,
      Optional<LocalDate> published) {
    String words = text.substring(at.start(), at.end());
    Relation relation = relation(text, region.start(), at.start());
    if (placed.isEmpty()) {
      return new TimeMention(
          at,
          words,
          TimeKind.DATE,
          "XXXX-XX-XX",
          Optional.empty(),
          relation,
          new Resolution.Unresolved(
              Resolution.Reason.NO_ANCHOR, "a day counted from an undated article's date"));
    }
    LocalDate d = placed.get();
    TimeInterval i = TimeInterval.ofDays(d, d.plusDays(1), Granularity.DAY);
    return new TimeMention(
        at,
        words,
        TimeKind.DATE,
        d.toString(),
        Optional.empty(),
        relation,
        new Resolution.Resolved(i, claimed(i, relation, published), "article date"));
  }

  /**
   * A day of the month named alone ("26-ին"): the latest such day on or before the article date; in
   * an undated report, the day the story's dated reports would read; unresolved otherwise.
   */
  private Optional<TimeMention> dayOfMonth(
      String text,
      Matcher m,
      Span at,
      Span region,
      Optional<LocalDate> published,
      List<LocalDate> story) {
    int day = number(m.group("d"));
    if (day < 1 || day > 31) {
      return Optional.empty();
    }
    String words = text.substring(at.start(), at.end());
    Relation relation = relation(text, region.start(), at.start());
    Optional<TimeInterval> placed =
        published.isPresent()
            ? latestDay(day, published.get())
            : byStory(p -> latestDay(day, p), story);
    if (placed.isEmpty()) {
      return Optional.of(
          new TimeMention(
              at,
              words,
              TimeKind.DATE,
              String.format(Locale.ROOT, "XXXX-XX-%02d", day),
              Optional.empty(),
              relation,
              new Resolution.Unresolved(
                  Resolution.Reason.NO_ANCHOR,
                  published.isPresent()
                      ? "no such day in the months before the article date"
                      : "a day of the month in an undated article")));
    }
    TimeInterval i = placed.get();
    return Optional.of(
        new TimeMention(
            at,
            words,
            TimeKind.DATE,
            i.startDate().toString(),
            Optional.empty(),
            relation,
            new Resolution.Resolved(
                i,
                claimed(i, relation, published),
                published.isPresent() ? "article date" : STORY_BASIS)));
  }

  /** How a date read through the story's dated reports says it was placed. */
  static final String STORY_BASIS = "story dates";

  /** The latest day numbered {@code day} on or before {@code published}, a few months back. */
  private static Optional<TimeInterval> latestDay(int day, LocalDate published) {
    YearMonth month = YearMonth.from(published);
    for (int k = 0; k <= DAY_ALONE_MONTHS; k++) {
      YearMonth ym = month.minusMonths(k);
      if (ym.isValidDay(day) && !ym.atDay(day).isAfter(published)) {
        LocalDate d = ym.atDay(day);
        return Optional.of(TimeInterval.ofDays(d, d.plusDays(1), Granularity.DAY));
      }
    }
    return Optional.empty();
  }

  /**
   * The reading of a date that the story's dated reports, published on {@code days}, agree on: the
   * most common reading when at least {@value #STORY_SHARE_PERCENT} % of them give it, and at least
   * {@value #STORY_REPORTS} reports are dated.
   */
  static Optional<TimeInterval> byStory(
      java.util.function.Function<LocalDate, Optional<TimeInterval>> reading,
      List<LocalDate> days) {
    if (days.size() < STORY_REPORTS) {
      return Optional.empty();
    }
    Map<TimeInterval, Integer> counts = new java.util.HashMap<>();
    for (LocalDate d : days) {
      reading.apply(d).ifPresent(i -> counts.merge(i, 1, Integer::sum));
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .filter(e -> e.getValue() * 100 >= STORY_SHARE_PERCENT * days.size())
        .map(Map.Entry::getKey);
  }

  private Optional<TimeMention> mention(
      String text,
      Matcher m,
      Span region,
      Optional<LocalDate> published,
      List<LocalDate> story,
      boolean alone) {
    Month month;
    if (hasGroup(m, "mname") && m.group("mname") != null) {
      Optional<Month> named = month(m.group("mname"));
      if (named.isEmpty()) {
        return Optional.empty();
      }
      month = named.get();
    } else if (hasGroup(m, "mnum") && m.group("mnum") != null) {
      int n = number(m.group("mnum"));
      if (n < 1 || n > 12) {
        return Optional.empty();
      }
      month = new Month(n, false);
    } else {
      return Optional.empty();
    }
    String dayText = alone ? null : m.group("d");
    String yearText = alone ? null : m.group("y");
    if (dayText == null && yearText == null && !alone) {
      return Optional.empty(); // a month name alone is too often another word ("mars", "mai")
    }
    Span span = alone ? new Span(m.start("mname"), m.end("mname")) : new Span(m.start(), m.end());
    // "Mitte März": the middle third of the month, as English reads "mid-March".
    Optional<String> third = Optional.empty();
    if (alone) {
      for (String[] part : new String[][] {{"early", "START"}, {"mid", "MID"}, {"late", "END"}}) {
        if (hasGroup(m, part[0]) && m.group(part[0]) != null) {
          third = Optional.of(part[1]);
          span = new Span(m.start(part[0]), m.end("mname"));
        }
      }
    }
    Optional<String> mod = third;
    String words = span.of(text);
    Relation relation = relation(text, region.start(), span.start());
    int day = dayText == null ? 0 : number(dayText);
    if (dayText != null && (day < 1 || day > 31)) {
      return Optional.empty();
    }
    Optional<Integer> year = Optional.ofNullable(yearText).map(MonthDates::number);
    String basis = year.isPresent() ? "absolute" : "article date";
    if (year.isEmpty() && published.isEmpty()) {
      Month mo = month;
      int d = day;
      Optional<TimeInterval> read =
          byStory(
              p ->
                  interval(mo, d, yearAround(mo, Math.max(d, 1), p))
                      .map(iv -> TimeTagger.narrow(iv, mod)),
              story);
      if (read.isPresent()) {
        TimeInterval i = read.get();
        return Optional.of(
            new TimeMention(
                span,
                words,
                TimeKind.DATE,
                timex(i),
                mod,
                relation,
                new Resolution.Resolved(i, i, STORY_BASIS)));
      }
    }
    if (year.isEmpty()) {
      if (published.isEmpty()) {
        return Optional.of(
            new TimeMention(
                span,
                words,
                TimeKind.DATE,
                dayText == null
                    ? String.format(Locale.ROOT, "XXXX-%02d", month.number())
                    : String.format(Locale.ROOT, "XXXX-%02d-%02d", month.number(), day),
                Optional.empty(),
                relation,
                new Resolution.Unresolved(
                    Resolution.Reason.NO_ANCHOR, "a date without a year in an undated article")));
      }
      year = Optional.of(yearAround(month, Math.max(day, 1), published.get()));
    }
    Optional<TimeInterval> interval = interval(month, day, year.get());
    if (interval.isEmpty()) {
      return Optional.empty();
    }
    TimeInterval i = TimeTagger.narrow(interval.get(), mod);
    String timex = timex(i);
    TimeInterval claimed = claimed(i, relation, published);
    return Optional.of(
        new TimeMention(
            span,
            words,
            TimeKind.DATE,
            timex,
            mod,
            relation,
            new Resolution.Resolved(i, claimed, basis)));
  }

  private static String timex(TimeInterval i) {
    return i.granularity() == Granularity.DAY
        ? i.startDate().toString()
        : YearMonth.from(i.startDate()).toString();
  }

  private static boolean hasGroup(Matcher m, String name) {
    try {
      m.group(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** What a sentence claims with the date: "since" runs to the article date, "until" from far. */
  private static TimeInterval claimed(
      TimeInterval i, Relation relation, Optional<LocalDate> published) {
    if ((relation == Relation.SINCE || relation == Relation.AFTER)
        && published.isPresent()
        && published.get().plusDays(1).atStartOfDay().isAfter(i.start())) {
      return new TimeInterval(
          i.start(), published.get().plusDays(1).atStartOfDay(), i.granularity());
    }
    return i;
  }

  private Relation relation(String text, int from, int at) {
    String before = text.substring(Math.max(from, at - 40), at);
    for (Signal s : signals) {
      if (s.pattern.matcher(before).find()) {
        return s.relation;
      }
    }
    return Relation.AT;
  }

  private Optional<Month> month(String written) {
    for (int i = 0; i < monthNames.size(); i++) {
      Matcher n = monthNames.get(i).matcher(written);
      if (n.find()) {
        return Optional.of(months.get(i));
      }
    }
    return Optional.empty();
  }

  /** The year of a yearless date: the article's, or the one before when that lies too far ahead. */
  private static int yearAround(Month month, int day, LocalDate published) {
    if (month.persian()) {
      int y = persian(published)[0];
      Optional<TimeInterval> i = persianInterval(month.number(), day, y);
      if (i.isPresent() && i.get().startDate().isAfter(published.plusDays(DAYS_AHEAD))) {
        return y - 1;
      }
      return y;
    }
    int y = published.getYear();
    try {
      LocalDate d = LocalDate.of(y, month.number(), Math.min(day, 28));
      return d.isAfter(published.plusDays(DAYS_AHEAD)) ? y - 1 : y;
    } catch (DateTimeException e) {
      return y;
    }
  }

  private static Optional<TimeInterval> interval(Month month, int day, int year) {
    if (month.persian()) {
      if (year < 1300 || year > 1500) {
        return Optional.empty();
      }
      return persianInterval(month.number(), day, year);
    }
    if (year < 1800 || year > 2200) {
      return Optional.empty();
    }
    try {
      if (day == 0) {
        LocalDate start = LocalDate.of(year, month.number(), 1);
        return Optional.of(TimeInterval.ofDays(start, start.plusMonths(1), Granularity.MONTH));
      }
      LocalDate d = LocalDate.of(year, month.number(), day);
      return Optional.of(TimeInterval.ofDays(d, d.plusDays(1), Granularity.DAY));
    } catch (DateTimeException e) {
      return Optional.empty(); // "31 février"
    }
  }

  /** A day or month of the Solar Hijri calendar as Gregorian days. */
  private static Optional<TimeInterval> persianInterval(int month, int day, int year) {
    PersianCalendar c = new PersianCalendar(TimeZone.GMT_ZONE);
    c.clear();
    c.set(year, month - 1, Math.max(day, 1));
    if (day > c.getActualMaximum(Calendar.DAY_OF_MONTH)) {
      return Optional.empty();
    }
    LocalDate start = gregorian(c);
    if (day == 0) {
      c.add(Calendar.MONTH, 1);
      return Optional.of(TimeInterval.ofDays(start, gregorian(c), Granularity.MONTH));
    }
    return Optional.of(TimeInterval.ofDays(start, start.plusDays(1), Granularity.DAY));
  }

  private static LocalDate gregorian(PersianCalendar c) {
    return LocalDate.ofEpochDay(Math.floorDiv(c.getTimeInMillis(), 86_400_000L));
  }

  private static int[] persian(LocalDate d) {
    PersianCalendar c = new PersianCalendar(TimeZone.GMT_ZONE);
    c.setTimeInMillis(d.toEpochDay() * 86_400_000L);
    return new int[] {c.get(Calendar.YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DATE)};
  }

  private static int number(String digits) {
    int v = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = UCharacter.digit(digits.charAt(i), 10);
      if (d < 0) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  @Override
  public String toString() {
    return "MonthDates[" + language + "]";
  }
}
