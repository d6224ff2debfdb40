package io.corroborate.ingest;

import java.io.ByteArrayOutputStream;

/**
 * Cuts out markup nested deeper than a limit before an XML parser builds its tree, in one linear
 * pass over the bytes (any ASCII-compatible charset): a feed item holding a hundred thousand nested
 * elements keeps its title and description, and loses only the nest.
 *
 * <pre>{@code XmlDepth.Pruned p = XmlDepth.prune(bytes, options.maxNestingDepth());}</pre>
 */
final class XmlDepth {
  private XmlDepth() {}

  /**
   * The bytes with every element below {@code maxDepth} removed (the same array when none is), the
   * offset of the first removed element (-1 when none) and how many outermost elements were cut.
   */
  record Pruned(byte[] bytes, long firstCut, int cuts) {}

  static Pruned prune(byte[] b, int maxDepth) {
    int n = b.length;
    int depth = 0;
    int i = 0;
    int copied = 0;
    int cutFrom = -1;
    long firstCut = -1;
    int cuts = 0;
    ByteArrayOutputStream out = null;
    while (i < n) {
      if (b[i] != '<') {
        i++;
        continue;
      }
      int end;
      int change = 0;
      if (startsWith(b, i, "<!--")) {
        end = after(b, i + 4, "-->");
      } else if (startsWith(b, i, "<![CDATA[")) {
        end = after(b, i + 9, "]]>");
      } else if (i + 1 < n && (b[i + 1] == '?' || b[i + 1] == '!')) {
        end = after(b, i + 2, ">");
      } else if (i + 1 < n && b[i + 1] == '/') {
        end = after(b, i + 2, ">");
        change = -1;
      } else {
        end = tagEnd(b, i + 1);
        change = end >= 2 && b[end - 2] == '/' ? 0 : 1;
      }
      if (change > 0 && depth == maxDepth && cutFrom < 0) {
        cutFrom = i;
        if (firstCut < 0) {
          firstCut = i;
        }
        cuts++;
      }
      depth = Math.max(0, depth + change);
      if (change < 0 && depth == maxDepth && cutFrom >= 0) {
        if (out == null) {
          out = new ByteArrayOutputStream(n);
        }
        out.write(b, copied, cutFrom - copied);
        copied = end;
        cutFrom = -1;
      }
      i = end;
    }
    if (out == null && cutFrom < 0) {
      return new Pruned(b, -1, 0);
    }
    if (out == null) {
      out = new ByteArrayOutputStream(n);
    }
    // A nest left open at the end is cut to the end: the parser will say the feed is broken.
    out.write(b, copied, (cutFrom >= 0 ? cutFrom : n) - copied);
    return new Pruned(out.toByteArray(), firstCut, cuts);
  }

  /** The end of a start tag: past its {@code >}, skipping quoted attribute values. */
  private static int tagEnd(byte[] b, int from) {
    byte quote = 0;
    for (int i = from; i < b.length; i++) {
      byte c = b[i];
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return b.length;
  }

  private static int after(byte[] b, int from, String token) {
    for (int i = from; i + token.length() <= b.length; i++) {
      if (startsWith(b, i, token)) {
        return i + token.length();
      }
    }
    return b.length;
  }

  private static boolean startsWith(byte[] b, int at, String token) {
    if (at + token.length() > b.length) {
      return false;
    }
    for (int k = 0; k < token.length(); k++) {
      if (b[at + k] != token.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
