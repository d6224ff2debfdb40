package io.corroborate.clean;

/** Thresholds of the HTML extractor. */
public record HtmlThresholds(int minParagraphChars) {
  public static HtmlThresholds defaults() {
    return new HtmlThresholds(1);
  }
}
