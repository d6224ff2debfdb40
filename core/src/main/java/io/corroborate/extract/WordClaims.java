package io.corroborate.extract;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.time.MonthDates;
import io.corroborate.annotate.time.Resolution;
import io.corroborate.annotate.time.TimeKind;
import io.corroborate.annotate.time.TimeMention;
import io.corroborate.lang.LanguagePack;
import io.corroborate.model.Span;
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
 * Claims whose values are words or dates, of the kinds that reports of a developing story give side
 * by side and often disagree on: under which country's flag a vessel sails, the state of a deal
 * (agreed, on hold, terminated, revived, closed) and the day it closed, a holder's rank ("largest
 * shareholder"), and when a work is expected to be done. The cues are each language's {@code
 * word-claims.tsv}; country names and adjectives its {@code countries.tsv}; the nouns a deal is
 * named by its {@code deal-nouns.txt}.
 *
 * <pre>{@code
 * List<Claim> more = WordClaims.of("en").read("a1", "Example News", annotation, claims);
 * more.get(0).measure();   // "flag"
 * more.get(0).value();     // Text[..., "Panama"]
 * }</pre>
 *
 * <p>A cue is a regular expression, matched without regard to case, with slots: {@code {country}}
 * (one or two words read through the country list), {@code {deal}} (a deal noun) and {@code {time}}
 * (the time expression the cue ends at). A row's value is a fixed label, {@code {country}} or
 * {@code {time}}.
 */
public final class WordClaims {
  /** What a word claim asserts; each measure is one kind of finding in reconciliation. */
  public static final String FLAG = "flag";

  public static final String STATUS = "status";
  public static final String CLOSED_ON = "closed-on";
  public static final String RANK = "rank";
  public static final String EXPECTED = "expected";
  public static final String RESPONSIBILITY = "responsibility";
  public static final String FATE = "fate";

  /** What each measure's claims are about, as a subject. */
  private static final Map<String, String> SUBJECTS =
      Map.of(
          FLAG,
          "vessel",
          STATUS,
          "deal",
          CLOSED_ON,
          "deal",
          RANK,
          "holder",
          EXPECTED,
          "work",
          RESPONSIBILITY,
          "attack",
          FATE,
          "vessel");

  /** The status whose day a report may give: a deal closes once. */
  private static final String CLOSED = "closed";

  private static final Map<String, WordClaims> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final Pattern SLOT = Pattern.compile("\\{(country|deal|time|party|attack)\\}");

  /**
   * Who a report holds responsible, as written: words in quotation marks, or a run of capitalised
   * words with the small words names carry ("Front of the North", "al-Varn") and an abbreviation in
   * brackets after it. Case counts here, whatever the cue's. The small words are the pack's {@code
   * name-particles.txt}.
   */
  private static String party(LanguagePack pack) {
    return "(?-i:(?<party>[“\"«„][^”\"»“\\n]{2,60}[”\"»“]"
        + "|\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+(?:(?:"
        + pack.alternation("name-particles.txt", " ")
        + ")\\s+)?"
        + "\\p{Lu}[\\p{L}\\p{M}'’-]*){0,4}(?:\\s*\\([^)\\n]{1,15}\\))?))";
  }

  /**
   * Whether a word of the pack's language ends where its letters do: not where the script is
   * written without spaces, nor where particles are glued onto the word before ({@code spacing} and
   * {@code particles} of {@code writing.tsv}).
   */
  private static boolean spaced(LanguagePack pack) {
    Map<String, String> writing = pack.has("writing.tsv") ? pack.pairs("writing.tsv") : Map.of();
    return !"none".equals(writing.getOrDefault("spacing", "words"))
        && !"glued".equals(writing.getOrDefault("particles", "apart"));
  }

  /**
   * @param needsDeal a status counts only in a text that names a deal
   * @param needsVessel a vessel's fate counts only in a sentence that names a vessel
   */
  private record Cue(
      String measure,
      String value,
      Pattern pattern,
      boolean needsDeal,
      boolean needsVessel,
      boolean partySpeaks) {}

  /**
   * The fourth column of a cue whose party says it itself ("X claimed responsibility"): the party
   * is the claim's speaker where its sentence credits no one else.
   */
  private static final String PARTY_SPEAKS = "speaks";

  private record Country(String form, String name) {}

  private final List<Cue> cues;
  private final List<Country> countries;
  private final Pattern deal;
  private final Pattern vessel;
  private final Pattern unreal;
  private final Optional<MonthDates> monthDates;
  private final Optional<Sources> sources;

  private WordClaims(LanguagePack pack) {
    boolean spaced = spaced(pack);
    String party = party(pack);
    List<String> dealNouns = pack.list("deal-nouns.txt");
    this.monthDates = MonthDates.of(pack.code());
    this.sources = Sources.of(pack.code());
    this.unreal =
        Pattern.compile(
            (spaced ? "(?<!\\p{L})" : "")
                + "(?:"
                + LanguagePack.alternationOf(pack.list("unreal-words.txt"), "\\s+")
                + ")"
                + (spaced ? "(?!\\p{L})" : ""),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    this.deal =
        Pattern.compile(
            (spaced ? "(?<!\\p{L})" : "")
                + "(?:"
                + LanguagePack.alternationOf(dealNouns, "\\s+")
                + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    this.vessel =
        Pattern.compile(
            (spaced ? "(?<!\\p{L})" : "")
                + "(?:"
                + LanguagePack.alternationOf(pack.list("vessel-nouns.txt"), "\\s+")
                + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    String attack = LanguagePack.alternationOf(pack.list("attack-nouns.txt"), "\\s+");
    List<Cue> read = new ArrayList<>();
    for (List<String> row : pack.rows("word-claims.tsv")) {
      if (row.size() < 3 || !SUBJECTS.containsKey(row.get(0))) {
        continue;
      }
      String cue = row.get(2);
      boolean needsDeal = row.get(0).equals(STATUS);
      StringBuilder rx = new StringBuilder(spaced ? "(?<!\\p{L})" : "");
      Matcher m = SLOT.matcher(cue);
      int last = 0;
      while (m.find()) {
        rx.append(cue, last, m.start());
        switch (m.group(1)) {
          case "country" -> rx.append("(?<country>\\p{L}+(?:[ -]\\p{L}+)?)");
          case "deal" -> rx.append("(?:").append(deal.pattern()).append(")");
          case "attack" -> rx.append("(?:").append(attack).append(")");
          case "party" -> rx.append(party);
          default -> rx.append("(?<time>)");
        }
        last = m.end();
      }
      rx.append(cue.substring(last));
      read.add(
          new Cue(
              row.get(0),
              row.get(1),
              Pattern.compile(
                  rx.toString(),
                  Pattern.CASE_INSENSITIVE
                      | Pattern.UNICODE_CASE
                      | Pattern.UNICODE_CHARACTER_CLASS),
              needsDeal,
              row.get(0).equals(FATE),
              row.size() > 3 && row.get(3).equals(PARTY_SPEAKS)));
    }
    this.cues = List.copyOf(read);
    List<Country> cs = new ArrayList<>();
    for (List<String> row : pack.rows("countries.tsv")) {
      if (row.size() >= 2) {
        cs.add(new Country(row.get(0).toLowerCase(Locale.ROOT), row.get(1)));
      }
    }
    // Longest forms first, so "South Korea" is tried before "Korea".
    cs.sort(Comparator.comparingInt((Country c) -> -c.form().length()));
    this.countries = List.copyOf(cs);
  }

  /** The reader of a language's cues (English's for a language with none of its own). */
  public static WordClaims of(String language) {
    String code = language == null || !language.matches("[a-z]{2}") ? "en" : language;
    return BY_LANGUAGE.computeIfAbsent(code, c -> new WordClaims(LanguagePack.of(c)));
  }

  /**
   * The word claims of an annotated text. Each takes the attribution of another claim read from the
   * same sentence, else the outlet's own voice.
   *
   * @param others the claims already read from the text
   */
  public List<Claim> read(
      String articleId, String outlet, Annotation annotation, List<Claim> others) {
    return read(articleId, outlet, annotation, others, annotation.anchor().isPresent());
  }

  /**
   * The word claims of an annotated text.
   *
   * @param dated whether the text's own date is known: a day read relative to an estimated date
   *     ("on Thursday") is no evidence of when a deal closed
   */
  public List<Claim> read(
      String articleId, String outlet, Annotation annotation, List<Claim> others, boolean dated) {
    String text = annotation.text();
    List<Claim> out = new ArrayList<>();
    boolean aboutDeal = deal.matcher(text).find();
    for (Sentence sentence : annotation.sentences()) {
      Span ss = sentence.span();
      String s = ss.of(text);
      List<Span> taken = new ArrayList<>();
      for (Cue cue : cues) {
        if (cue.needsDeal() && !aboutDeal || cue.needsVessel() && !vessel.matcher(s).find()) {
          continue;
        }
        Matcher m = cue.pattern().matcher(s);
        while (m.find()) {
          Span at = new Span(ss.start() + m.start(), ss.start() + m.end());
          if (at.length() == 0 || taken.stream().anyMatch(t -> overlaps(t, at))) {
            continue;
          }
          if (cue.measure().equals(STATUS) && unreal(text, at, ss)) {
            continue;
          }
          Optional<Claim> c = claim(cue, m, at, articleId, outlet, annotation, sentence, others);
          if (c.isPresent()) {
            taken.add(at);
            out.add(c.get());
            if (cue.measure().equals(STATUS) && cue.value().equals(CLOSED)) {
              closedOn(c.get(), articleId, annotation, sentence, dated).ifPresent(out::add);
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether words of a plan, a threat, a condition or a future ("will", "threatened", "if") stand
   * in the cue or in the few words around it: such a status has not come about.
   */
  private boolean unreal(String text, Span at, Span sentence) {
    int from = Math.max(sentence.start(), at.start() - 40);
    int to = Math.min(sentence.end(), at.end() + 15);
    return unreal.matcher(text.substring(from, to)).find();
  }

  private Optional<Claim> claim(
      Cue cue,
      Matcher m,
      Span at,
      String articleId,
      String outlet,
      Annotation annotation,
      Sentence sentence,
      List<Claim> others) {
    String text = annotation.text();
    int base = sentence.span().start();
    ClaimValue value;
    HoldsAt time;
    if (cue.value().equals("{country}")) {
      Span words = new Span(base + m.start("country"), base + m.end("country"));
      // The slot takes up to two words; where only the second names the country ("է Սինգապուրի"),
      // the value's span is that word.
      String both = words.of(text);
      int gap = both.lastIndexOf(' ');
      if (gap > 0
          && country(both.substring(0, gap)).isEmpty()
          && country(both.substring(gap + 1)).isPresent()) {
        words = new Span(words.start() + gap + 1, words.end());
      }
      Optional<Country> country = country(words.of(text));
      if (country.isEmpty()) {
        return Optional.empty();
      }
      value = new ClaimValue.Text(words, country.get().name());
      time = new HoldsAt.ArticleDate(annotation.anchor());
    } else if (cue.value().equals("{party}")) {
      Span words = new Span(base + m.start("party"), base + m.end("party"));
      String party =
          words.of(text).replaceAll("^[“\"«„]|[”\"»“]$", "").replaceFirst("^The\\s+", "").strip();
      if (party.isEmpty()) {
        return Optional.empty();
      }
      value = new ClaimValue.Text(words, party);
      time =
          sentenceTime(annotation, sentence).orElse(new HoldsAt.ArticleDate(annotation.anchor()));
    } else if (cue.value().equals("{time}")) {
      int from = base + m.start("time");
      Optional<TimeMention> t =
          annotation.times().stream()
              .filter(x -> x.span().start() >= from && x.span().start() <= from + 2)
              .filter(x -> x.span().end() <= sentence.span().end())
              .findFirst();
      if (t.isEmpty()) {
        return Optional.empty();
      }
      TimeMention tm = t.get();
      value =
          tm.kind() != TimeKind.DURATION && tm.resolution() instanceof Resolution.Resolved r
              ? new ClaimValue.When(tm.span(), r.interval())
              : new ClaimValue.Text(tm.span(), tm.text());
      // An expectation holds as of the report that gives it, not at the time it expects.
      time = new HoldsAt.ArticleDate(annotation.anchor());
    } else {
      value = new ClaimValue.Text(at, cue.value());
      time =
          sentenceTime(annotation, sentence).orElse(new HoldsAt.ArticleDate(annotation.anchor()));
    }
    Span claimSpan =
        new Span(
            Math.min(at.start(), value.span().start()), Math.max(at.end(), value.span().end()));
    Attribution attribution = attribution(others, annotation, sentence, claimSpan, outlet);
    if (cue.partySpeaks()
        && attribution.speakers().isEmpty()
        && attribution.cited().isEmpty()
        && value instanceof ClaimValue.Text party) {
      // "IS claimed responsibility": the party says it of itself, relayed by the outlet
      attribution =
          new Attribution(
              List.of(
                  new Voice(party.text(), party.span(), cue.measure(), Optional.empty(), false)),
              List.of(),
              outlet);
    }
    return Optional.of(
        new Claim(
            ClaimKind.WORD,
            new Subject(SUBJECTS.getOrDefault(cue.measure(), cue.measure()), at, Optional.empty()),
            cue.measure(),
            value,
            time,
            Optional.empty(),
            Hedging.NONE,
            attribution,
            new Evidence(articleId, sentence.index(), sentence.span(), claimSpan),
            0.6,
            List.of()));
  }

  /** The day a closing took place, when the sentence that tells of it names one. */
  private Optional<Claim> closedOn(
      Claim status, String articleId, Annotation annotation, Sentence sentence, boolean dated) {
    Optional<TimeMention> t =
        dayOf(annotation, sentence)
            .filter(
                x ->
                    dated
                        || x.resolution() instanceof Resolution.Resolved r
                            && r.basis().equals("absolute"));
    if (t.isEmpty() || !(t.get().resolution() instanceof Resolution.Resolved r)) {
      return Optional.empty();
    }
    Span claimSpan =
        new Span(
            Math.min(status.evidence().claim().start(), t.get().span().start()),
            Math.max(status.evidence().claim().end(), t.get().span().end()));
    return Optional.of(
        new Claim(
            ClaimKind.WORD,
            status.subject(),
            CLOSED_ON,
            new ClaimValue.When(t.get().span(), r.claimed()),
            new HoldsAt.ArticleDate(annotation.anchor()),
            Optional.empty(),
            Hedging.NONE,
            status.attribution(),
            new Evidence(articleId, sentence.index(), sentence.span(), claimSpan),
            status.confidence(),
            List.of()));
  }

  /**
   * A time of the sentence that names one day, not a duration or a repetition: the annotation's,
   * else one the language's month-name dates read ("26 de octubre").
   */
  private Optional<TimeMention> dayOf(Annotation annotation, Sentence sentence) {
    List<TimeMention> times = new ArrayList<>(annotation.times());
    monthDates.ifPresent(
        md -> times.addAll(md.find(annotation.text(), sentence.span(), annotation.anchor())));
    return times.stream()
        .filter(t -> t.span().start() >= sentence.span().start())
        .filter(t -> t.span().end() <= sentence.span().end())
        .filter(t -> t.kind() != TimeKind.DURATION && t.kind() != TimeKind.SET)
        .filter(
            t ->
                t.resolution() instanceof Resolution.Resolved r
                    && r.claimed().startDate().equals(r.claimed().lastDate()))
        .findFirst();
  }

  private static Optional<HoldsAt> sentenceTime(Annotation annotation, Sentence sentence) {
    return annotation.times().stream()
        .filter(t -> t.span().start() >= sentence.span().start())
        .filter(t -> t.span().end() <= sentence.span().end())
        .filter(t -> t.kind() != TimeKind.DURATION && t.kind() != TimeKind.SET)
        .filter(t -> t.resolution() instanceof Resolution.Resolved)
        .findFirst()
        .map(
            t ->
                new HoldsAt.During(
                    ((Resolution.Resolved) t.resolution()).claimed(), t.span(), t.relation()));
  }

  /**
   * Who stands behind a word claim: 1. the voice of another claim read from its sentence; 2. else,
   * in a language with source cues of its own, the nearest speaker and cited outlet its sentence
   * credits; 3. else the outlet's own voice.
   */
  private Attribution attribution(
      List<Claim> others, Annotation annotation, Sentence sentence, Span claim, String outlet) {
    Optional<Attribution> borrowed =
        others.stream()
            .filter(c -> c.evidence().sentenceIndex() == sentence.index())
            .map(Claim::attribution)
            .findFirst();
    if (borrowed.isPresent() || sources.isEmpty()) {
      return borrowed.orElse(Attribution.outletOnly(outlet));
    }
    List<Sources.Found> voices =
        sources.get().find(annotation.text(), sentence.span(), ExtractOptions.defaults());
    Optional<Voice> speaker = nearest(voices, claim, false);
    Optional<Voice> cited = nearest(voices, claim, true);
    if (speaker.isEmpty() && cited.isEmpty()) {
      return Attribution.outletOnly(outlet);
    }
    return new Attribution(
        speaker.map(List::of).orElse(List.of()), cited.map(List::of).orElse(List.of()), outlet);
  }

  private static Optional<Voice> nearest(List<Sources.Found> voices, Span claim, boolean outlet) {
    return voices.stream()
        .filter(f -> f.outlet() == outlet)
        .min(
            Comparator.comparingInt(
                f -> {
                  Span cue = f.voice().cueSpan().orElse(f.voice().span());
                  return cue.end() <= claim.start()
                      ? claim.start() - cue.end()
                      : claim.end() <= cue.start() ? cue.start() - claim.end() : 0;
                }))
        .map(Sources.Found::voice);
  }

  /**
   * The country one or two words name: a listed form that starts the words (or their last word)
   * with at most five letters of ending after it (none after a form of three letters or fewer)
   * ("Singaporean", "Panama's").
   */
  Optional<Country> country(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    List<String> tries = new ArrayList<>();
    tries.add(w);
    int space = w.lastIndexOf(' ');
    if (space > 0) {
      tries.add(w.substring(space + 1));
      tries.add(w.substring(0, space));
    }
    int dash = w.lastIndexOf('-');
    if (dash > 0) {
      tries.add(w.substring(0, dash));
    }
    for (String x : tries) {
      for (Country c : countries) {
        // A short form ("US") is read only whole; a longer one with an inflected ending.
        int ending = c.form().length() <= 3 ? 0 : 5;
        if (x.startsWith(c.form())
            && x.length() - c.form().length() <= ending
            && x.substring(c.form().length()).chars().allMatch(Character::isLetter)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A word claim's value as the dossier lists it: its label or country, or the days of its date
   * ({@code 2031-05-02}, {@code 2031-09-01..2031-11-30}).
   */
  public static String shown(ClaimValue value) {
    if (value instanceof ClaimValue.When w) {
      return w.interval().startDate().equals(w.interval().lastDate())
          ? w.interval().startDate().toString()
          : w.interval().startDate() + ".." + w.interval().lastDate();
    }
    if (value instanceof ClaimValue.Text t) {
      return t.text();
    }
    return "";
  }

  /** The country name a country's form or adjective names, for tests and callers. */
  public Optional<String> countryOf(String words) {
    return country(words).map(Country::name);
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
