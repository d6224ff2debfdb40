package io.corroborate.extract;

import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import io.corroborate.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds attribution cues in one sentence with their source and content spans. Pure text rules: a
 * reporting verb with its source before it ("Zelensky said", "American officials say") or after it
 * (", said Budanov"), "according to", "in an interview with", "as cited by", "citing".
 */
final class Cues {
  static final String VERBS =
      LanguagePack.alternationOf(LanguagePack.english().set("reporting-verbs.tsv"), " ");
  private static final Pattern VERB = Pattern.compile("\\b(?:" + VERBS + ")\\b");
  private static final Set<String> REPORTING = LanguagePack.english().set("reporting-verbs.tsv");
  private static final Pattern ACCORDING = phrases("according");
  private static final Pattern CITED = phrases("cited");

  /** The attribution phrases of one kind, as a case-blind pattern of whole words. */
  private static Pattern phrases(String kind) {
    return Pattern.compile(
        "(?i)\\b(?:"
            + LanguagePack.alternationOf(
                LanguagePack.english().category("attribution-phrases.tsv", kind), " ")
            + ")\\b");
  }

  /** What may stand between "spoke" and the outlet spoken to ("exclusively to", "with"). */
  private static final Pattern TO_OUTLET =
      Pattern.compile(
          "\\s+(?:(?:"
              + LanguagePack.english().alternation("spoken-to.tsv", "adverb", " ")
              + ")\\s+)?(?:"
              + LanguagePack.english().alternation("spoken-to.tsv", "preposition", " ")
              + ")\\s+");

  /** Between "told" and the outlet or person told: only a space. */
  private static final Pattern TOLD = Pattern.compile("\\s+");

  /** Reporting verbs whose outlet or person spoken to follows them directly ("told Reuters"). */
  private static final Set<String> TOLD_VERBS =
      Set.copyOf(LanguagePack.english().category("spoken-to.tsv", "verb"));

  /** A cited phrase that names whom the source before it relays ("citing the ministry"). */
  private static final Pattern RELAYING = phrases("relaying");

  private static final Pattern SAYING =
      Pattern.compile(
          ",\\s+("
              + LanguagePack.english().alternation("attribution-phrases.tsv", "participle", " ")
              + ")\\b");
  private static final Pattern LEAD_NAME =
      Pattern.compile("^(?:The\\s+)?[A-Z][\\p{L}.'’-]*(?:\\s+[A-Z][\\p{L}.'’-]*){0,4}");
  private static final Pattern LEADING_ADJUNCT =
      Pattern.compile(
          "(?i)(?:"
              + LanguagePack.alternationOf(
                  Lexicon.union(
                      LanguagePack.english().set("adjunct-words.txt"),
                      Lexicon.weekdays(LanguagePack.english()).keySet()),
                  " ")
              + ")\\s+(?:[^\\s,;:.“”\"]+\\s+){0,8}?(that\\s)");
  private static final Pattern TRAILING_CLAUSE =
      Pattern.compile(
          ",\\s+(?:"
              + LanguagePack.alternationOf(
                  LanguagePack.english().set("clause-conjunctions.txt"), " ")
              + ")\\s");

  /**
   * How an apposition opens: an article, "one of", or a capital ("Phil Lovas, the campaign
   * chairman, said").
   */
  private static final Pattern APPOSITION =
      Pattern.compile(
          "\\s*(?:(?:"
              + LanguagePack.alternationOf(
                  Lexicon.union(
                      Lexicon.definiteArticles(LanguagePack.english()),
                      Lexicon.numberWords(LanguagePack.english(), "article"),
                      oneOf()),
                  " ")
              + ")\\s|[A-Z])");

  /** "one of": the number one and the partitive preposition. */
  private static List<String> oneOf() {
    List<String> out = new ArrayList<>();
    for (String one : Lexicon.unitWords(LanguagePack.english(), 1, 1)) {
      for (String of : LanguagePack.english().category("partitive-words.tsv", "preposition")) {
        out.add(one + " " + of);
      }
    }
    return out;
  }

  private static final Set<String> LEAD_NOT_NAME =
      LanguagePack.english().set("sentence-adjuncts.txt");
  private static final Set<String> SKIP_BEFORE_VERB = LanguagePack.english().set("cue-adverbs.txt");
  private static final Set<String> CLAUSE = LanguagePack.english().set("clause-words.txt");
  private static final Set<String> PREPOSITIONS =
      LanguagePack.english().set("source-prepositions.txt");
  static final Set<String> PRONOUNS =
      Lexicon.union(
          Lexicon.pronouns(
              LanguagePack.english(), Set.of("personal", "plural", "first"), Set.of("subject")),
          LanguagePack.english().set("anaphors.tsv"));

  /** "it": a body or an outlet named before, never a person. */
  static final Set<String> NEUTER =
      Lexicon.pronouns(LanguagePack.english(), Set.of("neuter"), Set.of("subject"));

  static final Set<String> OUTLET_REFERENCES = LanguagePack.english().set("outlet-references.txt");
  private static final Set<String> SOURCE_NOUNS =
      Lexicon.union(
          LanguagePack.english().set("source-nouns.txt"),
          LanguagePack.english().category("outlets.tsv", 2, "source-noun"));

  /** Relative pronouns that stand for the source before them ("who", "which", "that"). */
  private static final Set<String> RELATIVES =
      Lexicon.union(
          Lexicon.pronouns(LanguagePack.english(), Set.of("relative-person"), Set.of("subject")),
          Lexicon.pronouns(LanguagePack.english(), Set.of("relative"), Set.of()));

  /**
   * Words that open a common-noun source ("the spokesman", "his lawyer", "several witnesses"): the
   * articles, the possessives of he, she, it and they, and source-determiners.txt.
   */
  private static final Set<String> SOURCE_DETERMINERS =
      Lexicon.union(
          LanguagePack.english().set("articles.tsv"),
          Lexicon.pronouns(
              LanguagePack.english(), Set.of("personal", "neuter", "plural"), Set.of("determiner")),
          LanguagePack.english().set("source-determiners.txt"));

  /** Unnamed sources ("officials", "people"): a phrase ending in one is a source. */
  private static final Set<String> UNNAMED_SOURCES =
      LanguagePack.english().set("unnamed-sources.txt");

  /** One cue found in a sentence, in absolute offsets. */
  record Found(Span source, Span cue, Span content) {}

  /** A name as news prints it after a dash or before a colon: capitalised words, no comma. */
  private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}";

  private static final String DASH = "―|—|–|--";

  /** A quotation signed after its closing mark: "“…” ― Name", "“…,” — Name, title". */
  private static final Pattern SIGNED =
      Pattern.compile("[”\"]\\s*(" + DASH + ")\\s*(" + NAME + ")(?=\\s*(?:[,.(]|$))");

  /** A line that only signs the quotation before it: "― Name" or "— Name, title". */
  private static final Pattern SIGNATURE =
      Pattern.compile("^\\s*(" + DASH + ")\\s*(" + NAME + ")\\s*(?:,[^“”\"]*)?$");

  /** A transcript's turn: a speaker's name in capitals and a colon opening a line ("REYL: …"). */
  private static final Pattern TURN =
      Pattern.compile(
          "^\\s*(\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3})(\\s*:)\\s+(?=\\S)");

  /** Words in capitals before a colon that label a line rather than name its speaker. */
  private static final Set<String> NOT_SPEAKERS =
      LanguagePack.english().set("transcript-labels.txt");

  private final ExtractOptions options;

  Cues(ExtractOptions options) {
    this.options = options;
  }

  /** The cues of the sentence {@code s} that starts at {@code base} in the text. */
  List<Found> find(String s, int base) {
    List<Found> out = new ArrayList<>();
    // 0. "“…” ― Name": a dash after a quotation's closing mark signs it.
    Matcher signed = SIGNED.matcher(s);
    while (signed.find()) {
      // The quotation stands alone: nothing but space before its opening mark, or no opening mark
      // in the sentence (it opened in a sentence before).
      int open =
          Math.max(s.lastIndexOf('“', signed.start()), s.lastIndexOf('"', signed.start() - 1));
      Span quote = contentBefore(s, signed.start() + 1);
      if (quote.length() > 0 && (open < 0 || s.substring(0, open).isBlank())) {
        out.add(
            new Found(
                new Span(base + signed.start(2), base + signed.end(2)),
                new Span(base + signed.start(1), base + signed.end(1)),
                shift(quote, base)));
      }
    }
    // 1. "according to X": the source after the cue; the content on the other side of the comma.
    Matcher a = ACCORDING.matcher(s);
    while (a.find()) {
      Span src = phraseAfter(s, a.end());
      if (src.length() == 0) {
        continue;
      }
      out.add(
          new Found(
              shift(src, base),
              new Span(base + a.start(), base + a.end()),
              shift(contentAround(s, a.start(), src.end()), base)));
    }
    // 2. "in an interview with X", "as cited by X", "citing X": the source after the cue.
    Matcher c = CITED.matcher(s);
    while (c.find()) {
      Span src = phraseAfter(s, c.end());
      if (src.length() == 0 || overlapsAny(out, base + c.start(), base + c.end())) {
        continue;
      }
      out.add(
          new Found(
              shift(src, base),
              new Span(base + c.start(), base + c.end()),
              shift(contentAround(s, c.start(), src.end()), base)));
    }
    // 3. ", saying that …": the sentence's leading name is the source.
    Matcher sg = SAYING.matcher(s);
    Matcher lead = LEAD_NAME.matcher(s);
    if (sg.find()
        && lead.find()
        && lead.end() < sg.start()
        && !LEAD_NOT_NAME.contains(lead.group().split("\\s+")[0].toLowerCase(Locale.ROOT))) {
      out.add(
          new Found(
              new Span(base, base + lead.end()),
              new Span(base + sg.start(1), base + sg.end(1)),
              shift(contentAfter(s, sg.end()), base)));
    }
    // 4. A reporting verb: its source just before it, or just after it when a comma leads in
    //    ("…, said Budanov").
    Matcher v = VERB.matcher(s);
    while (v.find()) {
      if (overlapsAny(out, base + v.start(), base + v.end()) || insideQuote(s, v.start())) {
        continue;
      }
      Span src = phraseBefore(s, v.start());
      if (src.length() > 0 && sourceLike(src.of(s))) {
        Span content = contentAfter(s, v.end());
        // "…, the broadcaster said, citing the ministry": what the cue attributes is before it; the
        // citing phrase names who the source relays.
        if (content.length() == 0
            || CITED.matcher(content.of(s)).lookingAt()
                && contentBefore(s, src.start()).length() > 0) {
          content = contentBefore(s, src.start());
        }
        // "has said", "also noted": the auxiliaries and adverbs between source and verb are part of
        // the cue.
        int cueStart = v.start();
        String between = s.substring(src.end(), v.start()).trim();
        if (!between.isEmpty()) {
          cueStart = src.end() + s.substring(src.end(), v.start()).indexOf(between);
        }
        out.add(
            new Found(
                shift(src, base), new Span(base + cueStart, base + v.end()), shift(content, base)));
        Span told = new Span(0, 0);
        Matcher to = (TOLD_VERBS.contains(v.group()) ? TOLD : TO_OUTLET).matcher(s);
        if (to.find(v.end()) && to.start() == v.end()) {
          told = outletName(s, phraseAfter(s, to.end()));
        }
        if (told.length() > 0 && outletLike(told.of(s))) {
          out.add(
              new Found(
                  shift(told, base),
                  new Span(base + v.start(), base + v.end()),
                  shift(contentAfter(s, told.end()), base)));
        }
        continue;
      }
      int back = v.start() - 1;
      boolean quoted = false;
      while (back >= 0 && " \"”’'".indexOf(s.charAt(back)) >= 0) {
        quoted |= s.charAt(back) != ' ';
        back--;
      }
      if (back >= 0
          && (s.charAt(back) == ','
              || quoted && (s.charAt(back) == '?' || s.charAt(back) == '!'))) {
        Span after = phraseAfter(s, v.end());
        if (after.length() > 0 && sourceLike(after.of(s))) {
          int end = v.start();
          while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
          }
          // The quotation's own closing marks ("…,”") are part of the content.
          Span content =
              quoted
                  ? new Span(contentBefore(s, back + 1).start(), end)
                  : contentBefore(s, back + 1);
          out.add(
              new Found(
                  shift(after, base),
                  new Span(base + v.start(), base + v.end()),
                  shift(content, base)));
        }
      }
    }
    out.sort((x, y) -> Integer.compare(x.cue().start(), y.cue().start()));
    return out;
  }

  /**
   * A sentence that only signs the quotation before it ("― Name", "— Name, title"): its source and
   * cue, with {@code content} (the quotation, in the sentences before) as what it attributes.
   */
  static Optional<Found> signature(String s, int base, Span content) {
    Matcher m = SIGNATURE.matcher(s);
    if (!m.find() || content.length() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Found(
            new Span(base + m.start(2), base + m.end(2)),
            new Span(base + m.start(1), base + m.end(1)),
            content));
  }

  /**
   * A transcript's turn opening the sentence: the speaker's name in capitals, the colon as cue and
   * the rest of the sentence as content. Whether the sentence opens a line, and whether the name is
   * a place (a dateline such as "LENWICK:"), is for the caller to say.
   */
  static Optional<Found> turn(String s, int base) {
    Matcher m = TURN.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(1);
    for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (NOT_SPEAKERS.contains(w.replaceAll("[^\\p{L}]", ""))) {
        return Optional.empty();
      }
    }
    Span content = trim(s, m.end(), s.length());
    if (content.length() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Found(
            new Span(base + m.start(1), base + m.end(1)),
            new Span(base + m.end(2) - 1, base + m.end(2)),
            shift(content, base)));
  }

  boolean outletLike(String source) {
    String low = " " + source.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
    for (String w : options.outletWords()) {
      if (low.contains(" " + w + " ")) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsAny(List<Found> found, int start, int end) {
    for (Found f : found) {
      if (f.cue().start() < end && start < f.cue().end()
          || f.source().start() < end && start < f.source().end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideQuote(String s, int at) {
    int open = 0;
    for (int i = 0; i < at; i++) {
      char ch = s.charAt(i);
      if (ch == '“') {
        open = 1;
      } else if (ch == '”') {
        open = 0;
      } else if (ch == '"') {
        // A straight quote after end punctuation closes, whatever came before in the sentence.
        boolean closes = i > 0 && ",.?!".indexOf(s.charAt(i - 1)) >= 0;
        open = closes ? 0 : 1 - open;
      }
    }
    return open == 1;
  }

  private boolean sourceLike(String src) {
    String low = src.toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(low)
        || NEUTER.contains(low)
        || OUTLET_REFERENCES.contains(low)
        || RELATIVES.contains(low)) {
      return true;
    }
    if (src.endsWith(",") || src.endsWith(")")) {
      return Character.isUpperCase(src.charAt(0)) || low.startsWith("the ") || low.startsWith("a ");
    }
    String[] words = src.split("\\s+");
    String last = words[words.length - 1].replaceAll("[’']s$", "");
    if (last.isEmpty()) {
      return false;
    }
    String ll = last.toLowerCase(Locale.ROOT);
    boolean hasName = false;
    for (String w : words) {
      hasName |= !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }
    if (ll.equals("i") && words.length == 1) {
      return false; // "I think", "I want": the writer's or a speaker's aside, rarely a report
    }
    String first = words[0].toLowerCase(Locale.ROOT);
    boolean determined =
        SOURCE_DETERMINERS.contains(first)
            && words.length >= 2
            && ll.matches("[\\p{L}-]+")
            && !ll.endsWith("ly");
    return determined
        || Character.isUpperCase(last.charAt(0))
        || SOURCE_NOUNS.contains(ll)
        || SOURCE_NOUNS.contains(ll.replaceAll("s$", ""))
        || (ll.endsWith("s") && ll.length() > 3 && words.length <= 4)
        || UNNAMED_SOURCES.contains(ll);
  }

  /** The noun phrase that ends right before {@code end}, skipping auxiliaries and adverbs. */
  private Span phraseBefore(String s, int end) {
    int tail = end;
    while (tail > 0 && s.charAt(tail - 1) == ' ') {
      tail--;
    }
    // "Rep. Ana Bel (D-Wis.) said": the parenthesis belongs to the source.
    if (tail > 0 && s.charAt(tail - 1) == ')') {
      int open = s.lastIndexOf('(', tail - 1);
      if (open > 0 && tail - open < 40) {
        Span name = phraseBefore(s, open);
        return name.length() == 0 ? name : new Span(name.start(), tail);
      }
    }
    // "Phil Lovas, the campaign chairman, said": a name with its apposition, commas included.
    if (tail > 0 && s.charAt(tail - 1) == ',') {
      int comma = tail - 1;
      int before = s.lastIndexOf(',', comma - 1);
      // "The Courier, citing the ministry, said": the source is before the citing phrase, which
      // names whom it relays.
      if (before > 0 && RELAYING.matcher(s.substring(before + 1, comma).trim()).lookingAt()) {
        return phraseBefore(s, before);
      }
      if (before > 0
          && comma - before < 160
          && APPOSITION.matcher(s.substring(before + 1, comma)).lookingAt()) {
        Span name = phraseBefore(s, before);
        return name.length() == 0 ? name : new Span(name.start(), tail);
      }
      return new Span(0, 0);
    }
    List<int[]> words = wordsBefore(s, end);
    int i = 0;
    while (i < words.size() && SKIP_BEFORE_VERB.contains(word(s, words.get(i)))) {
      i++;
    }
    int first = -1;
    int last = -1;
    int count = 0;
    for (; i < words.size() && count < options.maxSourceWords(); i++, count++) {
      int[] w = words.get(i);
      String lw = word(s, w);
      if (first < 0 && RELATIVES.contains(lw)) {
        // "an architect who said", "the agency that said": the relative pronoun stands for the
        // source, which the extractor reads before it.
        return new Span(w[0], w[1]);
      }
      if (first < 0 && NEUTER.contains(lw) && s.substring(0, w[0]).isBlank()) {
        // "It added that …" opening a sentence: the pronoun continues the body that spoke just
        // before, which the extractor resolves.
        return new Span(w[0], w[1]);
      }
      if (CLAUSE.contains(lw)
          && !(lw.equals("and")
              && first >= 0
              && i + 1 < words.size()
              && capital(s, words.get(i + 1)))) {
        if (PREPOSITIONS.contains(lw)) {
          // "… captured by the forces in Kursk said": the words before the verb are a place, not
          // the source.
          return new Span(0, 0);
        }
        break;
      }
      if (lw.matches("\\d.*") && first < 0) {
        break;
      }
      if (REPORTING.contains(lw)) {
        // "The mayor said the engineer told …": a source never holds a cue of its own; the words
        // before it are another attribution, whose content this one is.
        break;
      }
      if (last < 0) {
        last = w[1];
      }
      first = w[0];
      // Words before the source are joined to it only by spaces; any punctuation ends it.
      if (i + 1 < words.size() && !s.substring(words.get(i + 1)[1], w[0]).isBlank()) {
        break;
      }
    }
    return first < 0 ? new Span(0, 0) : new Span(first, last);
  }

  /** Words ending at or before {@code end}, nearest first, as [start, end) pairs. */
  private static List<int[]> wordsBefore(String s, int end) {
    List<int[]> out = new ArrayList<>();
    Matcher m =
        Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]")
            .matcher(s.substring(0, end));
    while (m.find()) {
      out.add(0, new int[] {m.start(), m.end()});
    }
    // Punctuation right before the cue (", said") means no source on this side.
    if (!out.isEmpty() && !s.substring(out.get(0)[1], end).isBlank()) {
      return List.of();
    }
    return out;
  }

  private static String word(String s, int[] w) {
    return s.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
  }

  private static boolean capital(String s, int[] w) {
    return Character.isUpperCase(s.charAt(w[0]));
  }

  /**
   * The outlet's name at the start of a phrase spoken to ("AP" in "told AP early Monday", "the BBC"
   * in "told the BBC in an interview"): its words up to the first lower-case word after a capital,
   * small joining words inside a name ("of", "the") aside.
   */
  private static Span outletName(String s, Span phrase) {
    if (phrase.length() == 0) {
      return phrase;
    }
    Matcher w = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*").matcher(s);
    w.region(phrase.start(), phrase.end());
    boolean capital = false;
    int end = phrase.start();
    while (w.find()) {
      String word = w.group();
      boolean upper = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
      if (capital && !upper && !word.equals("of") && !word.equals("the")) {
        break;
      }
      capital |= upper;
      end = w.end();
    }
    return capital ? new Span(phrase.start(), end) : phrase;
  }

  /** The source phrase after a cue: up to a comma, a period, a clause word or the word limit. */
  private Span phraseAfter(String s, int from) {
    Matcher m =
        Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]")
            .matcher(s);
    int first = -1;
    int last = -1;
    int count = 0;
    int pos = from;
    while (m.find(pos) && count < options.maxSourceWords()) {
      String gap = s.substring(pos, m.start());
      if (!gap.isBlank()) {
        // A parenthesis inside a source ("the Main Intelligence Directorate (known as GUR) Kyrylo
        // Budanov") is stepped over; other punctuation ends it.
        int close = s.indexOf(')', pos);
        if (first >= 0 && gap.trim().equals("(") && close > 0 && close - pos < 40) {
          pos = close + 1;
          continue;
        }
        break;
      }
      String lw = m.group().toLowerCase(Locale.ROOT);
      if (CLAUSE.contains(lw) && !lw.equals("and") && !PREPOSITIONS.contains(lw)) {
        break;
      }
      // "sources in the Wire" goes on past "in"; "the Wire in a shelter" ends at it.
      if (PREPOSITIONS.contains(lw)
          && first >= 0
          && !s.substring(first, pos).equals(s.substring(first, pos).toLowerCase(Locale.ROOT))) {
        break;
      }
      if (lw.equals("and")
          && !(m.end() + 1 < s.length() && Character.isUpperCase(s.charAt(m.end() + 1)))) {
        break;
      }
      if (first < 0) {
        first = m.start();
      }
      last = m.end();
      pos = m.end();
      count++;
      // "the U.S." keeps its period; a sentence period is left outside.
      if (last > 0 && s.charAt(last - 1) == '.') {
        last--;
      }
    }
    return first < 0 ? new Span(0, 0) : new Span(first, Math.max(first + 1, last));
  }

  /** What a cue attributes: the rest of the sentence after it, skipping "that" and a colon. */
  private static Span contentAfter(String s, int from) {
    int start = from;
    // The content keeps its "that", as PolNeAR marks it.
    Matcher m = Pattern.compile("\\G[\\s,:]*").matcher(s);
    if (m.find(from)) {
      start = m.end();
    }
    // "said on Friday that …", "told reporters at a rally that …": the content starts at "that".
    Matcher that = LEADING_ADJUNCT.matcher(s);
    if (that.find(start) && that.start() == start) {
      start = that.end(1);
    }
    int end = s.length();
    // A trailing clause of the writer's own ("…, though she conceded …") is not the source's.
    Matcher tail = TRAILING_CLAUSE.matcher(s);
    if (tail.find(start) && tail.start() > start) {
      end = tail.start();
    }
    return trim(s, start, end);
  }

  private static Span contentBefore(String s, int end) {
    return trim(s, 0, end);
  }

  /** For a cue phrase in the middle: the side of the sentence away from it. */
  private static Span contentAround(String s, int cueStart, int sourceEnd) {
    Span after = trim(s, sourceEnd, s.length());
    Span before = trim(s, 0, cueStart);
    // "X reported, citing police, that …": the content is the clause after the source whatever its
    // length, when "that" opens it or a reporting verb ends what comes before.
    String[] lead = before.of(s).split("\\s+");
    if (after.length() > 0
        && (after.of(s).toLowerCase(Locale.ROOT).startsWith("that ")
            || REPORTING.contains(lead[lead.length - 1].toLowerCase(Locale.ROOT)))) {
      return after;
    }
    return after.length() >= before.length() ? after : before;
  }

  private static Span trim(String s, int start, int end) {
    while (start < end && " ,;:—–-".indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && " ,;:.—–-!?".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return new Span(start, end);
  }

  private static Span shift(Span s, int base) {
    return new Span(s.start() + base, s.end() + base);
  }
}
