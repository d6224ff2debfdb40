package io.corroborate.annotate.quantity;

/**
 * An interval of values; either end may be open and the high end may be infinite: "more than 3,000"
 * is {@code (3000, ∞)}.
 *
 * <pre>{@code Bounds.closed(11_000, 12_000).contains(11_500) // true}</pre>
 */
public record Bounds(double low, boolean lowInclusive, double high, boolean highInclusive) {
  public Bounds {
    if (Double.isNaN(low) || Double.isNaN(high) || low > high || low == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "bounds need low <= high and no NaN, got " + low + ", " + high);
    }
  }

  public static Bounds closed(double low, double high) {
    return new Bounds(low, true, high, true);
  }

  public static Bounds exactly(double v) {
    return closed(v, v);
  }

  public static Bounds above(double v) {
    return new Bounds(v, false, Double.POSITIVE_INFINITY, false);
  }

  public static Bounds atLeast(double v) {
    return new Bounds(v, true, Double.POSITIVE_INFINITY, false);
  }

  public boolean contains(double v) {
    boolean lowOk = lowInclusive ? v >= low : v > low;
    boolean highOk = highInclusive ? v <= high : v < high;
    return lowOk && highOk;
  }

  public boolean bounded() {
    return high != Double.POSITIVE_INFINITY;
  }

  @Override
  public String toString() {
    return (lowInclusive ? "[" : "(") + fmt(low) + ", " + fmt(high) + (highInclusive ? "]" : ")");
  }

  private static String fmt(double v) {
    if (v == Double.POSITIVE_INFINITY) {
      return "∞";
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
