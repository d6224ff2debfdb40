package io.corroborate.reconcile;

import io.corroborate.annotate.quantity.Bounds;
import io.corroborate.annotate.quantity.Hedge;
import io.corroborate.annotate.time.Granularity;
import io.corroborate.extract.AsOf;
import io.corroborate.extract.Claim;
import io.corroborate.extract.ClaimKind;
import io.corroborate.extract.ClaimLink;
import io.corroborate.extract.ClaimValue;
import io.corroborate.extract.Evidence;
import io.corroborate.extract.HoldsAt;
import io.corroborate.extract.Voice;
import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import io.corroborate.link.NameIndex;
import io.corroborate.link.Subjects;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.model.Span;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns a story's claims into variables, findings, entity profiles, one timeline and the relays
 * between outlets. Claims are grouped by keys (subject, measure, time scope), never compared all
 * against all, so a story of thousands of articles takes well under a second.
 *
 * <pre>{@code Reconciliation r = new Reconciler(ReconcileOptions.defaults()).reconcile(input);}
 * </pre>
 *
 * <p>Deterministic and pure: the same input gives the same output, in the same order.
 */
public final class Reconciler {
  private final ReconcileOptions options;

  private final io.corroborate.cluster.Embedder embedder;

  /** A reconciler that groups claims by structure alone. */
  public Reconciler(ReconcileOptions options) {
    this(options, io.corroborate.cluster.Embedder.none());
  }

  /**
   * A reconciler that also reads two differently worded subjects of one measure as one when their
   * nouns' embeddings are close; see {@link SubjectsByMeaning}.
   */
  public Reconciler(ReconcileOptions options, io.corroborate.cluster.Embedder embedder) {
    this.options = Objects.requireNonNull(options, "options");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
  }

  /** A leading definite article, dropped from an origin's name as shown. */
  private static final java.util.regex.Pattern LEADING_THE =
      Lexicon.leadingArticle(LanguagePack.english());

  /** Nouns of armed forces: their bare count is the size of a force. */
  private static final java.util.regex.Pattern MILITARY =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:"
              + LanguagePack.alternationOf(LanguagePack.english().set("military-nouns.txt"), " ")
              + ")\\b");

  /**
   * One claim read in the context of its article; {@code dated} when its day is known (the article
   * is dated or the claim names its own day), not estimated for an undated report.
   */
  record Item(
      Claim claim,
      Article article,
      int index,
      String origin,
      Optional<LocalDate> asOf,
      String measure,
      String subjectKey,
      String subjectLabel,
      String placeKey,
      String placeShown,
      double low,
      double high,
      String value,
      Support support,
      boolean dated) {
    /**
     * Equal items have equal articles, places, subjects and measures, so this agrees with {@link
     * #equals}; it spares hashing whole claims and articles when items are put in sets.
     */
    @Override
    public int hashCode() {
      return ((article.id().hashCode() * 31 + index) * 31 + subjectKey.hashCode()) * 31
          + measure.hashCode();
    }

    /** The same claim read as being about another subject. */
    Item withSubject(String key, String label) {
      return new Item(
          claim,
          article,
          index,
          origin,
          asOf,
          measure,
          key,
          label,
          placeKey,
          placeShown,
          low,
          high,
          value,
          support,
          dated);
    }

    /** The same claim read as bound to no place. */
    Item withoutPlace() {
      return new Item(
          claim,
          article,
          index,
          origin,
          asOf,
          measure,
          subjectKey,
          subjectLabel,
          "",
          "",
          low,
          high,
          value,
          support,
          dated);
    }
  }

  /**
   * Places split a variable only where its figures name two or more: "40 dead in Northland" and "12
   * dead in Southmark" are two tolls, while a place that every placed figure of a variable shares
   * tells nothing apart and is dropped, so that its figures meet those that name no place.
   */
  static void settlePlaces(List<Item> items) {
    Map<Variable.Key, Set<String>> placesOf = new TreeMap<>();
    for (Item it : items) {
      if (!it.placeKey().isEmpty() && !Measures.ofOneThing(it)) {
        placesOf
            .computeIfAbsent(variableKey(it).withPlace(""), k -> new java.util.TreeSet<>())
            .add(it.placeKey());
      }
    }
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      if (!it.placeKey().isEmpty()
          && placesOf.getOrDefault(variableKey(it).withPlace(""), Set.of()).size() < 2) {
        items.set(i, it.withoutPlace());
      }
    }
  }

  /**
   * The reconciliation, in five steps: 1. read every claim with its origin, date, measure and
   * subject key; 2. numeric variables and their verdicts; 3. breakdowns of totals into parts; 4.
   * entity profiles checked against time; 5. timeline and relays.
   */
  public Reconciliation reconcile(StoryInput input) {
    return reconcile(input, new Memo());
  }

  /**
   * What reconciling one story keeps for its next reconciling: the place each figure's sentence
   * binds it to, which depends on the claim and its article's text alone, so a story that grows by
   * one article reads the places of that article's figures only. Keep one per story; the
   * reconciliation is the same as without it.
   *
   * <pre>{@code Reconciler.Memo memo = new Reconciler.Memo();}</pre>
   */
  public static final class Memo {
    private Map<Claim, Placed> places = new IdentityHashMap<>();
  }

  /** A figure's place as read in its article's text and language. */
  private record Placed(String text, String language, Optional<Places.Place> place) {}

  /**
   * Reconciles as {@link #reconcile(StoryInput)} does, reusing what {@code memo} kept of the claims
   * it has read before and keeping what it reads now (only the claims of this story as it is).
   */
  public Reconciliation reconcile(StoryInput input, Memo memo) {
    Objects.requireNonNull(memo, "memo");
    synchronized (memo) {
      Map<Claim, Placed> before = memo.places;
      memo.places = new IdentityHashMap<>();
      return reconcile(input, before, memo.places);
    }
  }

  private Reconciliation reconcile(
      StoryInput input, Map<Claim, Placed> placedBefore, Map<Claim, Placed> placedNow) {
    Objects.requireNonNull(input, "input");
    // Names were resolved once, by the linker; reconciling only reads them.
    NameIndex names = input.entities().names();
    // 1. Items, articles in id order so that the output does not depend on input order.
    List<Article> articles =
        input.articles().stream().sorted(Comparator.comparing(Article::id)).toList();
    List<Item> numeric = new ArrayList<>();
    List<Item> attributes = new ArrayList<>();
    List<Item> events = new ArrayList<>();
    List<Item> words = new ArrayList<>();
    Map<String, List<Item>> byArticle = new LinkedHashMap<>();
    Map<String, LocalDate> estimated = estimatedDates(articles, input);
    Map<String, String> copyLabel = copyLabels(articles, input.copyGroupOf());
    Map<String, String> wireOf = Relays.wires(articles, input.copyGroupOf());
    Optional<LocalDate> storyFirst =
        articles.stream()
            .map(Article::published)
            .flatMap(Optional::stream)
            .map(DateStamp::date)
            .min(Comparator.naturalOrder());
    for (Article a : articles) {
      List<Claim> claims = input.claims().getOrDefault(a.id(), List.of());
      List<Item> mine = new ArrayList<>();
      for (int i = 0; i < claims.size(); i++) {
        Claim c = claims.get(i);
        Item it =
            item(
                c,
                a,
                i,
                claims,
                copyLabel,
                wireOf,
                names,
                Optional.ofNullable(estimated.get(a.id())),
                place(c, a, placedBefore, placedNow));
        mine.add(it);
        switch (c.kind()) {
          case NUMERIC -> {
            if (!Counts.incidental(it, options)
                && !ofEarlierEvent(c, storyFirst)
                && !afterEarlierYear(c, claims, a.text(), storyFirst)) {
              numeric.add(it);
            }
          }
          case ATTRIBUTE -> attributes.add(it);
          case EVENT -> events.add(it);
          case WORD -> words.add(it);
          case QUOTE -> {}
        }
      }
      byArticle.put(a.id(), mine);
    }
    settlePlaces(numeric);
    mergeUnqualifiedSubjects(numeric);
    Map<Variable.Key, List<SubjectsByMeaning.Merge>> byMeaning =
        SubjectsByMeaning.merge(numeric, embedder, options.subjectSimilarity(), names);
    mergeUnqualifiedSubjects(events);

    List<Variable> variables = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    // 2. Numeric variables.
    Map<Variable.Key, List<Item>> groups = new TreeMap<>();
    for (Item it : numeric) {
      groups.computeIfAbsent(variableKey(it), k -> new ArrayList<>()).add(it);
    }
    // A magnitude far from the one most sources give is another quake's (an aftershock).
    groups.replaceAll((k, g) -> Measures.logarithmic(k.measure()) ? mainEvent(g) : g);
    Map<Variable.Key, Variable> variableOf = new LinkedHashMap<>();
    for (Map.Entry<Variable.Key, List<Item>> g : groups.entrySet()) {
      Item first = g.getValue().get(0);
      Variable v = variable(g.getKey(), first);
      variableOf.put(g.getKey(), v);
      variables.add(v);
      Finding f = Verdicts.numeric(v, g.getValue(), byArticle, options);
      List<SubjectsByMeaning.Merge> merged = byMeaning.getOrDefault(g.getKey(), List.of());
      if (!merged.isEmpty()) {
        f =
            new Finding(
                f.id(),
                f.kind(),
                f.variable(),
                f.support(),
                f.independentOrigins(),
                f.explanation()
                    + " ("
                    + String.join("; ", merged.stream().map(m -> m.explanation()).toList())
                    + ")");
      }
      findings.add(f);
      // The figure most sources give, beside a verdict that is not an agreement.
      Verdicts.agreedFigure(v, g.getValue(), f.kind(), options).ifPresent(findings::add);
      // Same-day figures one digit apart: a slip in one report, beside the update.
      findings.addAll(Verdicts.slips(v, g.getValue(), f.kind(), options));
    }
    // 3. Breakdowns, and what remains of a force.
    List<Finding> breakdowns = Verdicts.breakdowns(byArticle, groups, variableOf, options);
    findings.addAll(breakdowns);
    // A total broken down beside its parts, unless a breakdown above already holds all of it.
    for (Finding sum : Sums.breakdowns(settled(byArticle, numeric), groups, variableOf, options)) {
      if (breakdowns.stream().noneMatch(b -> b.support().containsAll(sum.support()))) {
        findings.add(sum);
      }
    }
    findings.addAll(Verdicts.remainders(groups, variableOf));
    // One report's figure and the same figure with a zero more or fewer: a slip.
    findings.addAll(Verdicts.shiftedSlips(groups, variableOf, options));
    // 4. Profiles.
    Profiles.Result profiles = Profiles.build(attributes, input.entities());
    findings.addAll(profiles.findings());
    variables.addAll(profiles.variables());
    // 4b. Words and dates: flags, a deal's status, ranks, expected dates.
    WordFindings.Result worded = WordFindings.build(words, names::key);
    findings.addAll(worded.findings());
    variables.addAll(worded.variables());
    // 5. Timeline and relays.
    Timeline.Result timeline = Timeline.build(events, options);
    findings.addAll(timeline.findings());
    variables.addAll(timeline.variables());
    List<Relay> relays = Relays.build(articles, byArticle, input.copyGroupOf(), names, options);

    findings.sort(
        Comparator.comparing((Finding f) -> f.kind().ordinal())
            .thenComparing(f -> -f.independentOrigins())
            .thenComparing(Finding::id));
    return new Reconciliation(variables, findings, timeline.events(), profiles.profiles(), relays);
  }

  /**
   * Each article's claims with its figures read as the variables read them, their places settled
   * and their subjects merged.
   */
  private static Map<String, List<Item>> settled(
      Map<String, List<Item>> byArticle, List<Item> numeric) {
    Map<ClaimAt, Item> read = new java.util.HashMap<>();
    for (Item it : numeric) {
      read.put(new ClaimAt(it.article().id(), it.index()), it);
    }
    Map<String, List<Item>> out = new LinkedHashMap<>();
    byArticle.forEach(
        (id, items) ->
            out.put(
                id,
                items.stream()
                    .map(it -> read.getOrDefault(new ClaimAt(it.article().id(), it.index()), it))
                    .toList()));
    return out;
  }

  /** A claim by its article and its place among the article's claims. */
  private record ClaimAt(String articleId, int index) {}

  /**
   * Whether a figure's own date (at or as of a day, not "since") lies more than {@link
   * ReconcileOptions#otherEventDays} before the story's first dated report: it tells of an earlier
   * event, such as a past disaster a report compares this one with ("in 1999 a quake killed
   * 17,000"), and is none of the story's figures.
   */
  private boolean ofEarlierEvent(Claim c, Optional<LocalDate> storyFirst) {
    return storyFirst.isPresent()
        && c.time() instanceof HoldsAt.During d
        && (d.relation() == io.corroborate.annotate.time.Relation.AT
            || d.relation() == io.corroborate.annotate.time.Relation.AS_OF)
        && d.interval().lastDate().isBefore(storyFirst.get().minusDays(options.otherEventDays()));
  }

  /** A year written as four digits, 1000 to 2999, standing alone. */
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(?<![\\p{N}.,])[12]\\d{3}(?![\\p{N}]|[.,]\\d)");

  /**
   * Whether a year of an earlier event (two years or more before the year that ends {@link
   * ReconcileOptions#otherEventDays} before the story's first dated report: the year before may
   * still hold the story's own beginnings) stands before the figure in its sentence, with no clause
   * break (a semicolon) between: the figures told after it are of that event ("stronger than the
   * quake of 1999, which measured between 7.2 and 7.6"), whatever date the claim carries. Four
   * digits that a claim of the article reads as its figure ("1900 dead") are no year.
   */
  private boolean afterEarlierYear(
      Claim c, List<Claim> siblings, String text, Optional<LocalDate> storyFirst) {
    Span sentence = c.evidence().sentence();
    Span value = c.value().span();
    if (storyFirst.isEmpty()
        || sentence.start() < 0
        || value.start() < sentence.start()
        || value.start() > text.length()) {
      return false;
    }
    String before = text.substring(sentence.start(), value.start());
    int clause = before.lastIndexOf(';');
    java.util.regex.Matcher m = YEAR.matcher(before.substring(clause + 1));
    LocalDate limit = storyFirst.get().minusDays(options.otherEventDays());
    int offset = sentence.start() + clause + 1;
    while (m.find()) {
      int at = offset + m.start();
      if (Integer.parseInt(m.group()) < limit.getYear() - 1
          && siblings.stream().noneMatch(o -> o.value().span().start() == at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The figures of one quake among the magnitudes of a variable: those within {@link
   * Verdicts#MAGNITUDE_RIVALS} of the value the most origins give (the largest where several tie,
   * the main shock being the strongest). The rest are of other quakes, aftershocks or earlier ones,
   * and stay out of the story's variable; where a far value has as many origins as that one, all
   * stay (which quake is the story's is not told).
   */
  static List<Item> mainEvent(List<Item> items) {
    Map<Double, Set<String>> originsOf = new TreeMap<>();
    for (Item it : items) {
      double x = stated(it);
      if (!Double.isNaN(x)) {
        originsOf.computeIfAbsent(x, k -> new java.util.HashSet<>()).add(it.origin());
      }
    }
    double main = Double.NaN;
    int most = 0;
    for (Map.Entry<Double, Set<String>> e : originsOf.entrySet()) {
      if (e.getValue().size() >= most) {
        most = e.getValue().size();
        main = e.getKey();
      }
    }
    double m = main;
    // Where a far value has as many origins, which quake is the story's is not told.
    if (Double.isNaN(main)
        || originsOf.entrySet().stream()
            .anyMatch(
                e ->
                    Math.abs(e.getKey() - m) > Verdicts.MAGNITUDE_RIVALS + 1e-9
                        && e.getValue().size() >= originsOf.get(m).size())) {
      return items;
    }
    List<Item> kept =
        items.stream()
            .filter(
                it ->
                    Double.isNaN(stated(it))
                        || Math.abs(stated(it) - m) <= Verdicts.MAGNITUDE_RIVALS + 1e-9)
            .toList();
    return new ArrayList<>(kept);
  }

  // ---------------------------------------------------------------------------------------------
  // Reading one claim

  private Item item(
      Claim c,
      Article a,
      int index,
      List<Claim> siblings,
      Map<String, String> copyLabel,
      Map<String, String> wireOf,
      NameIndex names,
      Optional<LocalDate> estimate,
      Optional<Places.Place> place) {
    String text = a.text();
    String valueText = safe(c.value().span(), text);
    String sentence = safe(c.evidence().sentence(), text).strip();
    String origin = origin(c, a, copyLabel, wireOf, names);
    Optional<LocalDate> asOf = asOf(c, a, estimate);
    Subjects.Key subject = Subjects.key(c.subject().text(), names);
    String measure = Measures.canonical(c.measure());
    // A bare count of soldiers ("12,000 North Korean soldiers") is the size of the force.
    if (measure.equals("count")
        && Subjects.head(subject.key()).equals("people")
        && MILITARY.matcher(c.subject().text()).find()) {
      measure = "deployed";
    }
    // "40 casualties", "nine dead": a toll with no counted noun counts people.
    if (subject.key().isEmpty() && Measures.countsPeople(measure)) {
      subject = Subjects.key("people", names);
    }
    double low = Double.NaN;
    double high = Double.NaN;
    String interval;
    Range range = null;
    if (c.value() instanceof ClaimValue.Amount amount) {
      double[] lh = interval(amount, c, siblings);
      low = lh[0];
      high = lh[1];
      interval = format(low, high, amount);
      range = Range.widened(low, high, amount.bounds());
      Optional<Double> fraction = fraction(amount, c, siblings);
      if (fraction.isPresent()) {
        valueText = valueText + " of " + safe(siblings.get(fractionTarget(c)).value().span(), text);
      }
    } else if (c.value() instanceof ClaimValue.When w) {
      interval = w.interval().startDate() + ".." + w.interval().lastDate();
    } else {
      interval = ((ClaimValue.Text) c.value()).text();
    }
    Support s =
        new Support(
            a.id(),
            a.outletShown(),
            chain(c, a),
            origin,
            valueText,
            interval,
            holds(c, asOf, a.published().isEmpty() && estimate.isPresent()),
            c.evidence(),
            sentence,
            range);
    return new Item(
        c,
        a,
        index,
        origin,
        asOf,
        measure,
        subject.key(),
        subject.label(),
        place.map(p -> names.key(p.shown())).orElse(""),
        place.map(Places.Place::shown).orElse(""),
        low,
        high,
        valueText,
        s,
        // An undated report's day is known when it names one itself; the story's last day, its
        // estimate otherwise, is no evidence of when its figures held.
        a.published().isPresent()
            || c.time() instanceof HoldsAt.During
            || estimate.isPresent() && estimate.equals(namedDate(siblings)));
  }

  /** The place a figure is bound to ({@link Places#of}), as kept when read before. */
  private static Optional<Places.Place> place(
      Claim c, Article a, Map<Claim, Placed> before, Map<Claim, Placed> now) {
    if (c.kind() != ClaimKind.NUMERIC) {
      return Optional.empty();
    }
    Placed p = before.get(c);
    if (p == null || !p.text().equals(a.text()) || !Objects.equals(p.language(), a.language())) {
      p = new Placed(a.text(), a.language(), Places.of(c, a.text(), a.language()));
    }
    now.put(c, p);
    return p.place();
  }

  private static String safe(Span span, String text) {
    if (span.start() < 0 || span.end() > text.length() || span.start() > span.end()) {
      return "";
    }
    return span.of(text);
  }

  /**
   * The origin a claim counts for, the deepest link of its chain that the relays know too: 1. its
   * first speaker; 2. else the first outlet its cited source names ("Reuters" of "the Reuters news
   * agency and AFP"; one institution under two names is one key), a source only described ("local
   * media") naming none; 3. else the wire its article or copy group carries a dateline of, so
   * outlets running one wire's copy are one origin under it; 4. else its copy group (syndicated
   * copies are one origin); 5. else its outlet.
   *
   * @param copyLabel article id → the name of its copy group, for articles that share their text
   *     with others
   * @param wireOf article id → the wire its text or copy group names in a dateline
   */
  static String origin(
      Claim c,
      Article a,
      Map<String, String> copyLabel,
      Map<String, String> wireOf,
      NameIndex names) {
    List<Voice> speakers = c.attribution().speakers();
    if (!speakers.isEmpty()) {
      return "source:" + names.key(speakers.get(0).name());
    }
    Optional<String> cited = citedOutlet(c);
    if (cited.isPresent()) {
      return "source:" + names.key(cited.get());
    }
    String wire = wireOf.get(a.id());
    if (wire != null) {
      return "source:" + names.key(wire);
    }
    String group = copyLabel.get(a.id());
    if (group != null) {
      return "copy:" + group;
    }
    // Two articles whose outlets are both unknown are not thereby one origin.
    return a.outlet().equals(Article.UNKNOWN_OUTLET)
        ? "source:" + a.outletShown()
        : "source:" + names.key(a.outlet());
  }

  /** The first outlet a claim's cited source names, if it names one rather than describing it. */
  private static Optional<String> citedOutlet(Claim c) {
    List<Voice> cited = c.attribution().cited();
    return cited.isEmpty() ? Optional.empty() : Relays.firstNamed(cited.get(0).name());
  }

  /**
   * Names for the copy groups of more than one article: their outlets, "Daily Lantern / Northgate
   * Herald (one text)". An article alone in its group is no copy.
   */
  static Map<String, String> copyLabels(List<Article> articles, Map<String, String> copyGroupOf) {
    Map<String, java.util.SortedSet<String>> outlets = new TreeMap<>();
    Map<String, Integer> sizes = new TreeMap<>();
    for (Article a : articles) {
      String g = copyGroupOf.get(a.id());
      if (g != null) {
        outlets.computeIfAbsent(g, k -> new java.util.TreeSet<>()).add(a.outletShown());
        sizes.merge(g, 1, Integer::sum);
      }
    }
    Map<String, String> out = new TreeMap<>();
    for (Article a : articles) {
      String g = copyGroupOf.get(a.id());
      if (g != null && sizes.get(g) > 1) {
        out.put(a.id(), String.join(" / ", outlets.get(g)) + " (one text)");
      }
    }
    return out;
  }

  /** The attribution chain, ending in the outlet as {@link Article#outletShown} gives it. */
  public static String chain(Claim c, Article a) {
    io.corroborate.extract.Chain chain = c.attribution().links();
    if (a.outlet().equals(Article.UNKNOWN_OUTLET)
        && chain.outlet().equals(Article.UNKNOWN_OUTLET)) {
      return chain.publishedBy(a.outletShown()).text();
    }
    return chain.text();
  }

  /** The dates undated articles are read at (see {@link AsOf#estimates}). */
  static Map<String, LocalDate> estimatedDates(List<Article> articles, StoryInput input) {
    return AsOf.estimates(articles, input.claims());
  }

  /** The latest day a list of claims names (at or as of it), if any. */
  static Optional<LocalDate> namedDate(List<Claim> claims) {
    return AsOf.namedDate(claims);
  }

  /** The day a claim holds as of: its own date when it names one, else the article's. */
  static Optional<LocalDate> asOf(Claim c, Article a) {
    return AsOf.day(c, a, Optional.empty());
  }

  /**
   * The day a claim holds as of, an undated article being read at {@code estimate} (see {@link
   * AsOf#day}).
   */
  static Optional<LocalDate> asOf(Claim c, Article a, Optional<LocalDate> estimate) {
    return AsOf.day(c, a, estimate);
  }

  private static String holds(Claim c, Optional<LocalDate> asOf, boolean estimated) {
    if (c.time() instanceof HoldsAt.During d) {
      return d.words();
    }
    if (estimated && asOf.isPresent()) {
      return "as of about " + asOf.get() + " (undated article, read at its story's date)";
    }
    return asOf.map(d -> "as of " + d + " (article date)").orElse("article date (unknown)");
  }

  /** The claim's interval, widened for roundings and derived for fractions of a stated total. */
  private double[] interval(ClaimValue.Amount amount, Claim c, List<Claim> siblings) {
    Optional<Double> fraction = fraction(amount, c, siblings);
    if (fraction.isPresent()
        && siblings.get(fractionTarget(c)).value() instanceof ClaimValue.Amount total) {
      double f = fraction.get();
      double t = options.fractionTolerance();
      double lo = total.bounds().low() * f * (1 - t);
      double hi =
          total.bounds().bounded() ? total.bounds().high() * f * (1 + t) : Double.POSITIVE_INFINITY;
      return new double[] {lo, hi};
    }
    Bounds b = amount.bounds();
    double lo = b.low();
    double hi = b.high();
    if ((amount.hedge() == Hedge.APPROXIMATE || amount.hedge() == Hedge.NEARLY) && b.bounded()) {
      // A rounding: widen a point, or a narrow rounding interval, to the tolerance.
      double w = Math.abs(amount.value()) * options.roundingTolerance();
      lo = Math.min(lo, amount.value() - w);
      hi = Math.max(hi, amount.value() + w);
    }
    if (amount.hedge() == Hedge.AT_MOST && b.bounded() && hi > 0) {
      // "Up to 12,000", "as many as 4,000": a report of a large figure, not of anything from zero.
      lo = Math.max(lo, hi * options.atMostFloor());
    }
    // Open ends ("more than 3,000") are treated as closed: the interval test is on overlap only.
    return new double[] {lo, hi};
  }

  private static Optional<Double> fraction(ClaimValue.Amount amount, Claim c, List<Claim> sib) {
    int target = fractionTarget(c);
    if (target < 0
        || target >= sib.size()
        || !(sib.get(target).value() instanceof ClaimValue.Amount)) {
      return Optional.empty();
    }
    double v = amount.value();
    if (amount.unit().map("%"::equals).orElse(false)) {
      v = v / 100;
    }
    return v > 0 && v <= 1 ? Optional.of(v) : Optional.empty();
  }

  private static int fractionTarget(Claim c) {
    return c.links().stream()
        .filter(l -> l.kind() == ClaimLink.Kind.FRACTION_OF)
        .mapToInt(ClaimLink::other)
        .findFirst()
        .orElse(-1);
  }

  static String format(double low, double high, ClaimValue.Amount amount) {
    if (low == high) {
      return "[" + num(low) + "]";
    }
    return "[" + num(low) + ", " + num(high) + "]";
  }

  static String num(double v) {
    if (v == Double.POSITIVE_INFINITY) {
      return "∞";
    }
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return grouped((long) Math.rint(v));
    }
    return String.format(Locale.ROOT, "%,.1f", v);
  }

  /**
   * A whole number with a comma between groups of three digits, as {@code
   * String.format(Locale.ROOT, "%,d", n)} writes it, without the formatter: a story's figures are
   * written for every claim.
   */
  static String grouped(long n) {
    String digits = Long.toString(n);
    int sign = n < 0 ? 1 : 0;
    int length = digits.length() - sign;
    if (length <= 3) {
      return digits;
    }
    StringBuilder b = new StringBuilder(digits.length() + length / 3);
    int first = length % 3 == 0 ? 3 : length % 3;
    b.append(digits, 0, sign + first);
    for (int i = sign + first; i < digits.length(); i += 3) {
      b.append(',').append(digits, i, i + 3);
    }
    return b.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Variables

  /** The time scope: a past period ("in December 2024") or cumulative as of a date. */
  static String scope(Item it) {
    Claim c = it.claim();
    // A count over a stated length of time ("over the past week, 40 died") is of that period.
    if (c.time() instanceof HoldsAt.During d
        && d.relation() == io.corroborate.annotate.time.Relation.OVER) {
      return "period:" + d.interval().startDate() + ".." + d.interval().lastDate();
    }
    if (c.time() instanceof HoldsAt.During d
        && d.relation() == io.corroborate.annotate.time.Relation.AT
        && d.interval().granularity().compareTo(Granularity.WEEK) >= 0
        && it.article().published().isPresent()
        && d.interval().lastDate().isBefore(it.article().published().get().date())
        && !Measures.cumulative(it.measure())) {
      return "period:" + d.interval().startDate() + ".." + d.interval().lastDate();
    }
    return "cumulative";
  }

  private static String unit(Item it) {
    if (it.claim().value() instanceof ClaimValue.Amount a
        && a.unit().isPresent()
        && !a.unit().get().equals("%")
        && !a.unit().get().equals("fraction")) {
      return a.unit().get().toLowerCase(Locale.ROOT);
    }
    return "";
  }

  static Variable.Key variableKey(Item it) {
    String unit = unit(it);
    return new Variable.Key(
        it.subjectKey(),
        it.measure() + (unit.isEmpty() ? "" : " " + unit),
        scope(it),
        it.placeKey(),
        "");
  }

  private static Variable variable(Variable.Key key, Item first) {
    String measure = key.measure();
    String scope = key.scope();
    String subject = first.subjectLabel();
    // "damage marks" with the subject "damage" reads "damage in marks".
    String unit = unit(first);
    String shown = measure;
    if (!unit.isEmpty() && measure.endsWith(" " + unit)) {
      String base = measure.substring(0, measure.length() - unit.length() - 1);
      shown = base + " in " + unit;
      if (subject.equals(base)) {
        subject = "";
      }
    }
    String place = key.place().isEmpty() ? "" : first.placeShown();
    String label =
        shown
            + (subject.isEmpty() ? "" : " (" + subject + ")")
            + (place.isEmpty() ? "" : " in " + place)
            + (scope.equals("cumulative")
                ? ", cumulative as of date"
                : ", " + scope.replace(':', ' '));
    return Variable.of(key, subject, place, label);
  }

  /**
   * A subject with no qualifier ("troops") joins the one qualified subject of the same head and
   * measure ("North Korean troops") when there is exactly one.
   */
  private static void mergeUnqualifiedSubjects(List<Item> items) {
    Map<String, Set<String>> qualified = new TreeMap<>();
    for (Item it : items) {
      String head = Subjects.head(it.subjectKey());
      if (!head.equals(it.subjectKey())) {
        qualified
            .computeIfAbsent(it.measure() + "|" + head, k -> new LinkedHashSet<>())
            .add(it.subjectKey() + "\u0000" + it.subjectLabel());
      }
    }
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      if (!Subjects.head(it.subjectKey()).equals(it.subjectKey())) {
        continue;
      }
      Set<String> q = qualified.get(it.measure() + "|" + it.subjectKey());
      if (q != null
          && q.stream().map(s -> s.substring(0, s.indexOf('\u0000'))).distinct().count() == 1) {
        String s = q.iterator().next();
        String key = s.substring(0, s.indexOf('\u0000'));
        String label = s.substring(s.indexOf('\u0000') + 1);
        items.set(i, it.withSubject(key, label));
      }
    }
  }

  static long days(LocalDate a, LocalDate b) {
    return Math.abs(ChronoUnit.DAYS.between(a, b));
  }

  static List<Support> supports(List<Item> items) {
    return items.stream().map(Item::support).toList();
  }

  static int origins(List<Item> items) {
    return (int) items.stream().map(Item::origin).distinct().count();
  }

  /**
   * The origin of a claim as its article writes it: "South Korea's National Intelligence Service",
   * not the folded key the origins are counted by.
   */
  static String originName(Item it) {
    List<Voice> speakers = it.claim().attribution().speakers();
    if (!speakers.isEmpty()) {
      return LEADING_THE.matcher(speakers.get(0).name().strip()).replaceFirst("");
    }
    Optional<String> cited = citedOutlet(it.claim());
    if (cited.isPresent()) {
      return LEADING_THE.matcher(cited.get().strip()).replaceFirst("");
    }
    Optional<String> wire = Relays.wire(it.article());
    if (wire.isPresent()) {
      return wire.get();
    }
    if (it.origin().startsWith("copy:")) {
      return it.origin().substring("copy:".length());
    }
    return it.article().outletShown();
  }

  static List<Evidence> evidence(List<Item> items, int max) {
    return items.stream().map(i -> i.claim().evidence()).limit(max).collect(Collectors.toList());
  }

  /** The figure a claim states: the value itself, or for a fraction the middle of its share. */
  static double stated(Item it) {
    if (it.claim().value() instanceof ClaimValue.Amount a && !it.value().contains(" of ")) {
      return a.value();
    }
    return it.high() == Double.POSITIVE_INFINITY ? it.low() : (it.low() + it.high()) / 2;
  }

  static boolean isNumeric(Item it) {
    return it.claim().kind() == ClaimKind.NUMERIC && !Double.isNaN(it.low());
  }
}
