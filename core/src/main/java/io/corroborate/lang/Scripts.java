package io.corroborate.lang;

/** What the engine needs to know of a writing system, whatever the language written in it. */
public final class Scripts {
  private Scripts() {}

  /**
   * Whether {@code codePoint} belongs to a script written without spaces between words (Han,
   * hiragana, katakana, Thai), whose words a space-based splitter cannot find.
   */
  public static boolean unspaced(int codePoint) {
    Character.UnicodeScript s = Character.UnicodeScript.of(codePoint);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.THAI;
  }

  /** Whether any character of {@code text} is in a script written without spaces. */
  public static boolean anyUnspaced(CharSequence text) {
    return text.codePoints().anyMatch(Scripts::unspaced);
  }
}
