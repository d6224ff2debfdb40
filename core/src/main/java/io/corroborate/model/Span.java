package io.corroborate.model;

/**
 * A half-open range of character offsets {@code [start, end)} into an article's text.
 *
 * <pre>{@code Span s = new Span(0, 12); s.length(); // 12}</pre>
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span needs 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  /** The text this span covers in {@code text}; fails if the span runs past it. */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") runs past text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }
}
