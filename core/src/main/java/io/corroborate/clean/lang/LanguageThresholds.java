package io.corroborate.clean.lang;

/**
 * When language detection answers and when it says {@code und}.
 *
 * <pre>{@code LanguageThresholds t = LanguageThresholds.defaults(); t.minLetters(); // 20}</pre>
 *
 * @param minLetters texts with fewer letters than this are too short to tell: {@code und}
 * @param sampleChars only the first this many characters are read (cut at a space); the language of
 *     a news article does not change halfway and detection time grows with length
 * @param minMargin the best language's relative confidence must beat the runner-up's by at least
 *     this much (lingua scales the best to 1.0), else the text is unclear: {@code und}
 * @param minFunctionWordShare a declared language is taken without detection when the sample is
 *     written in its script and, where its function words are known, at least this share of the
 *     sample's words are among them (news prose in the language has two to four times as many)
 */
public record LanguageThresholds(
    int minLetters, int sampleChars, double minMargin, double minFunctionWordShare) {
  public LanguageThresholds {
    if (minLetters < 1 || sampleChars < 1) {
      throw new IllegalArgumentException("minLetters and sampleChars must be > 0");
    }
    if (!(minMargin >= 0 && minMargin <= 1)) {
      throw new IllegalArgumentException("minMargin must be within [0, 1], got " + minMargin);
    }
    if (!(minFunctionWordShare >= 0 && minFunctionWordShare <= 1)) {
      throw new IllegalArgumentException(
          "minFunctionWordShare must be within [0, 1], got " + minFunctionWordShare);
    }
  }

  public static LanguageThresholds defaults() {
    return new LanguageThresholds(20, 2000, 0.1, 0.12);
  }
}
