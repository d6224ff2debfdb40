package io.corroborate.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The marks that end a sentence in any script, as Unicode's {@code Sentence_Terminal} property
 * lists them: the Latin full stop, question and exclamation marks, and the Armenian full stop "։",
 * the Devanagari danda "।", the Arabic question mark "؟", the Urdu full stop "۔", the ideographic
 * full stop "。" and the others, so that no stage reads a sentence of a script it has no list for as
 * an unfinished line.
 *
 * <pre>{@code SentenceMarks.isTerminal('։') // true}</pre>
 */
public final class SentenceMarks {
  private SentenceMarks() {}

  /** Whether the code point ends a sentence in its script; an ellipsis "…" does too. */
  public static boolean isTerminal(int codePoint) {
    return codePoint == '…' || UCharacter.hasBinaryProperty(codePoint, UProperty.S_TERM);
  }
}
