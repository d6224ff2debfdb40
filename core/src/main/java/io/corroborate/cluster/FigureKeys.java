package io.corroborate.cluster;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The specific figures a text states, as keys that read alike in every language: "1,444", "1.444"
 * and "1 444" are all {@code 1444}; "7,8" and "7.8" are {@code 7.8}. Two reports of one event in
 * different languages share their figures (a toll, a magnitude, a price) where their words cannot
 * be compared; "1万6000" is {@code 16000}. Small counts, round figures ("500", "2,000"), years, and
 * digits glued to another scale character say too little or are read wrongly alone, and give no
 * key.
 *
 * <pre>{@code FigureKeys.of("Mindestens 3.419 Tote, Stärke 7,8") // [3419, 7.8]}</pre>
 */
final class FigureKeys {
  /** A run of digits with grouping or decimal marks inside it (spaces group thousands only). */
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,])\\d+(?:(?:[.,]|[ \\u00A0\\u202F](?=\\d{3}(?!\\d)))\\d+)*");

  /** Three digits after each mark: thousands, whichever mark the outlet groups them with. */
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[., \\u00A0\\u202F]\\d{3})+");

  /** A count of ten thousands in Chinese, Japanese or Korean writing: "1万6000" is 16,000. */
  private static final Pattern TEN_THOUSANDS =
      Pattern.compile("(?<![\\d.,])(\\d{1,4})[万萬만](\\d{1,4})?(?![\\d.,])");

  /** Characters of East Asian scales ("1万6000"): the digits beside them are no whole figure. */
  private static final String SCALE_CHARACTERS = "万萬億亿千百십백천만억";

  private FigureKeys() {}

  /** The keys of the specific figures in {@code text}, in order of first appearance. */
  static Set<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher t = TEN_THOUSANDS.matcher(text);
    while (t.find()) {
      BigDecimal v = new BigDecimal(t.group(1)).multiply(BigDecimal.valueOf(10_000));
      if (t.group(2) != null) {
        v = v.add(new BigDecimal(t.group(2)));
      }
      if (specific(v)) {
        out.add(v.stripTrailingZeros().toPlainString());
      }
    }
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      if (besideScale(text, m.start() - 1) || besideScale(text, m.end())) {
        continue;
      }
      String n = m.group();
      BigDecimal v;
      if (GROUPED.matcher(n).matches()) {
        v = new BigDecimal(n.replaceAll("[^0-9]", ""));
      } else if (n.matches("\\d+(?:[.,]\\d+)?")) {
        v = new BigDecimal(n.replace(',', '.'));
      } else {
        continue; // a date ("23.03.2024"), a version or a phone number
      }
      if (specific(v)) {
        out.add(v.stripTrailingZeros().toPlainString());
      }
    }
    return out;
  }

  /**
   * Whether a figure says something of its event: a count of a hundred or more with two significant
   * digits or more that is not a year, or a figure with decimals (a magnitude, a price per share).
   */
  private static boolean specific(BigDecimal v) {
    if (v.signum() == 0) {
      return false;
    }
    if (v.stripTrailingZeros().scale() > 0) {
      return true;
    }
    long n = v.longValue();
    return n >= 100 && !(n >= 1900 && n <= 2100) && v.stripTrailingZeros().precision() > 1;
  }

  private static boolean besideScale(String text, int i) {
    return i >= 0 && i < text.length() && SCALE_CHARACTERS.indexOf(text.charAt(i)) >= 0;
  }
}
