package io.corroborate.eval.dossier;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads the intervals a dossier prints ("[17]", "[2,613.3, 2,720]", "(3000, ∞)") back into numbers
 * and decides whether one matches a gold value, with tolerance for roundings and hedges.
 *
 * <pre>{@code Values.matches(Values.interval("(3000, ∞)").orElseThrow(), 3000) // true}</pre>
 */
public final class Values {
  /** Relative tolerance for a rounding: 133 matches 133.4, 44 billion matches 44.0 billion. */
  static final double ROUNDING = 0.005;

  /** A bounded interval matches a value inside it when it is no wider than this share of it. */
  static final double NARROW = 0.2;

  private Values() {}

  /** An interval's two ends; an open end is infinite. */
  public record Interval(double low, double high) {}

  /** Parses a printed interval; words that are not one give empty. */
  public static Optional<Interval> interval(String printed) {
    String s = printed.strip();
    if (s.length() < 3
        || "[(".indexOf(s.charAt(0)) < 0
        || "])".indexOf(s.charAt(s.length() - 1)) < 0) {
      return Optional.empty();
    }
    String inner = s.substring(1, s.length() - 1);
    String[] parts = inner.split(", ");
    try {
      double low = number(parts[0]);
      double high = parts.length > 1 ? number(parts[1]) : low;
      return parts.length > 2 ? Optional.empty() : Optional.of(new Interval(low, high));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static double number(String s) {
    String t = s.strip().replace(",", "");
    if (t.equals("∞")) {
      return Double.POSITIVE_INFINITY;
    }
    if (t.equals("-∞")) {
      return Double.NEGATIVE_INFINITY;
    }
    return Double.parseDouble(t);
  }

  /**
   * Whether an end of the interval is the value (within a rounding), or a narrow interval holds it.
   */
  public static boolean matches(Interval i, double value) {
    if (close(i.low(), value) || close(i.high(), value)) {
      return true;
    }
    boolean bounded = Double.isFinite(i.low()) && Double.isFinite(i.high());
    return bounded
        && i.low() <= value
        && value <= i.high()
        && (i.high() - i.low()) <= NARROW * Math.abs(value);
  }

  static boolean close(double a, double b) {
    if (!Double.isFinite(a)) {
      return false;
    }
    return Math.abs(a - b) <= Math.max(ROUNDING * Math.abs(b), 1e-9);
  }

  static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? String.format(Locale.ROOT, "%,d", (long) v)
        : String.format(Locale.ROOT, "%,.2f", v);
  }
}
