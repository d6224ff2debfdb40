package io.corroborate.link;

import io.corroborate.lang.LanguagePack;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keys that bring one name's spellings in several scripts together: the name is transliterated to
 * Latin and folded by the one name normalisation ({@link NameFold}, the {@code key} rules of {@code
 * name-folds.txt}: digraphs, letters that scripts confuse such as l/r for Japanese), stripped of
 * vowels and doubled consonants, and cut to its first {@value #KEY_LENGTH} consonants (at least
 * {@value #MIN_KEY_LENGTH}). "Kestrava", "Кестрава" and "ケストラヴァ" share a key; so do "Dovgal" and
 * "Довгаль".
 *
 * <pre>{@code NameKeys.key("Кестрава") // Optional[kstr]}</pre>
 *
 * <p>A key is evidence, never identity: short names give none, and callers count several shared
 * keys before they decide. Thread-safe.
 */
public final class NameKeys {
  /**
   * How many consonants a key keeps: enough to tell names apart, few enough that a trailing
   * syllable lost in one script does not matter.
   */
  public static final int KEY_LENGTH = 4;

  /**
   * Names with fewer consonants than this ("Dali", "Syria") give no key: too many names share them.
   */
  public static final int MIN_KEY_LENGTH = 3;

  /**
   * Particles and honorifics that Korean writes onto the end of a name, longest first (every
   * language's {@code glued-name-particles.txt}).
   */
  private static final List<String> PARTICLES = particles();

  private NameKeys() {}

  private static List<String> particles() {
    List<String> out = new ArrayList<>();
    for (List<String> row : LanguagePack.everyLanguageRows("glued-name-particles.txt")) {
      if (!row.isEmpty() && !row.get(0).isBlank() && !out.contains(row.get(0))) {
        out.add(row.get(0));
      }
    }
    out.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return List.copyOf(out);
  }

  /**
   * A word of a script that glues particles onto names without the longest that ends it, where at
   * least two syllables are left ("벨모라는" → "벨모라", "코벨이" → "코벨"); the word itself otherwise.
   */
  static String withoutParticle(String word) {
    for (String p : PARTICLES) {
      if (word.endsWith(p) && word.codePointCount(0, word.length() - p.length()) >= 2) {
        return word.substring(0, word.length() - p.length());
      }
    }
    return word;
  }

  /** The name in lower-case ASCII Latin letters ("Зеленский" → "zelenskij"). */
  public static String latin(String name) {
    return NameFold.latin(name);
  }

  /**
   * The key of one word, or empty when the word has fewer than {@value #MIN_KEY_LENGTH} consonants.
   */
  public static Optional<String> key(String word) {
    return keyOf(NameFold.keyLetters(word));
  }

  /**
   * The keys of one word under each reading of its letters: {@link #key}, and where the word's
   * script writes long vowels with letters that are consonants too (Arabic and Hebrew waw and yeh),
   * the key that reads them as consonants. "تاروسک" gives "trsk" and "trbs", the key of "Tarvosk";
   * "کوول" gives "kbr", the key of "Kovel", where read as vowels it gives none. Evidence still:
   * callers count shared keys.
   */
  public static Set<String> readings(String word) {
    Set<String> out = new LinkedHashSet<>();
    key(word).ifPresent(out::add);
    keyOf(NameFold.keyLettersAsWritten(word)).ifPresent(out::add);
    return out;
  }

  private static Optional<String> keyOf(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < KEY_LENGTH; i++) {
      char c = s.charAt(i);
      if ("aeiouy".indexOf(c) >= 0) {
        continue;
      }
      if (b.length() > 0 && b.charAt(b.length() - 1) == c) {
        continue;
      }
      b.append(c);
    }
    return b.length() >= MIN_KEY_LENGTH ? Optional.of(b.toString()) : Optional.empty();
  }

  /** The keys of every word of a name ("Crocus City Hall" → [krks]). */
  public static Set<String> keys(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : name.split("[\\s\\p{Punct}・·«»“”„‘’]+")) {
      if (!w.isEmpty()) {
        key(w).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Words of {@code text} that may be names in scripts without capital letters: runs of katakana
   * (which Japanese uses for foreign names) and words of scripts that have no case at all (Arabic,
   * Hebrew, Hangul…), or of scripts that have case but that the text never writes a word of with a
   * capital first letter (Georgian news is written without capitals, and its capitals serve only
   * headings in capitals throughout). A Hangul word with a particle glued on ("코벨은") is given
   * without it too. Han characters have no word breaks to cut at: they give the pinyin of the runs
   * that something bounds as a name and of the runs of characters that Chinese writes foreign names
   * with by sound ({@link HanNames#latinForms}), so that a report written in Chinese without Latin
   * glosses meets the Latin names of its story; not in Japanese (a text with hiragana), which reads
   * its kanji otherwise.
   */
  public static List<String> uncasedNameWords(String text) {
    List<String> out = new ArrayList<>();
    Set<Character.UnicodeScript> uncapitalised = uncapitalisedScripts(text);
    StringBuilder katakana = new StringBuilder();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      boolean isKatakana = script == Character.UnicodeScript.KATAKANA || cp == 'ー';
      boolean uncased =
          Character.isLetter(cp)
              && !isKatakana
              && (Character.getType(cp) == Character.OTHER_LETTER || uncapitalised.contains(script))
              && script != Character.UnicodeScript.HAN
              && script != Character.UnicodeScript.HIRAGANA;
      if (isKatakana) {
        katakana.appendCodePoint(cp);
      } else if (katakana.length() > 0) {
        out.add(katakana.toString());
        katakana.setLength(0);
      }
      if (uncased || (Character.getType(cp) == Character.NON_SPACING_MARK && word.length() > 0)) {
        word.appendCodePoint(cp);
      } else if (word.length() > 0) {
        out.add(word.toString());
        word.setLength(0);
      }
    }
    if (katakana.length() > 0) {
      out.add(katakana.toString());
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    // A name with a particle glued on is read without it too.
    for (int i = 0, n = out.size(); i < n; i++) {
      String bare = withoutParticle(out.get(i));
      if (!bare.equals(out.get(i))) {
        out.add(bare);
      }
    }
    // Japanese reads its kanji in readings of its own, not in pinyin: text with kana gives none.
    if (text.codePoints().anyMatch(HanNames::han)
        && text.codePoints()
            .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA)) {
      out.addAll(HanNames.latinForms(text));
    }
    return out;
  }

  /**
   * The scripts with case whose letters the text writes but never as a capitalised word (a capital
   * followed by a small letter of the same script).
   */
  private static Set<Character.UnicodeScript> uncapitalisedScripts(String text) {
    Set<Character.UnicodeScript> written = EnumSet.noneOf(Character.UnicodeScript.class);
    Set<Character.UnicodeScript> capitalised = EnumSet.noneOf(Character.UnicodeScript.class);
    int previous = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLowerCase(cp) || Character.isUpperCase(cp)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        written.add(script);
        if (previous >= 0
            && Character.isUpperCase(previous)
            && Character.isLowerCase(cp)
            && Character.UnicodeScript.of(previous) == script) {
          capitalised.add(script);
        }
      }
      previous = cp;
    }
    written.removeAll(capitalised);
    return written;
  }
}
