package io.corroborate.clean.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A constant pattern with one matcher per thread, reset for every text: a page has many short lines
 * to test against the same patterns, and a fresh matcher for each costs more than most tests.
 *
 * <pre>{@code if (AD.on(line).matches()) { ... }}</pre>
 */
final class ThreadMatcher {
  private final Pattern pattern;
  private final ThreadLocal<Matcher> local;

  ThreadMatcher(Pattern pattern) {
    this.pattern = pattern;
    this.local = ThreadLocal.withInitial(() -> pattern.matcher(""));
  }

  /** This thread's matcher, reset to {@code text}: good until this thread's next call. */
  Matcher on(CharSequence text) {
    return local.get().reset(text);
  }

  @Override
  public String toString() {
    return pattern.pattern();
  }
}
