package io.corroborate.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks that spans stay inside their text and in order, the way every extracted item must. */
public final class Spans {
  private Spans() {}

  /**
   * Each {start, end} pair lies within {@code [0, textLength]} and starts no earlier than the
   * previous one.
   */
  public static void assertInBoundsAndOrdered(int textLength, List<int[]> spans) {
    int last = 0;
    for (int[] s : spans) {
      assertThat(s[0]).as("span start").isBetween(0, textLength);
      assertThat(s[1]).as("span end").isBetween(s[0], textLength);
      assertThat(s[0]).as("span order").isGreaterThanOrEqualTo(last);
      last = s[0];
    }
  }
}
