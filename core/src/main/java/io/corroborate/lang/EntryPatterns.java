package io.corroborate.lang;

import java.util.regex.Pattern;

/**
 * How an entry of a language file becomes a pattern, the same for every reader of those files:
 * words apart by spaces (by spaces or nothing in a script written without them), a trailing {@code
 * *} for any ending of an inflecting language ("verletz*" for "verletzt", "Verletzte").
 *
 * <pre>{@code Pattern.compile(EntryPatterns.body("bin kişi*", true))}</pre>
 */
public final class EntryPatterns {
  /** A letter of any script, with its combining marks. */
  public static final String LETTER = "[\\p{L}\\p{M}]";

  private EntryPatterns() {}

  /** The entry as a regular expression, without boundaries; {@code spaced}: the script spaces. */
  public static String body(String entry, boolean spaced) {
    StringBuilder p = new StringBuilder();
    String[] ws = entry.trim().split("\\s+");
    for (int i = 0; i < ws.length; i++) {
      String w = ws[i];
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
    String body = body(entry, spaced);
    if (spaced) {
      body = (glued ? "" : "(?<!" + LETTER + ")") + body + "(?!" + LETTER + ")";
    }
    return Pattern.compile(body, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
