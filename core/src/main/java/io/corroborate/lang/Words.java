package io.corroborate.lang;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a text in any script: runs of letters and digits between spaces and punctuation, and
 * inside a run written in a script without spaces between words (Chinese, Japanese, Thai; see
 * {@link Scripts#unspaced}) the words ICU's dictionary-based word breaker finds there. A text in a
 * spaced script is read in one pass over its characters; only its unspaced runs go to the
 * dictionary.
 *
 * <pre>{@code
 * Words.of("東京で地震が発生した") // 東京, で, 地震, が, 発生, した
 * Words.of("Dam breach, 3 dead") // Dam, breach, 3, dead
 * }</pre>
 *
 * <p>Thread-safe: each call uses a word breaker of its own.
 */
public final class Words {
  private Words() {}

  /** A word: where it starts and ends in the text read, and its text. */
  public record Word(int start, int end, String text) {
    public Word {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("a word spans " + start + ".." + end);
      }
    }

    /** Whether the word is written in a script without spaces between words. */
    public boolean unspaced() {
      return Scripts.anyUnspaced(text);
    }
  }

  /**
   * The words of {@code text} in order, each pointing into it: a run of letters and digits, which
   * may hold an apostrophe or hyphen inside ("O'Neill", "post-war"), or a dictionary word of an
   * unspaced run.
   */
  public static List<Word> of(String text) {
    List<Word> out = new ArrayList<>();
    BreakIterator breaker = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int c = text.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      boolean unspaced = false;
      while (i < n) {
        c = text.codePointAt(i);
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
          unspaced |= Scripts.unspaced(c);
          i += Character.charCount(c);
        } else if (isJoiner(c) && i + 1 < n && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      if (!unspaced) {
        out.add(new Word(start, i, text.substring(start, i)));
        continue;
      }
      if (breaker == null) {
        breaker = BreakIterator.getWordInstance(ULocale.ROOT);
      }
      split(text, start, i, breaker, out);
    }
    return out;
  }

  /** How many words {@code text} holds (see {@link #of}). */
  public static int count(String text) {
    return of(text).size();
  }

  private static boolean isJoiner(int c) {
    return c == '\'' || c == '’' || c == '-';
  }

  /** The dictionary words of the run {@code text[start, end)}, which holds unspaced letters. */
  private static void split(
      String text, int start, int end, BreakIterator breaker, List<Word> out) {
    String run = text.substring(start, end);
    breaker.setText(run);
    int from = breaker.first();
    for (int to = breaker.next(); to != BreakIterator.DONE; from = to, to = breaker.next()) {
      if (breaker.getRuleStatus() != BreakIterator.WORD_NONE) {
        out.add(new Word(start + from, start + to, run.substring(from, to)));
      }
    }
  }
}
