package io.corroborate.lang;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How an entry of a language file becomes a pattern, the same for every reader of those files:
 * words apart by spaces (by spaces or nothing in a script written without them), a trailing {@code
 * *} for any ending of an inflecting language ("verletz*" for "verletzt", "Verletzte"), a {@code ~}
 * alone for up to {@value #GAP_WORDS} words between the words around it, as a separable verb's
 * particle stands apart from it ("steuert ~ bei" for "steuert 13 Milliarden Dollar bei").
 *
 * <pre>{@code Pattern.compile(EntryPatterns.body("bin kişi*", true))}</pre>
 */
public final class EntryPatterns {
  /** A letter of any script, with its combining marks. */
  public static final String LETTER = "[\\p{L}\\p{M}]";

  /**
   * The parts of a compound before its head: a capital (matched with case, whatever the pattern's
   * flags) and letters, with a hyphen before the head where the compound writes one.
   */
  private static final String COMPOUND_HEAD_PREFIX = "(?:(?-i:\\p{Lu})\\p{L}*-?)?";

  /** The most words a {@code ~} of an entry stands for. */
  public static final int GAP_WORDS = 6;

  private EntryPatterns() {}

  /** Whether an entry has a gap ({@code ~}) between its words. */
  public static boolean gapped(String entry) {
    return List.of(entry.trim().split("\\s+")).contains("~");
  }

  /** The entry as a regular expression, without boundaries; {@code spaced}: the script spaces. */
  public static String body(String entry, boolean spaced) {
    StringBuilder p = new StringBuilder();
    String[] ws = entry.trim().split("\\s+");
    for (int i = 0; i < ws.length; i++) {
      String w = ws[i];
      if (w.equals("~") && i > 0 && i < ws.length - 1) {
        // the words of the gap, each with the space before it, so that the next word's space
        // follows as it would without the gap
        p.append(
            spaced ? "(?:[\\s\\u00A0]+\\S+){0," + GAP_WORDS + "}?" : ".{0," + 4 * GAP_WORDS + "}?");
        continue;
      }
      boolean stem = w.endsWith("*") && w.length() > 1;
      if (stem) {
        w = w.substring(0, w.length() - 1);
      }
      if (i > 0) {
        p.append(spaced ? "[\\s\\u00A0]+" : "[\\s\\u00A0]*");
      }
      p.append(Pattern.quote(w));
      if (stem) {
        p.append(LETTER).append("*");
      }
    }
    return p.toString();
  }

  /**
   * The entry as a case-blind pattern; in a spaced script it must stand as whole words, unless
   * {@code glued} (an ending written onto the word before it) lets it start inside one.
   */
  public static Pattern compile(String entry, boolean spaced, boolean glued) {
    return compile(entry, spaced, glued, false);
  }

  /**
   * The entry as {@link #compile(String, boolean, boolean)} gives it; {@code compounds}: the
   * language glues nouns into compounds whose last part is the head and writes nouns with a capital
   * (German), so the entry's last word also matches as the end of a capitalised compound, written
   * as one word or with a hyphen ("tote" in "Lawinentote" and "Lawinen-Tote", "zahl der toten" in
   * "Zahl der Lawinentoten"). A lower-case word ending so ("vergleichen" for "leichen") is no
   * compound.
   */
  public static Pattern compile(String entry, boolean spaced, boolean glued, boolean compounds) {
    String body = body(entry, spaced);
    if (compounds) {
      String[] ws = entry.trim().split("\\s+");
      if (ws.length == 1) {
        body = COMPOUND_HEAD_PREFIX + body;
      } else {
        String last = body(ws[ws.length - 1], spaced);
        String head = body(String.join(" ", Arrays.copyOf(ws, ws.length - 1)), spaced);
        body = head + (spaced ? "[\\s\\u00A0]+" : "[\\s\\u00A0]*") + COMPOUND_HEAD_PREFIX + last;
      }
    }
    if (spaced) {
      body = (glued ? "" : "(?<!" + LETTER + ")") + body + "(?!" + LETTER + ")";
    }
    return Pattern.compile(body, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
