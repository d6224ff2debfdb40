package io.corroborate.annotate.time;

import io.corroborate.annotate.quantity.NumberWords;
import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import io.corroborate.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of an English text and resolves each against the article's date: "last
 * fall" in a February 2025 article is autumn 2024, "on Thursday" the Thursday before the article
 * date (after it when the sentence speaks of the future), "the previous day" the day before the
 * last date the text named. Without an article date, relative expressions stay {@link
 * Resolution.Unresolved} with reason {@code NO_ANCHOR}.
 *
 * <p>Pure Java patterns rather than SUTime: they run without loading a model, place seasons,
 * early/mid/late and narrative references the way news needs, and are scored on TempEval-3 by the
 * {@code time} eval suite in seconds.
 *
 * <pre>{@code
 * List<TimeMention> ms = new TimeTagger().find(text, Optional.of(LocalDate.of(2025, 2, 19)));
 * }</pre>
 *
 * <p>Thread-safe: it holds only compiled patterns.
 */
public final class TimeTagger {
  /** The tense of the sentence around an expression, from its auxiliaries. */
  enum Tense {
    PAST,
    FUTURE,
    /** No cue either way: the nearest reading wins. */
    UNKNOWN
  }

  private static final LanguagePack EN = LanguagePack.english();

  /** Month names and abbreviations of the pack, by their lower-case spelling. */
  private static final Map<String, Lexicon.Month> MONTHS = Lexicon.months(EN);

  private static final Map<String, DayOfWeek> WEEKDAYS = Lexicon.weekdays(EN);

  private static final String MONTH =
      "(?<mon>"
          + LanguagePack.alternationOf(Lexicon.monthWords(EN, false), "\\s+")
          + "|(?:"
          + LanguagePack.alternationOf(Lexicon.monthWords(EN, true), "\\s+")
          + ")\\.?)(?![a-z])";
  private static final String WEEKDAY =
      "(?<wd>" + LanguagePack.alternationOf(WEEKDAYS.keySet(), "\\s+") + ")";

  /**
   * Days counted from the anchor by name ("yesterday"), each with its row: the word, the days from
   * the anchor, and the part of the day it names ("tonight").
   */
  private static final Map<String, List<String>> DEICTIC_DAYS = rowsByWord("deictic-days.tsv");

  /**
   * Phrases of a recurrence ("daily", "every other week", "jede Woche") from every language that
   * has them, with the period each recurs on ("P1D", "P2W"): a recurrence reads the same whatever
   * the language around it.
   */
  private static final Map<String, String> REPEATS = everyLanguagePairs("time-repeats.tsv");

  /** Parts of the day and seasons by name, with the part or season each names. */
  private static final Map<String, String> PARTS = EN.pairs("day-parts.tsv");

  private static final Map<String, String> SEASONS = EN.pairs("seasons.tsv");

  /**
   * Holidays by name, with their date: "12-25", or "11-4-4" for the fourth Thursday of November.
   */
  private static final Map<String, String> HOLIDAYS = EN.pairs("holidays.tsv");

  /** Decades by name ("the nineties"), with the last two digits of their first year. */
  private static final Map<String, Integer> DECADE_WORDS =
      EN.values("decade-words.tsv", Integer::parseInt);

  private static final String PART_WORD = LanguagePack.alternationOf(PARTS.keySet(), "\\s+");
  private static final String SEASON_WORD = LanguagePack.alternationOf(SEASONS.keySet(), "\\s+");
  private static final String PART = "(?:\\s+(?<part>" + PART_WORD + "))?";

  /**
   * Words that point forward or back ("last", "the following", "ago"), each with where it points,
   * what it counts from and the rules that read it.
   */
  private static final Map<String, Direction> DIRECTIONS = directions();

  /** Parts of a period ("early", "the end of"), with the part each names: early, mid or late. */
  private static final Map<String, String> PERIOD_PARTS = EN.pairs("period-parts.tsv");

  /** Parts of a year named by an ordinal ("quarter", "half"), with how many make a year. */
  private static final Map<String, Integer> YEAR_PARTS =
      EN.values("year-parts.tsv", Integer::parseInt);

  /** Ordinals before a part of a year, counted from the start, or from the end where negative. */
  private static final Map<String, Integer> PERIOD_ORDINALS =
      EN.values("period-ordinals.tsv", Integer::parseInt);

  /** Times of day named by a word ("noon"), with their hour. */
  private static final Map<String, Integer> CLOCK_WORDS =
      EN.values("clock-words.tsv", Integer::parseInt);

  /** Marks after the hour of a twelve-hour clock ("p.m."), with the hours each adds. */
  private static final Map<String, Integer> MERIDIEMS =
      EN.values("meridiems.tsv", Integer::parseInt);

  /** Endings of an ordinal in digits ("3rd"), as an alternation. */
  private static final String ORDINAL_SUFFIX = EN.alternation("ordinal-suffixes.txt", "\\s+");

  /** The unit "year" where a rule names the year itself ("March of last year", "the year"). */
  private static final String YEAR_WORD = "(?:" + unitWords("year") + ")";

  /** Phrases of a year counted from the article's year ("the past year"), with the count. */
  private static final Map<String, Integer> ARTICLE_YEARS =
      EN.values("article-years.tsv", Integer::parseInt);

  /** Words that name the kind of year ("fiscal", "the year") read by {@code rule}. */
  private static String yearPrefixes(String rule) {
    return "(?:"
        + LanguagePack.alternationOf(EN.category("year-prefixes.tsv", 1, rule), "\\s+")
        + ")";
  }

  /** Year prefixes after which a year spoken in thousands is a year ("the year two thousand"). */
  private static final java.util.Set<String> SPOKEN_PREFIXES =
      java.util.Set.copyOf(EN.category("year-prefixes.tsv", 1, "spoken"));

  /** Articles that count one ("a week"): a rate after a price, a length after "for". */
  private static final java.util.Set<String> ARTICLES =
      java.util.Set.copyOf(Lexicon.numberWords(EN, "article"));

  private static final String PRE = "(?:(?<pre>" + partWords("date") + ")[\\s-]*)?";
  private static final String UNITS_WORD =
      "(?:" + LanguagePack.alternationOf(Lexicon.unitWords(EN, 1, 9), "\\s+") + ")";
  private static final String TENS_WORD =
      "(?:"
          + LanguagePack.alternationOf(
              Lexicon.unitWords(EN, 20, 90).stream()
                  .filter(w -> NumberWords.parse(w).orElse(0) % 10 == 0)
                  .toList(),
              "\\s+")
          + ")";
  private static final String TEENS_WORD =
      "(?:" + LanguagePack.alternationOf(Lexicon.unitWords(EN, 10, 19), "\\s+") + ")";

  /**
   * How a year is said in words ("nineteen", "two thousand"), with what follows: its hundreds and a
   * number from ten to ninety-nine, or its thousands with its units after a joiner.
   */
  private static final Map<String, String> SPOKEN_YEARS = EN.pairs("spoken-years.tsv");

  private static final String NUMBER_JOINER =
      "(?:" + LanguagePack.alternationOf(Lexicon.numberWords(EN, "joiner"), "\\s+") + ")";

  /**
   * A year in digits, or spelled out as broadcast transcripts do: "nineteen ninety-four", "two
   * thousand".
   */
  private static final String YEAR =
      "(?<y>(?:1[6-9]|20)\\d\\d(?![\\d,.:]\\d|\\d|-\\d|\\s*%)|"
          + LanguagePack.alternationOf(SPOKEN_YEARS.keySet(), TimeTagger::spokenYear)
          + ")";

  /** Words that count without a number ("several", "a couple of"), with the count, if one. */
  private static final Map<String, String> VAGUE_COUNTS = vagueCounts();

  /**
   * Counts of {@code vague-counts.tsv} that make no length of time by themselves ("many years").
   */
  private static final java.util.Set<String> NOT_ALONE_COUNTS =
      java.util.Set.copyOf(EN.category("vague-counts.tsv", 3, "not-alone"));

  private static final String NUM =
      "(?<n>\\d+(?:\\s+1/2|\\.\\d+)?|"
          + NumberWords.WORD
          + "(?:-"
          + NumberWords.WORD
          + ")?|"
          + LanguagePack.alternationOf(ARTICLES, "\\s+")
          + "|"
          + LanguagePack.alternationOf(VAGUE_COUNTS.keySet(), "\\s+")
          + ")";
  private static final String UNIT = "(?<unit>" + unitWords("duration") + ")s?";

  /** Hedges before a length of time, with the interval each makes of it. */
  private static final Map<String, String> HEDGES = Lexicon.hedges(EN, "duration");

  private static final String HEDGE =
      "(?:(?<hedge>" + LanguagePack.alternationOf(HEDGES.keySet(), "\\s+") + ")\\s+)?";

  /** Nouns after a four-digit number that make it a count: "2000 troops". */
  private static final Pattern NOT_YEAR_AFTER =
      Pattern.compile("(?i)^\\s+(?:" + EN.alternation("not-year-nouns.txt", "\\s+") + ")\\b");

  /** "the year ended June 30": a reporting period. */
  private static final Pattern REPORTING_PERIOD_AFTER =
      Pattern.compile(
          "(?i)^\\s+(?:" + EN.alternation("reporting-period-words.txt", "\\s+") + ")\\b");

  /** "for a year", "within a week": a duration, where "$5 a year" is a rate. */
  private static final Pattern DURATION_BEFORE =
      Pattern.compile("(?s).*\\b(" + EN.alternation("duration-openers.txt", "\\s+") + ")\\s+$");

  /** "two days after", "a week into": a length of time tied to an event. */
  private static final Pattern EVENT_RELATIVE_AFTER =
      Pattern.compile("(?i)^\\s+(" + EN.alternation("event-relative-words.txt", "\\s+") + ")\\b");

  /** "current system", "current affairs": not the present (a vague word read "unless-noun"). */
  private static final Pattern NOT_CURRENT_AFTER =
      Pattern.compile("(?i)^\\s+(?:" + EN.alternation("not-current-nouns.txt", "\\s+") + ")\\b");

  /**
   * Vague references to the present, past or future ("nowadays", "the near term"), by their phrase
   * with a hyphen read as a space: each row gives the value and how the phrase is read.
   */
  private static final Map<String, List<String>> VAGUE = vagueTimes();

  /** Plural units after a span word ("recent years"): the unit, and a value where one is given. */
  private static final Map<String, List<String>> RECENT_UNITS = rowsByWord("recent-units.tsv");

  /** "future plans", "future talks": the future as a time (a vague word read "with-noun"). */
  private static final Pattern FUTURE_NOUN_AFTER =
      Pattern.compile("(?i)^\\s+(?:" + EN.alternation("future-nouns.txt", "\\s+") + ")\\b");

  /** Words before a bare season name that make it a time: "in the fall", "until spring". */
  private static final Pattern SEASON_BEFORE =
      Pattern.compile(
          "(?s).*\\b(?:" + EN.alternation("season-prepositions.txt", "\\s+") + ")\\s+$");

  private static final Pattern FUTURE_CUES =
      Pattern.compile(
          "(?i)\\b("
              + LanguagePack.alternationOf(EN.category("tense-cues.tsv", "future"), "\\s+")
              + ")\\b");
  private static final Pattern PAST_CUES =
      Pattern.compile(
          "(?i)\\b("
              + LanguagePack.alternationOf(EN.category("tense-cues.tsv", "past"), "\\s+")
              + "|\\w{3,}(?:"
              + LanguagePack.alternationOf(EN.category("tense-cues.tsv", "past-ending"), "\\s+")
              + "))\\b");
  private static final Pattern SIGNAL =
      Pattern.compile(
          "(?i)\\b(" + EN.alternation("time-signals.tsv", "\\s+") + ")\\s+(?:the\\s+)?$");

  /** Signal words with how they relate a statement to the date after them. */
  private static final Map<String, Relation> SIGNALS =
      EN.values("time-signals.tsv", Relation::valueOf);

  private record Rule(String name, Pattern pattern, Function<Hit, Optional<Draft>> draft) {}

  /** A pattern match waiting for its resolution, which may depend on earlier expressions. */
  private record Draft(int start, int end, Function<Context, Result> resolve) {}

  /** What one expression resolves to before the signal is applied. */
  private record Result(TimeKind kind, String timex, Optional<String> mod, Resolution resolution) {}

  private record Hit(Matcher m, String text) {
    String g(String name) {
      try {
        return m.group(name);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    boolean has(String name) {
      return g(name) != null;
    }

    String lower(String name) {
      String v = g(name);
      return v == null ? null : v.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
  }

  /** What a resolver may look at: the anchor, the sentence's tense and the last day named. */
  private static final class Context {
    final Optional<LocalDate> anchor;
    Tense tense = Tense.PAST;
    Optional<LocalDate> lastDay = Optional.empty();

    /** The start of the last day or month named: "the following month" counts from it. */
    Optional<LocalDate> lastMonth = Optional.empty();

    /** The last quarter named: financial news counts "a year earlier" in quarters. */
    Optional<TimeInterval> lastQuarter = Optional.empty();

    int lastQuarterAt = -1;

    Context(Optional<LocalDate> anchor) {
      this.anchor = anchor;
    }
  }

  /** How many times farther a past weekday may be than the next one and still be chosen. */
  private static final double PAST_WEEKDAY_BIAS = 3.0;

  /** How far (in characters) a named quarter still sets the frame for "a year earlier". */
  private static final int QUARTER_REACH = 1500;

  private final List<Rule> rules = new ArrayList<>();

  public TimeTagger() {
    // 1. Absolute and month-relative dates.
    rule(
        "iso-date",
        "(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:T(?<hh>\\d{2}):(?<mm>\\d{2}))?",
        this::isoDate);
    rule(
        "month-day",
        "(?:"
            + WEEKDAY
            + ",?\\s+)?"
            + PRE
            + MONTH
            + "\\s+(?<d>\\d{1,2})(?:"
            + ORDINAL_SUFFIX
            + ")?(?!\\d|,\\d|\\s*%)(?:,?\\s+"
            + YEAR
            + ")?",
        this::monthDay);
    rule(
        "day-month",
        "(?<d>\\d{1,2})(?:"
            + ORDINAL_SUFFIX
            + ")?\\s+(?:of\\s+)?"
            + MONTH
            + "(?:,?\\s+"
            + YEAR
            + ")?",
        this::monthDay);
    rule(
        "month-year",
        PRE
            + "(?:(?<dir>"
            + directionWords("month")
            + ")\\s+)?"
            + MONTH
            + "(?:,?\\s+(?:of\\s+)?"
            + YEAR
            + "|\\s+(?:of\\s+)?(?<rel>"
            + directionWords("of-year")
            + ")\\s+"
            + YEAR_WORD
            + ")?",
        this::monthYear);
    rule(
        "season",
        PRE
            + "(?:(?<dir>"
            + directionWords("season")
            + ")\\s+)?(?<season>"
            + SEASON_WORD
            + ")(?:\\s+(?:of\\s+)?"
            + YEAR
            + ")?",
        this::season);
    rule(
        "season-the", PRE + "the\\s+(?<season>" + SEASON_WORD + ")\\s+of\\s+" + YEAR, this::season);
    rule(
        "year",
        PRE + "(?:(?<yp>" + yearPrefixes("year") + ")\\s+(?:" + YEAR_WORD + "\\s+)?)?" + YEAR,
        this::year);
    rule(
        "decade",
        "(?:the\\s+)?(?:(?<pre>"
            + partWords("decade")
            + ")[\\s-]+)?(?<dec>(?:1[6-9]|20)\\d0)'?s(?![a-z])",
        this::decade);
    rule(
        "quarter",
        "(?:the\\s+)?(?:(?<py>(?:1[6-9]|20)\\d\\d)\\s+|(?<prel>"
            + directionWords("quarter")
            + ")\\s+"
            + YEAR_WORD
            + "'s\\s+)?(?<ord>"
            + LanguagePack.alternationOf(PERIOD_ORDINALS.keySet(), "\\s+")
            + ")[\\s-](?<q>"
            + LanguagePack.alternationOf(YEAR_PARTS.keySet(), "\\s+")
            + ")(?:\\s+of\\s+(?:(?:"
            + yearPrefixes("quarter")
            + "\\s+)?"
            + YEAR
            + "|(?<rel>"
            + directionWords("quarter")
            + ")\\s+"
            + YEAR_WORD
            + "))?",
        this::quarter);
    // 2. Deictic days, weekdays and times of day.
    rule(
        "deictic",
        "(?<w>" + LanguagePack.alternationOf(DEICTIC_DAYS.keySet(), "\\s+") + ")" + PART,
        this::deictic);
    rule(
        "this-part",
        "(?<dir>" + directionWords("day-part") + ")\\s+(?<part>" + PART_WORD + ")",
        this::thisPart);
    rule(
        "weekday",
        "(?:(?<dir>" + directionWords("weekday") + ")\\s+)?" + WEEKDAY + PART,
        this::weekday);
    rule(
        "clock",
        "(?<h>\\d{1,2})(?::(?<mi>\\d{2}))?\\s*(?<ap>"
            + LanguagePack.alternationOf(MERIDIEMS.keySet(), "\\s+")
            + ")|(?<noon>"
            + LanguagePack.alternationOf(CLOCK_WORDS.keySet(), "\\s+")
            + ")",
        this::clock);
    // 3. Units relative to the article date or to the narrative.
    rule(
        "relative-unit",
        "(?:(?<pre>"
            + partWords("relative")
            + ")[\\s-]+)?(?<dir>"
            + directionWords("relative", "relative-after-part")
            + ")\\s+(?:"
            + yearPrefixes("relative")
            + "\\s+)?(?<unit>"
            + unitWords("relative")
            + ")",
        this::relativeUnit);
    rule(
        "the-quarter",
        "the\\s+(?:(?<latest>"
            + directionWords("reporting")
            + ")\\s+)?(?<q>"
            + unitWords("reporting")
            + ")",
        this::theQuarter);
    rule("weekend", "the\\s+(?:" + unitWords("the") + ")", this::weekend);
    rule(
        "year-earlier",
        "(?<w>" + EN.alternation("year-ago-words.txt", "\\s+") + ")",
        this::yearEarlier);
    rule(
        "end-of-the",
        "(?<pre>" + partWords("of-the") + ")\\s+the\\s+(?<unit>" + unitWords("of-the") + ")",
        this::endOfThe);
    rule(
        "ago",
        HEDGE + NUM + "[\\s-]+" + UNIT + "\\s+(?<dir>" + directionWords("ago") + ")",
        this::ago);
    rule(
        "span-of",
        "the\\s+(?<dir>" + directionWords("span") + ")\\s+" + NUM + "\\s+" + UNIT,
        this::spanOf);
    rule(
        "span-of-one",
        "the\\s+(?<dir>"
            + directionWords("span-one")
            + ")\\s+(?<unit>"
            + unitWords("span-one")
            + ")(?=\\s+(?:"
            + EN.alternation("span-followers.txt", "\\s+")
            + "))",
        this::spanOfOne);
    rule(
        "article-year",
        "(?<ay>" + LanguagePack.alternationOf(ARTICLE_YEARS.keySet(), "\\s+") + ")",
        this::articleYear);
    rule(
        "in-the-year",
        "(?<pre>" + partWords("in-the-year") + ")\\s+in\\s+the\\s+" + YEAR_WORD,
        this::inTheYear);
    rule(
        "the-year",
        "the\\s+(?:"
            + yearPrefixes("the-year")
            + "\\s+)?"
            + YEAR_WORD
            + "(?![-\\w])(?!\\s+(?:"
            + EN.alternation("year-relative-words.txt", "\\s+")
            + "|\\d))",
        this::theYear);
    rule(
        "decade-word",
        "the\\s+(?:(?<pre>"
            + partWords("decade")
            + ")[\\s-]+)?(?<dw>"
            + LanguagePack.alternationOf(DECADE_WORDS.keySet(), "\\s+")
            + ")",
        this::decadeWord);
    rule(
        "century",
        "(?<c>\\d{1,2})(?:" + ORDINAL_SUFFIX + ")\\s+(?<unit>" + unitWords("ordinal") + ")",
        this::century);
    rule(
        "duration",
        HEDGE
            + NUM
            + "[\\s-]+(?:(?:"
            + EN.alternation("day-kinds.txt", "\\s+")
            + ")\\s+)?"
            + UNIT
            + "(?<old>"
            + EN.alternation("age-endings.txt", "\\s+")
            + ")?",
        this::duration);
    rule(
        "duration-plain",
        HEDGE
            + "(?<unit>"
            + EN.alternation("plain-duration-units.txt", "\\s+")
            + ")(?=\\s+(?:"
            + EN.alternation("plain-duration-followers.txt", "\\s+")
            + "|,|\\.))",
        this::durationPlain);
    // 4. Vague references and recurrences.
    rule("vague", "(?<v>" + vagueSpans() + vaguePhrases(null) + ")", this::vague);
    rule("set", "(?<s>" + LanguagePack.alternationOf(REPEATS.keySet(), "\\s+") + ")", this::set);
    rule(
        "set-named",
        "(?:"
            + EN.alternation("recurrence-openers.txt", "\\s+")
            + ")\\s+(?:"
            + WEEKDAY
            + "|"
            + MONTH
            + ")",
        this::setNamed);
    rule(
        "holiday",
        "(?:(?<dir>"
            + directionWords("holiday")
            + ")\\s+)?(?<hol>"
            + LanguagePack.alternationOf(HOLIDAYS.keySet(), "\\s+")
            + ")(?:\\s+"
            + YEAR
            + ")?",
        this::holiday);
  }

  private void rule(String name, String regex, Function<Hit, Optional<Draft>> draft) {
    rules.add(new Rule(name, Pattern.compile("(?i)(?<![\\w'-])(?:" + regex + ")(?![\\w])"), draft));
  }

  /**
   * Finds and resolves every time expression in {@code text}.
   *
   * @param anchor the article's publication date; empty leaves relative expressions unresolved
   */
  public List<TimeMention> find(String text, Optional<LocalDate> anchor) {
    List<Draft> drafts = new ArrayList<>();
    for (Rule r : rules) {
      Matcher m = r.pattern().matcher(text);
      while (m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        // Resolvers run later and read groups, so each hit keeps a matcher of its own.
        Matcher own =
            r.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        own.region(m.start(), text.length());
        if (own.lookingAt()) {
          r.draft().apply(new Hit(own, text)).ifPresent(drafts::add);
        }
      }
    }
    // Longest match wins; among equals, the earlier rule (the order above).
    List<Draft> chosen = new ArrayList<>();
    drafts.stream()
        .sorted(Comparator.comparingInt((Draft d) -> d.end() - d.start()).reversed())
        .forEach(
            d -> {
              if (chosen.stream().noneMatch(c -> c.start() < d.end() && d.start() < c.end())) {
                chosen.add(d);
              }
            });
    chosen.sort(Comparator.comparingInt(Draft::start));
    Context ctx = new Context(anchor);
    List<TimeMention> out = new ArrayList<>();
    for (Draft d : chosen) {
      ctx.tense = tenseAround(text, d.start(), d.end());
      if (ctx.lastQuarterAt >= 0 && d.start() - ctx.lastQuarterAt > QUARTER_REACH) {
        ctx.lastQuarter = Optional.empty();
      }
      Result r = d.resolve().apply(ctx);
      Relation rel = relationBefore(text, d.start());
      Resolution res = withRelation(r.resolution(), rel, anchor);
      out.add(
          new TimeMention(
              new Span(d.start(), d.end()),
              text.substring(d.start(), d.end()),
              r.kind(),
              r.timex(),
              r.mod(),
              rel,
              res));
      if (res instanceof Resolution.Resolved rv
          && rv.interval().granularity().compareTo(Granularity.DAY) <= 0) {
        ctx.lastDay = Optional.of(rv.interval().startDate());
      }
      if (res instanceof Resolution.Resolved rv
          && rv.interval().granularity().compareTo(Granularity.MONTH) <= 0) {
        ctx.lastMonth = Optional.of(rv.interval().startDate());
      }
      if (res instanceof Resolution.Resolved rv
          && rv.interval().granularity() == Granularity.QUARTER
          && r.kind() == TimeKind.DATE
          && !rv.basis().equals("narrative")) {
        ctx.lastQuarter = Optional.of(rv.interval());
        ctx.lastQuarterAt = d.end();
      }
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- rules

  private Optional<Draft> isoDate(Hit h) {
    int y = yearOf(h.g("y"));
    int mo = Integer.parseInt(h.g("m"));
    int d = Integer.parseInt(h.g("d"));
    if (mo < 1 || mo > 12 || d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) {
      return Optional.empty();
    }
    LocalDate day = LocalDate.of(y, mo, d);
    if (h.has("hh")) {
      int hh = Integer.parseInt(h.g("hh"));
      int mm = Integer.parseInt(h.g("mm"));
      if (hh > 23 || mm > 59) {
        return Optional.empty();
      }
      LocalDateTime t = day.atTime(hh, mm);
      return draft(
          h,
          c ->
              absolute(
                  TimeKind.TIME,
                  t.toString(),
                  new TimeInterval(t, t.plusMinutes(1), Granularity.MINUTE)));
    }
    return draft(h, c -> absolute(TimeKind.DATE, day.toString(), dayInterval(day)));
  }

  private Optional<Draft> monthDay(Hit h) {
    Optional<Integer> mo = month(h);
    int d = Integer.parseInt(h.g("d"));
    if (mo.isEmpty() || d < 1 || d > 31) {
      return Optional.empty();
    }
    int month = mo.get();
    if (h.has("y")) {
      int y = yearOf(h.g("y"));
      if (d > YearMonth.of(y, month).lengthOfMonth()) {
        return Optional.empty();
      }
      LocalDate day = LocalDate.of(y, month, d);
      return draft(h, c -> absolute(TimeKind.DATE, day.toString(), dayInterval(day)));
    }
    return draft(
        h,
        c -> {
          String under = String.format(Locale.ROOT, "XXXX-%02d-%02d", month, d);
          if (c.anchor.isEmpty()) {
            return noAnchor(TimeKind.DATE, under, Optional.empty());
          }
          int y = yearFor(c, month, d);
          if (d > YearMonth.of(y, month).lengthOfMonth()) {
            return new Result(
                TimeKind.DATE,
                under,
                Optional.empty(),
                new Resolution.Unresolved(
                    Resolution.Reason.VAGUE, "no day " + d + " in month " + month));
          }
          LocalDate day = LocalDate.of(y, month, d);
          return relative(TimeKind.DATE, day.toString(), Optional.empty(), dayInterval(day));
        });
  }

  private Optional<Draft> monthYear(Hit h) {
    Optional<Integer> mo = month(h);
    if (mo.isEmpty()) {
      return Optional.empty();
    }
    int month = mo.get();
    String pre = h.lower("pre");
    String abbrev = h.g("mon");
    // A bare abbreviation such as "Mar" or "Dec" without a year is too often something else.
    if (!h.has("y")
        && !h.has("rel")
        && pre == null
        && abbrev.length() <= 4
        && !abbrev.endsWith(".")
        && !isMonthName(abbrev)) {
      return Optional.empty();
    }
    Optional<String> mod = modOf(pre);
    if (h.has("y")) {
      int y = yearOf(h.g("y"));
      YearMonth ym = YearMonth.of(y, month);
      return draft(
          h,
          c ->
              new Result(
                  TimeKind.DATE,
                  ym.toString(),
                  mod,
                  resolved(narrow(monthInterval(ym), mod), "absolute")));
    }
    Direction rel = direction(h, "rel");
    Direction dir = direction(h, "dir");
    return draft(
        h,
        c -> {
          String under = String.format(Locale.ROOT, "XXXX-%02d", month);
          if (dir != null && c.anchor.isPresent()) {
            YearMonth now = YearMonth.from(c.anchor.get());
            YearMonth ym = YearMonth.of(now.getYear(), month);
            if (dir.earlier() && !ym.isBefore(now)) {
              ym = ym.minusYears(1);
            } else if (dir.is("forward") && !ym.isAfter(now)) {
              ym = ym.plusYears(1);
            }
            return relative(TimeKind.DATE, ym.toString(), mod, narrow(monthInterval(ym), mod));
          }
          if (c.anchor.isEmpty()) {
            return noAnchor(TimeKind.DATE, under, mod);
          }
          int ay = c.anchor.get().getYear();
          int y;
          if (rel == null) {
            y = yearFor(c, month, 0);
          } else if (rel.earlier()) {
            y = ay - 1;
          } else if (rel.is("forward")) {
            y = ay + 1;
          } else {
            y = ay;
          }
          YearMonth ym = YearMonth.of(y, month);
          return relative(TimeKind.DATE, ym.toString(), mod, narrow(monthInterval(ym), mod));
        });
  }

  private Optional<Draft> season(Hit h) {
    String s = SEASONS.get(h.lower("season"));
    int index =
        switch (s) {
          case "spring" -> 0;
          case "summer" -> 1;
          case "autumn" -> 2;
          default -> 3;
        };
    String code = List.of("SP", "SU", "FA", "WI").get(index);
    Optional<String> mod = modOf(h.lower("pre"));
    Direction dir = direction(h, "dir");
    if (h.has("y")) {
      int y = yearOf(h.g("y"));
      return draft(
          h,
          c ->
              new Result(
                  TimeKind.DATE,
                  y + "-" + code,
                  mod,
                  resolved(narrow(seasonInterval(y, index), mod), "absolute")));
    }
    if (dir == null && h.lower("pre") == null) {
      // A bare "fall" or "spring" is a verb or a noun unless the text says "in the fall", "this
      // spring".
      String before =
          h.text.substring(Math.max(0, h.m.start() - 8), h.m.start()).toLowerCase(Locale.ROOT);
      if (!SEASON_BEFORE.matcher(before).matches()) {
        return Optional.empty();
      }
    }
    return draft(
        h,
        c -> {
          if (c.anchor.isEmpty()) {
            return noAnchor(TimeKind.DATE, "XXXX-" + code, mod);
          }
          LocalDate a = c.anchor.get();
          int y;
          if (dir == null) {
            y =
                c.tense == Tense.FUTURE
                    ? nextSeasonYear(a, index)
                    : lastOrCurrentSeasonYear(a, index);
          } else if (dir.is("back")) {
            y = lastSeasonYear(a, index);
          } else if (dir.is("just-past")) {
            // "This past spring" in October is the spring just ended.
            y = lastEndedSeasonYear(a, index);
          } else if (dir.is("forward")) {
            y = nextSeasonYear(a, index);
          } else {
            y = a.getMonthValue() <= 2 && index == 3 ? a.getYear() - 1 : a.getYear();
          }
          return relative(
              TimeKind.DATE, y + "-" + code, mod, narrow(seasonInterval(y, index), mod));
        });
  }

  private Optional<Draft> year(Hit h) {
    int y = yearOf(h.g("y"));
    String text = h.m.group();
    // "two thousand" is a count unless the text says "the year two thousand".
    boolean thousands =
        spokenOpening(spokenKey(h.g("y"))).map(SPOKEN_YEARS::get).orElse("").equals("thousands");
    if (thousands && (h.has("pre") || !h.has("yp") || !SPOKEN_PREFIXES.contains(h.lower("yp")))) {
      return Optional.empty();
    }
    // A four-digit number right after a currency sign or before a unit is an amount, not a year.
    int s = h.m.start();
    if (s > 0 && "$€£#".indexOf(h.text.charAt(s - 1)) >= 0) {
      return Optional.empty();
    }
    if (NOT_YEAR_AFTER.matcher(h.text.substring(h.m.end())).find()) {
      return Optional.empty();
    }
    Optional<String> mod = modOf(h.lower("pre"));
    if (y < 1600 || text.isEmpty()) {
      return Optional.empty();
    }
    return draft(
        h,
        c ->
            new Result(
                TimeKind.DATE,
                Integer.toString(y),
                mod,
                resolved(narrow(yearInterval(y), mod), "absolute")));
  }

  private Optional<Draft> decade(Hit h) {
    int start = Integer.parseInt(h.g("dec"));
    Optional<String> mod = modOf(h.lower("pre"));
    TimeInterval iv =
        TimeInterval.ofDays(
            LocalDate.of(start, 1, 1), LocalDate.of(start + 10, 1, 1), Granularity.DECADE);
    // TimeBank writes a decade named with its article ("the 1990s") as 199 and a bare one
    // ("1990s", "early 1990s") with the open digit spelled out, 199X.
    boolean withArticle = h.m.group().toLowerCase(Locale.ROOT).startsWith("the");
    String timex = start / 10 + (withArticle ? "" : "X");
    return draft(
        h, c -> new Result(TimeKind.DATE, timex, mod, resolved(narrow(iv, mod), "absolute")));
  }

  private Optional<Draft> quarter(Hit h) {
    int ord = PERIOD_ORDINALS.get(h.lower("ord"));
    int parts = YEAR_PARTS.get(h.lower("q"));
    if (ord < 0 && !h.has("y") && !h.has("rel")) {
      // "the last quarter" alone is the previous quarter (relative-unit); "the last half of 1989"
      // is the second half.
      return Optional.empty();
    }
    // An ordinal counted from the end ("the last half") is the last part, or one before it.
    int n = ord > 0 ? ord : parts + 1 + ord;
    if (n < 1 || n > parts) {
      return Optional.empty();
    }
    boolean half = parts == 2;
    Direction rel = h.has("rel") ? direction(h, "rel") : direction(h, "prel");
    Integer fixed =
        h.has("y")
            ? Integer.valueOf(yearOf(h.g("y")))
            : h.has("py") ? Integer.valueOf(h.g("py")) : null;
    return draft(
        h,
        c -> {
          String code = half ? "H" + n : "Q" + n;
          int y;
          String basis;
          if (fixed != null) {
            y = fixed;
            basis = "absolute";
          } else if (c.anchor.isEmpty()) {
            return noAnchor(TimeKind.DATE, "XXXX-" + code, Optional.empty());
          } else {
            LocalDate a = c.anchor.get();
            basis = "article date";
            if (rel != null) {
              y = a.getYear() + (rel.is("back") ? -1 : rel.is("forward") ? 1 : 0);
            } else {
              // The latest such period that has begun by the article date (financial reporting).
              int startMonth = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
              y = a.getMonthValue() >= startMonth ? a.getYear() : a.getYear() - 1;
              if (c.tense == Tense.FUTURE && a.getMonthValue() < startMonth) {
                y = a.getYear();
              }
            }
          }
          int startMonth = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
          LocalDate s = LocalDate.of(y, startMonth, 1);
          TimeInterval iv =
              TimeInterval.ofDays(
                  s,
                  s.plusMonths(half ? 6 : 3),
                  half ? Granularity.HALF_YEAR : Granularity.QUARTER);
          return new Result(TimeKind.DATE, y + "-" + code, Optional.empty(), resolved(iv, basis));
        });
  }

  private static Map<String, String> vagueCounts() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (List<String> row : EN.rows("vague-counts.tsv")) {
      out.put(row.get(0), row.size() > 1 ? row.get(1) : "");
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * The pattern of a spoken year opened by {@code words} (a row of spoken-years.tsv): its hundreds
   * and a number from ten to ninety-nine ("nineteen ninety-four"), or its thousands alone or with
   * its units after a joiner ("two thousand and one").
   */
  private static String spokenYear(String words) {
    String opening = LanguagePack.alternationOf(List.of(words), "\\s+");
    return switch (SPOKEN_YEARS.get(words)) {
      case "hundreds" ->
          opening + "[\\s-]+(?:" + TENS_WORD + "(?:[\\s-]+" + UNITS_WORD + ")?|" + TEENS_WORD + ")";
      case "thousands" -> opening + "(?:\\s+" + NUMBER_JOINER + "\\s+" + UNITS_WORD + ")?";
      default ->
          throw new IllegalArgumentException(
              "spoken-years.tsv: neither hundreds nor thousands: " + words);
    };
  }

  /** The row of spoken-years.tsv that opens a spelled-out year (spaces single), if one does. */
  private static Optional<String> spokenOpening(String year) {
    return SPOKEN_YEARS.keySet().stream()
        .filter(w -> year.equals(w) || year.startsWith(w + " "))
        .findFirst();
  }

  /** The key of a vague phrase: lower case, a hyphen or a run of spaces as one space. */
  private static String vagueKey(String phrase) {
    return phrase.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
  }

  private static Map<String, List<String>> vagueTimes() {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (List<String> row : EN.rows("vague-times.tsv")) {
      if (row.size() < 2 || row.get(1).isEmpty()) {
        throw new IllegalArgumentException("vague-times.tsv: row without its value: " + row);
      }
      out.put(vagueKey(row.get(0)), row);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * The span words of vague-times.tsv before a plural unit ("recent weeks") as the first
   * alternatives of the vague rule, so that the span wins over the word alone; empty where no row
   * is read as a span.
   */
  private static String vagueSpans() {
    String spans = vaguePhrases("span");
    return spans.isEmpty()
        ? ""
        : "(?:" + spans + ")\\s+(?<vu>" + EN.alternation("recent-units.tsv", "\\s+") + ")|";
  }

  /** How a row of vague-times.tsv is read: "" (wherever it stands), "never", "span"... */
  private static String reading(List<String> row) {
    return row.size() > 2 ? row.get(2) : "";
  }

  /**
   * The vague phrases read {@code reading} (all of them where null) as an alternation: a space
   * matches any run of spaces, a hyphen a hyphen or spaces.
   */
  private static String vaguePhrases(String reading) {
    List<String> phrases = new ArrayList<>();
    for (List<String> row : VAGUE.values()) {
      if (reading == null || reading(row).equals(reading)) {
        phrases.add(row.get(0));
      }
    }
    return LanguagePack.alternationOf(
        phrases,
        p -> {
          List<String> words = new ArrayList<>();
          for (String w : p.split(" ")) {
            List<String> parts = new ArrayList<>();
            for (String part : w.split("-")) {
              parts.add(Pattern.quote(part));
            }
            words.add(String.join("[\\s-]+", parts));
          }
          return String.join("\\s+", words);
        });
  }

  private static Map<String, String> everyLanguagePairs(String file) {
    Map<String, String> out =
        LanguagePack.everyLanguagePairs(file, w -> w.toLowerCase(Locale.ROOT));
    if (out.isEmpty()) {
      throw new IllegalStateException("no language folder has the time tagger's list " + file);
    }
    return out;
  }

  /**
   * Where a direction word points ("back", "forward", "this", or "just-past": the one just ended)
   * and what it counts from ("article", "text", "event"), as time-directions.tsv gives them.
   */
  private record Direction(String way, String from, List<String> rules) {
    boolean is(String w) {
      return way.equals(w);
    }

    /** Back, including "just-past": the earlier one either way. */
    boolean earlier() {
      return way.equals("back") || way.equals("just-past");
    }

    boolean countsFrom(String f) {
      return from.equals(f);
    }

    boolean readBy(String rule) {
      return rules.contains(rule);
    }
  }

  private static Map<String, Direction> directions() {
    Map<String, Direction> out = new java.util.LinkedHashMap<>();
    for (List<String> row : EN.rows("time-directions.tsv")) {
      if (row.size() < 4) {
        throw new IllegalArgumentException(
            "time-directions.tsv: row without its four cells: " + row);
      }
      out.put(row.get(0), new Direction(row.get(1), row.get(2), List.of(row.get(3).split(","))));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The direction a hit's group names, or null where the group did not match. */
  private static Direction direction(Hit h, String group) {
    String phrase = h.lower(group);
    if (phrase == null) {
      return null;
    }
    Direction d = DIRECTIONS.get(phrase);
    if (d == null) {
      throw new IllegalStateException("not in time-directions.tsv: " + phrase);
    }
    return d;
  }

  /** The direction words read by any of {@code rules}, as an alternation. */
  private static String directionWords(String... rules) {
    List<String> words = new ArrayList<>();
    for (String rule : rules) {
      words.addAll(EN.category("time-directions.tsv", 3, rule));
    }
    return LanguagePack.alternationOf(words, "\\s+");
  }

  /** The parts of a period read by {@code rule}, as an alternation. */
  private static String partWords(String rule) {
    return LanguagePack.alternationOf(EN.category("period-parts.tsv", 2, rule), "\\s+");
  }

  /** The units of time read by {@code rule}, as an alternation. */
  private static String unitWords(String rule) {
    return LanguagePack.alternationOf(EN.category("time-units.tsv", 1, rule), "\\s+");
  }

  private static Map<String, List<String>> rowsByWord(String file) {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (List<String> row : EN.rows(file)) {
      out.put(row.get(0), row);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private Optional<Draft> deictic(Hit h) {
    List<String> day = DEICTIC_DAYS.get(h.lower("w").replaceAll("\\s+", " "));
    int offset = day == null ? 0 : Integer.parseInt(day.get(1));
    String part = day != null && day.size() > 2 && !day.get(2).isEmpty() ? day.get(2) : part(h);
    return draft(
        h,
        c -> {
          if (c.anchor.isEmpty()) {
            return noAnchor(
                part == null ? TimeKind.DATE : TimeKind.TIME,
                offset == 0 && part == null ? "PRESENT_REF" : "XXXX-XX-XX",
                Optional.empty());
          }
          LocalDate d = c.anchor.get().plusDays(offset);
          return part == null
              ? relative(TimeKind.DATE, d.toString(), Optional.empty(), dayInterval(d))
              : partOfDay(d, part, "article date");
        });
  }

  private Optional<Draft> thisPart(Hit h) {
    Direction dir = direction(h, "dir");
    String part = part(h);
    if (dir.is("back") && !part.equals("night")) {
      return Optional.empty();
    }
    return draft(
        h,
        c -> {
          if (c.anchor.isEmpty()) {
            return noAnchor(TimeKind.TIME, "XXXX-XX-XXT" + partCode(part), Optional.empty());
          }
          LocalDate d = dir.is("back") ? c.anchor.get().minusDays(1) : c.anchor.get();
          return partOfDay(d, part, "article date, part");
        });
  }

  private Optional<Draft> weekday(Hit h) {
    DayOfWeek wd = WEEKDAYS.get(h.lower("wd"));
    Direction dir = direction(h, "dir");
    String part = part(h);
    return draft(
        h,
        c -> {
          if (c.anchor.isEmpty()) {
            return noAnchor(
                part == null ? TimeKind.DATE : TimeKind.TIME,
                "XXXX-WXX-" + wd.getValue(),
                Optional.empty());
          }
          LocalDate a = c.anchor.get();
          LocalDate d;
          if (dir == null || dir.is("this")) {
            LocalDate before = a.with(TemporalAdjusters.previousOrSame(wd));
            LocalDate after = a.with(TemporalAdjusters.nextOrSame(wd));
            if (c.tense == Tense.FUTURE) {
              d = after;
            } else if (c.tense == Tense.PAST) {
              d = before;
            } else {
              // News names the nearest such day; a tie (Thursday three days each way) reads as
              // past.
              d =
                  java.time.temporal.ChronoUnit.DAYS.between(before, a)
                          <= java.time.temporal.ChronoUnit.DAYS.between(a, after)
                              * PAST_WEEKDAY_BIAS
                      ? before
                      : after;
            }
          } else if (dir.is("forward")) {
            d = a.with(TemporalAdjusters.next(wd));
          } else {
            d = a.with(TemporalAdjusters.previous(wd));
          }
          return part == null
              ? relative(TimeKind.DATE, d.toString(), Optional.empty(), dayInterval(d))
              : partOfDay(d, part, "article date");
        });
  }

  private Optional<Draft> clock(Hit h) {
    int hour;
    int minute = 0;
    if (h.has("noon")) {
      hour = CLOCK_WORDS.get(h.lower("noon"));
    } else {
      hour = Integer.parseInt(h.g("h"));
      minute = h.has("mi") ? Integer.parseInt(h.g("mi")) : 0;
      if (hour < 1 || hour > 12 || minute > 59) {
        return Optional.empty();
      }
      hour = hour % 12 + MERIDIEMS.get(h.lower("ap"));
    }
    LocalTime t = LocalTime.of(hour, minute);
    return draft(
        h,
        c -> {
          Optional<LocalDate> day = c.lastDay.or(() -> c.anchor);
          String hm = String.format(Locale.ROOT, "T%02d:%02d", t.getHour(), t.getMinute());
          if (day.isEmpty()) {
            return noAnchor(TimeKind.TIME, "XXXX-XX-XX" + hm, Optional.empty());
          }
          LocalDateTime at = day.get().atTime(t);
          return new Result(
              TimeKind.TIME,
              day.get() + hm,
              Optional.empty(),
              resolved(
                  new TimeInterval(at, at.plusMinutes(1), Granularity.MINUTE),
                  c.lastDay.isPresent() ? "narrative" : "article date"));
        });
  }

  private Optional<Draft> relativeUnit(Hit h) {
    Direction dir = direction(h, "dir");
    String unit = h.lower("unit");
    String pre = h.lower("pre");
    boolean narrative = dir.countsFrom("text");
    if (unit.equals("day") && !narrative) {
      return Optional.empty();
    }
    if (!dir.readBy("relative") && pre == null) {
      // "the past year" is a duration (handled by span-of-one); "past year" alone reads the same.
      return Optional.empty();
    }
    int step = dir.is("back") ? -1 : dir.is("forward") ? 1 : 0;
    Optional<String> mod = modOf(pre);
    return draft(
        h,
        c -> {
          Optional<LocalDate> base =
              !narrative
                  ? c.anchor
                  : unit.equals("day") || unit.equals("week") || unit.equals("weekend")
                      ? c.lastDay
                      : c.lastDay.or(() -> c.lastMonth);
          if (base.isEmpty()) {
            String why =
                narrative
                    ? "relative to an earlier date in the text, and none was found"
                    : "relative to the article date, which is unknown";
            return new Result(
                TimeKind.DATE,
                underspecified(unit),
                mod,
                new Resolution.Unresolved(
                    narrative ? Resolution.Reason.RELATIVE_TO_EVENT : Resolution.Reason.NO_ANCHOR,
                    why));
          }
          TimeInterval iv = unitAround(base.get(), unit, step);
          String basis = narrative ? "narrative" : "article date";
          return new Result(TimeKind.DATE, timexOf(iv), mod, resolved(narrow(iv, mod), basis));
        });
  }

  private Optional<Draft> theQuarter(Hit h) {
    // "The period" is only one the text named; "the quarter" alone is the last completed one.
    boolean period = !h.lower("q").equals("quarter");
    boolean latest = h.has("latest");
    return draft(
        h,
        c -> {
          if (latest && c.anchor.isPresent()) {
            // "The latest quarter" is the last one completed by the article date, whatever quarter
            // the text named before (often the year-earlier one).
            TimeInterval iv = unitAround(c.anchor.get(), "quarter", -1);
            return relative(TimeKind.DATE, timexOf(iv), Optional.empty(), iv);
          }
          if (c.lastQuarter.isPresent()) {
            return new Result(
                TimeKind.DATE,
                timexOf(c.lastQuarter.get()),
                Optional.empty(),
                resolved(c.lastQuarter.get(), "narrative"));
          }
          if (period || c.anchor.isEmpty()) {
            return new Result(
                TimeKind.DATE,
                "XXXX-QX",
                Optional.empty(),
                new Resolution.Unresolved(
                    Resolution.Reason.RELATIVE_TO_EVENT, "a reporting period named earlier"));
          }
          // Financial reports speak of the last completed quarter.
          TimeInterval iv = unitAround(c.anchor.get(), "quarter", -1);
          return relative(TimeKind.DATE, timexOf(iv), Optional.empty(), iv);
        });
  }

  private Optional<Draft> weekend(Hit h) {
    return draft(
        h,
        c -> {
          if (c.anchor.isEmpty()) {
            return noAnchor(TimeKind.DATE, "XXXX-WXX-WE", Optional.empty());
          }
          LocalDate a = c.anchor.get();
          LocalDate sat =
              c.tense == Tense.FUTURE
                  ? a.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                  : a.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
          TimeInterval iv = TimeInterval.ofDays(sat, sat.plusDays(2), Granularity.WEEK);
          return relative(TimeKind.DATE, timexOf(iv), Optional.empty(), iv);
        });
  }

  private Optional<Draft> yearEarlier(Hit h) {
    return draft(
        h,
        c -> {
          if (c.lastQuarter.isPresent()) {
            LocalDate q = c.lastQuarter.get().startDate().minusYears(1);
            TimeInterval iv = TimeInterval.ofDays(q, q.plusMonths(3), Granularity.QUARTER);
            return new Result(
                TimeKind.DATE, timexOf(iv), Optional.empty(), resolved(iv, "narrative"));
          }
          if (c.anchor.isEmpty()) {
            return noAnchor(TimeKind.DATE, "XXXX", Optional.empty());
          }
          TimeInterval iv = yearInterval(c.anchor.get().getYear() - 1);
          return relative(TimeKind.DATE, timexOf(iv), Optional.empty(), iv);
        });
  }

  private Optional<Draft> endOfThe(Hit h) {
    String unit = h.lower("unit");
    Optional<String> mod = modOf(h.lower("pre"));
    return draft(
        h,
        c -> {
          if (c.anchor.isEmpty()) {
            return noAnchor(TimeKind.DATE, underspecified(unit), mod);
          }
          TimeInterval iv = unitAround(c.anchor.get(), unit, 0);
          return new Result(
              TimeKind.DATE, timexOf(iv), mod, resolved(narrow(iv, mod), "article date"));
        });
  }

  private Optional<Draft> ago(Hit h) {
    OptionalDouble n = count(h.lower("n"));
    String unit = h.lower("unit");
    String dir = h.lower("dir");
    Direction way = direction(h, "dir");
    Optional<String> mod = hedgeMod(h.lower("hedge"));
    boolean back = way.is("back");
    boolean toEvent = way.countsFrom("event");
    if (toEvent) {
      // "two weeks after the capture": the extent is the duration; the event is not a date.
      int end = h.m.start("dir");
      String durationText = h.text.substring(h.m.start(), end).stripTrailing();
      int stop = h.m.start() + durationText.length();
      String timex = durationTimex(n, unit);
      return Optional.of(
          new Draft(
              h.m.start(),
              stop,
              c ->
                  new Result(
                      TimeKind.DURATION,
                      timex,
                      mod,
                      new Resolution.Unresolved(
                          Resolution.Reason.RELATIVE_TO_EVENT, timex + " " + dir + " an event"))));
    }
    // "a year ago" and "a year earlier" count from the article date; "two days later" from the last
    // date named.
    boolean narrative = way.countsFrom("text");
    return draft(
        h,
        c -> {
          Optional<LocalDate> base = narrative ? c.lastDay : c.anchor;
          if (n.isEmpty()) {
            String v = back ? "PAST_REF" : "FUTURE_REF";
            return new Result(
                TimeKind.DATE,
                v,
                mod,
                new Resolution.Unresolved(
                    Resolution.Reason.VAGUE, "an unspecified number of " + unit + "s"));
          }
          if (base.isEmpty()) {
            return new Result(
                TimeKind.DATE,
                underspecified(unit),
                mod,
                new Resolution.Unresolved(
                    narrative ? Resolution.Reason.RELATIVE_TO_EVENT : Resolution.Reason.NO_ANCHOR,
                    "counted from "
                        + (narrative ? "an earlier date in the text" : "the article date")));
          }
          int k = (int) Math.round(n.getAsDouble()) * (back ? -1 : 1);
          if (unit.equals("year") && !narrative && c.lastQuarter.isPresent()) {
            LocalDate q = c.lastQuarter.get().startDate().plusYears(k);
            TimeInterval iv = TimeInterval.ofDays(q, q.plusMonths(3), Granularity.QUARTER);
            return new Result(TimeKind.DATE, timexOf(iv), mod, resolved(iv, "narrative"));
          }
          TimeInterval iv = unitAround(base.get(), unit, k);
          return new Result(
              TimeKind.DATE,
              timexOf(iv),
              mod,
              resolved(iv, narrative ? "narrative" : "article date"));
        });
  }

  /**
   * A year counted from the article's year: TimeBank reads "the past year" alone as the previous
   * calendar year ("the past year or so", with its length, is span-of-one), and "the full year" of
   * a results story as the article's year (its fiscal year, in practice).
   */
  private Optional<Draft> articleYear(Hit h) {
    return yearFromArticle(h, ARTICLE_YEARS.get(h.lower("ay")));
  }

  private static Optional<Draft> yearFromArticle(Hit h, int years) {
    return draft(
        h,
        c -> {
          if (c.anchor.isEmpty()) {
            return noAnchor(TimeKind.DATE, "XXXX", Optional.empty());
          }
          TimeInterval iv = yearInterval(c.anchor.get().getYear() + years);
          return relative(TimeKind.DATE, timexOf(iv), Optional.empty(), iv);
        });
  }

  /**
   * A bare "the year" in news is the article's year ("earnings for the year"), or a year-long
   * duration when a reporting period follows ("the year ended June 30").
   */
  private Optional<Draft> theYear(Hit h) {
    boolean period = REPORTING_PERIOD_AFTER.matcher(h.text.substring(h.m.end())).find();
    if (period) {
      return draft(
          h,
          c ->
              new Result(
                  TimeKind.DURATION,
                  "P1Y",
                  Optional.empty(),
                  new Resolution.Unresolved(Resolution.Reason.DURATION, "a year-long period")));
    }
    return yearFromArticle(h, 0);
  }

  /** "Earlier in the year" is the start of the article's year. */
  private Optional<Draft> inTheYear(Hit h) {
    Optional<String> mod = modOf(h.lower("pre"));
    return draft(
        h,
        c -> {
          if (c.anchor.isEmpty()) {
            return noAnchor(TimeKind.DATE, "XXXX", mod);
          }
          TimeInterval iv = yearInterval(c.anchor.get().getYear());
          return new Result(
              TimeKind.DATE, timexOf(iv), mod, resolved(narrow(iv, mod), "article date"));
        });
  }

  /** "The nineties" is the 1990s of the twentieth century, as news uses it: TIMEX value 199. */
  private Optional<Draft> decadeWord(Hit h) {
    int start = 1900 + DECADE_WORDS.get(h.lower("dw"));
    Optional<String> mod = modOf(h.lower("pre"));
    TimeInterval iv =
        TimeInterval.ofDays(
            LocalDate.of(start, 1, 1), LocalDate.of(start + 10, 1, 1), Granularity.DECADE);
    String timex = Integer.toString(start / 10);
    return draft(
        h, c -> new Result(TimeKind.DATE, timex, mod, resolved(narrow(iv, mod), "absolute")));
  }

  /** "The 20th century" is 1900–1999, TIMEX value 19. */
  private Optional<Draft> century(Hit h) {
    int n = Integer.parseInt(h.g("c"));
    if (n < 1 || n > 21 || !h.lower("unit").equals("century")) {
      return Optional.empty();
    }
    int start = (n - 1) * 100;
    TimeInterval iv =
        TimeInterval.ofDays(
            LocalDate.of(Math.max(1, start), 1, 1),
            LocalDate.of(start + 100, 1, 1),
            Granularity.CENTURY);
    String timex = String.format(Locale.ROOT, "%02d", n - 1);
    return draft(h, c -> absolute(TimeKind.DATE, timex, iv));
  }

  private Optional<Draft> spanOf(Hit h) {
    OptionalDouble n = count(h.lower("n"));
    String unit = h.lower("unit");
    Direction dir = direction(h, "dir");
    String timex = durationTimex(n, unit);
    // "the following three days" and "the first five days" count from a date or event the text
    // names: a length of time only.
    boolean back = dir.is("back") && dir.countsFrom("article");
    boolean forward = dir.is("forward") && dir.countsFrom("article");
    if (back && n.isEmpty()) {
      // "the past few months" has no length to give; TimeBank reads it as a vague past.
      return draft(
          h,
          c ->
              new Result(
                  TimeKind.DATE,
                  "PAST_REF",
                  Optional.empty(),
                  new Resolution.Unresolved(
                      Resolution.Reason.VAGUE, "an unspecified number of past " + unit + "s")));
    }
    return draft(
        h,
        c -> {
          if ((back || forward) && n.isPresent() && c.anchor.isPresent()) {
            LocalDate a = c.anchor.get();
            LocalDate other =
                plusUnits(a, unit, (int) Math.round(n.getAsDouble()) * (back ? -1 : 1));
            TimeInterval iv =
                back
                    ? TimeInterval.ofDays(other, a.plusDays(1), granularityOf(unit))
                    : TimeInterval.ofDays(a, other.plusDays(1), granularityOf(unit));
            return new Result(
                TimeKind.DURATION, timex, Optional.empty(), resolved(iv, "article date"));
          }
          return new Result(
              TimeKind.DURATION,
              timex,
              Optional.empty(),
              new Resolution.Unresolved(Resolution.Reason.DURATION, "a length of time"));
        });
  }

  private Optional<Draft> spanOfOne(Hit h) {
    String unit = h.lower("unit");
    boolean back = !direction(h, "dir").is("forward");
    String timex = durationTimex(OptionalDouble.of(1), unit);
    return draft(
        h,
        c -> {
          if (c.anchor.isEmpty()) {
            return new Result(
                TimeKind.DURATION,
                timex,
                Optional.empty(),
                new Resolution.Unresolved(Resolution.Reason.DURATION, "a length of time"));
          }
          LocalDate a = c.anchor.get();
          LocalDate other = plusUnits(a, unit, back ? -1 : 1);
          TimeInterval iv =
              back
                  ? TimeInterval.ofDays(other, a.plusDays(1), granularityOf(unit))
                  : TimeInterval.ofDays(a, other.plusDays(1), granularityOf(unit));
          return new Result(
              TimeKind.DURATION, timex, Optional.empty(), resolved(iv, "article date"));
        });
  }

  private Optional<Draft> duration(Hit h) {
    String n = h.lower("n");
    if (NOT_ALONE_COUNTS.contains(n) || h.has("old")) {
      return Optional.empty();
    }
    OptionalDouble v = count(n);
    String unit = h.lower("unit");
    if (unit.equals("quarter") && h.m.group().contains("-")) {
      // "three-quarters" is a fraction.
      return Optional.empty();
    }
    if (ARTICLES.contains(n) && h.lower("hedge") == null) {
      // "$5 a year" is a rate; "for a year" or "within a week" is a duration.
      String before =
          h.text.substring(Math.max(0, h.m.start() - 12), h.m.start()).toLowerCase(Locale.ROOT);
      if (!DURATION_BEFORE.matcher(before).matches()) {
        return Optional.empty();
      }
    }
    // "2024 year" or "30 second" reads as something else.
    if (v.isPresent() && v.getAsDouble() > 1000) {
      return Optional.empty();
    }
    String timex = durationTimex(v, unit);
    Optional<String> mod = hedgeMod(h.lower("hedge"));
    String after = h.text.substring(h.m.end());
    boolean toEvent = EVENT_RELATIVE_AFTER.matcher(after).find();
    return draft(
        h,
        c ->
            new Result(
                TimeKind.DURATION,
                timex,
                mod,
                new Resolution.Unresolved(
                    toEvent ? Resolution.Reason.RELATIVE_TO_EVENT : Resolution.Reason.DURATION,
                    toEvent ? timex + " from an event" : "a length of time")));
  }

  private Optional<Draft> durationPlain(Hit h) {
    String plural = h.lower("unit");
    String unit = plural.substring(0, plural.length() - 1);
    String timex = durationTimex(OptionalDouble.empty(), unit);
    return draft(
        h,
        c ->
            new Result(
                TimeKind.DURATION,
                timex,
                hedgeMod(h.lower("hedge")),
                new Resolution.Unresolved(
                    Resolution.Reason.DURATION, "an unspecified length of time")));
  }

  private Optional<Draft> vague(Hit h) {
    String v = h.lower("v");
    String ref;
    if (h.has("vu")) {
      // A span word before a plural unit ("recent weeks"): an unknown number of the unit, unless
      // the unit's row gives a value (TimeBank mostly reads "recent years" as a vague past).
      List<String> units = RECENT_UNITS.get(h.lower("vu"));
      if (units.size() < 3 || units.get(2).isEmpty()) {
        String timex = durationTimex(OptionalDouble.empty(), units.get(1));
        return draft(
            h,
            c ->
                new Result(
                    TimeKind.DURATION,
                    timex,
                    Optional.empty(),
                    new Resolution.Unresolved(
                        Resolution.Reason.VAGUE, "an unspecified number of " + v)));
      }
      ref = units.get(2);
    } else {
      List<String> row = VAGUE.get(vagueKey(v));
      String after = h.text.substring(h.m.end());
      boolean read =
          switch (reading(row)) {
            case "never", "span" -> false;
            case "unless-noun" -> !NOT_CURRENT_AFTER.matcher(after).find();
            case "with-noun" -> FUTURE_NOUN_AFTER.matcher(after).find();
            default -> true;
          };
      if (!read) {
        return Optional.empty();
      }
      ref = row.get(1);
    }
    return draft(
        h,
        c -> {
          if (ref.equals("PRESENT_REF") && c.anchor.isPresent()) {
            return new Result(
                TimeKind.DATE,
                ref,
                Optional.empty(),
                resolved(dayInterval(c.anchor.get()), "article date"));
          }
          return new Result(
              TimeKind.DATE,
              ref,
              Optional.empty(),
              new Resolution.Unresolved(
                  c.anchor.isEmpty() && ref.equals("PRESENT_REF")
                      ? Resolution.Reason.NO_ANCHOR
                      : Resolution.Reason.VAGUE,
                  "a vague reference: " + v));
        });
  }

  private Optional<Draft> set(Hit h) {
    // The rule is built from the table's phrases, so every match has its period.
    String timex = REPEATS.get(h.lower("s"));
    return draft(
        h,
        c ->
            new Result(
                TimeKind.SET,
                timex,
                Optional.empty(),
                new Resolution.Unresolved(Resolution.Reason.RECURRING, "recurs every " + timex)));
  }

  /** "Every Thursday" recurs on a weekday, "each July" in a month. */
  private Optional<Draft> setNamed(Hit h) {
    String timex;
    if (h.has("wd")) {
      timex = "XXXX-WXX-" + WEEKDAYS.get(h.lower("wd")).getValue();
    } else {
      Optional<Integer> mo = month(h);
      if (mo.isEmpty()) {
        return Optional.empty();
      }
      timex = String.format(Locale.ROOT, "XXXX-%02d", mo.get());
    }
    return draft(
        h,
        c ->
            new Result(
                TimeKind.SET,
                timex,
                Optional.empty(),
                new Resolution.Unresolved(Resolution.Reason.RECURRING, "recurs " + timex)));
  }

  private Optional<Draft> holiday(Hit h) {
    String hol = h.lower("hol");
    Integer fixed = h.has("y") ? Integer.valueOf(yearOf(h.g("y"))) : null;
    Direction dir = direction(h, "dir");
    return draft(
        h,
        c -> {
          if (fixed == null && c.anchor.isEmpty()) {
            return noAnchor(TimeKind.DATE, "XXXX-XX-XX", Optional.empty());
          }
          int y = fixed != null ? fixed : c.anchor.get().getYear();
          LocalDate d = holidayIn(hol, y);
          if (fixed == null) {
            LocalDate a = c.anchor.get();
            boolean future = dir == null ? c.tense == Tense.FUTURE : dir.is("forward");
            if (future && d.isBefore(a)) {
              d = holidayIn(hol, y + 1);
            } else if (!future && d.isAfter(a) || dir != null && dir.is("back") && !d.isBefore(a)) {
              d = holidayIn(hol, y - 1);
            }
          }
          return fixed != null
              ? absolute(TimeKind.DATE, d.toString(), dayInterval(d))
              : relative(TimeKind.DATE, d.toString(), Optional.empty(), dayInterval(d));
        });
  }

  // ---------------------------------------------------------------- helpers

  /** The year of a YEAR group: digits, "nineteen ninety-four" or "two thousand and one". */
  private static int yearOf(String y) {
    String w = spokenKey(y);
    if (Character.isDigit(w.charAt(0))) {
      return Integer.parseInt(w);
    }
    // The pattern is built from spoken-years.tsv, so a spelled-out year has its opening there.
    String opening = spokenOpening(w).orElseThrow();
    int first = (int) NumberWords.parse(opening).orElse(0);
    // The rest: the tens and units of "nineteen ninety-four", the joiner and units of "two
    // thousand and one" (number words skip a joiner).
    int rest = (int) NumberWords.parse(w.substring(opening.length())).orElse(0);
    return SPOKEN_YEARS.get(opening).equals("hundreds") ? first * 100 + rest : first + rest;
  }

  /** A year as written, lower case, with hyphens and runs of spaces as one space. */
  private static String spokenKey(String y) {
    return y.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").strip();
  }

  private static Optional<Draft> draft(Hit h, Function<Context, Result> resolve) {
    return Optional.of(new Draft(h.m.start(), h.m.end(), resolve));
  }

  /**
   * Whether a bare month word is the month's whole name rather than a clipped abbreviation: true
   * for the months whose name has at most four letters, and for their abbreviations ("May", "June",
   * "Jul").
   */
  private static boolean isMonthName(String word) {
    Lexicon.Month m = MONTHS.get(word.toLowerCase(Locale.ROOT));
    return m != null
        && MONTHS.values().stream()
            .anyMatch(n -> n.number() == m.number() && !n.abbreviation() && n.word().length() <= 4);
  }

  private static Optional<Integer> month(Hit h) {
    String raw = h.g("mon");
    String bare = raw.endsWith(".") ? raw.substring(0, raw.length() - 1) : raw;
    Lexicon.Month m = MONTHS.get(bare.toLowerCase(Locale.ROOT));
    if (m == null) {
      return Optional.empty();
    }
    // "may" and "march" are verbs unless capitalised; "MAY" in a headline is the verb too; a bare
    // "Mar" with neither day nor year is too often something else.
    if (m.is("word") && !Character.isUpperCase(raw.charAt(0))) {
      return Optional.empty();
    }
    boolean capitals = raw.length() > 1 && raw.equals(raw.toUpperCase(Locale.ROOT));
    boolean titleCase = !capitals && raw.equals(bare);
    if (m.is("modal") && capitals
        || m.is("word") && m.abbreviation() && titleCase && h.g("d") == null && h.g("y") == null) {
      return Optional.empty();
    }
    return Optional.of(m.number());
  }

  /**
   * The year of a month (and day) given without one: the occurrence nearest the article date, where
   * an occurrence against the sentence's tense counts as twice as far.
   */
  private static int yearFor(Context c, int month, int day) {
    LocalDate a = c.anchor.orElseThrow();
    int best = a.getYear();
    double bestDistance = Double.MAX_VALUE;
    for (int y = a.getYear() - 1; y <= a.getYear() + 1; y++) {
      LocalDate start = LocalDate.of(y, month, 1);
      LocalDate end =
          day > 0
              ? LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()))
              : start.plusMonths(1).minusDays(1);
      if (day > 0) {
        start = end;
      }
      double distance;
      if (a.isBefore(start)) {
        distance =
            java.time.temporal.ChronoUnit.DAYS.between(a, start)
                * (c.tense != Tense.FUTURE ? 2.0 : 1.0);
      } else if (a.isAfter(end)) {
        distance =
            java.time.temporal.ChronoUnit.DAYS.between(end, a)
                * (c.tense == Tense.FUTURE ? 2.0 : 1.0);
      } else {
        distance = 0;
      }
      if (distance < bestDistance) {
        bestDistance = distance;
        best = y;
      }
    }
    return best;
  }

  /**
   * The tense around an expression: a future cue in the clause before it (up to 60 characters) or
   * just after it (up to 30). A whole sentence is too wide: "announced Wednesday that he will…"
   * speaks of the past.
   */
  private static Tense tenseAround(String text, int start, int end) {
    int s = start;
    while (s > 0 && start - s < 60 && ".!?\n;".indexOf(text.charAt(s - 1)) < 0) {
      s--;
    }
    int e = end;
    while (e < text.length() && e - end < 30 && ".!?\n;,".indexOf(text.charAt(e)) < 0) {
      e++;
    }
    String around = text.substring(s, start) + " " + text.substring(end, e);
    if (FUTURE_CUES.matcher(around).find()) {
      return Tense.FUTURE;
    }
    return PAST_CUES.matcher(around).find() ? Tense.PAST : Tense.UNKNOWN;
  }

  private static Relation relationBefore(String text, int start) {
    Matcher m = SIGNAL.matcher(text.substring(Math.max(0, start - 16), start));
    if (!m.find()) {
      return Relation.AT;
    }
    String w = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return SIGNALS.getOrDefault(w, Relation.AFTER);
  }

  /**
   * Widens the expression's own interval to what the signal claims: "since 2016" runs to the
   * article date.
   */
  private static Resolution withRelation(Resolution r, Relation rel, Optional<LocalDate> anchor) {
    if (!(r instanceof Resolution.Resolved rv) || rel == Relation.AT || rel == Relation.AS_OF) {
      return r;
    }
    TimeInterval iv = rv.interval();
    LocalDateTime far = LocalDateTime.of(9999, 1, 1, 0, 0);
    LocalDateTime early = LocalDateTime.of(1, 1, 1, 0, 0);
    TimeInterval claimed =
        switch (rel) {
          case SINCE ->
              new TimeInterval(
                  iv.start(),
                  anchor
                      .map(a -> a.plusDays(1).atStartOfDay())
                      .filter(e -> e.isAfter(iv.start()))
                      .orElse(far),
                  iv.granularity());
          case AFTER -> new TimeInterval(iv.end(), far, iv.granularity());
          case BEFORE -> new TimeInterval(early, iv.start(), iv.granularity());
          case UNTIL -> new TimeInterval(early, iv.end(), iv.granularity());
          default -> iv;
        };
    return new Resolution.Resolved(iv, claimed, rv.basis());
  }

  private static Result absolute(TimeKind kind, String timex, TimeInterval iv) {
    return new Result(kind, timex, Optional.empty(), resolved(iv, "absolute"));
  }

  private static Result relative(
      TimeKind kind, String timex, Optional<String> mod, TimeInterval iv) {
    return new Result(kind, timex, mod, resolved(iv, "article date"));
  }

  private static Result noAnchor(TimeKind kind, String timex, Optional<String> mod) {
    return new Result(
        kind,
        timex,
        mod,
        new Resolution.Unresolved(
            Resolution.Reason.NO_ANCHOR, "relative to the article date, which is unknown"));
  }

  private static Resolution.Resolved resolved(TimeInterval iv, String basis) {
    return new Resolution.Resolved(iv, iv, basis);
  }

  private static Result partOfDay(LocalDate d, String part, String basis) {
    int[] hours =
        switch (part) {
          case "morning" -> new int[] {6, 12};
          case "afternoon" -> new int[] {12, 18};
          case "evening" -> new int[] {18, 22};
          default -> new int[] {20, 30};
        };
    LocalDateTime s = d.atStartOfDay().plusHours(hours[0]);
    TimeInterval iv =
        new TimeInterval(s, d.atStartOfDay().plusHours(hours[1]), Granularity.PART_OF_DAY);
    // TimeBank annotators mostly give the day alone for "Friday night" (often tagging "Friday"
    // only), but "this morning" or "last night" with its part; the interval keeps the part either
    // way.
    String timex = basis.equals("article date, part") ? d + "T" + partCode(part) : d.toString();
    return new Result(
        TimeKind.TIME,
        timex,
        Optional.empty(),
        resolved(iv, basis.equals("article date, part") ? "article date" : basis));
  }

  private static String partCode(String part) {
    return switch (part) {
      case "morning" -> "MO";
      case "afternoon" -> "AF";
      case "evening" -> "EV";
      default -> "NI";
    };
  }

  private static Optional<String> modOf(String pre) {
    if (pre == null) {
      return Optional.empty();
    }
    return switch (PERIOD_PARTS.getOrDefault(pre.replaceAll("\\s+", " "), "")) {
      case "early" -> Optional.of("START");
      case "mid" -> Optional.of("MID");
      case "late" -> Optional.of("END");
      default -> Optional.empty();
    };
  }

  private static Optional<String> hedgeMod(String hedge) {
    if (hedge == null) {
      return Optional.empty();
    }
    // Below the value (nearly, under, up to), above it (over, at least), else around it.
    return switch (HEDGES.getOrDefault(hedge.replaceAll("\\s+", " "), "-")) {
      case "NEARLY", "LESS_THAN", "AT_MOST" -> Optional.of("LESS_THAN");
      case "MORE_THAN", "AT_LEAST" -> Optional.of("MORE_THAN");
      default -> Optional.of("APPROX");
    };
  }

  /** Early, mid and late take the first, middle and last third of a period. */
  static TimeInterval narrow(TimeInterval iv, Optional<String> mod) {
    if (mod.isEmpty() || iv.granularity().compareTo(Granularity.DAY) <= 0) {
      return iv;
    }
    LocalDate s = iv.startDate();
    LocalDate e = iv.end().toLocalDate();
    long days = java.time.temporal.ChronoUnit.DAYS.between(s, e);
    long third = Math.max(1, days / 3);
    return switch (mod.get()) {
      case "START" -> TimeInterval.ofDays(s, s.plusDays(third), iv.granularity());
      case "MID" -> TimeInterval.ofDays(s.plusDays(third), e.minusDays(third), iv.granularity());
      case "END" -> TimeInterval.ofDays(e.minusDays(third), e, iv.granularity());
      default -> iv;
    };
  }

  private static TimeInterval dayInterval(LocalDate d) {
    return TimeInterval.ofDays(d, d.plusDays(1), Granularity.DAY);
  }

  private static TimeInterval monthInterval(YearMonth ym) {
    return TimeInterval.ofDays(ym.atDay(1), ym.plusMonths(1).atDay(1), Granularity.MONTH);
  }

  private static TimeInterval yearInterval(int y) {
    return TimeInterval.ofDays(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1), Granularity.YEAR);
  }

  /** Meteorological seasons; winter of year Y runs from December Y to February Y+1. */
  private static TimeInterval seasonInterval(int y, int index) {
    LocalDate s = LocalDate.of(y, 3 + 3 * index, 1);
    return TimeInterval.ofDays(s, s.plusMonths(3), Granularity.SEASON);
  }

  private static int lastSeasonYear(LocalDate a, int index) {
    // The previous year's season ("last spring" in October 1989 is spring 1988), or an earlier one
    // if that has not ended by the article date (winter runs into the next year).
    for (int y = a.getYear() - 1; ; y--) {
      if (!seasonInterval(y, index).end().toLocalDate().isAfter(a)) {
        return y;
      }
    }
  }

  private static int lastEndedSeasonYear(LocalDate a, int index) {
    for (int y = a.getYear(); ; y--) {
      if (!seasonInterval(y, index).end().toLocalDate().isAfter(a)) {
        return y;
      }
    }
  }

  private static int lastOrCurrentSeasonYear(LocalDate a, int index) {
    for (int y = a.getYear(); ; y--) {
      if (!seasonInterval(y, index).startDate().isAfter(a)) {
        return y;
      }
    }
  }

  private static int nextSeasonYear(LocalDate a, int index) {
    for (int y = a.getYear() - 1; ; y++) {
      if (seasonInterval(y, index).startDate().isAfter(a)) {
        return y;
      }
    }
  }

  private static TimeInterval unitAround(LocalDate base, String unit, int step) {
    return switch (unit) {
      case "day" -> dayInterval(base.plusDays(step));
      case "week" -> {
        LocalDate monday = base.with(DayOfWeek.MONDAY).plusWeeks(step);
        yield TimeInterval.ofDays(monday, monday.plusWeeks(1), Granularity.WEEK);
      }
      case "weekend" -> {
        LocalDate sat = base.with(DayOfWeek.SATURDAY).plusWeeks(step);
        yield TimeInterval.ofDays(sat, sat.plusDays(2), Granularity.WEEK);
      }
      case "month" -> monthInterval(YearMonth.from(base).plusMonths(step));
      case "quarter" -> {
        LocalDate q =
            LocalDate.of(base.getYear(), (base.getMonthValue() - 1) / 3 * 3 + 1, 1)
                .plusMonths(3L * step);
        yield TimeInterval.ofDays(q, q.plusMonths(3), Granularity.QUARTER);
      }
      case "decade" -> {
        int d = base.getYear() / 10 * 10 + 10 * step;
        yield TimeInterval.ofDays(
            LocalDate.of(d, 1, 1), LocalDate.of(d + 10, 1, 1), Granularity.DECADE);
      }
      case "century" -> {
        int d = base.getYear() / 100 * 100 + 100 * step;
        yield TimeInterval.ofDays(
            LocalDate.of(d, 1, 1), LocalDate.of(d + 100, 1, 1), Granularity.CENTURY);
      }
      default -> yearInterval(base.getYear() + step);
    };
  }

  private static String timexOf(TimeInterval iv) {
    LocalDate s = iv.startDate();
    return switch (iv.granularity()) {
      case DAY -> s.toString();
      case WEEK ->
          iv.end().toLocalDate().minusDays(1).getDayOfWeek() == DayOfWeek.SUNDAY
                  && s.getDayOfWeek() == DayOfWeek.SATURDAY
              ? String.format(
                  Locale.ROOT,
                  "%d-W%02d-WE",
                  s.get(IsoFields.WEEK_BASED_YEAR),
                  s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
              : String.format(
                  Locale.ROOT,
                  "%d-W%02d",
                  s.get(IsoFields.WEEK_BASED_YEAR),
                  s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> YearMonth.from(s).toString();
      case QUARTER -> s.getYear() + "-Q" + ((s.getMonthValue() - 1) / 3 + 1);
      case HALF_YEAR -> s.getYear() + "-H" + ((s.getMonthValue() - 1) / 6 + 1);
      case DECADE -> Integer.toString(s.getYear() / 10);
      case CENTURY -> Integer.toString(s.getYear() / 100);
      default -> Integer.toString(s.getYear());
    };
  }

  private static String underspecified(String unit) {
    return switch (unit) {
      case "day" -> "XXXX-XX-XX";
      case "week", "weekend" -> "XXXX-WXX";
      case "month" -> "XXXX-XX";
      case "quarter" -> "XXXX-QX";
      default -> "XXXX";
    };
  }

  private static Granularity granularityOf(String unit) {
    return switch (unit) {
      case "second", "minute" -> Granularity.MINUTE;
      case "hour" -> Granularity.HOUR;
      case "day" -> Granularity.DAY;
      case "week" -> Granularity.WEEK;
      case "month" -> Granularity.MONTH;
      case "quarter" -> Granularity.QUARTER;
      case "decade" -> Granularity.DECADE;
      case "century" -> Granularity.CENTURY;
      default -> Granularity.YEAR;
    };
  }

  private static LocalDate plusUnits(LocalDate d, String unit, int n) {
    return switch (unit) {
      case "day" -> d.plusDays(n);
      case "week" -> d.plusWeeks(n);
      case "month" -> d.plusMonths(n);
      case "quarter" -> d.plusMonths(3L * n);
      case "decade" -> d.plusYears(10L * n);
      case "century" -> d.plusYears(100L * n);
      case "hour", "minute", "second" -> d;
      default -> d.plusYears(n);
    };
  }

  private static OptionalDouble count(String n) {
    if (n == null) {
      return OptionalDouble.empty();
    }
    String s = n.replaceAll("\\s+", " ");
    if (s.endsWith(" 1/2")) {
      return OptionalDouble.of(Integer.parseInt(s.substring(0, s.length() - 4)) + 0.5);
    }
    if (VAGUE_COUNTS.containsKey(s)) {
      String value = VAGUE_COUNTS.get(s);
      return value.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Integer.parseInt(value));
    }
    return NumberWords.parse(s);
  }

  private static String durationTimex(OptionalDouble n, String unit) {
    String count = n.isPresent() ? Figure.format(n.getAsDouble()) : "X";
    if (n.isPresent() && n.getAsDouble() - Math.floor(n.getAsDouble()) == 0.5) {
      // "5 1/2 hours" is written with the next smaller unit: PT5H30M.
      String whole = Figure.format(Math.floor(n.getAsDouble()));
      switch (unit) {
        case "hour":
          return "PT" + whole + "H30M";
        case "minute":
          return "PT" + whole + "M30S";
        case "day":
          return "P" + whole + "DT12H";
        case "year":
          return "P" + whole + "Y6M";
        default:
          break;
      }
    }
    return switch (unit) {
      case "second" -> "PT" + count + "S";
      case "minute" -> "PT" + count + "M";
      case "hour" -> "PT" + count + "H";
      case "day" -> "P" + count + "D";
      case "week" -> "P" + count + "W";
      case "month" -> "P" + count + "M";
      case "quarter" -> "P" + count + "Q";
      case "decade" -> n.isPresent() ? "P" + Figure.format(n.getAsDouble() * 10) + "Y" : "PXDE";
      case "century" -> n.isPresent() ? "P" + Figure.format(n.getAsDouble() * 100) + "Y" : "PXCE";
      default -> "P" + count + "Y";
    };
  }

  private static LocalDate holidayIn(String hol, int y) {
    String[] date = HOLIDAYS.get(hol).split("-");
    int month = Integer.parseInt(date[0]);
    if (date.length == 3) {
      DayOfWeek day = DayOfWeek.of(Integer.parseInt(date[1]));
      return LocalDate.of(y, month, 1)
          .with(TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(date[2]), day));
    }
    return LocalDate.of(y, month, Integer.parseInt(date[1]));
  }

  /** The part of the day a hit names (its "part" group), or null. */
  private static String part(Hit h) {
    String p = h.lower("part");
    return p == null ? null : PARTS.get(p);
  }

  /** Number formatting for TIMEX values: "2" rather than "2.0". */
  private static final class Figure {
    static String format(double v) {
      return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
  }
}
