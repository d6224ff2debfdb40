package io.corroborate.link;

import com.ibm.icu.text.Transliterator;
import io.corroborate.internal.Memos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one normalisation of written names. Case, diacritics and scripts are folded by mechanisms
 * (Unicode decomposition, ICU's {@code Any-Latin; Latin-ASCII}); which letters the spellings of one
 * name disagree on is data: the rule sets of {@code name-folds.txt}, compiled once into ICU
 * transliterators. Every path that folds a name goes through here: the linker's spelling variants,
 * the name index's one-word spellings and the cross-script keys ({@link NameKeys}).
 *
 * <pre>{@code NameFold.fold("Kélvar’s");      // "kelvar's"
 * NameFold.spelling("Brenitsa");         // "brenika", as "Brenica" and "Бреница"
 * NameFold.wordStart("Pyo");             // "byo"}</pre>
 *
 * <p>Thread-safe.
 */
public final class NameFold {
  /**
   * Diacritics, which names are written with and without. Not the voicing marks of Japanese kana (゛
   * ゜): "ボ" is bo and "ホ" is ho, two letters, not one letter with and without an accent.
   */
  private static final Pattern MARKS = Pattern.compile("[\\p{M}&&[^\\u3099\\u309A]]+");

  private static final Pattern KANA_MARK = Pattern.compile("[\\u3099\\u309A]");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
  private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");

  private static final Transliterator TO_LATIN =
      Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

  private static final Map<String, Transliterator> RULES = load("name-folds.txt");
  private static final Transliterator SPELLING = RULES.get("spelling");
  private static final Transliterator WORD_START = RULES.get("word-start");
  private static final Transliterator KEY_SCRIPT = RULES.get("key-script");
  private static final Transliterator KEY = RULES.get("key");
  private static final Transliterator KANA = RULES.get("kana");

  /**
   * Spellings already read: the linker and the name index compare the same words again and again.
   * Dropped whole when it grows past {@value #MEMO_LIMIT}, so a long-running server stays bounded.
   */
  private static final Map<String, String> SPELLINGS = Memos.concurrent();

  private static final Map<String, String> KEYS = Memos.concurrent();
  private static final Map<String, String> WRITTEN = Memos.concurrent();
  private static final Map<String, String> KANA_KEYS = Memos.concurrent();

  private static final int MEMO_LIMIT = 100_000;

  private NameFold() {}

  /** Lower case without diacritics; typographic apostrophes become plain ones. */
  public static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    String out =
        MARKS
            .matcher(d)
            .replaceAll("")
            .replace('’', '\'')
            .replace('‘', '\'')
            .toLowerCase(Locale.ROOT);
    // Kana keep their voicing marks, composed again as they were written.
    return KANA_MARK.matcher(out).find() ? Normalizer.normalize(out, Normalizer.Form.NFC) : out;
  }

  /** The name in lower-case ASCII Latin letters ("Кестрава" → "kestrava"). */
  public static String latin(String name) {
    return apply(TO_LATIN, name);
  }

  /**
   * A word's romanisation-neutral spelling: in Latin letters, folded by the {@code spelling} rules,
   * doubled letters single. "Brenitsa", "Brenica" and "Бреница" all come out "brenika".
   */
  public static String spelling(String word) {
    return remembered(
        SPELLINGS,
        word,
        w -> single(apply(SPELLING, NOT_ALNUM.matcher(latin(fold(w))).replaceAll(""))));
  }

  /**
   * A lone word folded, with the {@code word-start} rules applied: the initials one romanisation
   * voices and another does not. Only for one-word names compared on their own.
   */
  public static String wordStart(String word) {
    return apply(WORD_START, fold(word));
  }

  /**
   * A word's letters as the cross-script keys read them: the {@code key-script} rules in its own
   * script, then Latin letters only, folded by the {@code key} rules (vowels are still there).
   */
  static String keyLetters(String word) {
    return remembered(
        KEYS,
        word,
        w -> apply(KEY, NOT_LETTER.matcher(latin(apply(KEY_SCRIPT, w))).replaceAll("")));
  }

  /**
   * A word's letters as the cross-script keys read them, every letter of its own script kept: the
   * letters that the {@code key-script} rules read as vowels (Arabic and Hebrew waw and yeh, which
   * write a long vowel or a consonant) read as consonants ("تاروسک" → "tarvsk", as "Tarvosk"
   * reads).
   */
  static String keyLettersAsWritten(String word) {
    return remembered(WRITTEN, word, w -> apply(KEY, NOT_LETTER.matcher(latin(w)).replaceAll("")));
  }

  /**
   * A name's letters as the cross-script keys read them once the {@code kana} rules have written it
   * as katakana does ("Velmore" → "vermoe", for ヴェルモア): for reading a Latin name against a katakana
   * word.
   */
  static String keyLettersAsKana(String word) {
    return remembered(
        KANA_KEYS,
        word,
        w -> apply(KEY, NOT_LETTER.matcher(apply(KANA, latin(fold(w)))).replaceAll("")));
  }

  private static String remembered(
      Map<String, String> memo, String word, java.util.function.UnaryOperator<String> fold) {
    String known = memo.get(word);
    if (known != null) {
      return known;
    }
    String out = fold.apply(word);
    if (memo.size() > MEMO_LIMIT) {
      memo.clear();
    }
    memo.put(word, out);
    return out;
  }

  /** Runs of one letter as one: doubled letters, and "ii" from "iy", are one sound. */
  private static String single(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String apply(Transliterator t, String s) {
    // An ICU transliterator is not safe to run from two threads at once.
    synchronized (t) {
      return t.transliterate(s);
    }
  }

  /** The rule sets of a resource, each under the name of its {@code @} line. */
  private static Map<String, Transliterator> load(String resource) {
    String text;
    try (InputStream in = NameFold.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource io/corroborate/link/" + resource + " is missing");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read io/corroborate/link/" + resource, e);
    }
    Map<String, StringBuilder> sections = new LinkedHashMap<>();
    StringBuilder current = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("@")) {
        current = new StringBuilder();
        sections.put(line.substring(1).strip(), current);
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    Map<String, Transliterator> out = new LinkedHashMap<>();
    for (String name : new String[] {"spelling", "word-start", "key-script", "key", "kana"}) {
      StringBuilder rules = sections.get(name);
      if (rules == null) {
        throw new IllegalStateException(
            "io/corroborate/link/" + resource + " has no @" + name + " section");
      }
      out.put(
          name,
          Transliterator.createFromRules(
              "corroborate-name-" + name, rules.toString(), Transliterator.FORWARD));
    }
    return Map.copyOf(out);
  }
}
