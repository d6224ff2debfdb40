package io.corroborate.extract;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.time.MonthDates;
import io.corroborate.annotate.time.Relation;
import io.corroborate.annotate.time.Resolution;
import io.corroborate.annotate.time.TimeKind;
import io.corroborate.annotate.time.TimeMention;
import io.corroborate.lang.EntryPatterns;
import io.corroborate.lang.LanguagePack;
import io.corroborate.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotations and dated events read through a language's own lists, for every language that the
 * clause rules of English do not read: a quotation in the language's quotation marks credited to
 * the speaker its sentence names ("«Мы восстановим мост», — заявил мэр"), and an event verb beside
 * a date the sentence names ("Die Brücke stürzte am 26. März ein").
 *
 * <p>Every word comes from the language's folder: {@code writing.tsv} ({@code quotes}: the pairs of
 * opening and closing marks the language quotes with, as in {@code «» „“ ""}; {@code spacing}),
 * {@code event-verbs.tsv} (word or phrase, the event it names, with the names of English's {@code
 * event-verbs.tsv}; a word ending in {@code *} matches every word it begins, and in a script
 * without spaces an entry matches inside a run of characters), the cue lists {@link Sources} reads
 * for speakers and the date lists {@link MonthDates} reads for dates. A language that ends its
 * clauses with the verb ({@code word-order verb-last} in {@code writing.tsv}: Armenian, Persian,
 * Turkish, Japanese) dates a verb standing after its date across the whole clause between them, up
 * to {@link ExtractOptions#verbLastWindowWords()} words, where a verb before its date keeps the
 * window of {@link ExtractOptions#eventWindowWords()}.
 *
 * <p>As in English, a quotation nobody is said to have said (a name in quotation marks, words the
 * writer sets apart) is no quote claim, a quotation shorter than {@link
 * ExtractOptions#minQuoteWords()} words is a scare quote, and a speaker who is only said to hold a
 * view ({@code view} cues) is not credited with words.
 *
 * <pre>{@code
 * List<Claim> more = WorldClaims.of("ru").orElseThrow()
 *     .claims("a1", "example.org", annotation, Optional.of(LocalDate.of(2024, 3, 27)), options);
 * }</pre>
 */
final class WorldClaims {
  private static final Map<String, Optional<WorldClaims>> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** The subject of an event whose doer the reader does not name. */
  private static final String UNSTATED = "(unstated)";

  /**
   * Characters counted as one word of a quotation in a script written without spaces: a word of
   * Chinese or Japanese runs one to three characters.
   */
  private static final int CHARS_PER_WORD = 2;

  /** The most sentences one quotation may run over: a quoted paragraph's, not an article's. */
  private static final int QUOTE_SENTENCES = 4;

  /** Marks that end a sentence or a clause between an event verb and its date. */
  private static final Pattern SENTENCE_MARK =
      Pattern.compile("(?s).*(?:[.!?;։।](?:\\s|\\p{L})|[。！？；]).*");

  private record Marks(char open, char close) {
    boolean symmetric() {
      return open == close;
    }
  }

  private record Event(Pattern pattern, String name) {}

  private record Hit(Span span, String name) {}

  private final boolean spaced;
  private final boolean verbLast;
  private final List<Marks> marks;
  private final List<Event> events;
  private final Optional<Sources> sources;
  private final Optional<MonthDates> monthDates;

  private WorldClaims(LanguagePack pack) {
    Map<String, String> writing = pack.has("writing.tsv") ? pack.pairs("writing.tsv") : Map.of();
    this.spaced = !"none".equals(writing.getOrDefault("spacing", "words"));
    this.verbLast = "verb-last".equals(writing.getOrDefault("word-order", "verb-second"));
    List<Marks> ms = new ArrayList<>();
    for (String pair : writing.getOrDefault("quotes", "").trim().split("\\s+")) {
      if (pair.length() == 2) {
        ms.add(new Marks(pair.charAt(0), pair.charAt(1)));
      } else if (!pair.isEmpty()) {
        throw new IllegalArgumentException(
            "quotes of '"
                + pack.code()
                + "' writing.tsv: expected pairs of an opening and a closing mark, got '"
                + pair
                + "'");
      }
    }
    this.marks = List.copyOf(ms);
    List<Event> es = new ArrayList<>();
    if (pack.has("event-verbs.tsv")) {
      for (List<String> row : pack.rows("event-verbs.tsv")) {
        if (row.size() >= 2 && !row.get(0).isEmpty()) {
          es.add(new Event(EntryPatterns.compile(row.get(0), spaced, !spaced), row.get(1)));
        }
      }
    }
    // Longest entry first, so that a phrase wins over a word inside it.
    es.sort(Comparator.comparingInt((Event e) -> e.pattern.pattern().length()).reversed());
    this.events = List.copyOf(es);
    this.sources = Sources.of(pack.code());
    this.monthDates = MonthDates.of(pack.code());
  }

  /**
   * The reader of a language other than English whose folder has quotation marks or event verbs of
   * its own; empty for English and for a language with neither.
   */
  static Optional<WorldClaims> of(String language) {
    return LanguagePack.other(language)
        .flatMap(
            pack ->
                BY_LANGUAGE.computeIfAbsent(
                    pack.code(),
                    l -> {
                      WorldClaims w = new WorldClaims(pack);
                      return w.marks.isEmpty() && w.events.isEmpty()
                          ? Optional.empty()
                          : Optional.of(w);
                    }));
  }

  /** The quotations and dated events of an annotated article, in text order of their sentences. */
  List<Claim> claims(
      String articleId,
      String outlet,
      Annotation annotation,
      Optional<LocalDate> published,
      ExtractOptions options) {
    return claims(articleId, outlet, annotation, published, List.of(), options);
  }

  /**
   * The quotations and dated events of an annotated article; an undated one's dates without a year
   * are read as the story's dated reports, published on {@code storyDays}, read them.
   */
  List<Claim> claims(
      String articleId,
      String outlet,
      Annotation annotation,
      Optional<LocalDate> published,
      List<LocalDate> storyDays,
      ExtractOptions options) {
    String text = annotation.text();
    List<Claim> out = new ArrayList<>();
    List<Sentence> sentences = annotation.sentences();
    int quotedTo = -1;
    for (int k = 0; k < sentences.size(); k++) {
      Sentence sentence = sentences.get(k);
      Span ss = sentence.span();
      List<Sources.Found> voices = null;
      // A quotation may run on over the next sentences of its paragraph ("«… . …», — said X"):
      // it is read from the sentence it opens in, with the sentences it spans as its evidence.
      int last = k;
      while (last + 1 < sentences.size()
          && last + 1 - k < QUOTE_SENTENCES
          && !text.substring(
                  sentences.get(last).span().end(), sentences.get(last + 1).span().start())
              .contains("\n")) {
        last++;
      }
      boolean continues = ss.start() < quotedTo;
      List<Span> quotations =
          continues ? List.of() : quotations(text, ss, sentences.get(last).span().end(), options);
      for (Span q : quotations) {
        int end = k;
        while (sentences.get(end).span().end() < q.end()) {
          end++;
        }
        Span region = new Span(ss.start(), sentences.get(end).span().end());
        if (voices == null && end == k) {
          voices = voices(text, ss, options);
        }
        List<Sources.Found> heard = end == k ? voices : voices(text, region, options);
        quote(articleId, outlet, text, sentence.index(), region, q, heard, published, options)
            .ifPresent(out::add);
        if (q.end() > ss.end()) {
          quotedTo = Math.max(quotedTo, q.end());
        }
      }
      if (continues) {
        // the sentence goes on with a quotation opened before it: its verbs are the speaker's
        quotations = List.of(new Span(ss.start(), Math.min(quotedTo, ss.end())));
      }
      if (events.isEmpty() || monthDates.isEmpty()) {
        continue;
      }
      List<TimeMention> dates =
          monthDates.get().find(text, ss, published, storyDays).stream()
              .filter(
                  t ->
                      t.kind() == TimeKind.DATE
                          && t.relation() == Relation.AT
                          && t.resolution() instanceof Resolution.Resolved)
              .toList();
      if (dates.isEmpty()) {
        continue;
      }
      List<Hit> hits = hits(text, ss, dates, quotations);
      if (hits.isEmpty()) {
        continue;
      }
      if (voices == null) {
        voices = voices(text, ss, options);
      }
      out.addAll(events(articleId, outlet, text, sentence, dates, hits, voices, options));
    }
    return List.copyOf(out);
  }

  private List<Sources.Found> voices(String text, Span ss, ExtractOptions options) {
    return sources.map(s -> s.find(text, ss, options)).orElse(List.of());
  }

  // ---------------------------------------------------------------------------------------------
  // Quotations

  /**
   * The quotations of a sentence, marks included, long enough to be quotes: 1. an opening mark (in
   * a script with spaces, after no letter or digit; a mark that both opens and closes, before no
   * space); 2. the first closing mark of its pair after it (in a script with spaces, before no
   * letter or digit; a mark that opens too, after no space), in the sentence or in the following
   * ones of its paragraph up to {@code limit}; 3. at least {@link ExtractOptions#minQuoteWords()}
   * words inside.
   */
  private List<Span> quotations(String text, Span ss, int limit, ExtractOptions options) {
    List<Span> out = new ArrayList<>();
    if (marks.isEmpty()) {
      return out;
    }
    for (int i = ss.start(); i < ss.end(); i++) {
      char c = text.charAt(i);
      int close = -1;
      for (Marks m : marks) {
        if (m.open() != c || !opens(text, i, ss, m)) {
          continue;
        }
        for (int j = i + 1; j < limit; j++) {
          if (text.charAt(j) == m.close() && closes(text, j, new Span(ss.start(), limit), m)) {
            close = j;
            break;
          }
        }
        if (close >= 0) {
          break;
        }
      }
      if (close < 0) {
        continue;
      }
      String inner = text.substring(i + 1, close).strip();
      if (words(inner) >= options.minQuoteWords()) {
        out.add(new Span(i, close + 1));
      }
      i = close;
    }
    return out;
  }

  private boolean opens(String text, int at, Span ss, Marks m) {
    if (spaced && at > ss.start() && Character.isLetterOrDigit(text.charAt(at - 1))) {
      return false;
    }
    return !m.symmetric() || at + 1 < ss.end() && !Character.isWhitespace(text.charAt(at + 1));
  }

  private boolean closes(String text, int at, Span ss, Marks m) {
    if (spaced && at + 1 < ss.end() && Character.isLetterOrDigit(text.charAt(at + 1))) {
      return false;
    }
    return !m.symmetric() || !Character.isWhitespace(text.charAt(at - 1));
  }

  private int words(String inner) {
    if (inner.isEmpty()) {
      return 0;
    }
    if (spaced) {
      return inner.split("\\s+").length;
    }
    return inner.replaceAll("\\s+", "").codePointCount(0, inner.replaceAll("\\s+", "").length())
        / CHARS_PER_WORD;
  }

  /**
   * The quote claim of a quotation: the speaker is the nearest voice its sentence says said words,
   * named outside the quotation; none, and the quotation is no quote claim.
   */
  private Optional<Claim> quote(
      String articleId,
      String outlet,
      String text,
      int sentenceIndex,
      Span ss,
      Span q,
      List<Sources.Found> voices,
      Optional<LocalDate> published,
      ExtractOptions options) {
    List<Sources.Found> outside =
        voices.stream()
            .filter(f -> !inside(f.voice().span(), q))
            .filter(f -> f.voice().cueSpan().map(c -> !inside(c, q)).orElse(true))
            .toList();
    Optional<Voice> speaker =
        nearest(outside.stream().filter(f -> !f.outlet() && !f.view()).toList(), q);
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    Optional<Voice> cited = nearest(outside.stream().filter(Sources.Found::outlet).toList(), q);
    Span value = new Span(q.start() + 1, q.end() - 1);
    Attribution attribution =
        new Attribution(List.of(speaker.get()), cited.map(List::of).orElse(List.of()), outlet);
    return Optional.of(
        new Claim(
            ClaimKind.QUOTE,
            new Subject(speaker.get().name(), speaker.get().span(), Optional.empty()),
            "said",
            new ClaimValue.Text(value, value.of(text).strip().replaceAll("[\\s,;:]+$", "")),
            new HoldsAt.ArticleDate(published),
            Optional.empty(),
            Hedging.NONE,
            attribution,
            new Evidence(articleId, sentenceIndex, ss, q),
            options.quoteConfidence(),
            List.of()));
  }

  private static boolean inside(Span s, Span q) {
    return s.start() < q.end() && q.start() < s.end();
  }

  /**
   * Whether a verb's match holds a date wholly between its first and last words: the gap of a
   * separable verb ("maakte op 14 april bekend"), which a date may fill, unlike the verb's words.
   */
  private static boolean holds(Span verb, Span date) {
    return verb.start() < date.start() && date.end() < verb.end();
  }

  private static Optional<Voice> nearest(List<Sources.Found> voices, Span claim) {
    return voices.stream()
        .map(Sources.Found::voice)
        .min(Comparator.comparingInt(v -> distance(v.cueSpan().orElse(v.span()), claim)));
  }

  private static int distance(Span a, Span b) {
    return a.end() <= b.start()
        ? b.start() - a.end()
        : b.end() <= a.start() ? a.start() - b.end() : 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Events

  /**
   * The event verbs of a sentence that stand outside its dates and quotations (words quoted are a
   * speaker's, dated by the speaker; a separable verb's gap may hold a date), each once, longest
   * entry first.
   */
  private List<Hit> hits(String text, Span ss, List<TimeMention> dates, List<Span> quotations) {
    List<Hit> out = new ArrayList<>();
    for (Event e : events) {
      Matcher m = e.pattern().matcher(text);
      m.region(ss.start(), ss.end());
      m.useTransparentBounds(true);
      while (m.find()) {
        Span s = new Span(m.start(), m.end());
        if (m.end() == m.start()
            || out.stream().anyMatch(h -> inside(h.span(), s))
            || dates.stream().anyMatch(d -> inside(d.span(), s) && !holds(s, d.span()))
            || quotations.stream().anyMatch(q -> inside(q, s))) {
          continue;
        }
        out.add(new Hit(s, e.name()));
      }
    }
    return out;
  }

  /**
   * Dated events: each date with the nearest event verb beside it, closest pairs first, each date
   * and each verb in one event, and only where no sentence or clause mark and at most {@link
   * ExtractOptions#eventWindowWords()} words stand between them ({@link
   * ExtractOptions#verbLastWindowWords()} from a date to the verb after it, in a language that puts
   * the verb last).
   */
  private List<Claim> events(
      String articleId,
      String outlet,
      String text,
      Sentence sentence,
      List<TimeMention> dates,
      List<Hit> hits,
      List<Sources.Found> voices,
      ExtractOptions options) {
    record Pair(TimeMention date, Hit hit, int distance) {}
    List<Pair> pairs = new ArrayList<>();
    for (TimeMention d : dates) {
      for (Hit h : hits) {
        int window =
            verbLast && h.span().start() >= d.span().end()
                ? options.verbLastWindowWords()
                : options.eventWindowWords();
        if (near(text, d.span(), h.span(), window)) {
          pairs.add(new Pair(d, h, distance(d.span(), h.span())));
        }
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::distance));
    List<TimeMention> usedDates = new ArrayList<>();
    List<Hit> usedHits = new ArrayList<>();
    List<Claim> out = new ArrayList<>();
    Span ss = sentence.span();
    for (Pair p : pairs) {
      if (usedDates.contains(p.date()) || usedHits.contains(p.hit())) {
        continue;
      }
      usedDates.add(p.date());
      usedHits.add(p.hit());
      Resolution.Resolved r = (Resolution.Resolved) p.date().resolution();
      Span claim =
          new Span(
              Math.min(p.date().span().start(), p.hit().span().start()),
              Math.max(p.date().span().end(), p.hit().span().end()));
      Optional<Voice> speaker = nearest(voices.stream().filter(f -> !f.outlet()).toList(), claim);
      Optional<Voice> cited =
          nearest(voices.stream().filter(Sources.Found::outlet).toList(), claim);
      Attribution attribution =
          speaker.isEmpty() && cited.isEmpty()
              ? Attribution.outletOnly(outlet)
              : new Attribution(
                  speaker.map(List::of).orElse(List.of()),
                  cited.map(List::of).orElse(List.of()),
                  outlet);
      out.add(
          new Claim(
              ClaimKind.EVENT,
              new Subject(UNSTATED, p.hit().span(), Optional.empty()),
              p.hit().name(),
              new ClaimValue.When(p.date().span(), r.interval()),
              new HoldsAt.During(r.claimed(), p.date().span(), p.date().relation()),
              Optional.empty(),
              Hedging.NONE,
              attribution,
              new Evidence(articleId, sentence.index(), ss, claim),
              options.eventConfidence(),
              List.of()));
    }
    out.sort(Comparator.comparingInt(c -> c.evidence().claim().start()));
    return out;
  }

  /**
   * Whether a date stands close enough to an event verb to date it: no sentence mark between them
   * and at most {@code words} words (four times as many characters in a script without spaces).
   */
  private boolean near(String text, Span date, Span verb, int words) {
    int from = Math.min(date.end(), verb.end());
    int to = Math.max(date.start(), verb.start());
    if (from >= to) {
      return true;
    }
    String between = text.substring(from, to);
    if (SENTENCE_MARK.matcher(between).matches()) {
      return false;
    }
    if (!spaced) {
      return between.length() <= 4 * words;
    }
    return between.isBlank() || between.strip().split("\\s+").length <= words;
  }
}
