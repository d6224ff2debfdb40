package io.corroborate.extract;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.EntityMention;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.quantity.QuantityMention;
import io.corroborate.annotate.time.Granularity;
import io.corroborate.annotate.time.Relation;
import io.corroborate.annotate.time.Resolution;
import io.corroborate.annotate.time.TimeInterval;
import io.corroborate.annotate.time.TimeKind;
import io.corroborate.annotate.time.TimeMention;
import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import io.corroborate.lang.PhraseBoundary;
import io.corroborate.model.Article;
import io.corroborate.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extract stage's rules: reads claims (numbers, dated events, attributes, quotations) and their
 * attribution chains from an annotated article. Rule-based and deterministic; it never throws on
 * odd text, and every span it returns lies inside the annotation's text.
 *
 * <pre>{@code
 * ClaimExtractor x = new ClaimExtractor(ExtractOptions.defaults());
 * List<Claim> claims = x.extract(article, annotation);
 * List<Claim> same = x.extract(article.id(), article.outlet(), annotation);
 * }</pre>
 *
 * <p>Thread-safe: it holds only its options and compiled patterns.
 */
public final class ClaimExtractor {
  /** Words after a number that say what it counts, with their measure. */
  private static final Map<String, String> MEASURES = measures("after");

  /** Verbs before a number that say what it counts, with their measure. */
  private static final Map<String, String> MEASURES_BEFORE = measures("before");

  private static Map<String, String> measures(String where) {
    Map<String, String> out = new LinkedHashMap<>();
    for (List<String> row : LanguagePack.english().rows("measures.tsv")) {
      if (List.of(row.get(2).split(",")).contains(where)) {
        out.put(row.get(0), row.get(1));
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static final Pattern MEASURE =
      Pattern.compile("(?i)\\b(" + LanguagePack.alternationOf(MEASURES.keySet(), " ") + ")\\b");

  /**
   * Predicates after a counted noun that say what the figure counts when no measure word follows
   * the number itself: "people had been moved out of their homes", "were still sleeping in
   * shelters", "have been treated in hospital". Ordered: the first that matches names the measure.
   */
  private static final Map<String, String> PREDICATES =
      LanguagePack.english().pairs("count-predicates.tsv");

  private static final Pattern PREDICATE = alternatives(PREDICATES, "p");

  /**
   * One pattern for a map's regular expressions, each in a group named {@code prefix} and its
   * position, so that {@link #matched} can say which one a match came from.
   */
  private static Pattern alternatives(Map<String, String> map, String prefix) {
    StringBuilder b = new StringBuilder("(?i)\\b(?:");
    int i = 0;
    for (String k : map.keySet()) {
      b.append(i++ == 0 ? "" : "|").append("(?<").append(prefix).append(i).append(">");
      b.append(k).append(")");
    }
    return Pattern.compile(b.append(")\\b").toString());
  }

  /** The value of the alternative of {@link #alternatives} that {@code m} matched. */
  private static String matched(Matcher m, Map<String, String> map, String prefix) {
    int i = 1;
    for (String v : map.values()) {
      if (m.group(prefix + i) != null) {
        return v;
      }
      i++;
    }
    throw new IllegalStateException("no alternative matched");
  }

  /**
   * A death toll named before its figure: "the death toll from the failure rose to 17", "stood at
   * 14", "put the death toll at 14", "the number of dead has climbed to 20".
   */
  private static final Pattern TOLL_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:"
              + LanguagePack.english().alternation("death-tolls.tsv", "toll", "\\s+")
              + ")\\b(?:[^.;:\\d]{0,80}?\\b(?:"
              + LanguagePack.english().alternation("death-tolls.tsv", "verb", "\\s+")
              + ")(?:\\s+(?:"
              + LanguagePack.english().alternation("death-tolls.tsv", "adverb", "\\s+")
              + "))?(?:\\s+(?:"
              + LanguagePack.english().alternation("death-tolls.tsv", "link", "\\s+")
              + "))?|\\s+(?:"
              + LanguagePack.english().alternation("death-tolls.tsv", "direct", "\\s+")
              + "))\\s+$");

  /** A determiner right before a measure word makes it an adjective: "the flooded fields". */
  private static final Pattern DETERMINER_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:"
              + LanguagePack.alternationOf(
                  LanguagePack.english().set("measure-determiners.txt"), "\\s+")
              + ")\\s+$");

  /** What a sum pays for or measures, named before it: damage, a fund, a payment, a price. */
  private static final Map<String, String> MONEY_NOUNS =
      LanguagePack.english().pairs("money-nouns.tsv");

  private static final Map<String, String> MONEY_AFTER =
      LanguagePack.english().pairs("money-after.tsv");

  /** What a sum is when the words right after it say so: "$54.20 a share". */
  private static final Pattern MONEY_AFTER_WORDS =
      Pattern.compile(
          "(?i)^[\\s\\u00A0]*("
              + LanguagePack.alternationOf(MONEY_AFTER.keySet(), "\\s+")
              + ")\\b");

  /** Measures of one kind of thing, with the subject they stand for ("magnitude": earthquake). */
  private static final Map<String, String> MEASURE_SUBJECTS =
      LanguagePack.english().pairs("measure-subjects.tsv");

  /** What a sum of money is for, named near it: "the cleanup cost", "to rebuild the bridge". */
  private static final Map<String, String> MONEY_PURPOSES =
      LanguagePack.english().pairs("money-purposes.tsv");

  private static final Pattern MONEY_PURPOSE =
      Pattern.compile(
          "(?i)\\b(?:" + LanguagePack.alternationOf(MONEY_PURPOSES.keySet(), "\\s+") + ")\\b");

  /**
   * What a sum is for when the words around it say so, within {@code before} characters ahead of it
   * and {@code after} after it: the purpose nearest the sum, as a subject ("rebuild"), so that sums
   * for different purposes are different figures.
   */
  private static Optional<Subject> moneyPurpose(
      String text, int from, int to, int sumStart, int sumEnd) {
    Matcher m = MONEY_PURPOSE.matcher(text);
    m.region(from, to);
    Subject best = null;
    int bestGap = Integer.MAX_VALUE;
    while (m.find()) {
      int gap = m.end() <= sumStart ? sumStart - m.end() : m.start() - sumEnd;
      if (m.start() < sumEnd && m.end() > sumStart) {
        continue;
      }
      if (gap < bestGap) {
        bestGap = gap;
        String word = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        best =
            new Subject(
                MONEY_PURPOSES.getOrDefault(word, word),
                new Span(m.start(), m.end()),
                Optional.empty());
      }
    }
    return Optional.ofNullable(best);
  }

  private static final Pattern MONEY_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:" + LanguagePack.alternationOf(MONEY_NOUNS.keySet(), "\\s+") + ")\\b");

  /** The measure of a sum: its noun, singular and lower-case ("payments" → "payment"). */
  private static String moneyMeasure(String noun) {
    String n = noun.toLowerCase(Locale.ROOT);
    return MONEY_NOUNS.getOrDefault(n, n);
  }

  /**
   * Verbs and phrases before a number that say what it counts: "deployed around 12,000 troops",
   * "claimed the lives of 14 people".
   */
  private static final Pattern VERB_BEFORE =
      Pattern.compile(
          "(?i)\\b(" + LanguagePack.alternationOf(MEASURES_BEFORE.keySet(), "\\s+") + ")\\b");

  /** The most words a phrase before a number has: its look-back reaches that much further. */
  private static final int LONGEST_BEFORE =
      MEASURES_BEFORE.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);

  /** What a percentage is a share of, when the words right after it say so: "a 9% stake". */
  private static final Map<String, String> PERCENT_AFTER =
      LanguagePack.english().pairs("percent-after.tsv");

  private static final Pattern PERCENT_AFTER_WORDS =
      Pattern.compile(
          "(?i)^[\\s\\u00A0]*("
              + LanguagePack.alternationOf(PERCENT_AFTER.keySet(), "\\s+")
              + ")\\b");

  /** Event verbs next to a date, with what they are normalised to. */
  private static final Map<String, String> EVENTS = LanguagePack.english().pairs("event-verbs.tsv");

  private static final Pattern EVENT = alternatives(EVENTS, "e");

  /** Events a date after "by" sets a deadline for: "the works will be completed by 2028". */
  private static final Set<String> DEADLINE_EVENTS =
      LanguagePack.english().set("deadline-events.txt");

  private static final Pattern HEDGES =
      Pattern.compile(
          "(?i)\\b("
              + LanguagePack.alternationOf(
                  Lexicon.hedges(LanguagePack.english(), "claim").keySet(), " ")
              + ")\\b");
  private static final Pattern NEGATION =
      Pattern.compile(
          "(?i)\\b("
              + LanguagePack.english().alternation("negations.tsv", "word", "\\s+")
              + ")\\b|(?:"
              + LanguagePack.english().alternation("negations.tsv", "ending", "\\s+")
              + ")\\b");

  /** "born in" right before a date: the person's birth. */
  private static final Pattern BORN =
      Pattern.compile(
          "(?i)\\b(?:"
              + LanguagePack.english().alternation("person-attribute-openers.tsv", "born", "\\s+")
              + ")\\s+$");

  private static final Pattern SERVING =
      Pattern.compile(
          "(?i)\\b(" + LanguagePack.english().alternation("service.tsv", "serving", " ") + ")\\b");

  /** "began serving", "started his service", "joined the army", "enlisted": a start of service. */
  private static final Pattern BEGAN_SERVING =
      Pattern.compile(
          "(?i)\\b(?:"
              + LanguagePack.english().alternation("service.tsv", "began", "\\s+")
              + ")\\b");

  /** Soldiers' functions and ranks, for "was a rifleman" and "Ri, a sniper". */
  private static final String MILITARY_ROLES =
      "(?:(?:"
          + LanguagePack.alternationOf(
              Lexicon.union(
                  LanguagePack.english().category("roles.tsv", "function"),
                  Lexicon.titles(LanguagePack.english(), "role").stream()
                      .map(Lexicon.Title::word)
                      .toList()),
              "\\s+")
          + ")(?:\\s+(?:"
          + LanguagePack.english().alternation("roles.tsv", "suffix", "\\s+")
          + "))?)";

  /** "a", "an": the article of a role ("Ri, a sniper"). */
  private static final String INDEFINITE =
      LanguagePack.english().alternation("articles.tsv", "indefinite", " ");

  private static final Pattern NAME_MILITARY_ROLE =
      Pattern.compile(
          "\\b([A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){0,2}),\\s+(?:"
              + INDEFINITE
              + ")\\s+("
              + MILITARY_ROLES
              + ")\\b");

  private static final Pattern SERVED_AS =
      Pattern.compile(
          "(?i)\\b(?:"
              + LanguagePack.english().alternation("service.tsv", "role", "\\s+")
              + ")\\s+(?:"
              + INDEFINITE
              + ")\\s+("
              + MILITARY_ROLES
              + ")\\b");

  private static final Pattern AGED =
      Pattern.compile(
          "(?i)\\b(?:"
              + LanguagePack.english().alternation("person-attribute-openers.tsv", "age", "\\s+")
              + ")\\s+(\\d{1,3})\\b");

  /** "Lena Brasko, 29, a teacher": a name with its age in commas. */
  private static final Pattern NAME_AGE =
      Pattern.compile("\\b((?:[A-Z][\\p{L}'’-]+)(?:\\s+[A-Z][\\p{L}'’-]+){0,2}),\\s+(\\d{1,3}),");

  private static final String TITLES =
      Lexicon.titlePattern(
          LanguagePack.english(), Lexicon.titles(LanguagePack.english(), "speaker"), "\\.");
  private static final Pattern TITLE_NAME =
      Pattern.compile(
          "\\b((?:[A-Z][\\p{L}.]+\\s+){0,2}?(?:"
              + TITLES
              + "))\\s+((?:[A-Z][\\p{L}'’-]+)(?:\\s+[A-Z][\\p{L}'’-]+){0,2})");
  private static final Pattern NAME_ROLE =
      Pattern.compile(
          "\\b([A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){0,2}),\\s+((?:(?:"
              + LanguagePack.alternationOf(Lexicon.definiteArticles(LanguagePack.english()), " ")
              + ")\\s+)?(?:(?:"
              + LanguagePack.english().alternation("newsroom-jobs.tsv", "modifier", " ")
              + ")\\s+)?(?:"
              + LanguagePack.alternationOf(LanguagePack.english().set("role-heads.txt"), " ")
              + ")"
              + "\\s+of\\s+[^,.;]{3,60}?)(?=[,.;])");
  private static final Pattern QUOTE = Pattern.compile("[“\"]([^“”\"]{1,2000})[”\"]");
  private static final Set<String> FURNITURE = LanguagePack.english().set("page-furniture.txt");
  private static final String UNSTATED = "(unstated)";

  /** How a sentence that goes on with the report before it begins. */
  private static final Pattern CONTINUES =
      Pattern.compile(
          "(?:"
              + LanguagePack.alternationOf(
                  LanguagePack.english().set("continuation-openers.txt"), " ")
              + ")\\b");

  /**
   * Units the quantity tagger leaves to the counted noun: a measurement, not a count of anything
   * that happened.
   */
  private static final Set<String> UNIT_WORDS = LanguagePack.english().set("measurement-units.txt");

  /** Cues that attribute a view or a name, not words spoken. */
  private static final Set<String> NOT_SPEECH =
      Set.copyOf(LanguagePack.english().category("reporting-verbs.tsv", "view"));

  private static final List<String> SMALL = Lexicon.unitWords(LanguagePack.english(), 1, 9);
  private static final Pattern SMALL_OR =
      Pattern.compile("(?i)\\b(" + LanguagePack.alternationOf(SMALL, "\\s+") + ")\\s+or\\s+$");
  private static final Set<String> PRONOUN_SUBJECTS =
      Lexicon.pronouns(
          LanguagePack.english(), Set.of("personal", "plural"), Set.of("subject", "object"));

  private final ExtractOptions options;
  private final Cues cues;
  private final Traits traits;
  private final Optional<AttributionTagger> tagger;

  /** An extractor that uses the learned attribution tagger on the class path, if there is one. */
  public ClaimExtractor(ExtractOptions options) {
    this(options, AttributionTagger.discover());
  }

  /**
   * An extractor with the given attribution tagger; {@code Optional.empty()} keeps the cue rules
   * alone.
   */
  public ClaimExtractor(ExtractOptions options, Optional<AttributionTagger> tagger) {
    this.options = options;
    this.cues = new Cues(options);
    this.traits = new Traits(options);
    this.tagger = tagger;
  }

  /** Claims of an article, with the article's outlet as the last link of every chain. */
  public List<Claim> extract(Article article, Annotation annotation) {
    return extract(article, annotation, List.of());
  }

  /**
   * Claims of an article of a story whose dated reports were published on {@code storyDays} (one
   * entry a report): in a language read by its own lists, an undated article's events dated without
   * a year take the reading those reports agree on. Its figures still hold at its own unknown date:
   * a date beside a figure often names the event, not the day the figure was counted, and only the
   * report's own date says when that was.
   */
  public List<Claim> extract(Article article, Annotation annotation, List<LocalDate> storyDays) {
    Optional<Figures> figures = Figures.of(article.language());
    // A language with a lexicon of its own is read by it; the clause rules read English.
    List<Claim> read =
        figures.isPresent()
            ? figures
                .get()
                .claims(
                    article.id(),
                    article.outlet(),
                    annotation,
                    article.published().map(io.corroborate.model.DateStamp::date),
                    options)
            : extract(article.id(), article.outlet(), annotation);
    // Quotations and dated events of those languages, read through their own marks and verbs.
    Optional<WorldClaims> world =
        figures.isPresent() ? WorldClaims.of(article.language()) : Optional.empty();
    if (world.isPresent()) {
      List<Claim> more = new ArrayList<>(read);
      more.addAll(
          world
              .get()
              .claims(
                  article.id(),
                  article.outlet(),
                  annotation,
                  article.published().map(io.corroborate.model.DateStamp::date),
                  storyDays,
                  options));
      read = List.copyOf(more);
    }
    // Roles written beside a name ("Teo Varn, woordvoerder van het ministerie,"), as English reads
    // "Teo Varn, the head of the agency,".
    if (figures.isPresent()) {
      Optional<Sources> sources = Sources.of(article.language());
      if (sources.isPresent()) {
        List<Claim> roles = roles(sources.get(), article, annotation);
        if (!roles.isEmpty()) {
          List<Claim> more = new ArrayList<>(read);
          more.addAll(roles);
          read = List.copyOf(more);
        }
      }
    }
    // Word and date claims (a flag, a deal's status) after the others: links index the others.
    List<Claim> words =
        WordClaims.of(article.language())
            .read(
                article.id(), article.outlet(), annotation, read, article.published().isPresent());
    if (words.isEmpty()) {
      return read;
    }
    List<Claim> all = new ArrayList<>(read);
    all.addAll(words);
    return List.copyOf(all);
  }

  /**
   * The roles an article in a language read by its own lists writes beside names, each an attribute
   * of the name, as its publication describes that person.
   */
  private List<Claim> roles(Sources sources, Article article, Annotation annotation) {
    String text = annotation.text();
    List<Claim> out = new ArrayList<>();
    for (Sentence sentence : annotation.sentences()) {
      for (Sources.Role r : sources.roles(text, sentence.span(), options.maxSourceWords())) {
        Span name = r.name();
        Optional<Span> entity = Optional.empty();
        for (EntityMention e : annotation.entities()) {
          if (e.span().start() < name.end() && name.start() < e.span().end()) {
            entity = Optional.of(e.span());
            break;
          }
        }
        out.add(
            new Claim(
                ClaimKind.ATTRIBUTE,
                new Subject(name.of(text), name, entity),
                "role",
                new ClaimValue.Text(r.role(), r.role().of(text)),
                new HoldsAt.ArticleDate(
                    article.published().map(io.corroborate.model.DateStamp::date)),
                Optional.empty(),
                Hedging.NONE,
                Attribution.outletOnly(article.outlet()),
                new Evidence(
                    article.id(),
                    sentence.index(),
                    sentence.span(),
                    new Span(name.start(), r.role().end())),
                options.attributeConfidence(),
                List.of()));
      }
    }
    return out;
  }

  /**
   * Claims of an annotated text, in text order.
   *
   * @param articleId the id evidence will name
   * @param outlet the publishing outlet, last link of every chain
   */
  public List<Claim> extract(String articleId, String outlet, Annotation annotation) {
    String text = annotation.text();
    List<Claim> out = new ArrayList<>();
    Chains chains = new Chains(outlet, annotation);
    boolean quoteOpen = false;
    boolean reportRunsOn = false;
    List<Resolved> previous = List.of();
    Optional<Voice> relay = Optional.empty();
    int lastEnd = 0;
    int turnEnd = -1;
    Optional<Map<Integer, List<Cues.Found>>> learned = learned(annotation);
    Map<Integer, Cues.Found> signedLater = signedLater(annotation);
    boolean transcript = turns(annotation) >= 2;
    for (Sentence sentence : annotation.sentences()) {
      Span ss = sentence.span();
      String s = ss.of(text);
      // 1. A blank line between sentences ends the passage: open quotations and running reports
      //    stop there, while "He added" may still name the last speaker.
      if (text.substring(Math.min(lastEnd, ss.start()), ss.start()).contains("\n\n")) {
        quoteOpen = false;
        reportRunsOn = false;
        previous = List.of();
      }
      lastEnd = ss.end();
      // 2. Attribution cues of the sentence, with pronoun sources resolved.
      //    In claims the rules speak first where they fire (their chains are what the dossier's
      //    relays and pinned voices were built on); the learned tagger fills the sentences they
      //    miss, with the cues that name a source in the sentence. A transcript's turn ("REYL: …")
      //    speaks to the end of its line.
      List<Cues.Found> found = cues.find(s, ss.start());
      if (found.isEmpty() && learned.isPresent()) {
        found =
            learned.get().getOrDefault(sentence.index(), List.of()).stream()
                .filter(f -> f.source().length() > 0)
                .toList();
      }
      Optional<Cues.Found> turn = transcript ? turn(annotation, sentence) : Optional.empty();
      if (turn.isPresent()) {
        List<Cues.Found> withTurn = new ArrayList<>(found);
        withTurn.add(0, turn.get());
        found = withTurn;
        int nl = text.indexOf('\n', ss.start());
        turnEnd = nl < 0 ? text.length() : nl;
      }
      chains.sentenceBefore = previous;
      List<Resolved> resolved = chains.resolve(found, text);
      // 3. A sentence with no cue of its own carries the voices of the one before in the passage
      //    when it continues an open quotation, the report ("… reported that … . There are …") or
      //    a transcript's turn, and the voice of a quotation it opens or continues when the
      //    quotation is signed after it closes ("“… . …,” the mayor said", "“…” ― Name").
      List<Resolved> carried = List.of();
      Cues.Found signed = signedLater.get(sentence.index());
      if (found.isEmpty() && signed != null) {
        carried =
            chains.resolve(List.of(signed), text).stream()
                .map(r -> new Resolved(r.found(), r.voice().asInherited(), r.outlet()))
                .toList();
      } else if (found.isEmpty()
          && (quoteOpen
              || reportRunsOn && CONTINUES.matcher(s).lookingAt()
              || ss.start() < turnEnd)) {
        carried =
            previous.stream()
                .map(r -> new Resolved(r.found(), r.voice().asInherited(), r.outlet()))
                .toList();
      }
      quoteOpen = opensQuote(s, quoteOpen);
      reportRunsOn =
          resolved.stream()
              .anyMatch(
                  r ->
                      r.found().content().end() >= ss.end() - 2
                          && r.found().content().start() > r.found().cue().start());
      if (!resolved.isEmpty()) {
        previous = resolved;
      } else if (carried.isEmpty()) {
        previous = List.of();
        reportRunsOn = false;
      }
      if (relay.isEmpty()) {
        relay = relayOf(resolved, s, ss);
      }
      Ctx ctx =
          new Ctx(
              articleId,
              outlet,
              annotation,
              sentence,
              s,
              resolved.isEmpty() ? carried : resolved,
              chains);
      int before = out.size();
      // 4. Numbers with what they count; 5. attributes; 6. dated events; 7. quotations.
      numeric(ctx, out);
      ordinals(ctx, out);
      Set<Span> usedTimes = new java.util.HashSet<>();
      attributes(ctx, out, usedTimes);
      events(ctx, out, usedTimes);
      quotes(ctx, out);
      // 8. Keep text order inside the sentence; links were made against final indexes.
      if (out.size() - before > 1) {
        List<Claim> mine = new ArrayList<>(out.subList(before, out.size()));
        boolean sorted = true;
        for (int i = 1; i < mine.size(); i++) {
          sorted &=
              mine.get(i - 1).evidence().claim().start() <= mine.get(i).evidence().claim().start();
        }
        if (!sorted && mine.stream().allMatch(c -> c.links().isEmpty())) {
          mine.sort(
              (x, y) ->
                  Integer.compare(x.evidence().claim().start(), y.evidence().claim().start()));
          for (int i = 0; i < mine.size(); i++) {
            out.set(before + i, mine.get(i));
          }
        }
      }
      chains.remember(resolved);
    }
    // 9. An article that says whose report it relays ("The Wall Street Journal reported the
    //    information") cites that outlet for every claim that cites no other.
    if (relay.isPresent()) {
      Voice via = relay.get().asInherited();
      for (int i = 0; i < out.size(); i++) {
        Claim c = out.get(i);
        if (c.attribution().cited().isEmpty()) {
          out.set(
              i,
              c.withAttribution(new Attribution(c.attribution().speakers(), List.of(via), outlet)));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The sentences inside a quotation that is signed only after it closes, each with the cue that
   * signs it: 1. a quotation opened in one sentence and closed in a later one of the same paragraph
   * whose cue follows the closing mark ("“… . …,” the mayor said"), for the sentences before the
   * closing one; 2. a quotation followed by a sentence that only signs it ("― Name"), for every
   * sentence of the quotation.
   */
  private Map<Integer, Cues.Found> signedLater(Annotation annotation) {
    Map<Integer, Cues.Found> out = new HashMap<>();
    String text = annotation.text();
    List<Sentence> sentences = annotation.sentences();
    boolean open = false;
    int openedAt = -1;
    int lastEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      Span ss = sentence.span();
      String s = ss.of(text);
      if (text.substring(Math.min(lastEnd, ss.start()), ss.start()).contains("\n\n")) {
        open = false;
      }
      lastEnd = ss.end();
      boolean wasOpen = open;
      int from = wasOpen ? openedAt : i;
      open = opensQuote(s, wasOpen);
      if (open) {
        openedAt = from;
        continue;
      }
      int close = Math.max(s.lastIndexOf('”'), s.lastIndexOf('"'));
      if (close < 0) {
        continue;
      }
      Optional<Cues.Found> sign = Optional.empty();
      if (wasOpen) {
        int closeAt = ss.start() + s.indexOf(firstClose(s));
        sign =
            cues.find(s, ss.start()).stream()
                .filter(f -> f.source().length() > 0 && f.cue().start() > closeAt)
                .findFirst()
                .map(
                    f ->
                        new Cues.Found(
                            f.source(),
                            f.cue(),
                            new Span(sentences.get(from).span().start(), closeAt + 1)));
      }
      if (sign.isEmpty() && i + 1 < sentences.size() && s.substring(close + 1).isBlank()) {
        Span next = sentences.get(i + 1).span();
        sign =
            Cues.signature(
                next.of(text),
                next.start(),
                new Span(sentences.get(from).span().start(), ss.start() + close + 1));
        if (sign.isPresent()) {
          out.put(i, sign.get());
        }
      }
      if (sign.isPresent()) {
        for (int k = from; k < i; k++) {
          out.put(sentences.get(k).index(), sign.get());
        }
      }
    }
    return out;
  }

  /** The first closing quotation mark of a sentence that continues an open quotation. */
  private static char firstClose(String s) {
    int curly = s.indexOf('”');
    int straight = s.indexOf('"');
    return curly >= 0 && (straight < 0 || curly < straight) ? '”' : '"';
  }

  /** How many sentences of the text open a line with a transcript's turn. */
  private int turns(Annotation annotation) {
    int n = 0;
    for (Sentence sentence : annotation.sentences()) {
      n += turn(annotation, sentence).isPresent() ? 1 : 0;
    }
    return n;
  }

  /**
   * The transcript turn that opens the sentence, if it opens a line and its name is no place (a
   * dateline such as "LENWICK: …" is not a speaker).
   */
  private static Optional<Cues.Found> turn(Annotation annotation, Sentence sentence) {
    String text = annotation.text();
    Span ss = sentence.span();
    int lineStart = text.lastIndexOf('\n', Math.max(0, ss.start() - 1)) + 1;
    if (ss.start() > 0 && !text.substring(lineStart, ss.start()).isBlank()) {
      return Optional.empty();
    }
    return Cues.turn(ss.of(text), ss.start())
        .filter(
            f ->
                annotation.entities().stream()
                    .noneMatch(
                        e ->
                            e.span().start() < f.source().end()
                                && f.source().start() < e.span().end()
                                && e.type() == EntityType.LOCATION));
  }

  /**
   * An outlet cue whose content is only "the information", "this" or nothing: the article's relayed
   * source.
   */
  private static Optional<Voice> relayOf(List<Resolved> resolved, String s, Span ss) {
    if (resolved.stream().anyMatch(r -> !r.outlet())) {
      return Optional.empty();
    }
    for (Resolved r : resolved) {
      Span c = r.found().content();
      String content =
          c.length() == 0
              ? ""
              : s.substring(
                  Math.max(0, c.start() - ss.start()), Math.min(s.length(), c.end() - ss.start()));
      if (r.outlet() && (content.isBlank() || content.trim().split("\\s+").length <= 3)) {
        return Optional.of(r.voice());
      }
    }
    return Optional.empty();
  }

  /** The attribution relations the cue rules find, sentence by sentence, for scoring. */
  public List<AttributionRelation> attributions(Annotation annotation) {
    Optional<Map<Integer, List<Cues.Found>>> learned = learned(annotation);
    if (learned.isPresent()) {
      List<AttributionRelation> out = new ArrayList<>();
      for (Sentence sentence : annotation.sentences()) {
        for (Cues.Found f : learned.get().getOrDefault(sentence.index(), List.of())) {
          out.add(
              new AttributionRelation(
                  sentence.index(),
                  f.source(),
                  f.cue(),
                  f.content(),
                  cues.outletLike(f.source().of(annotation.text()))));
        }
      }
      return out;
    }
    List<AttributionRelation> out = new ArrayList<>();
    for (Sentence sentence : annotation.sentences()) {
      String s = sentence.span().of(annotation.text());
      for (Cues.Found f : cues.find(s, sentence.span().start())) {
        out.add(
            new AttributionRelation(
                sentence.index(),
                f.source(),
                f.cue(),
                f.content(),
                cues.outletLike(f.source().of(annotation.text()))));
      }
    }
    return out;
  }

  /**
   * The learned tagger's cues by sentence, where a tagger runs on this annotation, with the cue
   * rules' finds added where the tagger found nothing: a rule cue counts only when no span of the
   * tagger's (source, cue or content) touches it.
   */
  private Optional<Map<Integer, List<Cues.Found>>> learned(Annotation annotation) {
    if (tagger.isEmpty() || !tagger.get().accepts(annotation)) {
      return Optional.empty();
    }
    Map<Integer, List<Cues.Found>> out = new HashMap<>();
    List<Span> taken = new ArrayList<>();
    for (AttributionRelation r : tagger.get().tag(annotation)) {
      out.computeIfAbsent(r.sentenceIndex(), k -> new ArrayList<>())
          .add(new Cues.Found(r.source(), r.cue(), r.content()));
      taken.add(r.cue());
      taken.add(r.content());
      if (r.source().length() > 0) {
        taken.add(r.source());
      }
    }
    for (Sentence sentence : annotation.sentences()) {
      String s = sentence.span().of(annotation.text());
      for (Cues.Found f : cues.find(s, sentence.span().start())) {
        if (taken.stream().noneMatch(t -> t.start() < f.cue().end() && f.cue().start() < t.end())
            && f.content().length() > 0) {
          List<Cues.Found> list = out.computeIfAbsent(sentence.index(), k -> new ArrayList<>());
          list.add(f);
          list.sort(java.util.Comparator.comparingInt(x -> x.cue().start()));
        }
      }
    }
    return Optional.of(out);
  }

  // ---------------------------------------------------------------------------------------------
  // Numbers

  private void numeric(Ctx ctx, List<Claim> out) {
    List<QuantityMention> qs =
        inside(ctx.annotation.quantities(), ctx.sentence.span(), QuantityMention::span);
    int firstOfSentence = out.size();
    for (int qi = 0; qi < qs.size(); qi++) {
      QuantityMention q = qs.get(qi);
      int after = q.span().end();
      if (after < ctx.text().length() && Character.isLetter(ctx.text().charAt(after))) {
        continue; // "84th": an ordinal names a unit, it counts nothing
      }
      Optional<Lengths.Reading> length = Lengths.at(ctx.text(), q, ctx.sentence.span());
      if (length.isPresent()) {
        qi = length(ctx, qs, qi, length.get(), out, firstOfSentence);
        continue;
      }
      boolean money =
          q.unit().map(io.corroborate.annotate.quantity.QuantityTagger::isCurrency).orElse(false);
      if (q.unit().isPresent()
          && !q.unit().get().equals("fraction")
          && !q.unit().get().equals("%")
          && !money) {
        continue; // lengths, areas and ages are not counts of what happened
      }
      Subject moneySubject = null;
      Subject moneyPurpose = null;
      String shareMeasure = null;
      if (q.unit().map("%"::equals).orElse(false)) {
        // "a 9.2% stake", "a 38% premium", "9% of the company": the words after say what share.
        Matcher pa =
            PERCENT_AFTER_WORDS.matcher(
                ctx.text()
                    .substring(
                        q.span().end(), Math.min(ctx.sentence.span().end(), q.span().end() + 40)));
        if (pa.find()) {
          moneySubject =
              new Subject(
                  PERCENT_AFTER.get(pa.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")),
                  new Span(q.span().end() + pa.start(1), q.span().end() + pa.end(1)),
                  Optional.empty());
        } else {
          moneySubject = shareOfGroup(ctx, q).orElse(null);
          shareMeasure = moneySubject == null ? null : SHARE;
        }
      }
      if (money) {
        // "put the damage at an estimated 150 million marks", "a fund of 60 million marks": the
        // sum is of the thing named just before it; a sum with no such noun is left alone.
        int from = Math.max(ctx.sentence.span().start(), q.span().start() - 60);
        String before = ctx.text().substring(from, q.span().start());
        Matcher mb = MONEY_BEFORE.matcher(before);
        int at = -1;
        Matcher ma =
            MONEY_AFTER_WORDS.matcher(
                ctx.text()
                    .substring(
                        q.span().end(), Math.min(ctx.sentence.span().end(), q.span().end() + 40)));
        if (ma.find()) {
          String measure =
              MONEY_AFTER.get(ma.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
          moneySubject =
              new Subject(
                  measure,
                  new Span(q.span().end() + ma.start(1), q.span().end() + ma.end(1)),
                  Optional.empty());
          before = "";
          at = 0;
        }
        boolean namedAfter = moneySubject != null;
        while (!namedAfter && mb.find()) {
          at = mb.start();
          moneySubject =
              new Subject(
                  mb.group(), new Span(from + mb.start(), from + mb.end()), Optional.empty());
        }
        if (moneySubject == null || before.substring(at).chars().anyMatch(Character::isDigit)) {
          continue;
        }
        int next = qi + 1 < qs.size() ? qs.get(qi + 1).span().start() : ctx.sentence.span().end();
        int prev = qi > 0 ? qs.get(qi - 1).span().end() : ctx.sentence.span().start();
        moneyPurpose =
            moneyPurpose(
                    ctx.text(),
                    Math.max(prev, Math.max(ctx.sentence.span().start(), q.span().start() - 80)),
                    Math.max(
                        q.span().end(),
                        Math.min(next, Math.min(ctx.sentence.span().end(), q.span().end() + 40))),
                    q.span().start(),
                    q.span().end())
                .orElse(null);
      }
      int limit = qi + 1 < qs.size() ? qs.get(qi + 1).span().start() : ctx.sentence.span().end();
      int wordsEnd = afterWords(ctx.text(), q.span().end(), limit, options.measureWindowWords());
      // The measure must start inside the window but may run past it ("… been killed or wounded").
      String window = cutAtClause(ctx.text().substring(q.span().end(), limit));
      Matcher mm = MEASURE.matcher(window);
      String measure =
          shareMeasure != null
              ? shareMeasure
              : moneySubject == null ? null : moneyMeasure(moneySubject.text());
      int measureAt = moneySubject == null ? -1 : moneySubject.span().start();
      boolean isFraction = q.unit().map("fraction"::equals).orElse(false);
      while (moneySubject == null && mm.find() && q.span().end() + mm.start() < wordsEnd) {
        if (DETERMINER_BEFORE.matcher(window.substring(0, mm.start())).find()) {
          continue; // "three more bodies in the flooded fields": an adjective, not what is counted
        }
        String found = MEASURES.get(mm.group(1).toLowerCase(Locale.ROOT));
        if (MEASURE_SUBJECTS.containsKey(found) && wordCount(window.substring(0, mm.start())) > 1) {
          continue; // "rose to 78,000 after a quake of magnitude 7.8": a magnitude sits by its
          // figure
        }
        // "two-thirds of the losses being soldiers killed": a share names the part, not the whole.
        if (measure != null && !(isFraction && measure.equals("casualties"))) {
          break;
        }
        measure = found;
        measureAt = q.span().end() + mm.start();
      }
      if (measure == null) {
        // "the death toll from the failure rose to 17", "put the death toll at 14"
        String clause =
            ctx.text()
                .substring(
                    Math.max(ctx.sentence.span().start(), q.span().start() - 120),
                    q.span().start());
        Matcher toll = TOLL_BEFORE.matcher(clause);
        if (toll.find()) {
          measure = "dead";
          measureAt = q.span().start() - clause.length() + toll.start();
        }
      }
      if (measure == null) {
        int lbStart =
            beforeWords(
                ctx.text(),
                q.span().start(),
                ctx.sentence.span().start(),
                options.lookBackWords() + LONGEST_BEFORE - 1);
        Matcher vb = VERB_BEFORE.matcher(ctx.text().substring(lbStart, q.span().start()));
        String last = null;
        while (vb.find()) {
          // A phrase ends, as a single verb does, within the look-back of the number.
          if (wordCount(ctx.text().substring(lbStart + vb.end(), q.span().start()))
              > options.lookBackWords() - 1) {
            continue;
          }
          last = vb.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
          measureAt = lbStart + vb.start();
        }
        if (last != null
            && MEASURE_SUBJECTS.containsKey(MEASURES_BEFORE.getOrDefault(last, last))
            && wordCount(ctx.text().substring(measureAt + last.length(), q.span().start())) > 1) {
          last = null; // "magnitude 7.8 … killed 78,000": a magnitude names the figure next to it
          measureAt = -1;
        }
        if (last != null) {
          measure = MEASURES_BEFORE.getOrDefault(last, last);
        }
      }
      Span phrase = subjectAfter(ctx.text(), q.span().end(), limit);
      String lastWord = phrase.length() == 0 ? "" : lastWord(phrase.of(ctx.text()));
      boolean inheritsSubject = phrase.length() == 0 || INHERITED_SUBJECT.contains(lastWord);
      int predicateEnd = -1;
      if (measure == null && !inheritsSubject && !isFraction) {
        // "3,100 residents of the town and two villages had been evacuated": the predicate of the
        // counted people says what the figure counts.
        int from = q.span().end();
        Matcher pm =
            PREDICATE.matcher(
                cutAtClause(
                    ctx.text()
                        .substring(
                            from,
                            Math.min(
                                ctx.sentence.span().end(),
                                phrase.end() + options.predicateWindowChars()))));
        if (pm.find()) {
          measure = matched(pm, PREDICATES, "p");
          measureAt = from + pm.start();
          predicateEnd = from + pm.end();
          // "villagers fled their homes": the counted noun ends where its predicate begins.
          if (measureAt < phrase.end()) {
            String cut = ctx.text().substring(phrase.start(), measureAt).stripTrailing();
            phrase = new Span(phrase.start(), phrase.start() + cut.length());
            lastWord = phrase.length() == 0 ? "" : lastWord(phrase.of(ctx.text()));
            // "14 hospitalised": the predicate right after the figure leaves no counted noun, so
            // the figure counts what the clause or the claim before it names.
            inheritsSubject = phrase.length() == 0 || INHERITED_SUBJECT.contains(lastWord);
          }
        }
      }
      if (measure == null
          && inheritsSubject
          && out.size() > firstOfSentence
          && out.get(out.size() - 1).kind() == ClaimKind.NUMERIC
          && !isFraction
          && PART_OF_OPENER
              .matcher(
                  ctx.text()
                      .substring(
                          Math.min(
                              out.get(out.size() - 1).evidence().claim().end(), q.span().start()),
                          q.span().start())
                      .toLowerCase(Locale.ROOT))
              .matches()) {
        // "14 fishermen were held, including three who …": a part counts what its whole does.
        measure = out.get(out.size() - 1).measure();
      }
      if (measure == null && !inheritsSubject && !plural(lastWord)) {
        // "Three men suspected of opening the gates appeared in court": the counted noun is the
        // head that a participle after it ("suspected", "allegedly paid") describes.
        Span head = nounBefore(ctx.text(), phrase);
        String headWord = head.length() == 0 ? "" : lastWord(head.of(ctx.text()));
        if (head.end() < phrase.end() && plural(headWord)) {
          phrase = head;
          lastWord = headWord;
        }
      }
      if (measure == null) {
        if (inheritsSubject
            || FURNITURE.contains(lastWord)
            || UNIT_WORDS.contains(lastWord)
            || !plural(lastWord)
            || isFraction
            || q.unit().map("%"::equals).orElse(false)) {
          continue;
        }
        measure = "count";
      }
      if (isFraction && out.size() == firstOfSentence) {
        continue; // "roughly half" of nothing stated is not a figure
      }
      // The subject: the counted noun phrase, else the subject of the claim before ("and 2,700
      // others wounded").
      Subject subject;
      Span claimSpan;
      if (moneySubject != null) {
        subject = moneyPurpose != null ? moneyPurpose : moneySubject;
      } else if (MEASURE_SUBJECTS.containsKey(measure) && measureAt >= 0) {
        // "a 7.8 magnitude quake", "magnitude 7.8": the measure says what it is of.
        subject =
            new Subject(
                MEASURE_SUBJECTS.get(measure),
                new Span(measureAt, measureEnd(ctx.text(), measureAt)),
                Optional.empty());
      } else if (!inheritsSubject) {
        subject = new Subject(phrase.of(ctx.text()), phrase, entityIn(ctx, phrase));
      } else if (out.size() > firstOfSentence
          && out.get(out.size() - 1).kind() == ClaimKind.NUMERIC) {
        subject = out.get(out.size() - 1).subject();
      } else {
        Subject clause = clauseSubject(ctx, q.span().start());
        subject =
            clause.text().equals(UNSTATED)
                    || clause.span().end() > q.span().start()
                    || SUBJECT_STOP.contains(clause.text().toLowerCase(Locale.ROOT))
                    || !countedGroup(clause)
                ? new Subject(q.text(), q.span(), Optional.empty())
                : clause;
      }
      int claimEnd =
          Math.max(
              q.span().end(),
              Math.max(
                  subject.span().end(), measureAt < 0 ? 0 : measureEnd(ctx.text(), measureAt)));
      int claimStart = Math.min(q.span().start(), measureAt < 0 ? q.span().start() : measureAt);
      claimEnd = Math.min(Math.max(claimEnd, predicateEnd), ctx.sentence.span().end());
      claimSpan = new Span(claimStart, claimEnd);
      // Stated relations to the claim before in the sentence.
      List<ClaimLink> links = new ArrayList<>();
      if (out.size() > firstOfSentence) {
        int prev = out.size() - 1;
        String between =
            ctx.text()
                .substring(
                    Math.min(out.get(prev).evidence().claim().end(), q.span().start()),
                    q.span().start())
                .toLowerCase(Locale.ROOT);
        if (isFraction && between.length() < 120) {
          links.add(new ClaimLink(ClaimLink.Kind.FRACTION_OF, prev));
        } else if (PART_OF_OPENER.matcher(between).matches()) {
          links.add(new ClaimLink(ClaimLink.Kind.PART_OF, partOfTarget(out, firstOfSentence)));
        } else if (PART_JOINER.matcher(between).matches() || between.matches("\\s*,\\s*")) {
          // "including 500 officers and three generals": the second part belongs to the same total.
          Optional<ClaimLink> partOf =
              out.get(prev).links().stream()
                  .filter(l -> l.kind() == ClaimLink.Kind.PART_OF)
                  .findFirst();
          links.add(partOf.orElse(new ClaimLink(ClaimLink.Kind.ALONGSIDE, prev)));
        }
      }
      List<String> hedges = hedgeWords(ctx, claimSpan);
      String hedgeText =
          q.text().substring(0, Math.max(0, firstDigitOrWord(q))).trim().toLowerCase(Locale.ROOT);
      if (!hedgeText.isEmpty()) {
        hedges.add(hedgeText);
      }
      boolean negated =
          negated(
              ctx.text(),
              ctx.sentence.span().start(),
              measureAt < 0 ? q.span().start() : measureAt);
      double conf =
          measure.equals("count") ? options.countConfidence() : options.numericConfidence();
      Attribution attribution = ctx.attributionFor(claimSpan);
      conf = adjust(conf, attribution);
      ClaimValue.Amount amount =
          new ClaimValue.Amount(q.span(), q.value(), q.bounds(), q.hedge(), q.unit());
      // "one or two officers": the tagger leaves "one" alone (it is mostly a pronoun); here it
      // opens a range.
      Matcher or =
          SMALL_OR.matcher(
              ctx.text()
                  .substring(
                      Math.max(ctx.sentence.span().start(), q.span().start() - 12),
                      q.span().start()));
      if (or.find() && q.hedge() == io.corroborate.annotate.quantity.Hedge.EXACT) {
        double low = SMALL.indexOf(or.group(1).toLowerCase(Locale.ROOT)) + 1.0;
        if (low < q.value()) {
          int at = q.span().start() - (or.end() - or.start());
          amount =
              new ClaimValue.Amount(
                  new Span(at, q.span().end()),
                  low,
                  io.corroborate.annotate.quantity.Bounds.closed(low, q.value()),
                  io.corroborate.annotate.quantity.Hedge.RANGE,
                  q.unit());
          claimSpan = new Span(Math.min(claimSpan.start(), at), claimSpan.end());
        }
      }
      out.add(
          new Claim(
              ClaimKind.NUMERIC,
              subject,
              measure,
              amount,
              countedOver(ctx).orElse(holdsAt(ctx, claimSpan, Set.of())),
              place(ctx, claimSpan),
              new Hedging(hedges, negated),
              attribution,
              evidence(ctx, claimSpan),
              conf,
              links));
    }
  }

  /**
   * Adds the claim of a length read at figure {@code qi} and returns the index of the last figure
   * it took: 1. a length in brackets right after it that is the same length in another unit ("6
   * miles (9.7 kilometers)") is one claim with it, kept in the metric unit; 2. the subject is the
   * noun the length stands before, else the noun it is "of", else the subject of a length before it
   * in the sentence ("300 feet wide and 35 feet deep"), else, after a size noun ("a depth of"), the
   * clause's subject; a length of nothing named is left alone.
   */
  private int length(
      Ctx ctx,
      List<QuantityMention> qs,
      int qi,
      Lengths.Reading r,
      List<Claim> out,
      int firstOfSentence) {
    QuantityMention q = qs.get(qi);
    String text = ctx.text();
    Span sentence = ctx.sentence.span();
    // 1. The same length in brackets.
    QuantityMention kept = q;
    String unit = r.unit();
    int last = qi;
    int end = r.end();
    if (qi + 1 < qs.size()) {
      QuantityMention n = qs.get(qi + 1);
      Optional<Lengths.Unit> mine = Lengths.unit(text, q, sentence);
      Optional<Lengths.Unit> theirs = Lengths.unit(text, n, sentence);
      if (n.span().start() >= r.end()
          && text.substring(r.end(), n.span().start()).matches("\\s*\\(\\s*")
          && mine.isPresent()
          && theirs.isPresent()
          && Lengths.sameLength(mine.get(), q, theirs.get(), n, options.conversionTolerance())) {
        last = qi + 1;
        end = Math.max(end, theirs.get().end());
        if (end < sentence.end() && text.charAt(end) == ')') {
          end++;
        }
        if (theirs.get().metric() && !mine.get().metric()) {
          kept = n;
          unit = theirs.get().unit();
        }
      }
    }
    // 2. What the length is of.
    Optional<Subject> subject = lengthSubject(ctx, qs, qi, r, out, firstOfSentence);
    if (subject.isEmpty()) {
      return last;
    }
    Span claimSpan =
        new Span(
            Math.min(q.span().start(), subject.get().span().start()),
            Math.min(sentence.end(), Math.max(end, subject.get().span().end())));
    List<String> hedges = hedgeWords(ctx, claimSpan);
    String hedgeText =
        kept.text()
            .substring(0, Math.max(0, firstDigitOrWord(kept)))
            .trim()
            .toLowerCase(Locale.ROOT);
    if (!hedgeText.isEmpty()) {
      hedges.add(hedgeText);
    }
    Attribution attribution = ctx.attributionFor(claimSpan);
    out.add(
        new Claim(
            ClaimKind.NUMERIC,
            subject.get(),
            r.measure(),
            new ClaimValue.Amount(
                kept.span(), kept.value(), kept.bounds(), kept.hedge(), Optional.of(unit)),
            holdsAt(ctx, claimSpan, Set.of()),
            place(ctx, claimSpan),
            new Hedging(hedges, negated(text, sentence.start(), q.span().start())),
            attribution,
            evidence(ctx, claimSpan),
            adjust(options.numericConfidence(), attribution),
            List.of()));
    return last;
  }

  private static final Set<String> COORDINATORS = LanguagePack.english().set("coordinators.txt");

  /**
   * The words of a phrase up to the verb or adverb that follows its noun: "the 240-foot ferry
   * crashed into" sizes the vessel. A participle or adverb after the first word ends it.
   */
  private static Span nounBefore(String text, Span phrase) {
    Matcher w = Pattern.compile("[\\p{L}][\\p{L}'’-]*").matcher(text);
    w.region(phrase.start(), phrase.end());
    int end = phrase.start();
    boolean first = true;
    while (w.find()) {
      String word = w.group().toLowerCase(Locale.ROOT);
      if (!first
          && (word.endsWith("ed")
              || word.endsWith("ly")
              || word.endsWith("ing")
              || SUBJECT_ENDING_VERBS.contains(word))) {
        break;
      }
      end = w.end();
      first = false;
    }
    return new Span(phrase.start(), end);
  }

  /** What a length at figure {@code qi} is of, as {@link #length} says; empty when none is. */
  private Optional<Subject> lengthSubject(
      Ctx ctx,
      List<QuantityMention> qs,
      int qi,
      Lengths.Reading r,
      List<Claim> out,
      int firstOfSentence) {
    String text = ctx.text();
    Span sentence = ctx.sentence.span();
    if (r.noun().isPresent()) {
      // The sentence's end bounds the noun: a figure inside it ("two-lane causeway") is a word.
      Span phrase = nounBefore(text, subjectAfter(text, r.noun().get().start(), sentence.end()));
      if (phrase.length() > 0) {
        return Optional.of(new Subject(phrase.of(text), phrase, entityIn(ctx, phrase)));
      }
      // "the 400-foot wide and 40-foot deep canal": the noun comes after the next length.
      if (qi + 1 < qs.size()
          && r.end() <= qs.get(qi + 1).span().start()
          && COORDINATORS.contains(
              text.substring(r.end(), qs.get(qi + 1).span().start())
                  .strip()
                  .toLowerCase(Locale.ROOT))) {
        Optional<Lengths.Reading> next = Lengths.at(text, qs.get(qi + 1), sentence);
        if (next.isPresent()) {
          return lengthSubject(ctx, qs, qi + 1, next.get(), out, firstOfSentence);
        }
      }
    }
    if (r.of().isPresent()) {
      Span of = r.of().get();
      return Optional.of(new Subject(of.of(text), of, entityIn(ctx, of)));
    }
    if (out.size() > firstOfSentence
        && out.get(out.size() - 1).value() instanceof ClaimValue.Amount a
        && a.unit().map(Lengths::isUnit).orElse(false)) {
      return Optional.of(out.get(out.size() - 1).subject());
    }
    if (r.namedBefore()) {
      Subject clause = clauseSubject(ctx, qs.get(qi).span().start());
      if (!clause.text().equals(UNSTATED) && clause.span().end() <= qs.get(qi).span().start()) {
        return Optional.of(clause);
      }
    }
    return Optional.empty();
  }

  /** Ordinal words with the count they reach. */
  private static final Map<String, Double> ORDINALS =
      LanguagePack.english().values("ordinals.tsv", Double::parseDouble);

  /** Phrases before an ordinal that say what it counts ("the body of a fifth …"). */
  private static final Map<String, String> MEASURES_ORDINAL = measures("ordinal");

  /** "a fourth", "an eighth": an indefinite article and an ordinal, a count reached. */
  private static final Pattern ORDINAL_COUNT =
      Pattern.compile(
          "(?i)\\b(?:"
              + LanguagePack.alternationOf(
                  Lexicon.numberWords(LanguagePack.english(), "article"), "\\s+")
              + ")\\s+("
              + LanguagePack.alternationOf(ORDINALS.keySet(), "\\s+")
              + ")\\b");

  private static final Pattern ORDINAL_BEFORE =
      Pattern.compile(
          "(?i)\\b(" + LanguagePack.alternationOf(MEASURES_ORDINAL.keySet(), "\\s+") + ")\\s+$");

  /**
   * Counts written as an ordinal: "the body of a fifth missing fisherman was brought in" is five
   * bodies recovered, "a fifth victim has died" five dead. The measure is the phrase before the
   * ordinal ({@code measures.tsv}, where "ordinal"), else a measure word after an auxiliary in the
   * clause ("has died", "was killed"); a measure word right after the ordinal describes the noun
   * ("a fifth missing fisherman") and says nothing.
   */
  private void ordinals(Ctx ctx, List<Claim> out) {
    String text = ctx.text();
    Span sentence = ctx.sentence.span();
    Matcher m = ORDINAL_COUNT.matcher(text);
    m.region(sentence.start(), sentence.end());
    while (m.find()) {
      double n = ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT));
      String before = text.substring(Math.max(sentence.start(), m.start() - 40), m.start());
      Matcher ob = ORDINAL_BEFORE.matcher(before);
      String measure = null;
      int measureAt = -1;
      int measureEnd = -1;
      if (ob.find()) {
        measure =
            MEASURES_ORDINAL.get(ob.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        measureAt = m.start() - before.length() + ob.start(1);
        measureEnd = m.end();
      } else {
        String window = cutAtClause(text.substring(m.end(), sentence.end()));
        Matcher mm = MEASURE.matcher(window);
        while (mm.find()) {
          String prior = window.substring(0, mm.start()).strip();
          String lastPrior = prior.isEmpty() ? "" : lastWord(prior).replaceAll("[^\\p{L}]", "");
          if (AUXILIARIES.contains(lastPrior)) {
            measure = MEASURES.get(mm.group(1).toLowerCase(Locale.ROOT));
            measureAt = m.end() + mm.start();
            measureEnd = m.end() + mm.end();
            break;
          }
        }
      }
      if (measure == null) {
        continue;
      }
      Span phrase = ordinalNoun(text, m.end(), sentence.end());
      Span ordinal = new Span(m.start(1), m.end(1));
      Subject subject =
          phrase.length() > 0
              ? new Subject(phrase.of(text), phrase, entityIn(ctx, phrase))
              : new Subject(ordinal.of(text), ordinal, Optional.empty());
      Span claimSpan =
          new Span(
              Math.min(measureAt, m.start()),
              Math.min(sentence.end(), Math.max(measureEnd, subject.span().end())));
      Attribution attribution = ctx.attributionFor(claimSpan);
      out.add(
          new Claim(
              ClaimKind.NUMERIC,
              subject,
              measure,
              new ClaimValue.Amount(
                  ordinal,
                  n,
                  io.corroborate.annotate.quantity.Bounds.exactly(n),
                  io.corroborate.annotate.quantity.Hedge.EXACT,
                  Optional.empty()),
              holdsAt(ctx, claimSpan, Set.of()),
              place(ctx, claimSpan),
              new Hedging(hedgeWords(ctx, claimSpan), negated(text, sentence.start(), m.start())),
              attribution,
              evidence(ctx, claimSpan),
              adjust(options.numericConfidence(), attribution),
              List.of()));
    }
  }

  /** The noun phrase after an ordinal, up to four words, ending before an auxiliary or a stop. */
  private static Span ordinalNoun(String text, int from, int limit) {
    Matcher w = Pattern.compile("\\G[ \\u00A0]+([\\p{L}][\\p{L}'’-]*)").matcher(text);
    w.region(from, Math.max(from, limit));
    w.useTransparentBounds(true);
    int end = from;
    int start = -1;
    for (int i = 0; i < 4 && w.find(); i++) {
      String lw = w.group(1).toLowerCase(Locale.ROOT);
      if (AUXILIARIES.contains(lw) || SUBJECT_STOP.contains(lw)) {
        break;
      }
      start = start < 0 ? w.start(1) : start;
      end = w.end(1);
    }
    return start < 0 ? new Span(from, from) : new Span(start, end);
  }

  private static final Set<String> SUBJECT_STOP =
      PhraseBoundary.plus(LanguagePack.english().set("subject-stopwords.txt"));

  /**
   * "less than 5% of its users are spam accounts", "40% of homes": the plural noun phrase after
   * "of" is the group the percentage is a share of; a singular whole ("38% of the vote"), a name
   * ("9% of Ostrand Mills"), a unit or page furniture is left alone.
   */
  private static Optional<Subject> shareOfGroup(Ctx ctx, QuantityMention q) {
    int limit = ctx.sentence.span().end();
    Matcher po = PERCENT_OF.matcher(ctx.text().substring(q.span().end(), limit));
    if (!po.find()) {
      return Optional.empty();
    }
    Span group = subjectAfter(ctx.text(), q.span().end() + po.end(), limit);
    if (group.length() == 0) {
      return Optional.empty();
    }
    String written = group.of(ctx.text());
    String last = lastWord(written);
    if (!plural(last)
        || Character.isUpperCase(written.charAt(written.length() - last.length()))
        || UNIT_WORDS.contains(last)
        || FURNITURE.contains(last)
        || INHERITED_SUBJECT.contains(last)) {
      return Optional.empty();
    }
    return Optional.of(new Subject(group.of(ctx.text()), group, entityIn(ctx, group)));
  }

  /** Up to four words right after a number that name what it counts: "North Korean soldiers". */
  private static Span subjectAfter(String text, int from, int limit) {
    Matcher w = Pattern.compile("\\G[ \\u00A0]+([\\p{L}][\\p{L}'’-]*)").matcher(text);
    w.region(from, Math.max(from, limit));
    w.useTransparentBounds(true);
    int start = -1;
    int end = -1;
    int pos = from;
    for (int i = 0; i < 4 && pos < limit && w.find(pos); i++) {
      String lw = w.group(1).toLowerCase(Locale.ROOT);
      if (SUBJECT_STOP.contains(lw)
          || MEASURES.containsKey(lw)
          || VERB_BEFORE.matcher(lw).matches()) {
        break;
      }
      if (start < 0) {
        start = w.start(1);
      }
      end = w.end(1);
      pos = w.end();
    }
    return start < 0 ? new Span(from, from) : new Span(start, end);
  }

  private static int wordCount(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static String lastWord(String phrase) {
    String[] w = phrase.trim().split("\\s+");
    return w[w.length - 1].toLowerCase(Locale.ROOT);
  }

  private static int partOfTarget(List<Claim> out, int firstOfSentence) {
    // "12,000 soldiers, including 500 officers and three generals": both parts of the first total.
    for (int i = out.size() - 1; i > firstOfSentence; i--) {
      if (out.get(i).links().stream().noneMatch(l -> l.kind() == ClaimLink.Kind.PART_OF)) {
        return i;
      }
    }
    return firstOfSentence;
  }

  private static int firstDigitOrWord(QuantityMention q) {
    Matcher m = COUNT_OPENER.matcher(q.text());
    int at = 0;
    while (m.find()) {
      at = m.start();
      // Hedge words ("about", "more than") come before the number; the first number-like word ends
      // them.
      break;
    }
    return at;
  }

  private static int measureEnd(String text, int at) {
    Matcher m = MEASURE.matcher(text);
    if (m.find(at) && m.start() == at) {
      return m.end();
    }
    Matcher v = VERB_BEFORE.matcher(text);
    return v.find(at) && v.start() == at ? v.end() : at;
  }

  /**
   * Whether a clause subject can be what a figure counts: a group ("the soldiers", "Russian
   * forces") or a named country or force ("North Korea has lost …"), not the speaker ("the governor
   * said … 40 casualties"), a cause ("the flood which followed …"), a pronoun or the figures
   * themselves ("the NCPA's own figures").
   */
  private static boolean countedGroup(Subject clause) {
    String t = clause.text().toLowerCase(Locale.ROOT).strip();
    if (NOT_COUNTED.matcher(t).find()) {
      return false;
    }
    return clause.entity().isPresent() || plural(lastWord(t));
  }

  private static final Pattern NOT_COUNTED =
      Pattern.compile(
          "^(?:"
              + LanguagePack.english().alternation("not-counted.tsv", "start", " ")
              + ")\\b|\\b(?:"
              + LanguagePack.english().alternation("not-counted.tsv", "relative", " ")
              + ")\\b|\\b(?:"
              + LanguagePack.english().alternation("not-counted.tsv", "inside", " ")
              + ")\\b|\\b(?:"
              + LanguagePack.english().alternation("not-counted.tsv", "end", " ")
              + ")$");

  private static boolean plural(String noun) {
    return noun.endsWith("s") || LanguagePack.english().set("group-nouns.txt").contains(noun);
  }

  private static String cutAtClause(String window) {
    Matcher m = CLAUSE_BREAK.matcher(window);
    return m.find() ? window.substring(0, m.start()) : window;
  }

  // ---------------------------------------------------------------------------------------------
  // Attributes

  private void attributes(Ctx ctx, List<Claim> out, Set<Span> usedTimes) {
    String text = ctx.text();
    Span ss = ctx.sentence.span();
    // Born in a year; serving since a year.
    for (TimeMention t : inside(ctx.annotation.times(), ss, TimeMention::span)) {
      if (!(t.resolution() instanceof Resolution.Resolved r)) {
        continue;
      }
      String before = text.substring(Math.max(ss.start(), t.span().start() - 40), t.span().start());
      Matcher born = BORN.matcher(before);
      if (born.find()) {
        int bornAt = born.start() + t.span().start() - before.length();
        addAttribute(
            ctx,
            out,
            clauseSubject(ctx, bornAt),
            "born",
            new ClaimValue.When(t.span(), r.interval()),
            new Span(bornAt, t.span().end()),
            new HoldsAt.During(r.claimed(), t.span(), t.relation()));
        usedTimes.add(t.span());
      } else if (t.relation() == Relation.AT
          && r.interval().granularity() == Granularity.YEAR
          && beganServing(text, t.span().start(), ss.start()) >= 0) {
        // "began serving in the North Korean military in 2021": in service since that year.
        servingSince(ctx, out, beganServing(text, t.span().start(), ss.start()), t, r);
        usedTimes.add(t.span());
      } else if (t.relation() == Relation.SINCE) {
        int from = beforeWords(text, t.span().start(), ss.start(), options.eventWindowWords());
        Matcher sv = SERVING.matcher(text.substring(from, t.span().start()));
        if (sv.find()) {
          servingSince(ctx, out, from + sv.start(), t, r);
          usedTimes.add(t.span());
        }
      }
    }
    // Age: "a 21-year-old soldier", "Ri, 26, ...", "aged 26".
    for (QuantityMention q : inside(ctx.annotation.quantities(), ss, QuantityMention::span)) {
      if (!q.unit().map("years old"::equals).orElse(false)) {
        continue;
      }
      Subject subject = ageSubject(ctx, q.span());
      addAttribute(
          ctx,
          out,
          subject,
          "age",
          new ClaimValue.Amount(q.span(), q.value(), q.bounds(), q.hedge(), q.unit()),
          q.span(),
          Set.copyOf(usedTimes));
    }
    Matcher aged = AGED.matcher(ctx.s);
    while (aged.find()) {
      Span v = new Span(ss.start() + aged.start(1), ss.start() + aged.end(1));
      double age = Double.parseDouble(aged.group(1));
      addAttribute(
          ctx,
          out,
          clauseSubject(ctx, ss.start() + aged.start()),
          "age",
          new ClaimValue.Amount(
              v,
              age,
              io.corroborate.annotate.quantity.Bounds.exactly(age),
              io.corroborate.annotate.quantity.Hedge.EXACT,
              Optional.of("years old")),
          new Span(ss.start() + aged.start(), v.end()),
          Set.copyOf(usedTimes));
    }
    Matcher na = NAME_AGE.matcher(ctx.s);
    while (na.find()) {
      double age = Double.parseDouble(na.group(2));
      if (age < 1 || age > 110) {
        continue;
      }
      Span name = new Span(ss.start() + na.start(1), ss.start() + na.end(1));
      Span v = new Span(ss.start() + na.start(2), ss.start() + na.end(2));
      if (PRONOUN_SUBJECTS.contains(name.of(text).toLowerCase(Locale.ROOT))) {
        continue;
      }
      addAttribute(
          ctx,
          out,
          new Subject(name.of(text), name, entityIn(ctx, name)),
          "age",
          new ClaimValue.Amount(
              v,
              age,
              io.corroborate.annotate.quantity.Bounds.exactly(age),
              io.corroborate.annotate.quantity.Hedge.EXACT,
              Optional.of("years old")),
          new Span(name.start(), v.end()),
          Set.copyOf(usedTimes));
    }
    militaryRoles(ctx, out);
    // Roles: "Governor Petra Valinska", "Petra Valinska, head of the NCPA,".
    Matcher tn = TITLE_NAME.matcher(ctx.s);
    while (tn.find()) {
      Span role = new Span(ss.start() + tn.start(1), ss.start() + tn.end(1));
      Span name = new Span(ss.start() + tn.start(2), ss.start() + tn.end(2));
      addAttribute(
          ctx,
          out,
          new Subject(name.of(text), name, entityIn(ctx, name)),
          "role",
          new ClaimValue.Text(role, role.of(text)),
          new Span(role.start(), name.end()),
          Set.of());
    }
    Matcher nr = NAME_ROLE.matcher(ctx.s);
    while (nr.find()) {
      Span name = new Span(ss.start() + nr.start(1), ss.start() + nr.end(1));
      Span role = new Span(ss.start() + nr.start(2), ss.start() + nr.end(2));
      if (PRONOUN_SUBJECTS.contains(name.of(text).toLowerCase(Locale.ROOT))
          || Character.isLowerCase(text.charAt(name.start()))) {
        continue;
      }
      addAttribute(
          ctx,
          out,
          new Subject(name.of(text), name, entityIn(ctx, name)),
          "role",
          new ClaimValue.Text(role, role.of(text)),
          new Span(name.start(), role.end()),
          Set.of());
    }
    // Unit, nationality, origin, injuries, documents: what the sentence asserts of a person.
    for (Traits.Found f : traits.find(ctx.s, ss.start())) {
      Optional<Subject> subject = traitSubject(ctx, f, out);
      if (subject.isEmpty()) {
        continue;
      }
      Span clipped = clip(f.claim(), ss);
      addAttribute(
          ctx,
          out,
          subject.get(),
          f.measure(),
          new ClaimValue.Text(f.value(), f.text()),
          clipped,
          holdsAt(ctx, clipped, Set.of()),
          f.negated() || negated(text, ss.start(), clipped.start()));
    }
  }

  /**
   * Whom a trait is about, or nothing where the sentence counts people rather than describing one
   * ("2,700 have been wounded" is a number the numeric rules read).
   */
  private Optional<Subject> traitSubject(Ctx ctx, Traits.Found f, List<Claim> out) {
    String text = ctx.text();
    if (f.counted()) {
      for (int i = out.size() - 1; i >= 0; i--) {
        Claim c = out.get(i);
        if (c.evidence().sentenceIndex() != ctx.sentence.index()) {
          break;
        }
        Span e = c.evidence().claim();
        if (c.kind() == ClaimKind.NUMERIC
            && e.start() <= f.value().start()
            && f.value().start() < e.end()) {
          return Optional.empty();
        }
      }
    }
    Subject s =
        switch (f.who()) {
          case NAME, NOUN -> {
            Span w = f.whoSpan();
            String name = w.of(text);
            yield PRONOUN_SUBJECTS.contains(name.toLowerCase(Locale.ROOT))
                    && !ctx.speakers().isEmpty()
                ? new Subject(ctx.speakers().get(0).name(), w, Optional.empty())
                : new Subject(name, w, entityIn(ctx, w));
          }
          case CLAUSE -> headOf(ctx, clauseOrMainSubject(ctx, f.whoSpan().start()));
          case POSSESSOR -> {
            Subject c = headOf(ctx, clauseOrMainSubject(ctx, f.whoSpan().start()));
            if (!c.text().equals(UNSTATED) && c.span().end() <= f.whoSpan().start()) {
              yield c;
            }
            if (!ctx.speakers().isEmpty()) {
              yield new Subject(ctx.speakers().get(0).name(), f.whoSpan(), Optional.empty());
            }
            String pos = f.whoSpan().of(text).toLowerCase(Locale.ROOT);
            yield new Subject(
                POSSESSOR_SUBJECTS.getOrDefault(pos, PLURAL_SUBJECT),
                f.whoSpan(),
                Optional.empty());
          }
        };
    if (f.counted() && s.text().matches(".*\\d.*")) {
      return Optional.empty();
    }
    // A pronoun stands for the speaker only when the speaker is a person named: "he" in "he
    // never served in it, the ministry said" is not the ministry, nor is "him" a name.
    String written = s.span().of(text);
    String resolved = s.text().toLowerCase(Locale.ROOT);
    if (PRONOUN_SUBJECTS.contains(written.toLowerCase(Locale.ROOT))
        && !s.text().equals(written)
        && (PRONOUN_SUBJECTS.contains(resolved) || opensWithDefiniteArticle(resolved))) {
      return Optional.of(new Subject(written, s.span(), Optional.empty()));
    }
    return Optional.of(s);
  }

  /**
   * The clause subject at {@code at}; for a clause that has none ("… after being injured in the
   * hand"), the subject of the clause the connective joins it to.
   */
  private Subject clauseOrMainSubject(Ctx ctx, int at) {
    Subject s = clauseSubject(ctx, at);
    if (!s.text().equals(UNSTATED)) {
      return s;
    }
    String head = ctx.text().substring(ctx.sentence.span().start(), at);
    Matcher c = SUBORDINATE_CLAUSE_END.matcher(head);
    return c.find() ? clauseSubject(ctx, ctx.sentence.span().start() + c.start()) : s;
  }

  /**
   * A clause subject cut where its verb begins: "the soldier reportedly died within a day" is about
   * "the soldier", "Ri survived" about "Ri".
   */
  private Subject headOf(Ctx ctx, Subject s) {
    if (s.text().equals(UNSTATED)) {
      return s;
    }
    int title = Traits.titleLength(s.text());
    if (title > 0 && s.text().equals(s.span().of(ctx.text()))) {
      // "Sergeant Ivo Marek served …" is about Ivo Marek, as the role claim says.
      Span named = new Span(s.span().start() + title, s.span().end());
      s = new Subject(named.of(ctx.text()), named, entityIn(ctx, named));
    }
    String phrase = s.span().of(ctx.text());
    Matcher w = Pattern.compile("\\S+").matcher(phrase);
    List<int[]> words = new ArrayList<>();
    while (w.find()) {
      words.add(new int[] {w.start(), w.end()});
    }
    for (int i = 1; i < words.size(); i++) {
      String word = phrase.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT);
      String prev = phrase.substring(words.get(i - 1)[0], words.get(i - 1)[1]);
      String next =
          i + 1 < words.size()
              ? phrase.substring(words.get(i + 1)[0], words.get(i + 1)[1]).toLowerCase(Locale.ROOT)
              : "";
      boolean adverb =
          word.length() > 4
              && word.endsWith("ly")
              && (next.matches("\\p{L}+ed") || PAST_FORMS.contains(next));
      boolean verb =
          SUBJECT_ENDING_VERBS.contains(word)
              || word.matches("\\p{L}{3,}ed")
                  && !DETERMINERS.contains(prev.toLowerCase(Locale.ROOT))
                  && (next.isEmpty() || !Character.isUpperCase(next.charAt(0)) && isFunction(next));
      if (adverb || verb) {
        Span cut = new Span(s.span().start(), s.span().start() + words.get(i - 1)[1]);
        return new Subject(cut.of(ctx.text()), cut, entityIn(ctx, cut));
      }
    }
    return s;
  }

  private static final Set<String> DETERMINERS =
      LanguagePack.english().set("subject-determiners.txt");

  private static final Set<String> INHERITED_SUBJECT =
      LanguagePack.english().set("inherited-subject-words.txt");

  private static final Set<String> AFTER_AGE_WORDS =
      LanguagePack.english().set("after-age-words.txt");

  private static final Set<String> SUBJECT_CLAUSE_STOPS =
      LanguagePack.english().set("subject-clause-stops.txt");

  private static final Set<String> SUBJECT_OPENING_DETERMINERS =
      LanguagePack.english().set("subject-opening-determiners.txt");

  /** The measure of a percentage of a group named after it ("5% of its users"). */
  private static final String SHARE = "share";

  /** "of", then a determiner or none, right after a percentage: the group it is a share of. */
  private static final Pattern PERCENT_OF =
      Pattern.compile(
          "(?i)^[\\s\\u00A0]*of(?:\\s+(?:"
              + LanguagePack.alternationOf(SUBJECT_OPENING_DETERMINERS, "\\s+")
              + "))?(?=\\s)");

  /** Irregular past forms ("died", "lay", "fled") that end a subject after an adverb. */
  private static final Set<String> PAST_FORMS =
      Set.copyOf(LanguagePack.english().category("irregular-forms.tsv", 2, "past"));

  /** Subject pronouns and phrases that refer to several people named before ("they", "both"). */
  private static final Set<String> PLURAL_SUBJECTS =
      Lexicon.pronouns(LanguagePack.english(), Set.of("plural"), Set.of("subject"));

  private static final List<String> SEVERAL =
      LanguagePack.english().category("anaphors.tsv", "several");

  private static final Set<String> SUBJECT_ENDING_VERBS =
      LanguagePack.english().set("subject-ending-verbs.txt");

  private static final Set<String> PHRASE_FUNCTION_WORDS =
      LanguagePack.english().set("phrase-function-words.txt");

  private static boolean isFunction(String word) {
    return PHRASE_FUNCTION_WORDS.contains(word);
  }

  /** "In service since" the year {@code t}, read from the words starting at {@code at}. */
  private void servingSince(
      Ctx ctx, List<Claim> out, int at, TimeMention t, Resolution.Resolved r) {
    addAttribute(
        ctx,
        out,
        clauseSubject(ctx, at),
        "serving-since",
        new ClaimValue.When(t.span(), r.interval()),
        new Span(at, t.span().end()),
        new HoldsAt.During(r.claimed(), t.span(), Relation.SINCE));
  }

  /** Where "began serving" starts in the few words before {@code end}, or -1. */
  private int beganServing(String text, int end, int sentenceStart) {
    // "began serving as a rifleman in North Korea in 2021": the verb may sit ten words back.
    int from = beforeWords(text, end, sentenceStart, 2 * options.eventWindowWords());
    Matcher bs = BEGAN_SERVING.matcher(text.substring(from, end));
    return bs.find() ? from + bs.start() : -1;
  }

  /**
   * A soldier's function or rank: "was a rifleman", "serving as a rifleman", "as a sniper
   * reconnaissance officer", "Ri, a sniper in the reconnaissance bureau".
   */
  private void militaryRoles(Ctx ctx, List<Claim> out) {
    String text = ctx.text();
    Span ss = ctx.sentence.span();
    Matcher named = NAME_MILITARY_ROLE.matcher(ctx.s);
    Set<Integer> done = new java.util.HashSet<>();
    while (named.find()) {
      Span name = new Span(ss.start() + named.start(1), ss.start() + named.end(1));
      Span role = new Span(ss.start() + named.start(2), ss.start() + named.end(2));
      if (PRONOUN_SUBJECTS.contains(name.of(text).toLowerCase(Locale.ROOT))) {
        continue;
      }
      done.add(role.start());
      addAttribute(
          ctx,
          out,
          new Subject(name.of(text), name, entityIn(ctx, name)),
          "role",
          new ClaimValue.Text(role, role.of(text).toLowerCase(Locale.ROOT)),
          new Span(name.start(), role.end()),
          Set.of());
    }
    Matcher served = SERVED_AS.matcher(ctx.s);
    while (served.find()) {
      Span role = new Span(ss.start() + served.start(1), ss.start() + served.end(1));
      if (done.contains(role.start())) {
        continue;
      }
      int at = ss.start() + served.start();
      Subject subject = clauseSubject(ctx, at);
      if (subject.text().equals(UNSTATED)) {
        continue;
      }
      addAttribute(
          ctx,
          out,
          subject,
          "role",
          new ClaimValue.Text(role, role.of(text).toLowerCase(Locale.ROOT)),
          new Span(at, role.end()),
          Set.of());
    }
  }

  private void addAttribute(
      Ctx ctx,
      List<Claim> out,
      Subject subject,
      String measure,
      ClaimValue value,
      Span claimSpan,
      Set<Span> skipTimes) {
    Span clipped = clip(claimSpan, ctx.sentence.span());
    addAttribute(ctx, out, subject, measure, value, clipped, holdsAt(ctx, clipped, skipTimes));
  }

  private void addAttribute(
      Ctx ctx,
      List<Claim> out,
      Subject subject,
      String measure,
      ClaimValue value,
      Span claimSpan,
      HoldsAt time) {
    Span clipped = clip(claimSpan, ctx.sentence.span());
    addAttribute(
        ctx,
        out,
        subject,
        measure,
        value,
        clipped,
        time,
        negated(ctx.text(), ctx.sentence.span().start(), clipped.start()));
  }

  private void addAttribute(
      Ctx ctx,
      List<Claim> out,
      Subject subject,
      String measure,
      ClaimValue value,
      Span claimSpan,
      HoldsAt time,
      boolean negated) {
    Span clipped = clip(claimSpan, ctx.sentence.span());
    Attribution attribution = ctx.attributionFor(clipped);
    out.add(
        new Claim(
            ClaimKind.ATTRIBUTE,
            subject,
            measure,
            value,
            time,
            Optional.empty(),
            new Hedging(hedgeWords(ctx, clipped), negated),
            attribution,
            evidence(ctx, clipped),
            adjust(options.attributeConfidence(), attribution),
            List.of()));
  }

  private Subject ageSubject(Ctx ctx, Span age) {
    String text = ctx.text();
    // "a 21-year-old soldier": the noun after; "Ri, 26," is read by the clause subject.
    Matcher after =
        Pattern.compile(
                "\\G[\\s-]*((?:[A-Z][\\p{L}'’-]+)(?:\\s+[A-Z][\\p{L}'’-]+){0,2}|[a-z][\\p{L}-]+)")
            .matcher(text);
    if (after.find(age.end()) && after.end(1) <= ctx.sentence.span().end()) {
      String w = after.group(1);
      String lw = w.toLowerCase(Locale.ROOT);
      if (!Cues.PRONOUNS.contains(lw) && !AFTER_AGE_WORDS.contains(lw)) {
        Span s = new Span(after.start(1), after.end(1));
        return new Subject(w, s, entityIn(ctx, s));
      }
    }
    return clauseSubject(ctx, age.start());
  }

  /**
   * The subject of the clause that holds {@code at}: its first noun phrase, pronouns resolved to
   * the speaker.
   */
  private static final Pattern CLAUSE_SUBJECT_START =
      Pattern.compile(
          "(?i)(?:\\b(?:"
              + LanguagePack.english().alternation("clause-subject-openers.txt", "\\s+")
              + ")\\b|,\\s*(?:"
              + LanguagePack.english().alternation("comma-conjunctions.txt", "\\s+")
              + ")\\b|;)");

  private Subject clauseSubject(Ctx ctx, int at) {
    String text = ctx.text();
    Span ss = ctx.sentence.span();
    int start = ss.start();
    String head = text.substring(ss.start(), at);
    Matcher m = CLAUSE_SUBJECT_START.matcher(head);
    while (m.find()) {
      start = ss.start() + m.end();
    }
    String clause = text.substring(start, at);
    // "according to him, he was …", "In the photos, the soldiers are …": a leading adjunct is not
    // the subject.
    Matcher according =
        Pattern.compile(
                "^[\\s,]*(?:(?i:according to)|"
                    + LanguagePack.alternationOf(
                        Lexicon.capitalised(
                            LanguagePack.english().set("clause-adjunct-openers.txt")),
                        " ")
                    + ")\\b[^,]{0,80},\\s*")
            .matcher(clause);
    if (according.find()) {
      start += according.end();
      clause = text.substring(start, at);
    }
    Matcher np = SUBJECT_BEFORE_VERB.matcher(clause);
    String phrase = (np.find() ? np.group(1) : clause).trim();
    // An apposition after a comma ("an engineer, born in 1991,") is not part of the subject.
    phrase =
        phrase
            .replaceAll(",\\s.*$", "")
            .replaceAll("[\\s,;:—–-]+$", "")
            .replaceAll("^[“\"‘(\\s]+", "");
    int found = phrase.isEmpty() ? -1 : clause.indexOf(phrase);
    int ps = start + Math.max(0, found);
    if (phrase.isBlank() || found < 0 || phrase.split("\\s+").length > options.maxSourceWords()) {
      Span s = new Span(at, Math.min(at + 1, ss.end()));
      return new Subject(UNSTATED, s.length() == 0 ? new Span(at, at) : s, Optional.empty());
    }
    Span s = new Span(ps, ps + phrase.length());
    if (PRONOUN_SUBJECTS.contains(phrase.toLowerCase(Locale.ROOT)) && !ctx.speakers().isEmpty()) {
      Voice v = ctx.speakers().get(0);
      return new Subject(v.name(), s, Optional.empty());
    }
    return new Subject(phrase, s, entityIn(ctx, s));
  }

  // ---------------------------------------------------------------------------------------------
  // Events

  private void events(Ctx ctx, List<Claim> out, Set<Span> usedTimes) {
    String text = ctx.text();
    Span ss = ctx.sentence.span();
    for (TimeMention t : inside(ctx.annotation.times(), ss, TimeMention::span)) {
      if (usedTimes.contains(t.span())
          || t.kind() != TimeKind.DATE
          || t.relation() != Relation.AT && t.relation() != Relation.UNTIL
          || !(t.resolution() instanceof Resolution.Resolved r)) {
        continue;
      }
      int from = beforeWords(text, t.span().start(), ss.start(), options.eventWindowWords());
      String window = text.substring(from, t.span().start());
      Matcher em = EVENT.matcher(window);
      int at = -1;
      String measure = null;
      while (em.find()) {
        at = from + em.start();
        measure = eventName(em);
      }
      // "to be completed by fall 2028": a date after "by" bounds only an event that ends
      // something; "deployed until March" is a stretch of time, not a dated event.
      if (measure == null || t.relation() == Relation.UNTIL && !DEADLINE_EVENTS.contains(measure)) {
        continue;
      }
      Subject subject = eventSubject(ctx, at);
      Span claimSpan = new Span(Math.min(subject.span().start(), at), t.span().end());
      if (claimSpan.start() < ss.start()) {
        claimSpan = new Span(at, t.span().end());
      }
      Attribution attribution = ctx.attributionFor(claimSpan);
      out.add(
          new Claim(
              ClaimKind.EVENT,
              subject,
              measure,
              new ClaimValue.When(t.span(), r.interval()),
              new HoldsAt.During(r.claimed(), t.span(), t.relation()),
              place(ctx, claimSpan),
              new Hedging(hedgeWords(ctx, claimSpan), negated(text, ss.start(), at)),
              attribution,
              evidence(ctx, claimSpan),
              adjust(options.eventConfidence(), attribution),
              List.of()));
      usedTimes.add(t.span());
    }
  }

  private static final Set<String> ADVERBS = LanguagePack.english().set("verb-adverbs.txt");
  private static final Set<String> AUXILIARIES = LanguagePack.english().set("clause-openers.txt");

  /**
   * The subject of an event verb: the noun phrase right before it ("a Ukrainian incursion
   * launched", "Zelensky first reported"), else the subject of its clause ("he was brought").
   */
  private Subject eventSubject(Ctx ctx, int verbAt) {
    String text = ctx.text();
    int floor = ctx.sentence.span().start();
    int end = verbAt;
    int i = beforeWords(text, end, floor, 1);
    while (i < end && ADVERBS.contains(text.substring(i, end).trim().toLowerCase(Locale.ROOT))) {
      end = i;
      i = beforeWords(text, end, floor, 1);
    }
    String w = text.substring(i, end).trim();
    String lw = w.toLowerCase(Locale.ROOT);
    if (w.isEmpty()
        || AUXILIARIES.contains(lw)
        || SUBJECT_STOP.contains(lw)
        || !w.matches("[\\p{L}][\\p{L}'’-]*")) {
      return clauseSubject(ctx, verbAt);
    }
    // Walk back over the noun phrase: modifiers, then a determiner ends it.
    int start = i;
    for (int k = 0; k < 3; k++) {
      int j = beforeWords(text, start, floor, 1);
      String pw = text.substring(j, start).trim();
      String lpw = pw.toLowerCase(Locale.ROOT);
      if (j == start || !pw.matches("[\\p{L}][\\p{L}'’-]*")) {
        break;
      }
      if (SUBJECT_CLAUSE_STOPS.contains(lpw)) {
        break;
      }
      if (SUBJECT_OPENING_DETERMINERS.contains(lpw)) {
        start = j;
        break;
      }
      if (SUBJECT_STOP.contains(lpw) || ADVERBS.contains(lpw)) {
        break;
      }
      start = j;
    }
    Span s = new Span(start, i + w.length());
    String phrase = s.of(text);
    if (PRONOUN_SUBJECTS.contains(phrase.toLowerCase(Locale.ROOT))) {
      return clauseSubject(ctx, verbAt);
    }
    return new Subject(phrase, s, entityIn(ctx, s));
  }

  private static String eventName(Matcher em) {
    return matched(em, EVENTS, "e");
  }

  // ---------------------------------------------------------------------------------------------
  // Quotations

  private void quotes(Ctx ctx, List<Claim> out) {
    Span ss = ctx.sentence.span();
    Matcher q = QUOTE.matcher(ctx.s);
    while (q.find()) {
      String words = q.group(1).trim();
      if (words.split("\\s+").length < options.minQuoteWords()) {
        continue;
      }
      Span claimSpan = new Span(ss.start() + q.start(), ss.start() + q.end());
      Span value = new Span(ss.start() + q.start(1), ss.start() + q.end(1));
      Attribution attribution = ctx.attributionFor(claimSpan);
      if (attribution.speakers().isEmpty()
          || NOT_SPEECH.contains(attribution.speakers().get(0).cue())) {
        continue; // a quotation nobody is said to have said ("residents called it “…”") is not a
        // quote claim
      }
      Voice speaker = attribution.speakers().get(0);
      Span subjectSpan =
          speaker.inherited()
                  || speaker.span().start() < ss.start()
                  || speaker.span().end() > ss.end()
              ? claimSpan
              : speaker.span();
      out.add(
          new Claim(
              ClaimKind.QUOTE,
              new Subject(speaker.name(), subjectSpan, Optional.empty()),
              "said",
              new ClaimValue.Text(value, value.of(ctx.text()).replaceAll("[\\s,;:]+$", "")),
              holdsAt(ctx, claimSpan, Set.of()),
              Optional.empty(),
              Hedging.NONE,
              attribution,
              evidence(ctx, claimSpan),
              adjust(options.quoteConfidence(), attribution),
              List.of()));
    }
  }

  private static boolean opensQuote(String s, boolean open) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“') {
        open = true;
      } else if (c == '”') {
        open = false;
      } else if (c == '"') {
        open = !open;
      }
    }
    return open;
  }

  // ---------------------------------------------------------------------------------------------
  // Shared pieces

  /**
   * A subordinating word between a figure and a date after it: the date belongs to the clause it
   * opens ("rose to 78,000 after the quake struck on February 6"), not to the figure.
   */
  private static final Pattern SUBORDINATOR =
      Pattern.compile(
          "(?i)\\b(?:"
              + LanguagePack.english().alternation("clause-subordinators.txt", " ")
              + ")\\b");

  /** English's dates that name the event a figure counts from ("the February 6 quake"). */
  private static final Optional<EventDates> EVENT_DATES = EventDates.of(LanguagePack.FALLBACK);

  /**
   * Whether the words between a figure and a date after it hold a subordinating word with words of
   * its clause after it; one right before the date ("after Monday", "since May") is the date's own.
   */
  private static boolean opensClause(String between) {
    Matcher m = SUBORDINATOR.matcher(between);
    while (m.find()) {
      if (!between.substring(m.end()).isBlank()) {
        return true;
      }
    }
    return false;
  }

  private HoldsAt holdsAt(Ctx ctx, Span claim, Set<Span> skip) {
    TimeMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeMention t : inside(ctx.annotation.times(), ctx.sentence.span(), TimeMention::span)) {
      if (skip.contains(t.span())
          || !t.resolved()
          || t.kind() == TimeKind.DURATION
          || t.kind() == TimeKind.SET
          || t.span().start() >= claim.end()
              && opensClause(ctx.text().substring(claim.end(), t.span().start()))
          || EVENT_DATES.map(e -> e.namesEvent(ctx.text(), t.span())).orElse(false)) {
        continue;
      }
      int d =
          t.span().end() <= claim.start()
              ? claim.start() - t.span().end()
              : Math.max(0, t.span().start() - claim.end());
      if (d < bestDistance) {
        bestDistance = d;
        best = t;
      }
    }
    if (best != null && best.resolution() instanceof Resolution.Resolved r) {
      return new HoldsAt.During(r.claimed(), best.span(), best.relation());
    }
    return new HoldsAt.ArticleDate(ctx.annotation.anchor());
  }

  /** Words that make a length of time the span a count was made over: "over", "in the past". */
  private static final Set<String> PERIOD_SIGNALS =
      LanguagePack.english().set("period-signals.txt");

  private static final Pattern ISO_LENGTH = Pattern.compile("P(?:T(\\d+)H|(\\d+)([DWMY]))");

  /**
   * A count made over a length of time that ends at the report ("over one week, 40 people died",
   * "in the past 24 hours"): the span the sentence names, as the article's date knows it. Empty
   * when the sentence names no such length or the article has no date.
   */
  private static Optional<HoldsAt> countedOver(Ctx ctx) {
    if (ctx.annotation.anchor().isEmpty()) {
      return Optional.empty();
    }
    LocalDate end = ctx.annotation.anchor().get();
    for (TimeMention t : inside(ctx.annotation.times(), ctx.sentence.span(), TimeMention::span)) {
      Matcher m = ISO_LENGTH.matcher(t.timex());
      if (t.kind() != TimeKind.DURATION || !m.matches() || !signalled(ctx, t)) {
        continue;
      }
      boolean hours = m.group(1) != null;
      int n = Integer.parseInt(hours ? m.group(1) : m.group(2));
      String unit = hours ? "H" : m.group(3);
      if (n < 1) {
        continue;
      }
      LocalDate start =
          switch (unit) {
            case "H" -> end.minusDays(Math.max(1, (n + 23) / 24));
            case "D" -> end.minusDays(n);
            case "W" -> end.minusWeeks(n);
            case "M" -> end.minusMonths(n);
            default -> end.minusYears(n);
          };
      Granularity g =
          switch (unit) {
            case "W" -> Granularity.WEEK;
            case "M" -> Granularity.MONTH;
            case "Y" -> Granularity.YEAR;
            default -> Granularity.DAY;
          };
      return Optional.of(
          new HoldsAt.During(
              TimeInterval.ofDays(start, end.plusDays(1), g), t.span(), Relation.OVER));
    }
    return Optional.empty();
  }

  /** Whether a signal word opens a length of time or stands right before it. */
  private static boolean signalled(Ctx ctx, TimeMention t) {
    int from = t.span().start() - ctx.sentence.span().start();
    if (from < 0 || from > ctx.s.length()) {
      return false;
    }
    String[] before = ctx.s.substring(0, from).strip().toLowerCase(Locale.ROOT).split("\\s+");
    String[] own = t.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
    return PERIOD_SIGNALS.contains(before[before.length - 1])
        || PERIOD_SIGNALS.contains(own[0])
        || own.length > 1 && DEFINITE_ARTICLES.contains(own[0]) && PERIOD_SIGNALS.contains(own[1]);
  }

  private static Optional<String> place(Ctx ctx, Span claim) {
    EntityMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (EntityMention e :
        inside(ctx.annotation.entities(), ctx.sentence.span(), EntityMention::span)) {
      if (e.type() != EntityType.LOCATION) {
        continue;
      }
      int d = Math.abs(e.span().start() - claim.start());
      if (d < bestDistance) {
        bestDistance = d;
        best = e;
      }
    }
    return Optional.ofNullable(best).map(EntityMention::text);
  }

  private static List<String> hedgeWords(Ctx ctx, Span claim) {
    List<String> out = new ArrayList<>();
    Matcher h = HEDGES.matcher(ctx.s);
    while (h.find()) {
      String w = h.group(1).toLowerCase(Locale.ROOT);
      if (!out.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean negated(String text, int sentenceStart, int at) {
    int from = beforeWords(text, at, sentenceStart, 4);
    return NEGATION.matcher(text.substring(from, at)).find();
  }

  private static Optional<Span> entityIn(Ctx ctx, Span s) {
    for (EntityMention e : ctx.annotation.entities()) {
      if (e.span().start() < s.end() && s.start() < e.span().end()) {
        return Optional.of(e.span());
      }
    }
    return Optional.empty();
  }

  private double adjust(double conf, Attribution a) {
    boolean inherited =
        a.speakers().stream().anyMatch(Voice::inherited)
            || a.cited().stream().anyMatch(Voice::inherited);
    return inherited ? Math.max(0, conf - options.inheritedPenalty()) : conf;
  }

  private static Evidence evidence(Ctx ctx, Span claim) {
    return new Evidence(
        ctx.articleId, ctx.sentence.index(), ctx.sentence.span(), clip(claim, ctx.sentence.span()));
  }

  private static Span clip(Span s, Span within) {
    int start = Math.max(within.start(), Math.min(s.start(), within.end()));
    int end = Math.max(start, Math.min(s.end(), within.end()));
    return new Span(start, end);
  }

  private static <T> List<T> inside(
      List<T> items, Span sentence, java.util.function.Function<T, Span> span) {
    List<T> out = new ArrayList<>();
    for (T t : items) {
      Span s = span.apply(t);
      if (s.start() >= sentence.start() && s.end() <= sentence.end()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The offset {@code n} words after {@code from}, not past {@code limit}. */
  private static int afterWords(String text, int from, int limit, int n) {
    Matcher w = Pattern.compile("\\S+").matcher(text);
    w.region(from, Math.max(from, limit));
    int end = from;
    for (int i = 0; i < n && w.find(); i++) {
      end = w.end();
    }
    return end;
  }

  /** The offset {@code n} words before {@code to}, not before {@code floor}. */
  private static int beforeWords(String text, int to, int floor, int n) {
    int i = to;
    int words = 0;
    while (i > floor && words < n) {
      i--;
      while (i > floor && Character.isWhitespace(text.charAt(i))) {
        i--;
      }
      while (i > floor && !Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      words++;
    }
    return Math.max(floor, Math.min(i, to));
  }

  private static int indexOfWord(String text, String word, int from, int limit) {
    Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(word) + "\\b").matcher(text);
    m.region(from, Math.max(from, limit));
    return m.find() ? m.start() : -1;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static final Pattern ANTECEDENT =
      Pattern.compile(
          "((?:(?:"
              + LanguagePack.english().alternation("articles.tsv", " ")
              + ") )?[\\p{L}.'’-]+(?:\\s+[\\p{L}.'’-]+){0,3}),?\\s*$");
  private static final Set<String> CLAUSE_WORDS = LanguagePack.english().set("clause-words.txt");

  /** Singular personal pronouns: they stand for a person, never a body. */
  /** "who", "which", "that": a relative pronoun standing for the noun phrase before it. */
  private static final Set<String> RELATIVES =
      Lexicon.pronouns(
          LanguagePack.english(), Set.of("relative-person", "relative"), Set.of("subject", "-"));

  /** Words that negate what follows them ("no", "none"): a phrase they open names nobody. */
  private static final Set<String> NEGATION_WORDS =
      Set.copyOf(LanguagePack.english().category("negations.tsv", "word"));

  private static final Set<String> SINGULAR =
      Lexicon.pronouns(LanguagePack.english(), Set.of("personal"), Set.of("subject"));

  /** Cited phrases that name whom the source before them relays ("citing"). */
  private static final Set<String> RELAYING =
      Set.copyOf(LanguagePack.english().category("attribution-phrases.tsv", "relaying"));

  private static final Set<String> DEFINITE_ARTICLES =
      Set.copyOf(Lexicon.definiteArticles(LanguagePack.english()));

  /** Whether a lower-case phrase opens with a definite article and goes on: "the spokesman". */
  private static boolean opensWithDefiniteArticle(String phrase) {
    int space = phrase.indexOf(' ');
    return space > 0 && DEFINITE_ARTICLES.contains(phrase.substring(0, space));
  }

  /**
   * A person's possessive → the subject pronoun of the same sex ("his" → "he", "her" → "she"), from
   * the kinds, cases and sexes of pronouns.tsv.
   */
  private static final Map<String, String> POSSESSOR_SUBJECTS = possessorSubjects();

  /** The subject pronoun for a possessor of no known sex: "they". */
  private static final String PLURAL_SUBJECT =
      Lexicon.pronouns(LanguagePack.english(), Set.of("plural"), Set.of("subject")).stream()
          .findFirst()
          .orElseThrow();

  private static Map<String, String> possessorSubjects() {
    List<List<String>> rows = LanguagePack.english().rows("pronouns.tsv");
    Map<String, String> out = new HashMap<>();
    for (List<String> pos : rows) {
      if (!pos.get(1).equals("personal")
          || pos.size() < 4
          || !List.of(pos.get(2).split(",")).contains("determiner")) {
        continue;
      }
      for (List<String> sub : rows) {
        if (sub.get(1).equals("personal")
            && sub.size() > 3
            && sub.get(3).equals(pos.get(3))
            && List.of(sub.get(2).split(",")).contains("subject")) {
          out.putIfAbsent(pos.get(0).toLowerCase(Locale.ROOT), sub.get(0).toLowerCase(Locale.ROOT));
        }
      }
    }
    return Map.copyOf(out);
  }

  /** The sex a personal pronoun shows: "she" → female (the fourth column of pronouns.tsv). */
  private static final Map<String, String> PRONOUN_SEX = pronounSexes();

  private static Map<String, String> pronounSexes() {
    Map<String, String> out = new HashMap<>();
    for (List<String> row : LanguagePack.english().rows("pronouns.tsv")) {
      if (row.size() > 3 && !row.get(3).isEmpty()) {
        out.put(row.get(0).toLowerCase(Locale.ROOT), row.get(3));
      }
    }
    return Map.copyOf(out);
  }

  /** Titles and nouns that show a person's sex: "Mrs", "spokeswoman" (gendered-words.tsv). */
  private static final Map<String, String> WORD_SEX =
      LanguagePack.english().pairs("gendered-words.tsv");

  /** A gendered title or noun, then up to two capitalised words, ending where a name follows. */
  private static final Pattern SEX_BEFORE =
      Pattern.compile(
          "(?i)(?<![\\p{L}])("
              + LanguagePack.alternationOf(WORD_SEX.keySet(), "\\s+")
              + ")\\s+(?-i:(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2})$");

  /**
   * An apposition that opens with a gendered noun after a name: ", a spokeswoman", ", 34, a
   * mother".
   */
  private static final Pattern SEX_AFTER =
      Pattern.compile(
          "(?i)^,\\s+(?:\\d+,\\s+)?(?:"
              + LanguagePack.alternationOf(
                  Lexicon.union(
                      LanguagePack.english().set("articles.tsv"),
                      Lexicon.pronouns(
                          LanguagePack.english(), Set.of("personal"), Set.of("determiner"))),
                  " ")
              + ")\\s+(?:[\\p{L}-]+\\s+){0,2}?("
              + LanguagePack.alternationOf(WORD_SEX.keySet(), "\\s+")
              + ")(?![\\p{L}])");

  /** Words for a person that make a source a person's ("the spokesman", "a witness"). */
  private static final Set<String> PERSON_WORDS =
      Lexicon.union(
          LanguagePack.english().set("person-source-nouns.txt"),
          LanguagePack.english().category("person-nouns.tsv", "person").stream()
              .map(w -> w.toLowerCase(Locale.ROOT))
              .toList());

  /** Parts of speech of a noun phrase's words. */
  private static final Pattern NOUN_PHRASE = Pattern.compile("NN.*|JJ.*|DT|POS|PRP\\$|CD");

  /** A word that makes a figure part of the one before it, between the two. */
  private static final Pattern PART_OF_OPENER =
      Pattern.compile(
          "(?s).*\\b(" + LanguagePack.english().alternation("part-of-openers.txt", " ") + ")\\b.*");

  /** A short joining word between two figures of one whole. */
  private static final Pattern PART_JOINER =
      Pattern.compile(
          "(?s)[^.;]{0,40}\\b("
              + LanguagePack.english().alternation("part-joiners.txt", " ")
              + ")\\b[^.;]{0,40}");

  /** A digit or a number word that opens a count. */
  private static final Pattern COUNT_OPENER =
      Pattern.compile(
          "(?i)\\d|\\b(?:" + LanguagePack.english().alternation("count-openers.txt", " ") + ")\\b");

  /** Where a clause ends. */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          "(?i)[;:]|\\.\\s|\\b("
              + LanguagePack.english().alternation("clause-breaks.txt", " ")
              + ")\\b|,\\s+(?:and\\s+)?[a-z]+ing\\b");

  /** A subordinating word ending the text before a figure. */
  private static final Pattern SUBORDINATE_CLAUSE_END =
      Pattern.compile(
          "(?i)\\b(?:"
              + LanguagePack.english().alternation("clause-subordinators.txt", " ")
              + ")\\s+(?:\\w+ing\\s+)?$");

  /** A clause subject, up to the verb that ends it. */
  private static final Pattern SUBJECT_BEFORE_VERB =
      Pattern.compile(
          "^\\s*(.+?)\\s+(?:"
              + LanguagePack.english().alternation("subject-verbs.txt", " ")
              + ")\\b");

  /** A conjunction opening a source phrase. */
  private static final Pattern LEADING_CONJUNCTION =
      Pattern.compile(
          "^(?:" + LanguagePack.english().alternation("leading-conjunctions.txt", " ") + ")\\s+");

  private static final Set<String> DESCRIPTION_DETERMINERS =
      LanguagePack.english().set("description-determiners.txt");
  private static final Pattern SOURCES_IN =
      Pattern.compile(
          "(?i)((?:\\w+\\s+){0,2}(?:"
              + LanguagePack.english().alternation("unnamed-sources.txt", " ")
              + "))\\s+(?:"
              + LanguagePack.english().alternation("unnamed-source-links.txt", " ")
              + ")\\s+(.+)");

  /**
   * A cue with its source resolved: pronouns and "the outlet" named after the voice they refer to.
   */
  record Resolved(Cues.Found found, Voice voice, boolean outlet) {}

  /** Words of a speaker's name read as one key ("prisoner", "POW", "captive"). */
  private static final Map<String, String> KEY_SYNONYMS =
      LanguagePack.english().pairs("speaker-key-synonyms.tsv");

  private static final Set<String> KEY_STOP =
      Lexicon.union(
          LanguagePack.english().set("speaker-key-stopwords.txt"),
          LanguagePack.english().category("nationalities.tsv", "nationality").stream()
              .map(w -> w.toLowerCase(Locale.ROOT))
              .toList(),
          LanguagePack.english().category("nationalities.tsv", "prefix").stream()
              .map(w -> w.toLowerCase(Locale.ROOT))
              .toList());

  /**
   * The article's attribution memory: the last speakers, the last cited outlets, and who was cited
   * through whom.
   */
  private final class Chains {
    final String outlet;
    final Annotation annotation;
    List<Voice> lastSpeakers = List.of();
    List<Voice> lastCited = List.of();
    final Map<String, List<Voice>> citedFor = new HashMap<>();
    final List<Voice> named = new ArrayList<>();

    Chains(String outlet, Annotation annotation) {
      this.outlet = outlet;
      this.annotation = annotation;
    }

    /**
     * The voices of the sentence before in the same passage (its own or carried), which "It added"
     * continues; empty after a blank line.
     */
    List<Resolved> sentenceBefore = List.of();

    List<Resolved> resolve(List<Cues.Found> found, String text) {
      List<Resolved> out = new ArrayList<>();
      for (Cues.Found f : found) {
        String name = f.source().of(text);
        String low = name.toLowerCase(Locale.ROOT);
        String cue = f.cue().of(text).toLowerCase(Locale.ROOT);
        if (!voiceLike(f.source(), text)) {
          continue;
        }
        if (Cues.NEUTER.contains(low)) {
          // "…, the coast guard said. It added that …": "it" continues the body or outlet that
          // spoke in the sentence before, never a person, and nothing further back.
          sentenceBefore.stream()
              .filter(r -> !named(r.voice()))
              .findFirst()
              .ifPresent(
                  r ->
                      out.add(
                          new Resolved(
                              f,
                              new Voice(
                                  r.voice().name(), f.source(), cue, Optional.of(f.cue()), true),
                              r.outlet())));
        } else if (RELATIVES.contains(low)) {
          // "an architect who said", "the agency that said": the noun phrase just before the
          // relative pronoun speaks; the pronoun itself never does.
          antecedent(f.source(), text)
              .ifPresent(
                  ante ->
                      out.add(
                          new Resolved(
                              f,
                              new Voice(ante, f.source(), cue, Optional.of(f.cue()), true),
                              cues.outletLike(ante))));
        } else if (Cues.OUTLET_REFERENCES.contains(low) && !lastCited.isEmpty()) {
          Voice v = lastCited.get(0);
          out.add(
              new Resolved(
                  f, new Voice(v.name(), f.source(), cue, Optional.of(f.cue()), true), true));
        } else if (SINGULAR.contains(low)) {
          // "He said", "she added": the latest named person, never a body or an outlet named
          // since; no voice when no person was named before.
          latestPerson(f.source(), text)
              .ifPresent(
                  v ->
                      out.add(
                          new Resolved(
                              f,
                              new Voice(v.name(), f.source(), cue, Optional.of(f.cue()), true),
                              false)));
        } else if (Cues.PRONOUNS.contains(low) && !lastSpeakers.isEmpty()) {
          Voice v = lastSpeakers.get(0);
          String merged =
              lastSpeakers.size() > 1
                      && (PLURAL_SUBJECTS.contains(low)
                          || SEVERAL.stream().anyMatch(low::startsWith))
                  ? lastSpeakers.stream()
                      .map(Voice::name)
                      .reduce((x, y) -> x + " and " + y)
                      .orElse(v.name())
                  : v.name();
          out.add(
              new Resolved(
                  f, new Voice(merged, f.source(), cue, Optional.of(f.cue()), true), false));
        } else {
          // "and Ukrainian intelligence officials": a leading conjunction is not part of the name.
          Matcher lead = LEADING_CONJUNCTION.matcher(name);
          Span span = f.source();
          if (lead.find() && lead.end() < name.length()) {
            span = new Span(span.start() + lead.end(), span.end());
            name = name.substring(lead.end());
          }
          // "sources in The New York Times": the sources speak, the newspaper is cited.
          Matcher via = SOURCES_IN.matcher(name);
          if (via.matches() && cues.outletLike(via.group(2))) {
            Span speaker = new Span(span.start(), span.start() + via.end(1));
            Span paper = new Span(span.start() + via.start(2), span.end());
            out.add(
                new Resolved(
                    f, new Voice(via.group(1), speaker, cue, Optional.of(f.cue()), false), false));
            out.add(
                new Resolved(
                    f, new Voice(via.group(2), paper, cue, Optional.of(f.cue()), false), true));
          } else if (described(name).isPresent()) {
            // "the governor said" after "Governor Petra Valinska said": the title stands for the
            // person named with it before.
            String named = described(name).get();
            out.add(
                new Resolved(
                    f,
                    new Voice(named, f.source(), cue, Optional.of(f.cue()), true),
                    cues.outletLike(named)));
          } else {
            String shown = name.replaceAll("\\s*\\([^)]*\\)", "").replaceAll(",.*$", "").trim();
            out.add(
                new Resolved(
                    f,
                    new Voice(
                        shown.isBlank() ? name : shown, span, cue, Optional.of(f.cue()), false),
                    cues.outletLike(name)));
          }
        }
      }
      return citing(out, text);
    }

    /**
     * Whether a voice is a person the annotation tags by name ("Teo Varn"); a description ("the
     * coast guard", "the ministry") is not, so "it" may stand for it.
     */
    private boolean named(Voice v) {
      for (EntityMention e : annotation.entities()) {
        if (e.type() == EntityType.PERSON
            && e.span().start() < v.span().end()
            && v.span().start() < e.span().end()) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a phrase beside a cue can be a voice at all: 1. a phrase that holds a measured figure
     * ("the 400-foot wide channel", "a $2 billion fund") is what is reported, not who reports it;
     * 2. a negated phrase ("with no serious injuries reported") names nobody.
     */
    private boolean voiceLike(Span source, String text) {
      for (QuantityMention q : annotation.quantities()) {
        if (q.unit().isPresent()
            && q.span().start() < source.end()
            && source.start() < q.span().end()) {
          return false;
        }
      }
      String first = source.of(text).trim().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
      return !NEGATION_WORDS.contains(first);
    }

    /**
     * "X said, citing police" and "X, citing the ministry, reported": the party cited is the
     * source, and X, whose cue comes before the citing phrase, relays it.
     */
    private List<Resolved> citing(List<Resolved> resolved, String text) {
      List<Resolved> out = new ArrayList<>(resolved);
      for (Resolved c : resolved) {
        String cue = c.found().cue().of(text).toLowerCase(Locale.ROOT);
        if (!RELAYING.contains(cue) || c.outlet()) {
          continue;
        }
        for (int i = 0; i < out.size(); i++) {
          Resolved r = out.get(i);
          if (r != c
              && !r.outlet()
              && r.found().source().end() <= c.found().cue().start()
              && !r.found().source().equals(c.found().source())) {
            out.set(i, new Resolved(r.found(), r.voice(), true));
          }
        }
      }
      return out;
    }

    /**
     * The noun phrase that a relative pronoun at {@code pronoun} stands for: the nouns, adjectives,
     * names and determiners right before it ("the agency" in "the agency that said"), read from the
     * parts of speech where the annotation has them.
     */
    Optional<String> antecedent(Span pronoun, String text) {
      List<io.corroborate.annotate.Token> tokens = annotation.tokens();
      int at = -1;
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).span().start() >= pronoun.start()) {
          at = i;
          break;
        }
      }
      boolean tagged = tokens.stream().anyMatch(t -> t.pos().equals("DT") || t.pos().equals("IN"));
      if (at > 0 && tagged) {
        int from = at;
        while (from > 0 && NOUN_PHRASE.matcher(tokens.get(from - 1).pos()).matches()) {
          from--;
        }
        // A phrase that does not end in a noun ("it is the", "figures released by") is none.
        if (from < at && tokens.get(at - 1).pos().startsWith("NN")) {
          return Optional.of(
              text.substring(tokens.get(from).span().start(), tokens.get(at - 1).span().end()));
        }
        return Optional.empty();
      }
      Matcher ante =
          ANTECEDENT.matcher(text.substring(Math.max(0, pronoun.start() - 80), pronoun.start()));
      return ante.find() ? Optional.of(ante.group(1)) : Optional.empty();
    }

    /**
     * The person a pronoun at {@code pronoun} stands for: the latest person named before it, of the
     * voices named in the article that are persons (not a body or outlet) and the persons' names
     * mentioned, so "Engineer Anna Kovel was trapped. … She said" is Kovel even when another person
     * spoke last. A person whose sex shows ("Mr Varn", "the spokeswoman Anna Kovel", or a pronoun
     * bound to them earlier) is passed over by a pronoun of the other sex; none when every person
     * named is of the other sex.
     */
    Optional<Voice> latestPerson(Span pronoun, String text) {
      String want = PRONOUN_SEX.get(pronoun.of(text).toLowerCase(Locale.ROOT));
      // Candidates latest first: a voice counts from its end, a mention from its start, so a
      // mention inside a voice's span is the voice.
      List<Voice> candidates = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      for (Voice v : named) {
        if (v.span().end() <= pronoun.start() && person(v)) {
          candidates.add(v);
          at.add(2 * v.span().end() + 1);
        }
      }
      for (EntityMention e : annotation.entities()) {
        if (e.type() == EntityType.PERSON && e.span().end() <= pronoun.start()) {
          candidates.add(new Voice(e.span().of(text), e.span(), "", Optional.empty(), true));
          at.add(2 * e.span().start());
        }
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < candidates.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparing((Integer i) -> at.get(i)).reversed());
      for (int i : order) {
        Voice v = candidates.get(i);
        Optional<String> sex = want == null ? Optional.empty() : sex(v, text, pronoun.start());
        if (sex.isEmpty() || sex.get().equals(want)) {
          if (want != null) {
            boundSex.put(surname(v.name()), want);
          }
          return Optional.of(v);
        }
      }
      return Optional.empty();
    }

    /** The sex each person's surname was bound to by a gendered pronoun earlier in the article. */
    private final Map<String, String> boundSex = new HashMap<>();

    /**
     * The sex a person's name shows before {@code before}: 1. a gendered title or noun in the name
     * itself ("spokeswoman Anna Kovel"); 2. one written before the surname anywhere earlier ("Mrs
     * Kovel") or opening an apposition after it ("Kovel, a spokeswoman,"); 3. a gendered pronoun
     * bound to the surname before.
     */
    private Optional<String> sex(Voice v, String text, int before) {
      for (String w : v.name().toLowerCase(Locale.ROOT).split("\\s+")) {
        String s = WORD_SEX.get(w);
        if (s != null) {
          return Optional.of(s);
        }
      }
      String surname = surname(v.name());
      if (surname.isEmpty()) {
        return Optional.empty();
      }
      String last = v.name().strip().replaceAll(".*\\s", "");
      for (int i = text.lastIndexOf(last, before - last.length());
          i >= 0;
          i = i == 0 ? -1 : text.lastIndexOf(last, i - 1)) {
        boolean whole =
            (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                && (i + last.length() >= text.length()
                    || !Character.isLetter(text.charAt(i + last.length())));
        if (!whole) {
          continue;
        }
        Matcher m = SEX_BEFORE.matcher(text.substring(Math.max(0, i - 60), i));
        int end = i + last.length();
        Matcher after = SEX_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 60)));
        String word = m.find() ? m.group(1) : after.find() ? after.group(1) : null;
        if (word != null) {
          return Optional.ofNullable(WORD_SEX.get(word.toLowerCase(Locale.ROOT)));
        }
      }
      return Optional.ofNullable(boundSex.get(surname));
    }

    private static String surname(String name) {
      String[] ws = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
      return ws.length == 0 ? "" : ws[ws.length - 1];
    }

    /**
     * Whether a voice names a person: a person's name inside it, or no organisation's or place's
     * name and a word for a person ("the spokesman", "a witness").
     */
    boolean person(Voice v) {
      boolean body = false;
      for (EntityMention e : annotation.entities()) {
        if (e.span().start() < v.span().end() && v.span().start() < e.span().end()) {
          if (e.type() == EntityType.PERSON) {
            return true;
          }
          body = true;
        }
      }
      if (body || cues.outletLike(v.name())) {
        return false;
      }
      String[] words = v.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
      return words.length > 0 && PERSON_WORDS.contains(words[words.length - 1]);
    }

    /**
     * The source named earlier in the article that a description stands for: "the minister" or "the
     * agency" (a determiner and one or two small words) is the latest named speaker whose name
     * holds its last word, as in "Foreign Minister Ana Lopes" or "the National Water Agency".
     */
    Optional<String> described(String name) {
      String[] words = name.trim().split("\\s+");
      if (words.length < 2
          || words.length > 3
          || !DESCRIPTION_DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
      for (int i = 1; i < words.length; i++) {
        if (!words[i].chars().allMatch(Character::isLowerCase)) {
          return Optional.empty();
        }
      }
      Pattern head =
          Pattern.compile(
              "(?<!\\p{L})" + Pattern.quote(words[words.length - 1]) + "(?!\\p{L})",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      for (int i = named.size() - 1; i >= 0; i--) {
        String earlier = named.get(i).name();
        String[] ew = earlier.trim().split("\\s+");
        if (ew.length >= words.length
            && earlier.chars().anyMatch(Character::isUpperCase)
            && !earlier.equalsIgnoreCase(name)
            && head.matcher(earlier).find()) {
          return Optional.of(earlier);
        }
      }
      return Optional.empty();
    }

    void remember(List<Resolved> resolved) {
      for (Resolved r : resolved) {
        if (!r.voice().inherited() && !r.outlet()) {
          named.add(r.voice());
        }
      }
      List<Voice> speakers = new ArrayList<>();
      List<Voice> cited = new ArrayList<>();
      for (Resolved r : resolved) {
        (r.outlet() ? cited : speakers).add(r.voice());
      }
      if (!speakers.isEmpty()) {
        lastSpeakers = speakers;
      }
      if (!cited.isEmpty()) {
        lastCited = cited;
        for (Voice s : speakers) {
          for (String k : keys(s.name())) {
            citedFor.put(k, cited);
          }
        }
      }
    }

    /** The outlets a speaker was cited through earlier in the article, matched on any name word. */
    Optional<List<Voice>> citedFor(String name) {
      for (String k : keys(name)) {
        if (citedFor.containsKey(k)) {
          return Optional.of(citedFor.get(k));
        }
      }
      return Optional.empty();
    }

    /** Name words, singular, with the words for a captured soldier folded into one. */
    List<String> keys(String name) {
      List<String> out = new ArrayList<>();
      for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (w.length() < 2 || KEY_STOP.contains(w)) {
          continue;
        }
        String k = w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
        k = KEY_SYNONYMS.getOrDefault(k, k);
        out.add(k);
      }
      return out;
    }
  }

  /** What the rules need to know about the sentence being read. */
  private final class Ctx {
    final String articleId;
    final String outlet;
    final Annotation annotation;
    final Sentence sentence;
    final String s;
    final List<Resolved> resolved;
    final Chains chains;

    Ctx(
        String articleId,
        String outlet,
        Annotation annotation,
        Sentence sentence,
        String s,
        List<Resolved> resolved,
        Chains chains) {
      this.articleId = articleId;
      this.outlet = outlet;
      this.annotation = annotation;
      this.sentence = sentence;
      this.s = s;
      this.resolved = resolved;
      this.chains = chains;
    }

    String text() {
      return annotation.text();
    }

    List<Voice> speakers() {
      List<Voice> out = new ArrayList<>();
      for (Resolved r : resolved) {
        if (!r.outlet()) {
          out.add(r.voice());
        }
      }
      return out;
    }

    /** The chain for a claim: the cues whose content holds it, else every cue of the sentence. */
    /** Whether {@code outer}'s content opens with {@code inner}'s source, "that" aside. */
    boolean relays(Resolved outer, Resolved inner) {
      Span c = outer.found().content();
      Span src = inner.found().source();
      if (src.length() == 0 || src.start() < c.start() || src.end() > c.end()) {
        return false;
      }
      String between = annotation.text().substring(c.start(), src.start()).trim();
      return between.isEmpty() || CLAUSE_WORDS.contains(between.toLowerCase(Locale.ROOT));
    }

    /** Whether a cue's source is a relative pronoun ("who", "which", "that"). */
    private boolean relative(Span source) {
      return RELATIVES.contains(source.of(annotation.text()).toLowerCase(Locale.ROOT));
    }

    Attribution attributionFor(Span claim) {
      List<Resolved> covering = new ArrayList<>();
      for (Resolved r : resolved) {
        Span src = r.found().source();
        if (src.start() < claim.end() && claim.start() < src.end()) {
          // "U.S. Secretary of State Tony Blinken said …": the role is the outlet's own
          // description.
          return new Attribution(List.of(), List.of(), outlet);
        }
      }
      for (Resolved r : resolved) {
        Span c = r.found().content();
        if (c.start() <= claim.start() && claim.end() <= c.end() + 1) {
          covering.add(r);
        }
      }
      // A voice in a relative clause ("the painter who wrote …") speaks only that clause: a
      // figure outside every cue's content is not its claim.
      List<Resolved> use =
          covering.isEmpty()
              ? resolved.stream().filter(r -> !relative(r.found().source())).toList()
              : covering;
      // A cue inside the claim's own words ("300 killed, one of the prisoners said") still counts.
      List<Voice> speakers = new ArrayList<>();
      List<Voice> cited = new ArrayList<>();
      // Nested reports ("Blinken said …, while Zelensky claimed …"): the cue with the narrowest
      // content that holds the claim speaks it; every outlet around it is cited.
      Resolved inner = null;
      for (Resolved r : use) {
        if (r.outlet()) {
          cited.add(r.voice());
        } else if (covering.isEmpty()) {
          speakers.add(r.voice());
        } else if (inner == null
            || r.found().content().length() < inner.found().content().length()) {
          inner = r;
        }
      }
      if (inner != null) {
        for (Resolved r : use) {
          if (!r.outlet() && r.found().equals(inner.found())) {
            speakers.add(r.voice());
          }
        }
        // "The mayor said the engineer told …": a cue whose content opens with the inner
        // attribution relays it, so its speaker follows the inner one in the chain.
        for (Resolved r : use) {
          if (!r.outlet() && !r.found().equals(inner.found()) && relays(r, inner)) {
            speakers.add(r.voice());
          }
        }
      }
      if (cited.isEmpty() && !speakers.isEmpty()) {
        chains
            .citedFor(speakers.get(0).name())
            .ifPresent(via -> cited.addAll(via.stream().map(Voice::asInherited).toList()));
      }
      return new Attribution(speakers, cited, outlet);
    }
  }
}
