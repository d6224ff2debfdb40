package io.corroborate.link;

import com.ibm.icu.text.Transliterator;
import io.corroborate.lang.LanguagePack;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names of the story written in Han characters: 周立衡 for "Zhou Liheng", 特奥·瓦恩 for "Teo Varn". Han
 * text has no spaces, so a name is a run of two to four characters that something bounds on both
 * sides (punctuation, the edge of the run, a title before it such as 总经理, a reporting verb or a day
 * word after it, all read from every language's titles.tsv, reporting-verbs.tsv and
 * deictic-days.tsv written in Han), or parts joined by a name's middle dot (·). A candidate names a
 * Latin name of the story of two words or more, never alone:
 *
 * <ol>
 *   <li>a Chinese name, when its pinyin (ICU Han-Latin, tones stripped) is that name's letters,
 *       family name first or last, each Latin word a whole number of syllables ("Zhou Liheng",
 *       "Zhou Li-heng", "Liheng Zhou");
 *   <li>a foreign name written by sound, only with the dot: as many parts as the Latin name has
 *       words, each part starting with the sound its word starts with, and the consonants that
 *       start its syllables found in that word's consonants, in order (特奥 "te ao" for "Teo", 瓦恩 "wa
 *       en" for "Varn"; 泰勒 "tai le" is no "Teo").
 * </ol>
 *
 * <pre>{@code List<List<String>> pinyin = HanNames.syllables("周立衡"); // [zhou, li, heng]}</pre>
 */
final class HanNames {
  /** The most characters of a Chinese name, and of one part of a name written by sound. */
  static final int MAX_NAME = 4;

  static final int MAX_PART = 5;

  /** A name's inner dot as Chinese writes foreign names (and the katakana one). */
  private static final Set<Character> DOTS = Set.of('·', '・', '•', '‧');

  private static final Transliterator PINYIN =
      Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");

  private static final Map<Integer, String> SYLLABLES = new ConcurrentHashMap<>();

  /** Words in Han script that bound a name: titles before it, cues and day words after it. */
  private static final Set<String> BEFORE = hanWords("titles.tsv");

  private static final Set<String> AFTER = after();

  /** The characters Chinese writes foreign names with by their sound, of every language's list. */
  private static final Set<Integer> SOUND_CHARACTERS = soundCharacters();

  /** The fewest characters in a row of {@link #SOUND_CHARACTERS} that are read as a name. */
  static final int MIN_SOUND_RUN = 3;

  private static Set<Integer> soundCharacters() {
    Set<Integer> out = new HashSet<>();
    for (List<String> row : LanguagePack.everyLanguageRows("name-sound-characters.txt")) {
      row.get(0).codePoints().filter(HanNames::han).forEach(out::add);
    }
    return Set.copyOf(out);
  }

  private HanNames() {}

  /** A run of Han characters that may name a Latin name of the story, with where it is. */
  record Candidate(int start, int end, String text, List<List<String>> parts) {
    Candidate {
      parts = parts.stream().map(List::copyOf).toList();
    }

    boolean dotted() {
      return parts.size() > 1;
    }
  }

  private static Set<String> after() {
    Set<String> out = new HashSet<>(hanWords("reporting-verbs.tsv"));
    out.addAll(hanWords("deictic-days.tsv"));
    // A title or an honorific written right after a name ends it: 岸田知事, 周立衡氏.
    out.addAll(BEFORE);
    out.addAll(hanWords("name-trailers.txt"));
    return Set.copyOf(out);
  }

  /**
   * The Latin forms of a text's Han names that story assignment can compare with the Latin names of
   * other reports: each part of a dotted name in pinyin ("keweier" of 科韦尔 in 安娜·科韦尔), a bounded run
   * of three or four characters in pinyin, whole and without its first syllable (a family name:
   * "liheng" of 周立衡), and every run of {@value #MIN_SOUND_RUN} characters or more that Chinese
   * writes foreign names with by sound ({@code name-sound-characters.txt}: "aositelan" of 奥斯特兰). A
   * run of two characters is as often a common word as a name, and a run that is itself a title, a
   * cue or a day word names no one; neither gives a form.
   */
  static List<String> latinForms(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder sound = new StringBuilder();
    int soundChars = 0;
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      if (SOUND_CHARACTERS.contains(cp)) {
        sound.append(syllable(cp));
        soundChars++;
      } else {
        if (soundChars >= MIN_SOUND_RUN) {
          out.add(sound.toString());
        }
        sound.setLength(0);
        soundChars = 0;
      }
      i += i < text.length() ? Character.charCount(cp) : 1;
    }
    for (Candidate c : candidates(text)) {
      if (c.dotted()) {
        for (List<String> part : c.parts()) {
          out.add(String.join("", part));
        }
        continue;
      }
      List<String> syl = c.parts().get(0);
      if (syl.size() < 3 || BEFORE.contains(c.text()) || AFTER.contains(c.text())) {
        continue;
      }
      out.add(String.join("", syl));
      out.add(String.join("", syl.subList(1, syl.size())));
    }
    return out;
  }

  /** The first column of every language's {@code file}, where it is written in Han alone. */
  private static Set<String> hanWords(String file) {
    Set<String> out = new HashSet<>();
    for (List<String> row : LanguagePack.everyLanguageRows(file)) {
      String w = row.isEmpty() ? "" : row.get(0).replace("*", "").replaceFirst("^-", "");
      if (!w.isEmpty() && w.codePoints().allMatch(HanNames::han)) {
        out.add(w);
      }
    }
    return Set.copyOf(out);
  }

  static boolean han(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** The pinyin syllable of one character, without tones. */
  static String syllable(int cp) {
    return SYLLABLES.computeIfAbsent(
        cp,
        c -> {
          synchronized (PINYIN) {
            return PINYIN.transliterate(new String(Character.toChars(c))).replaceAll("[^a-z]", "");
          }
        });
  }

  /** The pinyin syllables of a name, part by part (parts split at a name's dot). */
  static List<List<String>> syllables(String name) {
    List<List<String>> out = new ArrayList<>();
    List<String> part = new ArrayList<>();
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (DOTS.contains((char) cp)) {
        out.add(part);
        part = new ArrayList<>();
      } else if (han(cp)) {
        part.add(syllable(cp));
      }
      i += Character.charCount(cp);
    }
    out.add(part);
    return out;
  }

  /** The candidates of a text: bounded runs of Han characters, and dotted names. */
  static List<Candidate> candidates(String text) {
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!han(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      int start = i;
      while (i < text.length()
          && (han(text.codePointAt(i))
              || DOTS.contains(text.charAt(i))
                  && i > start
                  && i + 1 < text.length()
                  && han(text.codePointAt(i + 1)))) {
        i += Character.charCount(text.codePointAt(i));
      }
      run(text, start, i, out);
    }
    return out;
  }

  /**
   * The candidates of one run of Han characters (with inner dots) from {@code start} to {@code
   * end}.
   */
  private static void run(String text, int start, int end, List<Candidate> out) {
    List<Integer> dots = new ArrayList<>();
    for (int i = start; i < end; i++) {
      if (DOTS.contains(text.charAt(i))) {
        dots.add(i);
      }
    }
    if (!dots.isEmpty()) {
      // A dotted name: its parts between the dots, the first reaching back to a bound, the last
      // reaching forward to one.
      int firstDot = dots.get(0);
      int lastDot = dots.get(dots.size() - 1);
      for (int s = Math.max(start, firstDot - MAX_PART); s < firstDot; s++) {
        if (!boundedBefore(text, start, s)) {
          continue;
        }
        for (int e = lastDot + 2; e <= Math.min(end, lastDot + 1 + MAX_PART); e++) {
          if (boundedAfter(text, end, e)) {
            String t = text.substring(s, e);
            out.add(new Candidate(s, e, t, syllables(t)));
          }
        }
      }
      // Characters outside the dotted name are read as any run.
      plain(text, start, firstDot, out);
      plain(text, lastDot + 1, end, out);
      return;
    }
    plain(text, start, end, out);
  }

  private static void plain(String text, int start, int end, List<Candidate> out) {
    for (int s = start; s < end; s++) {
      if (!boundedBefore(text, start, s)) {
        continue;
      }
      for (int e = s + 2; e <= Math.min(end, s + MAX_NAME); e++) {
        if (boundedAfter(text, end, e)) {
          String t = text.substring(s, e);
          out.add(new Candidate(s, e, t, syllables(t)));
        }
      }
    }
  }

  /**
   * Whether a name may start at {@code s} of a run from {@code start}: its edge, or after a title.
   */
  private static boolean boundedBefore(String text, int start, int s) {
    if (s == start) {
      return true;
    }
    for (String w : BEFORE) {
      if (s - w.length() >= start && text.startsWith(w, s - w.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name may end at {@code e} of a run ending at {@code end}: its edge, or before a cue.
   */
  private static boolean boundedAfter(String text, int end, int e) {
    if (e == end) {
      return true;
    }
    for (String w : AFTER) {
      if (e + w.length() <= end && text.startsWith(w, e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a candidate writes a Latin name of the story, given as its folded words: by pinyin for
   * a name without a dot, by sound for a dotted one.
   */
  static boolean names(Candidate c, List<String> latinWords) {
    List<String> words = new ArrayList<>();
    for (String w : latinWords) {
      String a = w.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
      if (!a.isEmpty()) {
        words.add(a);
      }
    }
    if (words.size() < 2) {
      return false; // a Han name is found only as a name of two words or more: never alone
    }
    if (c.dotted()) {
      if (c.parts().size() != words.size()) {
        return false;
      }
      for (int k = 0; k < words.size(); k++) {
        if (!bySound(c.parts().get(k), words.get(k))) {
          return false;
        }
      }
      return true;
    }
    List<String> syl = c.parts().get(0);
    if (syl.size() < 2 || syl.stream().anyMatch(String::isEmpty)) {
      return false;
    }
    if (inPinyin(syl, words)) {
      return true;
    }
    // "Liheng Zhou": the family name written last
    List<String> familyLast = new ArrayList<>(syl.subList(1, syl.size()));
    familyLast.add(syl.get(0));
    return inPinyin(familyLast, words);
  }

  /**
   * Whether a candidate writes a person's surname on its own ("瓦恩" for "Varn"): only where the
   * story has one person of that surname, which the caller makes sure of. A name without a dot, its
   * pinyin the word's letters, or written by sound with no more syllables than the word has vowel
   * groups and one more (Chinese adds a vowel to a closing consonant, never two words' worth).
   */
  static boolean namesSurname(Candidate c, String latinWord) {
    String w = latinWord.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (c.dotted() || w.length() < 3) {
      return false;
    }
    List<String> syl = c.parts().get(0);
    if (syl.size() < 2 || syl.stream().anyMatch(String::isEmpty)) {
      return false;
    }
    return inPinyin(syl, List.of(w))
        || (syl.size() <= vowelGroups(w) + 1 && bySound(syl, w) && allSounds(syl, w));
  }

  /**
   * Every consonant of the word (a closing r or l aside, which Chinese leaves out) starts one of
   * the syllables: "瓦恩" "wa en" has the v of "Varn" and its n in the final of 恩; a part written by
   * sound keeps a word's consonants, so "瓦" alone, or 万人, is no "Varnek".
   */
  private static boolean allSounds(List<String> syl, String word) {
    String joined = String.join("", syl);
    int found = 0;
    int needed = 0;
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      if (vowel(ch) || ch == 'h' || ch == 'y') {
        continue;
      }
      boolean closing = i + 1 >= word.length() || !vowel(word.charAt(i + 1));
      if (closing && (ch == 'r' || ch == 'l')) {
        continue;
      }
      needed++;
      for (char k : classes(ch)) {
        if (joinedHas(joined, k)) {
          found++;
          break;
        }
      }
    }
    return needed > 0 && found == needed;
  }

  private static boolean joinedHas(String pinyin, char soundClass) {
    for (int i = 0; i < pinyin.length(); i++) {
      char c = pinyin.charAt(i);
      if (!vowel(c) && c != 'h' && soundOf(String.valueOf(c)) == soundClass) {
        return true;
      }
    }
    return false;
  }

  /** The syllables spell the words exactly, each word a whole number of syllables. */
  private static boolean inPinyin(List<String> syl, List<String> words) {
    int at = 0;
    for (String w : words) {
      StringBuilder b = new StringBuilder();
      while (at < syl.size() && b.length() < w.length()) {
        b.append(syl.get(at++));
      }
      if (!b.toString().equals(w)) {
        return false;
      }
    }
    return at == syl.size();
  }

  /**
   * A part written by sound for a Latin word: the same first sound, no fewer syllables than the
   * word has vowel groups, and the consonants starting its syllables found in order among the
   * word's.
   */
  static boolean bySound(List<String> syl, String word) {
    if (syl.isEmpty() || word.isEmpty()) {
      return false;
    }
    if (syl.size() < vowelGroups(word)) {
      return false;
    }
    String first = initial(syl.get(0));
    char w0 = word.charAt(0);
    boolean sameStart =
        switch (first) {
          case "" -> vowel(w0); // 安娜 "an na" for "Anna"
          case "y" -> vowel(w0) || w0 == 'j' || w0 == 'y'; // 伊万 "yi wan" for "Ivan"
          default -> !vowel(w0) && classes(w0).contains(soundOf(first));
        };
    if (!sameStart) {
      return false;
    }
    List<Set<Character>> consonants = new ArrayList<>();
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      boolean silentH = ch == 'h' && i > 0 && !vowel(word.charAt(i - 1));
      if (!vowel(ch) && !silentH && !(ch == 'y' && i > 0)) {
        consonants.add(classes(ch));
      }
    }
    int at = 0;
    for (String s : syl) {
      String ini = initial(s);
      if (ini.isEmpty() || ini.equals("y")) {
        continue; // a syllable without a consonant of its own adds a vowel
      }
      char sound = soundOf(ini);
      while (at < consonants.size() && !consonants.get(at).contains(sound)) {
        at++;
      }
      if (at == consonants.size()) {
        return false;
      }
      at++;
    }
    return true;
  }

  private static int vowelGroups(String word) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < word.length(); i++) {
      boolean v = vowel(word.charAt(i));
      if (v && !in) {
        n++;
      }
      in = v;
    }
    return n;
  }

  private static boolean vowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /**
   * The consonant a pinyin syllable starts with ("zh", "w"), or "" for one that starts with a
   * vowel.
   */
  private static String initial(String syllable) {
    if (syllable.length() >= 2
        && (syllable.startsWith("zh") || syllable.startsWith("ch") || syllable.startsWith("sh"))) {
      return syllable.substring(0, 2);
    }
    char c = syllable.isEmpty() ? 'a' : syllable.charAt(0);
    return vowel(c) ? "" : String.valueOf(c);
  }

  /** The class of sound a pinyin initial writes. */
  private static char soundOf(String initial) {
    return switch (initial) {
      case "b", "p" -> 'p';
      case "d", "t" -> 't';
      case "g", "k" -> 'k';
      case "f", "w" -> 'f';
      case "l", "r" -> 'l';
      case "m" -> 'm';
      case "n" -> 'n';
      case "h" -> 'h';
      case "y" -> 'y';
      default -> 's'; // z c s j q x zh ch sh
    };
  }

  /** The classes of sound a Latin consonant may be written with in Chinese. */
  private static Set<Character> classes(char c) {
    return switch (c) {
      case 'b', 'p' -> Set.of('p');
      case 'd', 't' -> Set.of('t');
      case 'g' -> Set.of('k', 's');
      case 'c' -> Set.of('k', 's');
      case 'k', 'q' -> Set.of('k');
      case 'v', 'w', 'f' -> Set.of('f');
      case 'l', 'r' -> Set.of('l');
      case 'm' -> Set.of('m');
      case 'n' -> Set.of('n');
      case 'h' -> Set.of('h');
      case 'j' -> Set.of('s', 'y');
      case 'y' -> Set.of('y');
      case 'x', 's', 'z' -> Set.of('s');
      default -> Set.of();
    };
  }
}
