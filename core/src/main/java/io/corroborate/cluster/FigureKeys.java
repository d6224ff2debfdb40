package io.corroborate.cluster;

import io.corroborate.extract.NumberReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The specific figures a text states, as keys that read alike in every language: the numbers are
 * read by the product's one number reader ({@link NumberReader}) in the text's own language, so
 * "1,444", "1.444", "1 444", "١٬٤٤٤" and "1444" are all {@code 1444}, "1万6000" is {@code 16000},
 * "2,5 Millionen" is {@code 2500000}, and a percentage keeps its sign ("9,2 %" is {@code 9.2%}).
 * Two reports of one event in different languages share their figures (a toll, a magnitude, a
 * price) where their words cannot be compared. Small counts, round figures ("500", "2,000"), years
 * and dates say too little and give no key.
 *
 * <pre>{@code FigureKeys.of("Mindestens 3.419 Tote, Stärke 7,8", "de") // [3419, 7.8]}</pre>
 */
final class FigureKeys {
  /** Enough digits for any figure a report states; the rest is the noise of binary fractions. */
  private static final MathContext DIGITS = new MathContext(12);

  private FigureKeys() {}

  /** The keys of the specific figures in {@code text}, written in {@code language}, in order. */
  static Set<String> of(String text, String language) {
    Set<String> out = new LinkedHashSet<>();
    for (NumberReader.Reading r : NumberReader.of(language).read(text)) {
      BigDecimal v = new BigDecimal(r.value()).round(DIGITS).stripTrailingZeros();
      if (specific(v)) {
        out.add(v.toPlainString() + (r.percent() ? "%" : ""));
      }
    }
    return out;
  }

  /**
   * Whether a key is a precise count: a whole number of three significant digits or more ("31482",
   * "2356", "177"), which two unrelated events rarely both state, unlike a round figure ("31000"),
   * a magnitude ("7.8") or a percentage.
   */
  static boolean precise(String key) {
    if (key.endsWith("%") || key.indexOf('.') >= 0) {
      return false;
    }
    return new BigDecimal(key).stripTrailingZeros().precision() >= 3;
  }

  /**
   * Whether a figure says something of its event: a count of a hundred or more with two significant
   * digits or more that is not a year, or a figure with decimals (a magnitude, a price per share).
   */
  private static boolean specific(BigDecimal v) {
    if (v.signum() <= 0) {
      return false;
    }
    if (v.scale() > 0) {
      return true;
    }
    long n = v.longValue();
    return n >= 100 && !(n >= 1900 && n <= 2100) && v.precision() > 1;
  }
}
