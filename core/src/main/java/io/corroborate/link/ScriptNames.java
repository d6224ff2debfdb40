package io.corroborate.link;

import io.corroborate.model.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names of the story written in another script than Latin that the language layer did not tag:
 * "Остранд", "أوستراند" or "オストランド" in a report that the story's Latin names call "Ostrand". A word
 * of another script is a candidate where its script writes names with a capital (Cyrillic, Greek,
 * Armenian) and it has one, or where its script has no case (Arabic, Hebrew, Hangul, Devanagari,
 * katakana runs; Georgian, which is written without capitals). It names the story's name when,
 * transliterated to Latin by ICU and folded by the one name normalisation ({@link NameFold}), it is
 * a spelling variant of that name's word ({@link Names#romanVariants}: the same rules as between
 * Latin spellings, case endings included), or has the same consonants ({@link Names#consonants}, at
 * least {@value #MIN_CONSONANTS}, for scripts that leave vowels out or add their own). A name of
 * several words is found when its words follow one another in the text and each matches, one at
 * least by spelling or by {@value #MIN_CONSONANTS} consonants; the others may match by their
 * consonants alone ("אילון מאסק" for "Elon Musk").
 *
 * <pre>{@code List<ScriptNames.Found> f = ScriptNames.find(targets, texts, tagged, options);}</pre>
 *
 * <p>What is found is a candidate only: the linker keeps it where it joins the one entity it names.
 */
final class ScriptNames {
  /**
   * A word matched by its consonants alone needs at least this many: with three, a katakana word's
   * lost r ("マースク") meets another name's consonants.
   */
  static final int MIN_CONSONANTS = 4;

  /** In a name of several words, one word with this many consonants in common anchors it. */
  static final int MIN_ANCHOR = 3;

  /**
   * A person's surname alone, in katakana or Hangul, matched by its consonants needs this many, and
   * the Latin surname this many letters: "Varn" (vrn, ヴァーン vn) is found, "Li" is not.
   */
  static final int MIN_SURNAME_CONSONANTS = 2;

  static final int MIN_SURNAME_LETTERS = 4;

  /** Scripts whose words are never candidates: Latin ones are tagged, Han ones have no breaks. */
  private static final Set<Character.UnicodeScript> NEVER =
      EnumSet.of(
          Character.UnicodeScript.LATIN,
          Character.UnicodeScript.COMMON,
          Character.UnicodeScript.INHERITED,
          Character.UnicodeScript.HAN,
          Character.UnicodeScript.HIRAGANA,
          Character.UnicodeScript.UNKNOWN);

  private ScriptNames() {}

  /**
   * A name of the story in Latin letters that other scripts may write: its words, folded, the index
   * of the mention it was read from, and whether it is a person's surname on its own.
   */
  record Target(List<String> words, int mention, boolean surname) {
    Target {
      words = List.copyOf(words);
    }

    Target(List<String> words, int mention) {
      this(words, mention, false);
    }
  }

  /**
   * A name found in a document's text, with the targets it writes in another script; {@code
   * surname}: it matched only a person's surname on its own, by fewer letters than a name alone
   * needs, so it holds only where the story has one person of that surname.
   */
  record Found(String docId, Span span, String text, Set<Integer> targets, boolean surname) {
    Found(String docId, Span span, String text, Set<Integer> targets) {
      this(docId, span, text, targets, false);
    }
  }

  /** One word of a text in another script than Latin, with where it is. */
  private record Word(int start, int end, String text) {}

  /**
   * The names of {@code targets} that the documents of {@code texts} write in another script, at
   * places no span of {@code tagged} (by document) overlaps; the longest name at each place.
   */
  static List<Found> find(
      List<Target> targets,
      Map<String, String> texts,
      Map<String, List<Span>> tagged,
      LinkOptions options) {
    return find(targets, texts, tagged, options, new Memo());
  }

  /**
   * What finding names keeps for a story's next search: each document's candidate words, which
   * depend on its text alone, so a story that grows by one report reads only that report's text.
   * Keep one per story; what is found is the same as without it.
   */
  static final class Memo {
    private record Read(String text, List<Word> words, List<HanNames.Candidate> han) {}

    private Map<String, Read> read = new HashMap<>();

    /** The candidate words of a document, read again only when its text is another. */
    private List<Word> words(String docId, String text, Map<String, Read> now) {
      Read r = read.get(docId);
      if (r == null || (r.text() != text && !r.text().equals(text))) {
        r = new Read(text, candidates(text), HanNames.candidates(text));
      }
      now.put(docId, r);
      return r.words();
    }

    /** The Han candidates of a document read by {@link #words} in this search. */
    private List<HanNames.Candidate> han(String docId, Map<String, Read> now) {
      return now.get(docId).han();
    }
  }

  /**
   * Finds as {@link #find(List, Map, Map, LinkOptions)} does, with the documents' words kept in
   * {@code memo} from the story's previous search (only the documents of this call are kept).
   */
  static List<Found> find(
      List<Target> targets,
      Map<String, String> texts,
      Map<String, List<Span>> tagged,
      LinkOptions options,
      Memo memo) {
    List<Found> out = new ArrayList<>();
    if (targets.isEmpty()) {
      return out;
    }
    Map<String, Memo.Read> now = new HashMap<>();
    // Targets by what a word of theirs can be looked up by: its spelling's consonants (with and
    // without a case ending) and its consonants as the keys read them.
    Map<String, Set<Integer>> byFirstWord = new HashMap<>();
    for (int t = 0; t < targets.size(); t++) {
      String first = targets.get(t).words().get(0);
      List<String> keys = new ArrayList<>(lookups(first));
      // A katakana word is looked up by its consonants: those of the Latin word as katakana writes
      // it.
      keys.add("c:" + Names.kanaConsonants(first));
      for (String k : keys) {
        byFirstWord.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(t);
      }
    }
    Map<String, Boolean> strong = new HashMap<>();
    for (Map.Entry<String, String> doc : texts.entrySet()) {
      List<Word> words = memo.words(doc.getKey(), doc.getValue(), now);
      List<Span> taken = new ArrayList<>(tagged.getOrDefault(doc.getKey(), List.of()));
      for (int i = 0; i < words.size(); i++) {
        Word w = words.get(i);
        Set<Integer> tried = new LinkedHashSet<>();
        for (String k : lookups(w.text())) {
          tried.addAll(byFirstWord.getOrDefault(k, Set.of()));
        }
        int bestLength = 0;
        Set<Integer> best = new LinkedHashSet<>();
        boolean bestBySurname = false;
        for (int t : tried) {
          List<String> tw = targets.get(t).words();
          if (tw.size() < bestLength || i + tw.size() > words.size()) {
            continue;
          }
          boolean all = true;
          boolean anyStrong = false;
          boolean bySurname = false;
          for (int k = 0; k < tw.size() && all; k++) {
            Word x = words.get(i + k);
            if (k > 0 && !adjacent(doc.getValue(), words.get(i + k - 1), x)) {
              all = false;
              break;
            }
            String latin = tw.get(k);
            boolean s =
                strong.computeIfAbsent(
                    x.text() + "\u0000" + latin, key -> strongMatch(x.text(), latin, options));
            // In a name of several words, fewer consonants can anchor it: the other words agree.
            anyStrong |= s || (tw.size() > 1 && anchors(x.text(), latin));
            all = s || (tw.size() > 1 && weakMatch(x.text(), tw.get(k)));
            if (tw.size() == 1 && targets.get(t).surname() && kanaOrHangul(x.text())) {
              // A surname alone in katakana or Hangul: shown as such, and found with fewer
              // consonants than a name alone needs.
              bySurname = s || surnameMatch(x.text(), latin);
              all = anyStrong = bySurname;
            }
          }
          if (!all || !anyStrong) {
            continue;
          }
          if (tw.size() > bestLength) {
            bestLength = tw.size();
            best.clear();
            bestBySurname = false;
          }
          best.add(t);
          bestBySurname |= bySurname;
        }
        if (bestLength == 0) {
          continue;
        }
        Span span = new Span(w.start(), words.get(i + bestLength - 1).end());
        if (taken.stream().anyMatch(s -> s.start() < span.end() && span.start() < s.end())) {
          continue;
        }
        taken.add(span);
        Set<Integer> mentions = new LinkedHashSet<>();
        best.forEach(t -> mentions.add(targets.get(t).mention()));
        out.add(
            new Found(
                doc.getKey(),
                span,
                doc.getValue().substring(span.start(), span.end()),
                mentions,
                bestBySurname));
        i += bestLength - 1;
      }
      han(targets, doc.getKey(), doc.getValue(), memo.han(doc.getKey(), now), taken, out);
    }
    memo.read = now;
    return out;
  }

  /**
   * The names of {@code targets} that Han characters write in a document ({@link HanNames}): the
   * longest candidate first, at places nothing {@code taken} overlaps.
   */
  private static void han(
      List<Target> targets,
      String docId,
      String text,
      List<HanNames.Candidate> candidates,
      List<Span> taken,
      List<Found> out) {
    if (candidates.isEmpty()) {
      return;
    }
    boolean kana =
        text.codePoints()
            .anyMatch(
                cp -> {
                  Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                  return s == Character.UnicodeScript.HIRAGANA
                      || s == Character.UnicodeScript.KATAKANA;
                });
    List<HanNames.Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(
        java.util.Comparator.comparingInt((HanNames.Candidate c) -> c.start() - c.end())
            .thenComparingInt(HanNames.Candidate::start));
    for (HanNames.Candidate c : sorted) {
      Span span = new Span(c.start(), c.end());
      if (taken.stream().anyMatch(s -> s.start() < span.end() && span.start() < s.end())) {
        continue;
      }
      Set<Integer> mentions = new LinkedHashSet<>();
      for (Target t : targets) {
        if (HanNames.names(c, t.words())) {
          mentions.add(t.mention());
        }
      }
      boolean bySurname = false;
      if (mentions.isEmpty() && !kana) {
        // A person's surname on its own (瓦恩 for "Varn"), held only where the story has one
        // person of that surname. Not in Japanese (a text with kana), which writes a foreign
        // surname in katakana and reads its kanji as words of its own: "崩落" is no surname.
        for (Target t : targets) {
          if (t.surname() && HanNames.namesSurname(c, t.words().get(0))) {
            mentions.add(t.mention());
            bySurname = true;
          }
        }
      }
      if (!mentions.isEmpty()) {
        taken.add(span);
        out.add(new Found(docId, span, c.text(), mentions, bySurname));
      }
    }
  }

  /**
   * How a name found in another script writes its Latin name, the end of the reason of a join:
   * "same name in pinyin" for Han characters, else the script's letters in Latin.
   */
  static String how(String found) {
    if (found.codePoints().anyMatch(HanNames::han)) {
      return ": same name in pinyin (\""
          + String.join(
              " ", HanNames.syllables(found).stream().map(p -> String.join(" ", p)).toList())
          + "\")";
    }
    return " in another script (in Latin letters \""
        + String.join(" ", NameFold.latin(found).replaceAll("[^a-z\\s]", "").split("\\s+"))
        + "\")";
  }

  /** The keys a word is looked up by: its spelling's consonants, its stems' and its key's. */
  private static List<String> lookups(String word) {
    List<String> out = new ArrayList<>();
    String roman = Names.roman(word);
    out.add("s:" + Names.skeleton(roman));
    for (String stem : Names.stems(roman)) {
      out.add("s:" + Names.skeleton(stem));
    }
    // Consonants however few: a short first word ("Ilan", "イラン") starts a name its next word
    // anchors.
    String c = Names.consonants(word);
    if (!c.isEmpty()) {
      out.add("c:" + c);
    }
    return out;
  }

  /** A word of another script that spells a Latin word of a name, or has all its consonants. */
  static boolean strongMatch(String word, String latin, LinkOptions options) {
    String rw = Names.roman(word);
    String rl = Names.roman(latin);
    if (rl.length() < options.minVariantLength()) {
      return false; // a word of two or three letters: too short to tell a name from a word
    }
    if (Names.romanVariants(rw, rl, options)) {
      return true;
    }
    String c = Names.consonants(word);
    return c.length() >= MIN_CONSONANTS && sameConsonants(word, c, latin);
  }

  /**
   * A person's surname on its own written in katakana or Hangul, which write a short name with
   * fewer consonants than a name alone needs ("ヴァーン" for "Varn"): the same consonants, at least
   * {@value #MIN_SURNAME_CONSONANTS}, of a Latin word long enough to tell a name from a word.
   */
  private static boolean surnameMatch(String word, String latin) {
    String c = Names.consonants(word);
    // With so few consonants a katakana word must have them as katakana writes the Latin name:
    // "Moore" is ムーア, its r a long vowel, so "マイル" (mairu) is not it.
    boolean same =
        katakana(word) ? c.equals(Names.kanaConsonants(latin)) : sameConsonants(word, c, latin);
    return latin.length() >= MIN_SURNAME_LETTERS
        && c.length() >= MIN_SURNAME_CONSONANTS
        && same
        && sameFirstVowel(NameFold.latin(word), NameFold.latin(latin));
  }

  /**
   * With so few consonants the first vowel must agree too, as the scripts write it: the same, or an
   * English u or o that katakana writes a and Hangul eo ("Musk" マスク, 머스크); "Messak" is no マースク
   * "maasuku".
   */
  private static boolean sameFirstVowel(String written, String latin) {
    char w = firstVowel(written);
    char l = firstVowel(latin);
    if (w == 0 || l == 0) {
      return false;
    }
    return w == l || ((l == 'u' || l == 'o') && (w == 'a' || w == 'e'));
  }

  /**
   * The first vowel of a word in Latin letters; a u before another vowel is the glide of a kana
   * such as ヴァ ("vu~a"), not a vowel of its own.
   */
  private static char firstVowel(String word) {
    String s = word.replaceAll("[^a-z]", "");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean glide = c == 'u' && i + 1 < s.length() && "aeio".indexOf(s.charAt(i + 1)) >= 0;
      if ("aeiou".indexOf(c) >= 0 && !glide) {
        return c;
      }
    }
    return 0;
  }

  private static boolean kanaOrHangul(String word) {
    if (word.isEmpty()) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
    return script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  /** In a name of several words: the same consonants, at least {@value #MIN_ANCHOR}. */
  private static boolean anchors(String word, String latin) {
    String c = Names.consonants(word);
    return c.length() >= MIN_ANCHOR && sameConsonants(word, c, latin);
  }

  /** Inside a name of several words: the same consonants, however few. */
  private static boolean weakMatch(String word, String latin) {
    String c = Names.consonants(word);
    return !c.isEmpty() && sameConsonants(word, c, latin);
  }

  /**
   * Whether a word of another script with the consonants {@code c} has those of a Latin word: as
   * the keys read it, or, for a katakana word, as katakana writes it ({@link Names#kanaConsonants}:
   * an r after a vowel left out, "Velmore" ヴェルモア).
   */
  private static boolean sameConsonants(String word, String c, String latin) {
    return c.equals(Names.consonants(latin))
        || (katakana(word) && c.equals(Names.kanaConsonants(latin)));
  }

  private static boolean katakana(String word) {
    return !word.isEmpty()
        && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.KATAKANA;
  }

  /** Two words with only spaces or a name's inner dot (・, ·) between them. */
  private static boolean adjacent(String text, Word a, Word b) {
    for (int i = a.end(); i < b.start(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '・' && c != '·' && c != '-') {
        return false;
      }
    }
    return b.start() - a.end() <= 2;
  }

  /**
   * The words of {@code text} that may be names in another script: letters (with their marks) of
   * one script, cut where the script changes; a word of a script with case only when it starts with
   * a capital, unless the text never writes that script with capitals.
   */
  private static List<Word> candidates(String text) {
    List<Word> out = new ArrayList<>();
    Set<Character.UnicodeScript> capitalised = EnumSet.noneOf(Character.UnicodeScript.class);
    int start = -1;
    Character.UnicodeScript script = null;
    List<int[]> runs = new ArrayList<>();
    List<Character.UnicodeScript> scripts = new ArrayList<>();
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      boolean letter = Character.isLetter(cp) || cp == 'ー';
      boolean mark =
          Character.getType(cp) == Character.NON_SPACING_MARK
              || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
      if (cp == 'ー') {
        s = Character.UnicodeScript.KATAKANA;
      }
      boolean continues = start >= 0 && ((letter && s == script) || mark);
      if (!continues && start >= 0) {
        runs.add(new int[] {start, i});
        scripts.add(script);
        start = -1;
      }
      if (start < 0 && letter) {
        start = i;
        script = s;
      }
      if (letter && Character.isUpperCase(cp)) {
        capitalised.add(s);
      }
      i += i < text.length() ? Character.charCount(cp) : 1;
    }
    for (int r = 0; r < runs.size(); r++) {
      Character.UnicodeScript s = scripts.get(r);
      if (NEVER.contains(s)) {
        continue;
      }
      int[] run = runs.get(r);
      int first = text.codePointAt(run[0]);
      boolean cased = Character.isUpperCase(first) || Character.isLowerCase(first);
      if (cased && !Character.isUpperCase(first) && capitalised.contains(s)) {
        continue;
      }
      String word = text.substring(run[0], run[1]);
      // A particle glued onto a name in Hangul is no part of it: "코벨이" is "코벨".
      String bare = s == Character.UnicodeScript.HANGUL ? NameKeys.withoutParticle(word) : word;
      out.add(new Word(run[0], run[0] + bare.length(), bare));
    }
    return out;
  }
}
