package io.corroborate.extract;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.quantity.Bounds;
import io.corroborate.annotate.quantity.Hedge;
import io.corroborate.annotate.quantity.QuantityTagger;
import io.corroborate.annotate.time.MonthDates;
import io.corroborate.annotate.time.Resolution;
import io.corroborate.annotate.time.TimeMention;
import io.corroborate.lang.EntryPatterns;
import io.corroborate.lang.LanguagePack;
import io.corroborate.model.PeopleMeasures;
import io.corroborate.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures read through a language's own lexicon: a number (in the language's digits, grouping and
 * decimal marks, or one of its number words, with a scale word such as "Millionen" or "万"), a hedge
 * before or after it, the noun it counts and the measure word that says what happened to them,
 * either after the figure ("137 Tote", "137人が死亡") or naming the toll before it ("число погибших
 * возросло до 137", "can kaybı 137'ye yükseldi").
 *
 * <p>Every word comes from the language's folder: {@code measures.tsv} (phrase, measure, where:
 * {@code after} and/or {@code before}), {@code hedges.tsv} (where {@code figure} before the number
 * or {@code figure-after} after it), {@code numbers.tsv} ({@code unit} words alone, {@code scale}
 * and {@code suffix} words after a number), {@code people-nouns.tsv} (counted nouns and counters
 * with the head they are compared as) and {@code writing.tsv} ({@code spacing none} for scripts
 * that do not put spaces between words, {@code ordinal-dot yes} where "6." is an ordinal, {@code
 * scale-links} for the words between a scale word and its noun, as in "2 milhões de pessoas"). A
 * word ending in {@code *} matches any word it begins. A language reads figures this way when its
 * folder has its own {@code measures.tsv}; English keeps its clause rules.
 *
 * <pre>{@code
 * Optional<Figures> de = Figures.of("de");
 * List<Claim> claims = de.get().claims("a1", "example.org", annotation, Optional.empty(), options);
 * }</pre>
 */
final class Figures {
  private static final Map<String, Optional<Figures>> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** Hedged figures get the intervals the English quantity tagger gives its own. */
  private static final QuantityTagger INTERVALS = new QuantityTagger();

  /** Measures of one kind of thing, with the subject they stand for ("magnitude": earthquake). */
  private static final Map<String, String> MEASURE_SUBJECTS =
      LanguagePack.english().pairs("measure-subjects.tsv");

  /** The measure of a figure whose counted noun alone says what it counts. */
  private static final String COUNT = "count";

  /** The measure of a percentage that names only the whole it is a share of. */
  private static final String SHARE = "share";

  /** The unit of a percentage, as the English quantity tagger writes it. */
  private static final String PERCENT = "%";

  /** The most words between a figure and the date that holds it. */
  private static final int DATE_WORDS = 12;

  /** The most words between a sum and the same sum in another currency ("원화로 약"). */
  private static final int CONVERSION_WORDS = 2;

  /** The most words between a toll named before a figure and the figure ("число погибших"). */
  private static final int NEAR_WORDS = 8;

  /** The most words between a toll and a figure that closes its clause ("Zahl der Toten"). */
  private static final int BEFORE_WORDS = 12;

  /** The most words between a place preposition and the place name after it ("in der Türkei"). */
  private static final int PLACE_WORDS = 2;

  /** The most words of the whole a bare percentage is a share of ("5 % des Umsatzes"). */
  private static final int WHOLE_WORDS = 3;

  /** The most attribute words between a figure and the capitalised noun it counts. */
  private static final int ATTRIBUTE_WORDS = 2;

  /** The most words of an attributive participle phrase between a figure and its noun. */
  private static final int ATTRIBUTE_PHRASE_WORDS = 5;

  /** Quotation marks that may close a quoted figure before the noun it counts. */
  private static final String CLOSING_QUOTES = "”\"»«“’";

  /** Marks that end a clause in scripts written without spaces. */
  private static final String CLAUSE_MARKS = "、，。；！？,;";

  record Entry(Pattern pattern, String value) {}

  private record Found(int start, int end, String value) {}

  /**
   * Where a figure is read: the article, its text and sentence, its date, the options, the voices
   * the sentence credits and the dates it names.
   */
  private record Site(
      String articleId,
      String outlet,
      String text,
      Sentence sentence,
      Optional<LocalDate> published,
      ExtractOptions options,
      List<Sources.Found> voices,
      List<TimeMention> dates) {}

  private final String language;
  private final boolean spaced;
  private final boolean compounds;
  private final List<String> attributeEndings;
  private final List<String> pluralEndings;
  private final java.util.Set<String> smallWords;
  private final List<String> scaleLinks;
  private final NumberReader numbers;
  private final List<Entry> after;
  private final List<Entry> before;
  private final List<Entry> hedgesBefore;
  private final List<Entry> hedgesAfter;
  private final List<Entry> hedgesOnFigure;
  private final List<Entry> nouns;
  private final List<Entry> currencies;
  private final List<Entry> currenciesGlued;
  private final List<Entry> moneyNouns;
  private final List<Entry> moneyPurposes;
  private final List<Entry> moneySplit;
  private final List<Entry> units;
  private final List<Entry> dimensions;
  private final List<Entry> sharesAfter;
  private final List<Entry> sharesBefore;
  private final List<Entry> wholeLinks;
  private final List<Entry> notCounted;
  private final List<Entry> notAttributes;
  private final List<Entry> pluralAttributes;
  private final List<Entry> monthNames;
  private final List<Entry> placePrepositions;

  /** Dates that name the event a figure counts from ({@link EventDates}). */
  private final Optional<EventDates> eventDates;

  private final Optional<Sources> sources;
  private final Optional<MonthDates> monthDates;

  private Figures(LanguagePack pack) {
    this.language = pack.code();
    this.sources = Sources.of(language);
    this.monthDates = MonthDates.of(language);
    this.numbers = NumberReader.of(language);
    this.spaced = numbers.spaced();
    this.compounds =
        pack.has("writing.tsv")
            && "yes".equals(pack.pairs("writing.tsv").getOrDefault("compounds", "no"));
    this.attributeEndings = writingWords(pack, "attribute-endings");
    this.pluralEndings = writingWords(pack, "plural-endings");
    // Pronouns, prepositions, articles and conjunctions may end like a plural ("des", "dos", "en")
    // but name nothing a figure counts.
    java.util.Set<String> small = new java.util.HashSet<>();
    for (String file :
        List.of(
            "clause-words.txt",
            "coordinators.txt",
            "name-determiners.txt",
            "name-joiners.txt",
            "place-prepositions.txt")) {
      if (pack.has(file)) {
        pack.list(file).forEach(w -> small.add(w.toLowerCase(Locale.ROOT)));
      }
    }
    this.smallWords = java.util.Set.copyOf(small);
    this.scaleLinks = writingWords(pack, "scale-links");
    // Heads of compounds: the words that say what happened and who or what is counted or paid.
    this.after = entries(pack, "measures.tsv", 2, "after", compounds);
    this.before = entries(pack, "measures.tsv", 2, "before", compounds);
    this.hedgesBefore =
        pack.has("hedges.tsv") ? entries(pack, "hedges.tsv", 2, "figure") : List.of();
    this.hedgesAfter =
        pack.has("hedges.tsv") ? entries(pack, "hedges.tsv", 2, "figure-after") : List.of();
    this.hedgesOnFigure = hedgesOnFigure(pack, spaced);
    this.nouns =
        pack.has("people-nouns.tsv")
            ? entries(pack, "people-nouns.tsv", -1, "", compounds)
            : List.of();
    this.currencies =
        pack.has("currencies.tsv") ? entries(pack, "currencies.tsv", -1, "") : List.of();
    // "120억달러", "3000억원": a currency written onto the scale word before it
    List<Entry> glued = new ArrayList<>();
    if (pack.has("currencies.tsv")) {
      for (List<String> row : pack.rows("currencies.tsv")) {
        if (row.size() >= 2) {
          glued.add(new Entry(EntryPatterns.compile(row.get(0), spaced, true), row.get(1)));
        }
      }
    }
    this.currenciesGlued = List.copyOf(glued);
    this.moneyNouns =
        pack.has("money-nouns.tsv")
            ? entries(pack, "money-nouns.tsv", -1, "", compounds)
            : List.of();
    this.moneyPurposes =
        pack.has("money-purposes.tsv") ? entries(pack, "money-purposes.tsv", -1, "") : List.of();
    // separable verbs ("steuert ~ bei"): their particle may stand after the sum
    this.moneySplit =
        pack.has("money-nouns.tsv")
            ? pack.rows("money-nouns.tsv").stream()
                .filter(r -> r.size() >= 2 && EntryPatterns.gapped(r.get(0)))
                .map(r -> new Entry(EntryPatterns.compile(r.get(0), spaced, false), r.get(1)))
                .toList()
            : List.of();
    this.units = pack.has("units.tsv") ? entries(pack, "units.tsv", 2, "unit") : List.of();
    this.dimensions =
        pack.has("units.tsv") ? entries(pack, "units.tsv", 2, "dimension") : List.of();
    boolean shares = pack.has("percent-nouns.tsv");
    this.sharesAfter =
        shares ? entries(pack, "percent-nouns.tsv", 2, "after", compounds) : List.of();
    this.sharesBefore =
        shares ? entries(pack, "percent-nouns.tsv", 2, "before", compounds) : List.of();
    this.wholeLinks = shares ? entries(pack, "percent-nouns.tsv", 2, "whole") : List.of();
    boolean counted = pack.has("counted-nouns.tsv");
    List<Entry> notCounted =
        new ArrayList<>(
            counted ? entries(pack, "counted-nouns.tsv", 1, "not-counted", compounds) : List.of());
    if (!pluralEndings.isEmpty() && pack.has("time-ago.tsv")) {
      // "il y a 2 heures": the units of time a stamp counts back in are no count of things
      notCounted.addAll(entries(pack, "time-ago.tsv", 1, "unit", compounds));
    }
    if (!pluralEndings.isEmpty() && pack.has("date-words.txt")) {
      // "23 de marzo", "13 horas": the words that make a figure a date or a time
      pack.list("date-words.txt")
          .forEach(w -> notCounted.add(new Entry(EntryPatterns.compile(w, spaced, false), w)));
    }
    this.notCounted = List.copyOf(notCounted);
    this.notAttributes =
        counted ? entries(pack, "counted-nouns.tsv", 1, "not-attribute") : List.of();
    this.pluralAttributes =
        counted ? entries(pack, "counted-nouns.tsv", 1, "attribute") : List.of();
    this.monthNames = pack.has("months.tsv") ? entries(pack, "months.tsv", 2, "name") : List.of();
    this.placePrepositions =
        pack.has("place-prepositions.txt")
            ? pack.list("place-prepositions.txt").stream()
                .map(w -> new Entry(EntryPatterns.compile(w, spaced, false), w))
                .toList()
            : List.of();
    this.eventDates = EventDates.of(pack.code());
  }

  /**
   * The hedges that may follow a figure written onto it, with the counter glued after them in turn
   * ("100여명": "여", more than): the {@code figure-after} hedges of the language, matched with no
   * boundary after them.
   */
  static List<Entry> hedgesOnFigure(LanguagePack pack, boolean spaced) {
    if (!pack.has("hedges.tsv")) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    for (List<String> row : pack.rows("hedges.tsv")) {
      if (row.size() >= 3 && List.of(row.get(2).split(",")).contains("figure-after")) {
        out.add(
            new Entry(
                Pattern.compile(
                    EntryPatterns.body(row.get(0), spaced),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                row.get(1)));
      }
    }
    out.sort((a, b) -> Integer.compare(b.pattern.pattern().length(), a.pattern.pattern().length()));
    return List.copyOf(out);
  }

  /**
   * The figure reader of a language, when its folder has a measure lexicon of its own; English and
   * languages without one are read by the clause rules.
   */
  static Optional<Figures> of(String language) {
    return LanguagePack.other(language)
        .flatMap(
            pack ->
                BY_LANGUAGE.computeIfAbsent(
                    pack.code(),
                    l -> {
                      return pack.has("measures.tsv")
                          ? Optional.of(new Figures(pack))
                          : Optional.empty();
                    }));
  }

  /**
   * Rows of a file as patterns with their second column; {@code whereColumn} picks rows that list
   * {@code where} there (-1: every row).
   */
  private List<Entry> entries(LanguagePack pack, String file, int whereColumn, String where) {
    return entries(pack, file, whereColumn, where, false);
  }

  /**
   * Rows of a file as {@link #entries(LanguagePack, String, int, String)} gives them; {@code
   * compound}: an entry also matches as the head of a compound (see {@link EntryPatterns}).
   */
  private List<Entry> entries(
      LanguagePack pack, String file, int whereColumn, String where, boolean compound) {
    List<Entry> out = new ArrayList<>();
    for (List<String> row : pack.rows(file)) {
      if (row.size() < 2) {
        continue;
      }
      if (whereColumn >= 0
          && (row.size() <= whereColumn
              || !List.of(row.get(whereColumn).split(",")).contains(where))) {
        continue;
      }
      out.add(new Entry(EntryPatterns.compile(row.get(0), spaced, false, compound), row.get(1)));
    }
    // Longest phrase first, so that "число погибших" wins over a shorter entry it contains.
    out.sort((a, b) -> Integer.compare(b.pattern.pattern().length(), a.pattern.pattern().length()));
    return List.copyOf(out);
  }

  /** The figures of an annotated article, with the publishing outlet behind each. */
  List<Claim> claims(
      String articleId,
      String outlet,
      Annotation annotation,
      Optional<LocalDate> published,
      ExtractOptions options) {
    String text = annotation.text();
    List<Claim> out = new ArrayList<>();
    for (Sentence sentence : annotation.sentences()) {
      Span ss = sentence.span();
      List<TimeMention> dates = monthDates.map(d -> d.find(text, ss, published)).orElse(List.of());
      List<NumberReader.Reading> numbers = this.numbers.read(text, ss, dates);
      if (numbers.isEmpty()) {
        continue;
      }
      List<Sources.Found> voices = sources.map(s -> s.find(text, ss, options)).orElse(List.of());
      Site site = new Site(articleId, outlet, text, sentence, published, options, voices, dates);
      Claim last = null;
      for (int i = 0; i < numbers.size(); i++) {
        NumberReader.Reading n = numbers.get(i);
        int prevEnd = i == 0 ? ss.start() : numbers.get(i - 1).end();
        int nextStart = i + 1 < numbers.size() ? numbers.get(i + 1).start() : ss.end();
        Optional<NumberReader.Reading> next =
            i + 1 < numbers.size() ? Optional.of(numbers.get(i + 1)) : Optional.empty();
        int afterNext = i + 2 < numbers.size() ? numbers.get(i + 2).start() : ss.end();
        Optional<Found> converts =
            i > 0 && last != null && last.value() instanceof ClaimValue.Amount a
                ? convertedFrom(text, ss, numbers.get(i - 1), a, last.subject(), n, nextStart)
                : Optional.empty();
        Optional<Claim> c = claim(site, n, prevEnd, nextStart, next, afterNext, converts);
        if (c.isEmpty() && last != null) {
          c = elsewhere(site, n, prevEnd, nextStart, last);
        }
        c.ifPresent(out::add);
        last = c.orElse(null);
      }
    }
    return List.copyOf(out);
  }

  private Optional<Claim> claim(
      Site site,
      NumberReader.Reading n,
      int prevEnd,
      int nextStart,
      Optional<NumberReader.Reading> next,
      int afterNext,
      Optional<Found> converts) {
    String articleId = site.articleId();
    String text = site.text();
    Sentence sentence = site.sentence();
    ExtractOptions options = site.options();
    Span ss = sentence.span();
    Optional<Claim> measured = measurement(site, n, prevEnd, nextStart);
    if (measured.isPresent()) {
      return measured;
    }
    if (n.percent()) {
      Optional<Claim> share = share(site, n, prevEnd, nextStart);
      if (share.isPresent()) {
        return share;
      }
    }
    if (!n.percent()) {
      Optional<Claim> money = money(site, n, prevEnd, nextStart, next, afterNext, converts);
      if (money.isPresent() || currency(text, n, nextStart).isPresent()) {
        return money;
      }
    }
    // What follows the figure: a counted noun or counter, a hedge that follows ("137人以上"), the
    // measure ("137 Tote", "137 kişi hayatını kaybetti").
    int afterLimit = Math.min(nextStart, reach(text, n.end(), ss.end(), spaced ? 5 : 14));
    int pos = skipSpace(text, skipClosingQuote(text, n.end(), afterLimit), afterLimit);
    Optional<Found> noun = at(nouns, text, pos, afterLimit);
    if (noun.isEmpty() && scaled(n)) {
      // "2 milhões de pessoas", "3 millions d'habitants": a scale word links to its noun
      int linked = afterScaleLink(text, pos, afterLimit);
      if (linked > pos) {
        Optional<Found> linkedNoun = at(nouns, text, linked, afterLimit);
        if (linkedNoun.isPresent()) {
          noun = linkedNoun;
          pos = linked;
        }
      }
    }
    // "100여명", "1만여 명": a hedge written onto the figure, before its counter
    Optional<Found> hedgeOnFigure =
        noun.isEmpty() && pos == n.end()
            ? at(hedgesOnFigure, text, pos, afterLimit)
            : Optional.empty();
    if (hedgeOnFigure.isPresent()) {
      pos = skipSpace(text, hedgeOnFigure.get().end(), afterLimit);
      noun = at(nouns, text, pos, afterLimit);
    }
    if (noun.isEmpty() && compounds) {
      // "drei weitere Einsatzkräfte": where nouns are capitalised, the small words between a
      // figure and its noun are its attributes
      // figure and its noun are its attributes; so is an attributive participle phrase opened by
      // a small word, which may hold nouns of its own ("fünf mit langen Messern bewaffnete
      // Angreifer"), as long as a small word (the participle) stands right before the counted noun
      int p = pos;
      int limit = Math.max(afterLimit, reach(text, n.end(), ss.end(), ATTRIBUTE_PHRASE_WORDS + 1));
      limit = Math.min(limit, nextStart);
      boolean capitalSeen = false;
      for (int w = 0; w < ATTRIBUTE_PHRASE_WORDS && noun.isEmpty() && p < limit; w++) {
        boolean lower = Character.isLowerCase(text.charAt(p));
        if (!lower && (w == 0 || !Character.isUpperCase(text.charAt(p)))) {
          break;
        }
        capitalSeen |= !lower;
        if (!capitalSeen && w >= ATTRIBUTE_WORDS) {
          break;
        }
        while (p < limit && Character.isLetter(text.charAt(p))) {
          p++;
        }
        if (p >= limit || !Character.isWhitespace(text.charAt(p))) {
          break;
        }
        p = skipSpace(text, p, limit);
        if (lower) {
          noun = at(nouns, text, p, limit);
        }
      }
      if (noun.isPresent()) {
        afterLimit = Math.max(afterLimit, noun.get().end());
      }
      if (noun.isPresent()) {
        pos = p;
      }
    }
    boolean generic = false;
    if (noun.isEmpty()
        && compounds
        && !n.percent()
        && !isYear(n)
        && !n.raw().matches("\\d{5}")
        && !labelled(text, n, ss)) {
      // "zwei Explosionen", "36 Ländern", "zwei alternative Kanäle": where every noun is written
      // with a capital, the noun right after a figure (or after one attribute word) is what it
      // counts, as the English clause rules read a plural noun after a figure. A five-digit
      // figure before a capitalised word is a postcode ("12345 Velmora").
      noun = countedNoun(text, pos, Math.min(nextStart, reach(text, n.end(), ss.end(), 3)));
      generic = noun.isPresent();
      if (noun.isPresent()) {
        afterLimit = Math.max(afterLimit, noun.get().end());
      }
    }
    if (noun.isEmpty()
        && !compounds
        && !pluralEndings.isEmpty()
        && !n.percent()
        && !isYear(n)
        && !labelled(text, n, ss)) {
      // "dez províncias", "12 edificios", "tre navi": where a plural is marked by its ending, the
      // plural word right after a figure is what it counts, as the English clause rules read a
      // plural noun after a figure; "2 milhões de casas": after a scale word, past its link
      int from = scaled(n) ? afterScaleLink(text, pos, Math.min(nextStart, ss.end())) : pos;
      noun = pluralNoun(text, n, from, Math.min(nextStart, reach(text, from, ss.end(), 2)));
      generic = noun.isPresent();
      if (noun.isPresent()) {
        afterLimit = Math.max(afterLimit, noun.get().end());
      }
    }
    if (noun.isPresent()) {
      pos = skipSpace(text, noun.get().end(), afterLimit);
    }
    Hedge hedge = Hedge.EXACT;
    int start = n.start();
    int end = noun.or(() -> hedgeOnFigure).map(Found::end).orElse(n.end());
    Optional<Found> hedgeAfter =
        hedgeOnFigure.isPresent() ? hedgeOnFigure : at(hedgesAfter, text, pos, afterLimit);
    if (hedgeAfter.isPresent()) {
      hedge = Hedge.valueOf(hedgeAfter.get().value());
      end = hedgeAfter.get().end();
    }
    Optional<Found> hedgeBefore =
        endingAt(hedgesBefore, text, Math.max(prevEnd, ss.start()), n.start());
    if (hedgeBefore.isPresent() && !hedgeBefore.get().value().equals("-")) {
      hedge = Hedge.valueOf(hedgeBefore.get().value());
      start = hedgeBefore.get().start();
    }
    Optional<Found> measure = first(after, text, n.end(), afterLimit);
    if (measure.isPresent() && noun.isEmpty() && measure.get().start() == pos) {
      // "3 bin 512 yıkık bina": a measure word standing as an adjective between the figure and
      // the noun it counts
      int nounLimit =
          Math.min(nextStart, reach(text, measure.get().end(), ss.end(), spaced ? 1 : 4));
      noun = at(nouns, text, skipSpace(text, measure.get().end(), nounLimit), nounLimit);
    }
    if (measure.isEmpty()) {
      int from =
          Math.max(prevEnd, reachBack(text, n.start(), ss.start(), spaced ? NEAR_WORDS : 20));
      measure = last(before, text, from, n.start());
      if (measure.isEmpty()
          && spaced
          && !generic
          && closesClause(text, noun.map(Found::end).orElse(n.end()), ss.end())) {
        // "Die Zahl der Toten in der Türkei und in Syrien steigt auf über 7000.": a toll may name
        // its figure a place phrase away, where the figure (with the people it counts) closes its
        // clause; a figure with a noun of its own after it ("des deux pays") counts that instead
        from = Math.max(prevEnd, reachBack(text, n.start(), ss.start(), BEFORE_WORDS));
        measure = last(before, text, from, n.start());
      }
      if (measure.isPresent() && noun.isEmpty()) {
        // "死者は137人", "погибли 137 человек": the counter or noun may still follow the figure.
        noun = at(nouns, text, skipSpace(text, n.end(), afterLimit), afterLimit);
      }
      if (measure.isPresent() && noun.isEmpty()) {
        // "yıkılan bina sayısı 4 bin 208": the toll phrase before the figure names what it counts
        noun = first(nouns, text, measure.get().start(), measure.get().end());
      }
    }
    if (measure.isEmpty()
        && noun.isPresent()
        && !n.percent()
        && n.value() == Math.rint(n.value())) {
      // "vier Täter", "20 Personen": a counted noun with no word saying what happened to them is a
      // count of them, as the English clause rules read a plural noun after a figure
      measure = Optional.of(new Found(noun.get().start(), noun.get().end(), COUNT));
    }
    if (measure.isEmpty()) {
      return Optional.empty();
    }
    if (isYear(n) && noun.isEmpty()) {
      return Optional.empty();
    }
    Found m = measure.get();
    Optional<String> standsFor = Optional.ofNullable(MEASURE_SUBJECTS.get(m.value()));
    if (standsFor.isPresent()
        && m.end() <= n.start()
        && reachBack(text, n.start(), m.end(), spaced ? 2 : 4) > m.end()) {
      return Optional
          .empty(); // "magnitude 7,8" names its figure next to it, not a count further on
    }
    if (standsFor.isPresent()) {
      noun = Optional.empty(); // "der Stärke 7,8": the measure says what it is of
    }
    if (!PeopleMeasures.contains(m.value()) && noun.isEmpty() && standsFor.isEmpty()) {
      return Optional.empty(); // "302 yıkılan": what collapsed is not said next to the figure
    }
    if (n.percent() && PeopleMeasures.contains(m.value())) {
      // "12 % der Verletzten": a share of a count is not the count, and reconciling sets shares
      // beside counts of the same people
      return Optional.empty();
    }
    if (PeopleMeasures.contains(m.value()) && n.value() != Math.rint(n.value()) && !n.percent()) {
      return Optional.empty(); // "a magnitude 7.8 quake … the injured": people come whole
    }
    String head =
        noun.map(Found::value)
            .or(() -> standsFor)
            .orElse(PeopleMeasures.contains(m.value()) ? "people" : n.raw());
    Span subjectSpan =
        noun.map(f -> new Span(f.start(), f.end())).orElse(new Span(n.start(), n.end()));
    Span claim = new Span(Math.min(start, m.start()), Math.max(Math.max(end, m.end()), n.end()));
    claim = new Span(Math.max(claim.start(), ss.start()), Math.min(claim.end(), ss.end()));
    double v = n.value();
    Bounds bounds = INTERVALS.interval(v, hedge);
    List<String> cues = new ArrayList<>();
    hedgeBefore.ifPresent(
        h -> cues.add(text.substring(h.start(), h.end()).toLowerCase(Locale.ROOT)));
    hedgeAfter.ifPresent(
        h -> cues.add(text.substring(h.start(), h.end()).toLowerCase(Locale.ROOT)));
    return Optional.of(
        new Claim(
            ClaimKind.NUMERIC,
            new Subject(head, subjectSpan, Optional.empty()),
            m.value(),
            new ClaimValue.Amount(
                new Span(n.start(), n.end()),
                v,
                bounds,
                hedge,
                n.percent() ? Optional.of(PERCENT) : Optional.empty()),
            holdsAt(site, claim),
            Optional.empty(),
            new Hedging(cues, false),
            attribution(site, claim),
            new Evidence(articleId, sentence.index(), ss, claim),
            m.value().equals(COUNT) ? options.countConfidence() : options.numericConfidence(),
            List.of()));
  }

  /** Whether the figure is written with a scale word after its digits ("2 milhões"). */
  private static boolean scaled(NumberReader.Reading n) {
    return !n.raw().isEmpty() && Character.isLetter(n.raw().codePointBefore(n.raw().length()));
  }

  /**
   * Where the word after a scale's link word ({@code scale-links} of {@code writing.tsv}: "de",
   * "d'", "di") begins; {@code pos} when none stands at {@code pos}.
   */
  private int afterScaleLink(String text, int pos, int limit) {
    for (String link : scaleLinks) {
      int end = pos + link.length();
      if (end < limit && text.regionMatches(true, pos, link, 0, link.length())) {
        boolean apostrophe = link.endsWith("'") || link.endsWith("’");
        if (apostrophe) {
          return end;
        }
        if (Character.isWhitespace(text.charAt(end))) {
          return skipSpace(text, end, limit);
        }
      }
    }
    return pos;
  }

  /**
   * A measurement: the figure with a unit of length or area right after it ("300 Meter", "2,6-
   * километровая", "13.000 Quadratmetern") and a word that says which dimension it gives, after or
   * before it ("lang", "longitud", "глубине", "深さ"), or a unit that says so itself (an area, a
   * "-kilometre-long" adjective). A figure with a unit and no dimension is left alone: a ship's
   * length and its beam in metres must not meet as one variable.
   */
  private Optional<Claim> measurement(
      Site site, NumberReader.Reading n, int prevEnd, int nextStart) {
    if (units.isEmpty() || n.percent()) {
      return Optional.empty();
    }
    String text = site.text();
    Span ss = site.sentence().span();
    int limit = Math.min(nextStart, reach(text, n.end(), ss.end(), spaced ? 2 : 8));
    int pos = skipSpace(text, n.end(), limit);
    if (pos < limit && text.charAt(pos) == '-') {
      pos++; // "2,6-километровая"
    }
    Optional<Found> unit = longestAt(units, text, pos, limit);
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    Found u = unit.get();
    String[] codeAndDimension = u.value().split(" ", 2);
    String code = codeAndDimension[0];
    Optional<Found> dimension = Optional.empty();
    if (codeAndDimension.length > 1) {
      dimension = Optional.of(new Found(u.start(), u.end(), codeAndDimension[1]));
    } else {
      // The dimension word nearest the figure: "długość 299 metrów, szerokość 48 metrów" gives the
      // first figure the word before it, not the next clause's word after it.
      Optional<Found> after =
          first(
              dimensions,
              text,
              u.end(),
              Math.min(nextStart, reach(text, u.end(), ss.end(), spaced ? 3 : 8)));
      Optional<Found> before =
          last(
              dimensions,
              text,
              Math.max(prevEnd, reachBack(text, n.start(), ss.start(), spaced ? 6 : 12)),
              n.start());
      if (after.isPresent() && before.isPresent()) {
        dimension = after.get().start() - u.end() < n.start() - before.get().end() ? after : before;
      } else {
        dimension = after.isPresent() ? after : before;
      }
    }
    if (dimension.isEmpty()) {
      return Optional.empty();
    }
    Found d = dimension.get();
    return Optional.of(figure(site, n, n.start(), prevEnd, d, Math.max(u.end(), d.end()), code));
  }

  /**
   * Who stands behind a figure: the nearest speaker its sentence credits and the nearest outlet it
   * cites, before the publishing outlet.
   */
  private static Attribution attribution(Site site, Span claim) {
    Optional<Voice> speaker = nearest(site.voices(), claim, false);
    Optional<Voice> cited = nearest(site.voices(), claim, true);
    if (speaker.isEmpty() && cited.isEmpty()) {
      return Attribution.outletOnly(site.outlet());
    }
    return new Attribution(
        speaker.map(List::of).orElse(List.of()),
        cited.map(List::of).orElse(List.of()),
        site.outlet());
  }

  private static Optional<Voice> nearest(List<Sources.Found> voices, Span claim, boolean outlet) {
    Voice best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Sources.Found f : voices) {
      if (f.outlet() != outlet) {
        continue;
      }
      Span cue = f.voice().cueSpan().orElse(f.voice().span());
      int d = distance(cue, claim);
      if (d < bestDistance) {
        bestDistance = d;
        best = f.voice();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * When a figure holds: the date its sentence names nearest to it ("к 23 марта", "3月8日時点で"), or
   * the article's own date.
   */
  private HoldsAt holdsAt(Site site, Span claim) {
    TimeMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeMention t : site.dates()) {
      if (!(t.resolution() instanceof Resolution.Resolved)) {
        continue;
      }
      int d = distance(t.span(), claim);
      if (!near(site.text(), t.span(), claim)) {
        continue; // a date a clause away speaks of something else ("in January 2020 a quake …")
      }
      if (eventDates.map(e -> e.namesEvent(site.text(), t.span())).orElse(false)) {
        continue; // "il terremoto del 6 febbraio": the day of the quake, not of the count
      }
      if (d < bestDistance) {
        bestDistance = d;
        best = t;
      }
    }
    if (best != null && best.resolution() instanceof Resolution.Resolved r) {
      return new HoldsAt.During(r.claimed(), best.span(), best.relation());
    }
    return new HoldsAt.ArticleDate(site.published());
  }

  /**
   * Whether a date stands close enough to a figure to date it: no sentence mark between them and at
   * most {@value #DATE_WORDS} words (or four times as many characters in scripts without spaces).
   */
  private boolean near(String text, Span date, Span claim) {
    int from = Math.min(date.end(), claim.end());
    int to = Math.max(date.start(), claim.start());
    if (from >= to) {
      return true;
    }
    String between = text.substring(from, to);
    if (between.matches("(?s).*(?:[.!?;։।](?:\\s|\\p{L})|[。！？；]).*")) {
      return false;
    }
    if (!spaced) {
      return between.length() <= 4 * DATE_WORDS;
    }
    return between.strip().split("\\s+").length <= DATE_WORDS;
  }

  private static int distance(Span a, Span b) {
    return a.end() <= b.start()
        ? b.start() - a.end()
        : b.end() <= a.start() ? a.start() - b.end() : 0;
  }

  /** The currency of a sum: a symbol before the figure or a currency word after it. */
  private Optional<Found> currency(String text, NumberReader.Reading n, int nextStart) {
    int b = n.start();
    while (b > 0 && Character.isSpaceChar(text.charAt(b - 1))) {
      b--;
    }
    if (b > 0) {
      String unit =
          switch (text.charAt(b - 1)) {
            case '$' -> "USD";
            case '€' -> "EUR";
            case '£' -> "GBP";
            default -> null;
          };
      if (unit != null) {
        return Optional.of(new Found(b - 1, b, unit));
      }
    }
    int limit = Math.min(nextStart, reach(text, n.end(), text.length(), spaced ? 2 : 4));
    int pos = skipSpace(text, n.end(), limit);
    if (pos < text.length() && "$€£".indexOf(text.charAt(pos)) >= 0) {
      char c = text.charAt(pos);
      return Optional.of(new Found(pos, pos + 1, c == '$' ? "USD" : c == '€' ? "EUR" : "GBP"));
    }
    boolean onScale = pos == n.end() && pos > n.start() && Character.isLetter(text.charAt(pos - 1));
    return at(onScale ? currenciesGlued : currencies, text, pos, Math.max(pos, limit));
  }

  /**
   * A sum of money: the figure with its currency, and the thing it pays for or measures named
   * before or after it ("Übernahme für 44 Milliarden Dollar", "440億ドルで買収"); a sum with no such word
   * is left alone.
   */
  private Optional<Claim> money(
      Site site,
      NumberReader.Reading n,
      int prevEnd,
      int nextStart,
      Optional<NumberReader.Reading> next,
      int afterNext,
      Optional<Found> converts) {
    String text = site.text();
    Optional<Found> currency = currency(text, n, nextStart);
    if (currency.isEmpty()) {
      return Optional.empty();
    }
    Span ss = site.sentence().span();
    Found cur = currency.get();
    int sumStart = Math.min(cur.start(), n.start());
    int sumEnd = Math.max(cur.end(), n.end());
    // Words right after the sum say what it is before any named ahead of it ("54,20 dollars par
    // action" in "racheter Twitter pour 54,20 dollars par action").
    Optional<Found> noun =
        first(
            moneyNouns,
            text,
            sumEnd,
            Math.min(nextStart, reach(text, sumEnd, ss.end(), spaced ? 2 : 6)));
    if (noun.isEmpty()) {
      noun =
          last(
              moneyNouns,
              text,
              Math.max(prevEnd, reachBack(text, sumStart, ss.start(), spaced ? 8 : 20, false)),
              sumStart);
    }
    if (noun.isEmpty()) {
      noun =
          first(
              moneyNouns,
              text,
              sumEnd,
              Math.min(nextStart, reach(text, sumEnd, ss.end(), spaced ? 4 : 8)));
    }
    if (noun.isEmpty()) {
      // "steuert 13 Milliarden Dollar bei": a separable verb around the sum, its particle after it
      noun =
          around(
              moneySplit,
              text,
              Math.max(prevEnd, reachBack(text, sumStart, ss.start(), spaced ? 3 : 8)),
              Math.min(nextStart, reach(text, sumEnd, ss.end(), spaced ? 2 : 4)),
              sumStart,
              sumEnd);
    }
    if (noun.isEmpty() && converts.isPresent()) {
      noun = converts; // "12 Mrd. Dollar für die Übernahme, umgerechnet 11 Mrd. Euro"
    }
    if (noun.isEmpty() && next.isPresent()) {
      // "120억 달러(약 15조 원) 규모의", "12 Mrd. Dollar (11 Mrd. Euro) für die Übernahme": the sum
      // converted into another currency right after it is the same sum, and the word after the
      // conversion says what both are.
      Optional<Integer> converted = conversionEnd(text, ss, sumEnd, cur, next.get(), afterNext);
      if (converted.isPresent()) {
        int from = converted.get();
        noun =
            first(
                moneyNouns,
                text,
                from,
                Math.min(afterNext, reach(text, from, ss.end(), spaced ? 4 : 8)));
      }
    }
    if (noun.isEmpty()) {
      return Optional.empty();
    }
    Found what = noun.get();
    int end = Math.max(sumEnd, what.end());
    Optional<Found> purpose =
        purpose(text, ss, Math.min(sumStart, what.start()), end, prevEnd, nextStart);
    Found about = purpose.orElse(what);
    return Optional.of(
        figure(site, n, sumStart, prevEnd, what, Math.max(end, about.end()), cur.value(), about));
  }

  /**
   * What a sum of money is for, when the words around it say so ("the cleanup cost 100 million",
   * "it will cost 2 billion to rebuild the bridge"): the purpose nearest the sum and its noun,
   * within a few words either side and no further than the figures read before and after it. Sums
   * for different purposes (clearing the wreck, rebuilding the bridge) are different figures, not
   * one figure's updates.
   */
  private Optional<Found> purpose(
      String text, Span ss, int from, int to, int prevEnd, int nextStart) {
    if (moneyPurposes.isEmpty()) {
      return Optional.empty();
    }
    Optional<Found> before =
        last(
            moneyPurposes,
            text,
            Math.max(prevEnd, reachBack(text, from, ss.start(), spaced ? 10 : 16, false)),
            from);
    Optional<Found> after =
        first(
            moneyPurposes,
            text,
            to,
            Math.min(Math.max(to, nextStart), reach(text, to, ss.end(), spaced ? 6 : 10)));
    if (before.isEmpty() || after.isEmpty()) {
      return before.isPresent() ? before : after;
    }
    return from - before.get().end() <= after.get().start() - to ? before : after;
  }

  /**
   * What a sum converts, when it is the sum {@code claimed} read just before it, written in another
   * currency right after it (see {@link #conversionEnd}): the word that said what that one is.
   */
  private Optional<Found> convertedFrom(
      String text,
      Span ss,
      NumberReader.Reading before,
      ClaimValue.Amount claimed,
      Subject what,
      NumberReader.Reading n,
      int nextStart) {
    if (claimed.unit().isEmpty() || before.percent() || n.percent()) {
      return Optional.empty();
    }
    Optional<Found> cur = currency(text, before, n.start());
    if (cur.isEmpty() || !cur.get().value().equals(claimed.unit().get())) {
      return Optional.empty();
    }
    int sumEnd = Math.max(cur.get().end(), before.end());
    if (conversionEnd(text, ss, sumEnd, cur.get(), n, nextStart).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Found(what.span().start(), what.span().end(), what.text()));
  }

  /**
   * Where the conversion of a sum ends, when the reading after it is that sum in another currency,
   * written right after it in parentheses or after a few words ("120억 달러, 원화로 약 15조원"): the end of
   * its currency and of the parenthesis that holds it. Empty when the next reading is farther, has
   * no currency or the same one (a list of sums: "54,2 Dollar, 430 Milliarden Dollar").
   */
  private Optional<Integer> conversionEnd(
      String text, Span ss, int sumEnd, Found cur, NumberReader.Reading next, int afterNext) {
    if (next.percent() || next.start() < sumEnd) {
      return Optional.empty();
    }
    int hedgeStart =
        endingAt(hedgesBefore, text, sumEnd, next.start()).map(Found::start).orElse(next.start());
    String gap = text.substring(sumEnd, hedgeStart);
    String words = gap.replaceAll("[\\p{P}\\s]+", " ").strip();
    boolean near =
        spaced
            ? words.isEmpty() || words.split(" ").length <= CONVERSION_WORDS
            : gap.length() <= 3 * CONVERSION_WORDS;
    // A closing parenthesis between them: the first sum was itself a conversion ("20 Dollar (18
    // Euro), 8 Mrd. Dollar"), and the next one starts another item.
    if (!near || gap.matches("(?s).*[.;:!?。；！？)）].*")) {
      return Optional.empty();
    }
    Optional<Found> other = currency(text, next, afterNext);
    if (other.isEmpty() || other.get().value().equals(cur.value())) {
      return Optional.empty();
    }
    int end = Math.max(other.get().end(), next.end());
    int pos = skipSpace(text, end, ss.end());
    if (gap.indexOf('(') >= 0 && pos < ss.end() && text.charAt(pos) == ')') {
      end = pos + 1;
    }
    return Optional.of(end);
  }

  /**
   * A share: a percentage with the word that says what it is a share of right after it ("7 % der
   * Anteile", "25%의 프리미엄") or right before it ("지분 12%"), from the language's {@code
   * percent-nouns.tsv}; a percentage with none is left alone.
   */
  private Optional<Claim> share(Site site, NumberReader.Reading n, int prevEnd, int nextStart) {
    if (sharesAfter.isEmpty() && sharesBefore.isEmpty()) {
      return Optional.empty();
    }
    String text = site.text();
    Span ss = site.sentence().span();
    Optional<Found> noun =
        first(
            sharesAfter,
            text,
            n.end(),
            Math.min(nextStart, reach(text, n.end(), ss.end(), spaced ? 3 : 8)));
    if (noun.isEmpty()) {
      noun =
          last(
              sharesBefore,
              text,
              Math.max(prevEnd, reachBack(text, n.start(), ss.start(), spaced ? 2 : 6)),
              n.start());
    }
    if (noun.isEmpty()) {
      return shareOfWhole(site, n, prevEnd, nextStart);
    }
    Found what = noun.get();
    return Optional.of(
        figure(site, n, n.start(), prevEnd, what, Math.max(n.end(), what.end()), PERCENT));
  }

  /**
   * "weniger als fünf Prozent des Datenverkehrs", "maximaal 5 procent van de gebruikers": a
   * percentage with no word for what kind of share it is, but with the word that links it to its
   * whole ({@code whole} rows of {@code percent-nouns.tsv}), is a share of that whole, which is its
   * subject. A share of people a toll counts ("12 % der Verletzten") is left alone: it says who
   * they were, and reconciling sets shares beside counts.
   */
  private Optional<Claim> shareOfWhole(
      Site site, NumberReader.Reading n, int prevEnd, int nextStart) {
    if (wholeLinks.isEmpty()) {
      return Optional.empty();
    }
    String text = site.text();
    Span ss = site.sentence().span();
    int limit = Math.min(nextStart, reach(text, n.end(), ss.end(), WHOLE_WORDS + 2));
    int pos = skipSpace(text, n.end(), limit);
    Optional<Found> link = at(wholeLinks, text, pos, limit);
    if (link.isEmpty()) {
      return Optional.empty();
    }
    int p = skipSpace(text, link.get().end(), limit);
    if (p >= limit
        || at(after, text, p, limit).isPresent()
        || at(nouns, text, p, limit).isPresent()) {
      return Optional.empty();
    }
    // The whole: its first word, or where nouns are capitalised, the words to its noun.
    int end = p;
    for (int w = 0; w < WHOLE_WORDS && end < limit; w++) {
      int s = skipSpace(text, end, limit);
      if (s >= limit || !Character.isLetter(text.charAt(s))) {
        break;
      }
      end = wordEnd(text, s, limit);
      if (!compounds || Character.isUpperCase(text.charAt(s))) {
        break;
      }
    }
    if (end <= p) {
      return Optional.empty();
    }
    Claim c =
        figure(
            site, n, n.start(), prevEnd, new Found(p, end, SHARE), Math.max(n.end(), end), PERCENT);
    return Optional.of(
        new Claim(
            c.kind(),
            new Subject(
                text.substring(p, end).toLowerCase(Locale.ROOT),
                new Span(p, end),
                Optional.empty()),
            c.measure(),
            c.value(),
            c.time(),
            c.place(),
            c.hedging(),
            c.attribution(),
            c.evidence(),
            c.confidence(),
            c.links()));
  }

  /**
   * Whether nothing but a mark or the sentence's end follows {@code pos}, spaces and quotes aside.
   */
  private static boolean closesClause(String text, int pos, int end) {
    int p = skipClosingQuote(text, skipSpace(text, pos, end), end);
    p = skipSpace(text, p, end);
    return p >= end || !Character.isLetterOrDigit(text.charAt(p));
  }

  /** The end of the word (letters, and hyphens inside it) that starts at {@code pos}. */
  private static int wordEnd(String text, int pos, int limit) {
    int e = pos;
    while (e < limit
        && (Character.isLetter(text.charAt(e))
            || text.charAt(e) == '-' && e + 1 < limit && Character.isLetter(text.charAt(e + 1)))) {
      e++;
    }
    return e;
  }

  /**
   * The noun a figure counts where nouns are capitalised: the capitalised word at {@code pos}, or
   * after one attribute word (a lower-case word with an ending of {@code attribute-endings} in
   * {@code writing.tsv}, not a {@code not-attribute} word of {@code counted-nouns.tsv}); never a
   * word that is no count ({@code not-counted}: lengths of time, hours), a unit, a month, a
   * currency, nor a word that says what happened to them (a measure word reads those).
   */
  private Optional<Found> countedNoun(String text, int pos, int limit) {
    int p = pos;
    if (p < limit && Character.isLowerCase(text.charAt(p))) {
      int e = wordEnd(text, p, limit);
      String w = text.substring(p, e).toLowerCase(Locale.ROOT);
      if (e >= limit
          || !Character.isWhitespace(text.charAt(e))
          || attributeEndings.stream().noneMatch(w::endsWith)
          || at(notAttributes, text, p, limit).isPresent()) {
        return Optional.empty();
      }
      p = skipSpace(text, e, limit);
    }
    if (p >= limit || !Character.isUpperCase(text.charAt(p))) {
      return Optional.empty();
    }
    int e = wordEnd(text, p, limit);
    if (e - p < 2
        || e < text.length() && text.charAt(e) == '.' && e - p <= 4
        || notCount(text, p, e, true)) {
      return Optional.empty(); // "3 Mio.": an abbreviation is a scale or unit, not a noun
    }
    return Optional.of(new Found(p, e, text.substring(p, e).toLowerCase(Locale.ROOT)));
  }

  /**
   * The noun a figure counts where plurals are marked by their endings ({@code plural-endings} of
   * {@code writing.tsv}): the lower-case word at {@code pos}, set apart from the figure by a space,
   * that ends in a plural ending; never a small word (a pronoun, preposition, article or
   * conjunction of {@code clause-words.txt}, {@code coordinators.txt}, {@code
   * name-determiners.txt}, {@code name-joiners.txt}, {@code place-prepositions.txt}), a hedge, a
   * word that is no count ({@code not-counted} of {@code counted-nouns.tsv}: lengths of time,
   * times; {@code date-words.txt}: dates and hours), a unit, a month, a currency, a money noun nor
   * a word that says what happened to them (a measure word reads those); nor an attribute before
   * such a word ("os 10 últimos anos"). "3º", "2e": a word written onto the figure is an ordinal's
   * ending.
   */
  private Optional<Found> pluralNoun(String text, NumberReader.Reading n, int pos, int limit) {
    if (pos <= n.end()
        || pos >= limit
        || !Character.isWhitespace(text.charAt(pos - 1))
        || !Character.isLowerCase(text.charAt(pos))) {
      return Optional.empty();
    }
    int e = wordEnd(text, pos, limit);
    int following = skipSpace(text, e, text.length());
    if (at(pluralAttributes, text, pos, e).isPresent()
        && following > e
        && following < text.length()
        && Character.isLowerCase(text.charAt(following))) {
      // "sept différentes provinces": an attribute that stands before the noun it describes
      pos = following;
      e = wordEnd(text, pos, text.length());
    }
    if (!pluralAt(text, pos, e)
        || e < text.length() && text.charAt(e) == '.' && e - pos <= 4
        || e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
      return Optional.empty();
    }
    int next = skipSpace(text, e, text.length());
    if (next > e && next < text.length() && Character.isLowerCase(text.charAt(next))) {
      int ne = wordEnd(text, next, text.length());
      if (notCount(text, next, ne, false)) {
        return Optional.empty(); // "10 derniers jours": an attribute of a length of time
      }
    }
    return Optional.of(new Found(pos, e, text.substring(pos, e).toLowerCase(Locale.ROOT)));
  }

  /** Whether the word from {@code s} to {@code e} is a plural a figure may count. */
  private boolean pluralAt(String text, int s, int e) {
    String w = text.substring(s, e).toLowerCase(Locale.ROOT);
    return w.length() >= 3
        && pluralEndings.stream().anyMatch(x -> w.endsWith(x) && w.length() > x.length() + 1)
        && !smallWords.contains(w)
        && !notCount(text, s, e, true);
  }

  /**
   * Whether the word from {@code s} to {@code e} names what is no count of things; {@code
   * measures}: a word that says what happened to them, or what was paid, is none either.
   */
  private boolean notCount(String text, int s, int e, boolean measures) {
    if (measures && (at(after, text, s, e).isPresent() || at(moneyNouns, text, s, e).isPresent())) {
      return true;
    }
    return at(notCounted, text, s, e).isPresent()
        || at(hedgesBefore, text, s, e).isPresent()
        || at(hedgesAfter, text, s, e).isPresent()
        || at(units, text, s, e).isPresent()
        || at(dimensions, text, s, e).isPresent()
        || at(monthNames, text, s, e).isPresent()
        || at(currencies, text, s, e).isPresent();
  }

  /**
   * Whether the figure is the number of the capitalised word before it ("Artikel 5", "Flug 370"), a
   * label rather than a count; the first word of a sentence is no such word.
   */
  private static boolean labelled(String text, NumberReader.Reading n, Span ss) {
    int e = n.start();
    while (e > ss.start() && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e == n.start() || e <= ss.start() || !Character.isLetter(text.charAt(e - 1))) {
      return false;
    }
    int s = e;
    while (s > ss.start() && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return s > ss.start() && Character.isUpperCase(text.charAt(s));
  }

  /**
   * "6234 Tote in der Türkei und 2470 in Syrien", "davon mehr als 1400 in Syrien": a bare figure
   * with a place after it ({@code place-prepositions.txt}, then a capitalised name within {@value
   * #PLACE_WORDS} words), right after a count in its sentence, counts what that count counts, in
   * that place.
   */
  private Optional<Claim> elsewhere(
      Site site, NumberReader.Reading n, int prevEnd, int nextStart, Claim last) {
    if (placePrepositions.isEmpty()
        || n.percent()
        || isYear(n)
        || !(last.value() instanceof ClaimValue.Amount counted)
        || counted.unit().isPresent()
        || PeopleMeasures.contains(last.measure()) && n.value() != Math.rint(n.value())) {
      return Optional.empty();
    }
    String text = site.text();
    Span ss = site.sentence().span();
    int limit = Math.min(nextStart, reach(text, n.end(), ss.end(), PLACE_WORDS + 2));
    int pos = skipSpace(text, n.end(), limit);
    if (pos == n.end()) {
      return Optional.empty();
    }
    Optional<Found> preposition = at(placePrepositions, text, pos, limit);
    if (preposition.isEmpty()) {
      return Optional.empty();
    }
    int p = skipSpace(text, preposition.get().end(), limit);
    int placeEnd = -1;
    for (int w = 0; w < PLACE_WORDS && p < limit && Character.isLetter(text.charAt(p)); w++) {
      int e = wordEnd(text, p, limit);
      if (Character.isUpperCase(text.charAt(p))) {
        placeEnd = e;
        break;
      }
      p = skipSpace(text, e, limit);
    }
    if (placeEnd < 0) {
      return Optional.empty();
    }
    Hedge hedge = Hedge.EXACT;
    int start = n.start();
    List<String> cues = new ArrayList<>();
    Optional<Found> hedgeBefore =
        endingAt(hedgesBefore, text, Math.max(prevEnd, ss.start()), n.start());
    if (hedgeBefore.isPresent() && !hedgeBefore.get().value().equals("-")) {
      hedge = Hedge.valueOf(hedgeBefore.get().value());
      start = hedgeBefore.get().start();
      cues.add(text.substring(start, hedgeBefore.get().end()).toLowerCase(Locale.ROOT));
    }
    Span claim = new Span(start, placeEnd);
    return Optional.of(
        new Claim(
            ClaimKind.NUMERIC,
            last.subject(),
            last.measure(),
            new ClaimValue.Amount(
                new Span(n.start(), n.end()),
                n.value(),
                INTERVALS.interval(n.value(), hedge),
                hedge,
                Optional.empty()),
            holdsAt(site, claim),
            Optional.empty(),
            new Hedging(cues, false),
            attribution(site, claim),
            new Evidence(site.articleId(), site.sentence().index(), ss, claim),
            last.confidence(),
            List.of()));
  }

  /**
   * The claim of a figure whose measure a word beside it names ({@code what}: a dimension, what a
   * share is of, what a sum pays for), in {@code unit}, with the hedge written right before the
   * figure, which starts at {@code from} (the number, or the currency sign before it); the claim
   * runs from the hedge or the word, whichever comes first, to {@code end}, within the sentence.
   */
  private Claim figure(
      Site site, NumberReader.Reading n, int from, int prevEnd, Found what, int end, String unit) {
    return figure(site, n, from, prevEnd, what, end, unit, what);
  }

  /** As {@link #figure}, about {@code about}: what a sum pays for, when it is not its noun. */
  private Claim figure(
      Site site,
      NumberReader.Reading n,
      int from,
      int prevEnd,
      Found what,
      int end,
      String unit,
      Found about) {
    String text = site.text();
    Span ss = site.sentence().span();
    Hedge hedge = Hedge.EXACT;
    int start = from;
    Optional<Found> hedgeBefore = endingAt(hedgesBefore, text, Math.max(prevEnd, ss.start()), from);
    if (hedgeBefore.isPresent() && !hedgeBefore.get().value().equals("-")) {
      hedge = Hedge.valueOf(hedgeBefore.get().value());
      start = hedgeBefore.get().start();
    }
    Span claim =
        new Span(
            Math.max(ss.start(), Math.min(start, Math.min(what.start(), about.start()))),
            Math.min(ss.end(), end));
    List<String> cues = new ArrayList<>();
    hedgeBefore.ifPresent(
        h -> cues.add(text.substring(h.start(), h.end()).toLowerCase(Locale.ROOT)));
    return new Claim(
        ClaimKind.NUMERIC,
        new Subject(about.value(), new Span(about.start(), about.end()), Optional.empty()),
        what.value(),
        new ClaimValue.Amount(
            new Span(n.start(), n.end()),
            n.value(),
            INTERVALS.interval(n.value(), hedge),
            hedge,
            Optional.of(unit)),
        holdsAt(site, claim),
        Optional.empty(),
        new Hedging(cues, false),
        attribution(site, claim),
        new Evidence(site.articleId(), site.sentence().index(), ss, claim),
        site.options().numericConfidence(),
        List.of());
  }

  private static boolean isYear(NumberReader.Reading n) {
    return n.raw().matches("\\d{4}") && n.value() >= 1800 && n.value() <= 2100;
  }

  // ---------------------------------------------------------------------------------------------
  // Matching

  /** An entry that starts exactly at {@code pos}. */
  private static Optional<Found> at(List<Entry> entries, String text, int pos, int limit) {
    return EntryMatch.at(entries, Entry::pattern, text, pos, limit)
        .map(m -> new Found(m.start(), m.end(), m.entry().value()));
  }

  /**
   * The entry that starts exactly at {@code pos} and reaches furthest: "километровая" over the stem
   * "километр*" it begins with.
   */
  private static Optional<Found> longestAt(List<Entry> entries, String text, int pos, int limit) {
    Found best = null;
    for (Entry e : entries) {
      if (pos >= limit) {
        break;
      }
      Matcher m = e.pattern.matcher(text);
      m.region(pos, limit);
      m.useTransparentBounds(true);
      if (m.lookingAt()
          && (best == null
              || m.end() > best.end()
              || m.end() == best.end() && !e.pattern.pattern().contains("]*"))) {
        best = new Found(m.start(), m.end(), e.value);
      }
    }
    return Optional.ofNullable(best);
  }

  /** The entry that starts first between {@code from} and {@code limit}. */
  private static Optional<Found> first(List<Entry> entries, String text, int from, int limit) {
    Found best = null;
    for (Entry e : entries) {
      if (from >= limit) {
        break;
      }
      Matcher m = e.pattern.matcher(text);
      m.region(from, limit);
      m.useTransparentBounds(true);
      if (m.find() && (best == null || m.start() < best.start())) {
        best = new Found(m.start(), m.end(), e.value);
      }
    }
    return Optional.ofNullable(best);
  }

  /** The entry that starts last between {@code from} and {@code limit}. */
  private static Optional<Found> last(List<Entry> entries, String text, int from, int limit) {
    Found best = null;
    for (Entry e : entries) {
      if (from >= limit) {
        break;
      }
      Matcher m = e.pattern.matcher(text);
      m.region(from, limit);
      m.useTransparentBounds(true);
      while (m.find()) {
        if (best == null || m.start() > best.start()) {
          best = new Found(m.start(), m.end(), e.value);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * An entry that starts before {@code inStart} and ends after {@code inEnd}, within the bounds.
   */
  private static Optional<Found> around(
      List<Entry> entries, String text, int from, int limit, int inStart, int inEnd) {
    for (Entry e : entries) {
      Matcher m = e.pattern.matcher(text);
      m.region(from, limit);
      m.useTransparentBounds(true);
      while (m.find()) {
        if (m.start() < inStart && m.end() > inEnd) {
          return Optional.of(new Found(m.start(), m.end(), e.value));
        }
      }
    }
    return Optional.empty();
  }

  /** An entry that ends right before {@code end}, spaces aside. */
  private static Optional<Found> endingAt(List<Entry> entries, String text, int from, int end) {
    int e = end;
    while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e <= from) {
      return Optional.empty();
    }
    Found best = null;
    for (Entry en : entries) {
      Matcher m = en.pattern.matcher(text);
      m.region(Math.max(from, e - 40), e);
      m.useTransparentBounds(true);
      while (m.find()) {
        if (m.end() == e && (best == null || m.start() < best.start())) {
          best = new Found(m.start(), m.end(), en.value);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Past a closing quotation mark right after a figure: "“mindestens sechs” Täter". */
  private static int skipClosingQuote(String text, int pos, int limit) {
    return pos < limit && CLOSING_QUOTES.indexOf(text.charAt(pos)) >= 0 ? pos + 1 : pos;
  }

  private static int skipSpace(String text, int pos, int limit) {
    while (pos < limit && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  /** The end of the next {@code count} words (or characters, where words are not spaced). */
  private int reach(String text, int from, int limit, int count) {
    if (!spaced) {
      int end = Math.min(limit, from + count);
      for (int i = from; i < end; i++) {
        if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
          return i;
        }
      }
      return end;
    }
    int pos = from;
    for (int i = 0; i < count && pos < limit; i++) {
      while (pos < limit && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
      while (pos < limit && !Character.isWhitespace(text.charAt(pos))) {
        char c = text.charAt(pos);
        if (c == ';' || c == ',' || c == '،' || (c == '.' || c == '!' || c == '?') && pos > from) {
          return pos;
        }
        pos++;
      }
    }
    return pos;
  }

  /** The start of the {@code count} words (or characters) before {@code to}. */
  private int reachBack(String text, int to, int limit, int count) {
    return reachBack(text, to, limit, count, true);
  }

  /**
   * The start of the {@code count} words (or characters) before {@code to}; {@code commas} stops at
   * a comma ("La compra, por 2.500 millones": a sum's noun may stand before one).
   */
  private int reachBack(String text, int to, int limit, int count, boolean commas) {
    if (!spaced) {
      int start = Math.max(limit, to - count);
      for (int i = to - 1; i >= start; i--) {
        if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
          return i + 1;
        }
      }
      return start;
    }
    int pos = to;
    for (int i = 0; i < count && pos > limit; i++) {
      while (pos > limit && Character.isWhitespace(text.charAt(pos - 1))) {
        pos--;
      }
      while (pos > limit && !Character.isWhitespace(text.charAt(pos - 1))) {
        char c = text.charAt(pos - 1);
        if (c == ';' || c == '!' || c == '?' || commas && (c == ',' || c == '،')) {
          return pos;
        }
        pos--;
      }
    }
    return pos;
  }

  @Override
  public String toString() {
    return "Figures[" + language + "]";
  }

  /** The words a row of the language's {@code writing.tsv} lists, apart by spaces; none without. */
  private static List<String> writingWords(LanguagePack pack, String row) {
    if (!pack.has("writing.tsv")) {
      return List.of();
    }
    return java.util.Arrays.stream(pack.pairs("writing.tsv").getOrDefault(row, "").split("\\s+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }
}
