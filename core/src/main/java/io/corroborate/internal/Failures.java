package io.corroborate.internal;

import java.io.UncheckedIOException;

/**
 * Says in words what went wrong when a library fails on hostile input in a way it does not declare,
 * so that a rejection's reason reads as a reason and not as a Java exception ({@code
 * java.lang.NumberFormatException: For input string: …}).
 *
 * <pre>{@code reject(offset, "malformed record: " + Failures.describe(e));}</pre>
 */
public final class Failures {
  private Failures() {}

  /** Longest message kept from a library: enough to name the field, never a whole input. */
  private static final int MAX_DETAIL_CHARS = 160;

  public static String describe(Throwable e) {
    if (e instanceof NumberFormatException n) {
      return "a number field holds something that is not a number" + detail(quoted(n));
    }
    if (e instanceof StackOverflowError) {
      return "the input is nested too deeply to read";
    }
    if (e instanceof OutOfMemoryError) {
      return "the input is too large to hold in memory";
    }
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      return "read error" + detail(u.getCause().getMessage());
    }
    if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
      return "malformed content" + detail(e.getMessage());
    }
    if (e instanceof IndexOutOfBoundsException || e instanceof NullPointerException) {
      return "malformed content the reader could not follow";
    }
    return "unreadable content" + detail(e.getMessage());
  }

  private static String quoted(NumberFormatException n) {
    String m = n.getMessage();
    if (m == null) {
      return null;
    }
    int q = m.indexOf('"');
    return q >= 0 ? "got " + m.substring(q) : null;
  }

  private static String detail(String message) {
    if (message == null || message.isBlank()) {
      return "";
    }
    String m = message.strip();
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    if (m.length() > MAX_DETAIL_CHARS) {
      m = m.substring(0, MAX_DETAIL_CHARS) + "…";
    }
    return " (" + m + ")";
  }
}
