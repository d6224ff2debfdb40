package io.corroborate.extract;

import io.corroborate.annotate.time.MonthDates;
import io.corroborate.annotate.time.TimeMention;
import io.corroborate.lang.EntryPatterns;
import io.corroborate.lang.LanguagePack;
import io.corroborate.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a sentence credits, read through a language's own cue lists: a reporting verb ("sagte",
 * "заявил", "dijo", "açıkladı") with the source named next to it, or a phrase that names its source
 * after it ("selon", "laut", "según", "по данным", "据") or before it ("によると", "에 따르면", "göre").
 *
 * <p>Every word comes from the language's folder: {@code reporting-verbs.tsv} (verb form, {@code
 * speech} or {@code view}, where the source stands: {@code before}, {@code after} or {@code
 * either}), {@code attribution-phrases.tsv} (phrase, {@code according}, {@code cited} or {@code
 * relaying}, where the source stands: {@code after} or {@code before}; a relaying phrase's source
 * speaks and the name before the phrase relays it), {@code titles.tsv} and {@code source-nouns.txt}
 * (titles, offices and bodies that make a phrase a source: "ministre", "полиция"), {@code
 * name-determiners.txt} (dropped from the front of a source), {@code name-joiners.txt} (small words
 * inside a name or title: "de", "von"), {@code clause-words.txt} (words a source never crosses:
 * "que", "dass", pronouns) and {@code outlets.tsv} (words of a publication: the source is then a
 * cited outlet). A word ending in {@code *} matches every word it begins; an entry starting with
 * {@code -} is glued to the word before it ("-에 따르면"). A language reads sources this way when its
 * folder has its own cue lists; English keeps its clause rules.
 *
 * <p>The source next to a cue is the run of words that can name one: titles, bodies, outlet words,
 * capitalised words (in scripts with case; in others any word but a clause word), with joiners
 * inside and determiners dropped, at most {@link ExtractOptions#maxSourceWords()} words and never
 * across a comma or a clause word; a source in quotation marks ("«112»") is taken whole.
 *
 * <pre>{@code
 * List<Sources.Found> found = Sources.of("fr").orElseThrow().find(text, sentenceSpan, options);
 * }</pre>
 */
final class Sources {
  private static final Map<String, Optional<Sources>> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** Characters that end a source phrase. */
  private static final String BREAKS = ",;:!?()[]{}«»\"“”„‹›—–|、，。；：！？「」『』()《》（）【】،؛؟։՝՜՞।";

  /** The most words a source may have in a script without case, where any word may be one. */
  private static final int CASELESS_WORDS = 3;

  /** Capitals and a period: an acronym closing its sentence. */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}\\.");

  private static final Pattern ELIDED = Pattern.compile("\\p{Ll}{1,4}['’]");

  /**
   * The kind of a phrase that names, after it, whom the source before it relays ("X به نقل از Y"):
   * Y is the speaker, X the publication that carried Y's words.
   */
  private static final String RELAYING = "relaying";

  private static final String OPEN_QUOTES = "«“„\"‹「『《";
  private static final String CLOSE_QUOTES = "»”“\"›」』》";

  /**
   * A voice the sentence credits, whether it is a publication relaying the figure, and the kind of
   * its cue ({@code speech} or {@code view} for a verb, {@code according} or {@code cited} for a
   * phrase).
   */
  record Found(Voice voice, boolean outlet, String kind) {
    /** Whether the cue says the voice holds a view rather than said words ("считает", "glaubt"). */
    boolean view() {
      return kind.equals("view");
    }
  }

  private enum Side {
    BEFORE,
    AFTER,
    EITHER,
    /**
     * A verb that closes its sentence credits the name that opens it ("Vali X, kentte … açıkladı");
     * elsewhere the words right before it, or the name opening the sentence where a break stands
     * right before the verb ("X … نقش داشتند، افزود …").
     */
    OPENING,
    /** Not a cue: a word that ends a source read forwards ("报道" in "据新华社报道"). */
    CLOSE
  }

  private record Cue(Pattern pattern, String kind, Side side) {}

  private record Word(int start, int end, String text) {}

  private final String language;
  private final boolean spaced;
  private final boolean apostropheEndings;
  private final List<Cue> cues;
  private final List<Pattern> titles;
  private final List<Pattern> bodies;
  private final List<Pattern> outlets;
  private final List<Pattern> determiners;
  private final List<Pattern> joiners;
  private final List<Pattern> stops;

  /** Words after a name that are no part of it ("など"), anchored at the source's end. */
  private final List<Pattern> trailers;

  /**
   * Whether the language writes a role after the organisation it belongs to ({@code role-complement
   * before} in {@code writing.tsv}: "Bakanlık sözcüsü"), rather than before it ("woordvoerder van
   * het ministerie", "пресс-секретарь министерства", "سخنگوی وزارت").
   */
  private final boolean roleLast;

  /** The language's own dates and the words that make a number before them a date ("日"). */
  private final Optional<MonthDates> monthDates;

  private final Set<String> dateWords;

  private Sources(LanguagePack pack) {
    this.language = pack.code();
    this.monthDates = MonthDates.of(pack.code());
    this.dateWords =
        pack.has("date-words.txt") ? Set.copyOf(pack.list("date-words.txt")) : Set.of();
    Map<String, String> writing =
        pack.has("writing.tsv") ? pack.pairs("writing.tsv") : Map.of("spacing", "words");
    this.spaced = !"none".equals(writing.getOrDefault("spacing", "words"));
    this.apostropheEndings = "yes".equals(writing.getOrDefault("apostrophe-endings", "no"));
    List<Cue> cs = new ArrayList<>();
    if (pack.has("reporting-verbs.tsv")) {
      for (List<String> row : pack.rows("reporting-verbs.tsv")) {
        cs.add(
            new Cue(
                phrase(row.get(0)),
                row.size() > 1 ? row.get(1) : "speech",
                side(row.size() > 2 ? row.get(2) : "", Side.EITHER)));
      }
    }
    if (pack.has("attribution-phrases.tsv")) {
      for (List<String> row : pack.rows("attribution-phrases.tsv")) {
        cs.add(
            new Cue(
                phrase(row.get(0)),
                row.size() > 1 ? row.get(1) : "according",
                side(row.size() > 2 ? row.get(2) : "", Side.AFTER)));
      }
    }
    // Longest cue first, so that "по данным" wins over a shorter cue it contains.
    cs.sort(Comparator.comparingInt((Cue c) -> c.pattern.pattern().length()).reversed());
    this.cues = List.copyOf(cs);
    this.titles = own(pack, "titles.tsv");
    this.bodies = own(pack, "source-nouns.txt");
    List<Pattern> os = new ArrayList<>(own(pack, "outlets.tsv"));
    this.outlets = List.copyOf(os);
    this.determiners = own(pack, "name-determiners.txt");
    this.joiners = own(pack, "name-joiners.txt");
    this.stops = own(pack, "clause-words.txt");
    List<Pattern> ts = new ArrayList<>();
    if (pack.has("name-trailers.txt")) {
      for (String t : pack.list("name-trailers.txt")) {
        ts.add(
            Pattern.compile(
                (spaced ? "\\s+" : "") + EntryPatterns.body(t, spaced) + "$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
    }
    this.trailers = List.copyOf(ts);
    this.roleLast = "before".equals(writing.getOrDefault("role-complement", "after"));
  }

  private static Side side(String where, Side otherwise) {
    return switch (where) {
      case "before" -> Side.BEFORE;
      case "after" -> Side.AFTER;
      case "either" -> Side.EITHER;
      case "close" -> Side.CLOSE;
      case "opening" -> Side.OPENING;
      default -> otherwise;
    };
  }

  /**
   * The source reader of a language, when its folder has cue lists of its own; English is read by
   * the clause rules.
   */
  static Optional<Sources> of(String language) {
    return LanguagePack.other(language)
        .flatMap(
            pack ->
                BY_LANGUAGE.computeIfAbsent(
                    pack.code(),
                    l -> {
                      return pack.has("reporting-verbs.tsv") || pack.has("attribution-phrases.tsv")
                          ? Optional.of(new Sources(pack))
                          : Optional.empty();
                    }));
  }

  /** The first column of a file the pack has of its own, as whole-word patterns. */
  private List<Pattern> own(LanguagePack pack, String file) {
    if (!pack.has(file)) {
      return List.of();
    }
    List<Pattern> out = new ArrayList<>();
    for (String w : pack.set(file)) {
      out.add(phrase(w));
    }
    return List.copyOf(out);
  }

  /**
   * An entry as a pattern: words apart by spaces, a trailing * for any ending, a leading - for an
   * ending glued to the word before.
   */
  private Pattern phrase(String entry) {
    String e = entry.trim();
    boolean glued = e.startsWith("-") && e.length() > 1;
    return EntryPatterns.compile(glued ? e.substring(1) : e, spaced, glued);
  }

  /** The voices {@code sentence} credits, in text order of their cues. */
  List<Found> find(String text, Span sentence, ExtractOptions options) {
    List<Found> out = new ArrayList<>();
    List<Span> taken = new ArrayList<>();
    for (Cue cue : cues) {
      if (cue.side == Side.CLOSE) {
        continue;
      }
      Matcher m = cue.pattern.matcher(text);
      m.region(sentence.start(), sentence.end());
      m.useTransparentBounds(true);
      while (m.find()) {
        Span cs = new Span(m.start(), m.end());
        if (taken.stream().anyMatch(t -> t.start() < cs.end() && cs.start() < t.end())) {
          continue; // part of a longer cue read already
        }
        Optional<Span> source = source(text, sentence, cs, cue.side, options.maxSourceWords());
        if (source.isEmpty()) {
          continue;
        }
        taken.add(cs);
        Span s = source.get();
        if (out.stream().anyMatch(f -> f.voice().span().equals(s))) {
          continue; // "据新华社报道": two cues around one source
        }
        String name = clean(text.substring(s.start(), s.end()));
        if (name.isBlank()) {
          continue;
        }
        // A cue of citing makes its source a publication unless a title or a body names it: "citing
        // the ministry", "со ссылкой на президента" cite a speaker, not an outlet to relay.
        boolean outlet =
            cue.kind.equals("cited") && !titledOrBody(name)
                || outletLike(name, options)
                || quoted(text, s);
        String cueText =
            text.substring(cs.start(), cs.end()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        out.add(new Found(new Voice(name, s, cueText, Optional.of(cs), false), outlet, cue.kind));
        if (cue.kind.equals(RELAYING)) {
          // "X به نقل از Y گفته": Y, named after the cue, speaks; X, before it, relays Y's words.
          Optional<Span> relay =
              source(text, sentence, cs, Side.BEFORE, options.maxSourceWords())
                  .filter(r -> out.stream().noneMatch(f -> f.voice().span().equals(r)));
          if (relay.isPresent()) {
            String relayName = clean(relay.get().of(text));
            if (!relayName.isBlank()) {
              out.add(
                  new Found(
                      new Voice(relayName, relay.get(), cueText, Optional.of(cs), false),
                      true,
                      "cited"));
            }
          }
        }
      }
    }
    out.sort(Comparator.comparingInt(f -> f.voice().cueSpan().orElseThrow().start()));
    return List.copyOf(out);
  }

  private boolean outletLike(String name, ExtractOptions options) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Pattern p : outlets) {
      if (p.matcher(lower).find()) {
        return true;
      }
    }
    for (Pattern p : OUTLET_WORDS.computeIfAbsent(options.outletWords(), Sources::wordPatterns)) {
      if (p.matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }

  /** The options' outlet words as whole-word patterns, made once for each list of them. */
  private static final Map<List<String>, List<Pattern>> OUTLET_WORDS = new ConcurrentHashMap<>();

  private static List<Pattern> wordPatterns(List<String> words) {
    List<Pattern> out = new ArrayList<>();
    for (String w : words) {
      out.add(
          Pattern.compile(
              "(?<!"
                  + EntryPatterns.LETTER
                  + ")"
                  + Pattern.quote(w)
                  + "(?!"
                  + EntryPatterns.LETTER
                  + ")",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return List.copyOf(out);
  }

  private boolean titledOrBody(String name) {
    for (List<Pattern> ps : List.of(titles, bodies)) {
      for (Pattern p : ps) {
        if (p.matcher(name).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the source stands alone in quotation marks ("«112» сообщил"), as an outlet's name is
   * written; a quotation that only opens before it ("«Президент X объявил …»") quotes a speaker.
   */
  private static boolean quoted(String text, Span s) {
    return s.start() > 0
        && OPEN_QUOTES.indexOf(text.charAt(s.start() - 1)) >= 0
        && s.end() < text.length()
        && CLOSE_QUOTES.indexOf(text.charAt(s.end())) >= 0;
  }

  /**
   * A source as shown: quotation marks dropped, and where the language writes a name's case ending
   * after an apostrophe ("AFAD'a"), that ending.
   */
  private String clean(String name) {
    String n = name.strip().replaceAll("\\s+", " ");
    if (apostropheEndings) {
      n = n.replaceAll("['’]\\p{Ll}{1,4}$", "");
    }
    for (boolean trimmed = true; trimmed; ) {
      trimmed = false;
      for (Pattern t : trailers) {
        Matcher m = t.matcher(n);
        if (m.find() && m.start() > 0) {
          n = n.substring(0, m.start()).strip();
          trimmed = true;
        }
      }
    }
    return n.replaceAll("^[\\p{Pi}\\p{Ps}\"']+|[\\p{Pf}\\p{Pe}\"']+$", "").strip();
  }

  // ---------------------------------------------------------------------------------------------
  // The source next to a cue

  private Optional<Span> source(String text, Span sentence, Span cue, Side side, int max) {
    if (!spaced) {
      return switch (side) {
        case BEFORE -> charsBefore(text, sentence, cue, max);
        case AFTER -> charsAfter(text, sentence, cue, max);
        case EITHER ->
            charsAfter(text, sentence, cue, max)
                .filter(s -> startsWithAnchor(text, s))
                .or(() -> charsBefore(text, sentence, cue, max));
        case OPENING ->
            closes(text, sentence, cue)
                ? charsOpening(text, sentence, max)
                : charsBefore(text, sentence, cue, max);
        case CLOSE -> Optional.empty();
      };
    }
    return switch (side) {
      case BEFORE -> wordsBefore(text, sentence, cue, max);
      case AFTER -> wordsAfter(text, sentence, cue, max, false);
      case EITHER ->
          wordsAfter(text, sentence, cue, max, true)
              .or(() -> wordsBefore(text, sentence, cue, max));
      case OPENING ->
          closes(text, sentence, cue)
              ? opening(text, sentence, max).or(() -> wordsBefore(text, sentence, cue, max))
              : wordsBefore(text, sentence, cue, max)
                  .or(
                      () ->
                          afterBreak(text, sentence, cue)
                              ? opening(text, sentence, max)
                              : Optional.empty());
      case CLOSE -> Optional.empty();
    };
  }

  /**
   * Whether a break ends the words before a cue ("X … نقش داشتند، افزود"): the clause before it was
   * the subject's adjuncts, so the name opening the sentence is the one that speaks.
   */
  private static boolean afterBreak(String text, Span sentence, Span cue) {
    for (int i = cue.start() - 1; i >= sentence.start(); i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return BREAKS.indexOf(c) >= 0;
      }
    }
    return false;
  }

  /** Whether only punctuation follows the cue in its sentence. */
  private static boolean closes(String text, Span sentence, Span cue) {
    for (int i = cue.end(); i < sentence.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The name that opens a sentence, up to its first break or first word that is not a name. */
  private Optional<Span> opening(String text, Span sentence, int max) {
    int start = firstWordStart(text, sentence);
    List<Word> ws = words(text, start, sentence.end(), true, max + 1);
    int last = -1;
    for (int i = 0; i < ws.size() && i < max; i++) {
      Word w = ws.get(i);
      if (stop(w)) {
        break;
      }
      if (anchor(w, false, true)) {
        last = i;
      } else if (last >= 0 && is(joiners, w)) {
        continue;
      } else {
        break;
      }
    }
    if (last < 0) {
      return Optional.empty();
    }
    if (!cased(ws.get(0)) && last + 1 > CASELESS_WORDS) {
      last = CASELESS_WORDS - 1;
    }
    return Optional.of(new Span(ws.get(0).start(), ws.get(last).end()));
  }

  /** Words after the cue up to a break, as a source; {@code strict}: it must open with one. */
  private Optional<Span> wordsAfter(String text, Span sentence, Span cue, int max, boolean strict) {
    int pos = cue.end();
    while (pos < sentence.end() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    Optional<Span> q = quotedAt(text, pos, sentence.end(), max);
    if (q.isPresent()) {
      return q;
    }
    List<Word> ws = words(text, pos, sentence.end(), true, max + 2);
    int i = 0;
    while (i < ws.size() && is(determiners, ws.get(i))) {
      i++;
    }
    if (strict && i > 0 && !cased(ws.get(0))) {
      // A determiner after a verb in a caseless script is as likely the object as the subject.
      return Optional.empty();
    }
    int first = -1;
    int last = -1;
    // Common nouns right after a determiner open the source when a name follows ("le préfet Jean
    // Exemple"); without one they are not a source.
    int pending = -1;
    for (; i < ws.size() && i < max + 2; i++) {
      Word w = ws.get(i);
      if (stop(w)) {
        break;
      }
      if (anchor(w, w.start() == firstWordStart(text, sentence), first >= 0)) {
        if (first < 0) {
          first = pending >= 0 ? pending : i;
        }
        last = i;
      } else if (first >= 0 && (is(joiners, w) || is(determiners, w))) {
        continue;
      } else if (first < 0
          && i > 0
          && is(determiners, ws.get(0))
          && (pending < 0 ? i : pending) + 2 > i
          && cased(w)) {
        if (pending < 0) {
          pending = i;
        }
      } else {
        break;
      }
    }
    if (first >= 0 && !cased(ws.get(first)) && last - first + 1 > CASELESS_WORDS) {
      last = first + CASELESS_WORDS - 1;
    }
    if (first < 0 || last - first + 1 > max) {
      return Optional.empty();
    }
    if (strict && first > 0 && ws.get(0).start() != ws.get(first).start()) {
      boolean onlyDeterminers = true;
      for (int k = 0; k < first; k++) {
        onlyDeterminers &= is(determiners, ws.get(k));
      }
      if (!onlyDeterminers) {
        return Optional.empty();
      }
    }
    return Optional.of(new Span(ws.get(first).start(), ws.get(last).end()));
  }

  /** Words right before the cue, back to a break, as a source. */
  private Optional<Span> wordsBefore(String text, Span sentence, Span cue, int max) {
    // "Teo Varn, woordvoerder van het ministerie, zei": the name the role describes speaks.
    Optional<Span> described = describedBefore(text, sentence, cue.start(), max);
    if (described.isPresent()) {
      return described;
    }
    Optional<Span> plain = plainWordsBefore(text, sentence, cue, max);
    // "Пресс-секретарь министерства обороны заявил": the role with its organisation speaks, not
    // the last words of the organisation's name.
    Optional<Span> role = roleBefore(text, sentence, cue.start(), max);
    if (role.isPresent() && (plain.isEmpty() || role.get().start() < plain.get().start())) {
      return role;
    }
    return plain;
  }

  private Optional<Span> plainWordsBefore(String text, Span sentence, Span cue, int max) {
    // A cue glued to its word ("경찰에 따르면") leaves the word's front as the last source word.
    int end = cue.start();
    List<Word> ws = words(text, sentence.start(), end, false, Integer.MAX_VALUE);
    if (ws.isEmpty()) {
      return Optional.empty();
    }
    int last = -1;
    int first = -1;
    for (int i = ws.size() - 1; i >= 0 && ws.size() - i <= max + 2; i--) {
      Word w = ws.get(i);
      if (i < ws.size() - 1 && breakBetween(text, w.end(), ws.get(i + 1).start())) {
        break;
      }
      if (i == ws.size() - 1 && breakBetween(text, w.end(), end)) {
        break;
      }
      if (stop(w)) {
        break;
      }
      // A capitalised word that opens the sentence is a name when the text writes it capitalised
      // inside a sentence too ("Twitter hield vol", "Twitter" elsewhere mid-sentence); an adverb
      // opening a verb-second clause ("Gestern sagte") is written in small letters there.
      boolean sentenceStart =
          w.start() == firstWordStart(text, sentence) && !capitalisedInside(text, w);
      if (anchor(w, sentenceStart, last >= 0)) {
        if (last < 0) {
          last = i;
        }
        first = i;
      } else if (last >= 0 && is(joiners, w)) {
        continue;
      } else {
        break;
      }
    }
    if (last >= 0 && !cased(ws.get(last)) && last - first + 1 > CASELESS_WORDS) {
      first = last - CASELESS_WORDS + 1;
    }
    if (last < 0 || last != ws.size() - 1 || last - first + 1 > max) {
      return Optional.empty();
    }
    return Optional.of(new Span(ws.get(first).start(), ws.get(last).end()));
  }

  /**
   * Whether {@code text} writes the word {@code w} elsewhere as it is written here, after a word or
   * a comma rather than at a sentence's start: a name, not a capital the sentence gave it.
   */
  private static boolean capitalisedInside(String text, Word w) {
    String word = w.text();
    for (int p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) {
      int after = p + word.length();
      if (p == w.start()
          || p > 0 && Character.isLetterOrDigit(text.codePointBefore(p))
          || after < text.length() && Character.isLetterOrDigit(text.codePointAt(after))) {
        continue;
      }
      int q = p;
      while (q > 0 && Character.isWhitespace(text.charAt(q - 1)) && text.charAt(q - 1) != '\n') {
        q--;
      }
      if (q > 0 && q < p) {
        int before = text.codePointBefore(q);
        if (Character.isLetterOrDigit(before) || before == ',' || before == ';') {
          return true;
        }
      }
    }
    return false;
  }

  private static int firstWordStart(String text, Span sentence) {
    int p = sentence.start();
    while (p < sentence.end() && !Character.isLetterOrDigit(text.charAt(p))) {
      p++;
    }
    return p;
  }

  /** A source in quotation marks right at {@code pos}: "«112» сообщил", "по данным «Известий»". */
  private Optional<Span> quotedAt(String text, int pos, int limit, int max) {
    if (pos >= limit || OPEN_QUOTES.indexOf(text.charAt(pos)) < 0) {
      return Optional.empty();
    }
    int close = -1;
    for (int i = pos + 1; i < limit && i < pos + 80; i++) {
      if (CLOSE_QUOTES.indexOf(text.charAt(i)) >= 0) {
        close = i;
        break;
      }
    }
    if (close <= pos + 1 || text.substring(pos + 1, close).trim().split("\\s+").length > max) {
      return Optional.empty();
    }
    return Optional.of(new Span(pos + 1, close));
  }

  /** Characters before a cue in a script without spaces: back to a clause mark or a particle. */
  private Optional<Span> charsBefore(String text, Span sentence, Span cue, int max) {
    int end = withoutTimeAtEnd(text, sentence.start(), cue.start());
    // A gloss in brackets right after the name ("特奥·瓦恩（Teo Varn）说") is the name's, in another
    // writing: the source is the name before it.
    if (end > sentence.start() && "）)".indexOf(text.charAt(end - 1)) >= 0) {
      int open = text.lastIndexOf(text.charAt(end - 1) == '）' ? '（' : '(', end - 1);
      if (open > sentence.start() && end - open <= 4 * max) {
        end = open;
      }
    }
    int limit = Math.max(sentence.start(), end - 4 * max);
    int start = end;
    while (start > limit) {
      char c = text.charAt(start - 1);
      if (BREAKS.indexOf(c) >= 0 || Character.isWhitespace(c) || stopEndingAt(text, start)) {
        break;
      }
      start--;
    }
    return start < end ? Optional.of(new Span(start, end)) : Optional.empty();
  }

  /**
   * Where a source before its cue ends once the time written between them is left out: the date,
   * weekday or day word ("瓦恩6日说", "当局今日表示", "检察机关星期一宣布") says when it spoke, it is no part of who.
   */
  private int withoutTimeAtEnd(String text, int from, int end) {
    int e = end;
    if (monthDates.isPresent() && e > from) {
      for (TimeMention t : monthDates.get().find(text, new Span(from, e), Optional.empty())) {
        if (t.span().end() == e) {
          e = t.span().start();
        }
      }
    }
    // A day written as a number and a date word alone ("6日"), which no calendar date covers.
    for (String word : dateWords) {
      int at = e - word.length();
      if (at > from && text.startsWith(word, at) && Character.isDigit(text.charAt(at - 1))) {
        int d = at;
        while (d > from && Character.isDigit(text.charAt(d - 1))) {
          d--;
        }
        e = d;
        break;
      }
    }
    return e;
  }

  /**
   * The topic that opens a sentence in a script without spaces: its characters up to the first
   * clause word when they end in a title, body or outlet word ("トルコ政府は…と発表した"), none when a clause
   * mark or a digit comes first.
   */
  private Optional<Span> charsOpening(String text, Span sentence, int max) {
    int start = firstWordStart(text, sentence);
    int limit = Math.min(sentence.end(), start + 4 * max);
    for (int end = start + 1; end <= limit; end++) {
      char c = text.charAt(end - 1);
      if (BREAKS.indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isDigit(c)) {
        return Optional.empty();
      }
      if (end < limit && stopStartingAt(text, end, limit)) {
        // The topic must end in a title, a body or an outlet ("トルコ当局は"), not any subject.
        return endsWithAnchor(text, start, end)
            ? Optional.of(new Span(start, end))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private boolean endsWithAnchor(String text, int start, int end) {
    for (List<Pattern> ps : List.of(titles, bodies, outlets)) {
      for (Pattern p : ps) {
        Matcher m = p.matcher(text);
        m.region(start, end);
        m.useTransparentBounds(true);
        while (m.find()) {
          if (m.end() == end) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean stopStartingAt(String text, int pos, int limit) {
    for (Pattern p : stops) {
      Matcher m = p.matcher(text);
      m.region(pos, limit);
      m.useTransparentBounds(true);
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Characters after a cue in a script without spaces: up to a clause mark or another cue. */
  private Optional<Span> charsAfter(String text, Span sentence, Span cue, int max) {
    int start = cue.end();
    Optional<Span> q = quotedAt(text, start, sentence.end(), max);
    if (q.isPresent()) {
      return q;
    }
    int limit = Math.min(sentence.end(), start + 4 * max);
    int end = start;
    while (end < limit) {
      char c = text.charAt(end);
      if (BREAKS.indexOf(c) >= 0 || Character.isWhitespace(c) || cueAt(text, end, limit)) {
        break;
      }
      end++;
    }
    return end > start && cueAt(text, end, sentence.end())
        ? Optional.of(new Span(start, end))
        : Optional.empty();
  }

  private boolean startsWithAnchor(String text, Span s) {
    String t = text.substring(s.start(), s.end());
    for (List<Pattern> ps : List.of(titles, bodies, outlets)) {
      for (Pattern p : ps) {
        Matcher m = p.matcher(t);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean cueAt(String text, int pos, int limit) {
    for (Cue c : cues) {
      Matcher m = c.pattern.matcher(text);
      m.region(pos, limit);
      m.useTransparentBounds(true);
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private boolean stopEndingAt(String text, int end) {
    for (Pattern p : stops) {
      Matcher m = p.matcher(text);
      m.region(Math.max(0, end - 6), end);
      m.useTransparentBounds(true);
      while (m.find()) {
        if (m.end() == end) {
          return true;
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Roles

  /** Commas an apposition stands between. */
  private static final String COMMAS = ",،";

  /** The most words of a name a role is written beside. */
  private static final int NAME_WORDS = 3;

  /** The most lower-case words that may follow an organisation's noun in a role ("обороны"). */
  private static final int MODIFIER_WORDS = 2;

  /**
   * A name and the role written beside it between commas: "Teo Varn, woordvoerder van het
   * ministerie,", "Тео Варн, пресс-секретарь министерства обороны,", "تئو وارن، سخنگوی وزارت کشور".
   */
  record Role(Span name, Span role) {}

  /**
   * The roles {@code sentence} writes beside a name, read with the language's titles ({@code
   * titles.tsv}: the role's noun), bodies, joiners and determiners. The role must open with its
   * noun (or close with it where the language writes the organisation first) and, in a script with
   * case, end at a comma or the sentence's end; in a script without case it may also end before a
   * clause word or a cue, and holds at most three words beside its noun. Scripts without spaces are
   * not read.
   */
  List<Role> roles(String text, Span sentence, int max) {
    List<Role> out = new ArrayList<>();
    if (!spaced || titles.isEmpty()) {
      return out;
    }
    for (int i = sentence.start(); i < sentence.end(); i++) {
      if (COMMAS.indexOf(text.charAt(i)) < 0) {
        continue;
      }
      Optional<Span> role = roleAfter(text, sentence, i + 1, max);
      if (role.isEmpty()) {
        continue;
      }
      Optional<Span> name = nameBefore(text, sentence, i);
      if (name.isPresent()) {
        out.add(new Role(name.get(), role.get()));
      }
    }
    return out;
  }

  /** The name that a role right before {@code end} describes ("Teo Varn, woordvoerder …, zei"). */
  private Optional<Span> describedBefore(String text, Span sentence, int end, int max) {
    for (Role r : roles(text, sentence, max)) {
      String between = text.substring(Math.min(r.role().end(), end), end).strip();
      if (r.role().end() <= end
          && (between.isEmpty() || between.length() == 1 && COMMAS.contains(between))) {
        return Optional.of(r.name());
      }
    }
    return Optional.empty();
  }

  /** The words of a name right before the comma at {@code comma}, or none. */
  private Optional<Span> nameBefore(String text, Span sentence, int comma) {
    List<Word> ws = words(text, sentence.start(), comma, false, Integer.MAX_VALUE);
    if (ws.isEmpty() || breakBetween(text, ws.get(ws.size() - 1).end(), comma)) {
      return Optional.empty();
    }
    int last = ws.size() - 1;
    int first = -1;
    for (int i = last; i >= 0 && last - i < NAME_WORDS; i--) {
      Word w = ws.get(i);
      if (i < last && apart(text, w.end(), ws.get(i + 1).start()) || !nameWord(w)) {
        break;
      }
      first = i;
    }
    if (first < 0) {
      return Optional.empty();
    }
    boolean opens = first == 0 || apart(text, ws.get(first - 1).end(), ws.get(first).start());
    if (!cased(ws.get(last))) {
      // Without case a name cannot be told from the words before it: it must open the sentence or
      // follow a break, in two or three words.
      if (!opens || last == first) {
        return Optional.empty();
      }
    } else {
      if (first > 0 && !opens && nameWord(ws.get(first - 1))) {
        return Optional.empty(); // more capitalised words than a name has
      }
      // The sentence's first word alone, or a short word opening it ("In", "À"), is no name.
      if (first == 0
          && (last == first
              || ws.get(0).text().codePointCount(0, ws.get(0).text().length()) <= 2)) {
        return Optional.empty();
      }
    }
    return Optional.of(new Span(ws.get(first).start(), ws.get(last).end()));
  }

  /** Whether a break or a sentence's period stands between two words. */
  private static boolean apart(String text, int from, int to) {
    return breakBetween(text, from, to) || text.substring(from, to).contains(".");
  }

  /** A word that may be part of a person's name: capitalised (any word without case), no list's. */
  private boolean nameWord(Word w) {
    int cp = w.text().codePointAt(0);
    if (!Character.isLetter(cp)
        || w.text().chars().anyMatch(Character::isDigit)
        || is(titles, w)
        || is(bodies, w)
        || is(outlets, w)
        || is(determiners, w)
        || is(joiners, w)
        || stop(w)) {
      return false;
    }
    return !Character.isLowerCase(cp);
  }

  /** A role that starts at {@code pos} (after its determiners), up to where it ends, or none. */
  private Optional<Span> roleAfter(String text, Span sentence, int pos, int max) {
    List<Word> ws = words(text, pos, sentence.end(), true, max + 2);
    int i = 0;
    while (i < ws.size() && is(determiners, ws.get(i))) {
      i++;
    }
    if (i >= ws.size() || breakBetween(text, pos, ws.get(0).start())) {
      return Optional.empty();
    }
    boolean caseless = !cased(ws.get(i));
    int end = -1;
    boolean closed = false;
    for (int j = i; j < ws.size(); j++) {
      Word w = ws.get(j);
      if (j > i && (stop(w) || cueAt(text, w.start(), sentence.end()))) {
        if (!caseless) {
          return Optional.empty(); // a clause goes on: no apposition
        }
        closed = true;
        break;
      }
      if (w.text().chars().anyMatch(Character::isDigit)) {
        return Optional.empty();
      }
      end = j;
    }
    if (end < 0) {
      return Optional.empty();
    }
    if (!closed) {
      // Read to a break or the sentence's end, not cut off by the word limit.
      int after = ws.get(end).end();
      while (after < sentence.end() && Character.isWhitespace(text.charAt(after))) {
        after++;
      }
      if (after < sentence.end()
          && BREAKS.indexOf(text.charAt(after)) < 0
          && !(text.charAt(after) == '.' && after + 1 >= sentence.end())
          && !text.substring(after, sentence.end()).strip().equals(".")) {
        return Optional.empty();
      }
    }
    List<Word> phrase = ws.subList(i, end + 1);
    if (caseless && phrase.size() - 1 > CASELESS_WORDS || phrase.size() > max) {
      return Optional.empty();
    }
    boolean opens = is(titles, phrase.get(0));
    boolean closes = roleLast && is(titles, phrase.get(phrase.size() - 1));
    if (!opens && !closes) {
      return Optional.empty();
    }
    if (!caseless && !(opens ? roleWords(phrase, 1) : organisationFirst(phrase))) {
      return Optional.empty();
    }
    return Optional.of(new Span(phrase.get(0).start(), phrase.get(phrase.size() - 1).end()));
  }

  /**
   * Whether the words after a role's noun name an organisation it belongs to, in a script with
   * case: joiners, determiners, bodies, titles and capitalised words, and a few lower-case words
   * right after an organisation's noun ("министерства обороны"); not a name after a title
   * ("minister Anna Kovel" is a titled person, not a role).
   */
  private boolean roleWords(List<Word> phrase, int from) {
    int modifiers = 0;
    boolean afterBody = false;
    int capitalisedRun = 0;
    for (int k = from; k < phrase.size(); k++) {
      Word w = phrase.get(k);
      boolean body = is(bodies, w) || is(titles, w) || is(outlets, w);
      boolean small = is(joiners, w) || is(determiners, w);
      int cp = w.text().codePointAt(0);
      boolean capital = Character.isUpperCase(cp) || Character.isTitleCase(cp);
      if (body) {
        afterBody = true;
        modifiers = 0;
        capitalisedRun = 0;
      } else if (small) {
        capitalisedRun = 0;
      } else if (capital) {
        capitalisedRun++;
      } else if (afterBody && modifiers < MODIFIER_WORDS) {
        modifiers++;
      } else {
        return false;
      }
    }
    return capitalisedRun < 2 || phrase.size() - from > capitalisedRun;
  }

  /**
   * Whether the words before a role's noun that closes it name its organisation ("İçişleri
   * Bakanlığı Sözcüsü").
   */
  private boolean organisationFirst(List<Word> phrase) {
    for (int k = 0; k < phrase.size() - 1; k++) {
      Word w = phrase.get(k);
      int cp = w.text().codePointAt(0);
      if (!(is(bodies, w)
          || is(titles, w)
          || is(outlets, w)
          || is(joiners, w)
          || Character.isUpperCase(cp)
          || Character.isTitleCase(cp))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A role with its organisation that ends right before a cue ("Пресс-секретарь министерства
   * обороны заявил", "een woordvoerder van het ministerie zei"), from its noun, or none.
   */
  private Optional<Span> roleBefore(String text, Span sentence, int end, int max) {
    List<Word> ws = words(text, sentence.start(), end, false, Integer.MAX_VALUE);
    if (ws.isEmpty() || breakBetween(text, ws.get(ws.size() - 1).end(), end)) {
      return Optional.empty();
    }
    int last = ws.size() - 1;
    for (int i = last; i >= 0 && last - i < max; i--) {
      Word w = ws.get(i);
      if (i < last && breakBetween(text, w.end(), ws.get(i + 1).start())
          || stop(w)
          || w.text().chars().anyMatch(Character::isDigit)) {
        return Optional.empty();
      }
      if (!is(titles, w) || i == last) {
        continue;
      }
      List<Word> phrase = ws.subList(i, last + 1);
      boolean fits = cased(w) ? roleWords(phrase, 1) : phrase.size() - 1 <= CASELESS_WORDS;
      return fits ? Optional.of(new Span(w.start(), ws.get(last).end())) : Optional.empty();
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------------------------------------
  // Words

  /**
   * The words between {@code from} and {@code to}; forwards, reading stops at the first break (","
   * ":" quotation marks) or after {@code max} words.
   */
  private static List<Word> words(String text, int from, int to, boolean forwards, int max) {
    List<Word> out = new ArrayList<>();
    int i = from;
    while (i < to && out.size() < max) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (BREAKS.indexOf(c) >= 0 || c == '.' && (i + 1 >= to || text.charAt(i + 1) == ' ')) {
        if (forwards) {
          break;
        }
        i++;
        continue;
      }
      int s = i;
      while (i < to
          && !Character.isWhitespace(text.charAt(i))
          && BREAKS.indexOf(text.charAt(i)) < 0) {
        i++;
      }
      int e = i;
      // An elided article or preposition is not the word's ("l'agence", "dell'esercito").
      Matcher elided = ELIDED.matcher(text);
      elided.region(s, e);
      if (elided.lookingAt() && elided.end() < e) {
        s = elided.end();
      }
      // A period that ends the sentence is not the word's, nor an acronym's ("la chaîne TRT."),
      // though it is an abbreviation's ("U.S.").
      while (e > s
          && text.charAt(e - 1) == '.'
          && (e - s > 4 || ACRONYM.matcher(text).region(s, e).matches())) {
        e--;
      }
      out.add(new Word(s, e, text.substring(s, e)));
    }
    return out;
  }

  private static boolean breakBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (BREAKS.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean cased(Word w) {
    int cp = w.text().codePointAt(0);
    return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
  }

  /**
   * A word that can be part of a source's name or title: one of the lists' words, a capitalised
   * word (the sentence's first only beside another such word), any word of a script without case.
   */
  private boolean anchor(Word w, boolean sentenceStart, boolean beside) {
    if (is(titles, w) || is(bodies, w) || is(outlets, w)) {
      return true;
    }
    if (w.text().chars().anyMatch(Character::isDigit)) {
      return false;
    }
    if (is(determiners, w) || is(joiners, w)) {
      return false;
    }
    int cp = w.text().codePointAt(0);
    if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
      return !sentenceStart || beside;
    }
    if (Character.isLowerCase(cp)) {
      return false;
    }
    // A script without case: any word that is not a clause word may name the source.
    return Character.isLetter(cp);
  }

  private boolean stop(Word w) {
    return is(stops, w);
  }

  private static boolean is(List<Pattern> ps, Word w) {
    for (Pattern p : ps) {
      if (p.matcher(w.text()).matches()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "Sources[" + language + "]";
  }
}
