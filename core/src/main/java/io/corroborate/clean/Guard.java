package io.corroborate.clean;

import io.corroborate.model.Block;
import io.corroborate.model.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Cheap, linear passes that keep hostile text from reaching the cleaner's regular expressions and
 * the language layer in a shape they handle badly. Each says what it changed or found, so the
 * caller can reject with a reason.
 *
 * <pre>{@code String safe = Guard.tame(raw.content(), limits.maxCombiningMarks());}</pre>
 */
final class Guard {
  private Guard() {}

  /**
   * {@code s} without control characters other than tab, line feed, carriage return and form feed
   * (one NUL byte costs that byte, not the page), and with every stack of combining marks cut to
   * {@code maxMarks} after its base character. The same instance when nothing had to change.
   */
  static String tame(String s, int maxMarks) {
    int first = firstUntame(s, maxMarks);
    if (first < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    b.append(s, 0, first);
    int marks = marksBefore(s, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isDroppedControl(c)) {
        continue;
      }
      if (isMark(c)) {
        marks++;
        if (marks > maxMarks) {
          continue;
        }
      } else {
        marks = 0;
      }
      b.append(c);
    }
    return b.toString();
  }

  private static int firstUntame(String s, int maxMarks) {
    int marks = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isDroppedControl(c)) {
        return i;
      }
      if (isMark(c)) {
        marks++;
        if (marks > maxMarks) {
          return i;
        }
      } else {
        marks = 0;
      }
    }
    return -1;
  }

  private static int marksBefore(String s, int at) {
    int n = 0;
    for (int i = at - 1; i >= 0 && isMark(s.charAt(i)); i--) {
      n++;
    }
    return n;
  }

  private static boolean isDroppedControl(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** The longest run of characters without whitespace: where it starts and how long it is. */
  record Run(int start, int length) {}

  static Run longestToken(String s) {
    int bestStart = 0;
    int best = 0;
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean space =
          i == s.length()
              || Character.isWhitespace(s.charAt(i))
              || Character.isSpaceChar(s.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        if (i - start > best) {
          best = i - start;
          bestStart = start;
        }
        start = -1;
      }
    }
    return new Run(bestStart, best);
  }

  /** How many lines a text has, and its longest one (by index from 0) with its length. */
  record LineShape(int lines, int longest, int longestLine) {}

  static LineShape lines(String s) {
    int lines = 0;
    int longest = 0;
    int longestLine = 0;
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '\n') {
        if (i - start > longest) {
          longest = i - start;
          longestLine = lines;
        }
        lines++;
        start = i + 1;
      }
    }
    return new LineShape(lines, longest, longestLine);
  }

  /**
   * Content blocks holding a token longer than {@code maxTokenChars} become removed passages (the
   * removed text is cut to the limit's length, so the junk is not stored whole); the others stay as
   * they are. The count of blocks so removed comes back with them.
   */
  static Dropped dropLongTokens(List<Block> blocks, int maxTokenChars) {
    List<Block> out = new ArrayList<>(blocks.size());
    int dropped = 0;
    for (Block b : blocks) {
      Run r = longestToken(b.text());
      if (r.length() <= maxTokenChars) {
        out.add(b);
        continue;
      }
      dropped++;
      String preview = b.text().substring(0, Math.min(b.text().length(), maxTokenChars)) + "…";
      out.add(
          new Block(
              preview,
              Role.OTHER,
              1.0,
              "limit: a token of "
                  + r.length()
                  + " characters, over the "
                  + maxTokenChars
                  + "-character limit"));
    }
    return new Dropped(out, dropped);
  }

  /** Blocks after {@link #dropLongTokens}, and how many were removed for a long token. */
  record Dropped(List<Block> blocks, int count) {}

  /**
   * {@code html} with the bodies of {@code <script>} and {@code <style>} elements emptied, except
   * JSON-LD scripts (they carry the page's metadata). None of it is article text, and megabytes of
   * it in a page's head must not push the article past the page size limit.
   */
  static String withoutScriptBodies(String html) {
    StringBuilder out = null;
    int copied = 0;
    int i = html.indexOf('<');
    while (i >= 0 && i < html.length()) {
      String tag = rawTextTag(html, i);
      if (tag == null) {
        i = html.indexOf('<', i + 1);
        continue;
      }
      int open = html.indexOf('>', i);
      if (open < 0) {
        break;
      }
      boolean jsonLd = tag.equals("script") && containsIgnoreCase(html, i, open, "ld+json");
      int close = indexOfIgnoreCase(html, "</" + tag, open + 1);
      int end = close < 0 ? html.length() : close;
      if (!jsonLd && end > open + 1) {
        if (out == null) {
          out = new StringBuilder(html.length());
        }
        out.append(html, copied, open + 1);
        copied = end;
      }
      i = close < 0 ? -1 : html.indexOf('<', close + 2);
    }
    if (out == null) {
      return html;
    }
    out.append(html, copied, html.length());
    return out.toString();
  }

  /**
   * Elements whose content is never text. Not {@code noscript}: some pages put their article text
   * there for readers without scripts.
   */
  private static final String[] RAW_TEXT_TAGS = {"script", "style"};

  private static String rawTextTag(String html, int lt) {
    for (String t : RAW_TEXT_TAGS) {
      int after = lt + 1 + t.length();
      if (html.regionMatches(true, lt + 1, t, 0, t.length())
          && after < html.length()
          && (html.charAt(after) == '>'
              || html.charAt(after) == '/'
              || Character.isWhitespace(html.charAt(after)))) {
        return t;
      }
    }
    return null;
  }

  private static boolean containsIgnoreCase(String s, int from, int to, String needle) {
    for (int i = from; i + needle.length() <= to; i++) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return true;
      }
    }
    return false;
  }

  private static int indexOfIgnoreCase(String s, String needle, int from) {
    for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }
}
