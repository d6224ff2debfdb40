package io.corroborate.clean;

/** Thresholds of the plain-text cleaner. */
public record TextThresholds(int minParagraphChars) {
  public static TextThresholds defaults() {
    return new TextThresholds(1);
  }
}
