package io.corroborate.reconcile;

import io.corroborate.annotate.quantity.Bounds;

/**
 * A figure's interval as numbers, for machines: each end is a number or absent (open, unbounded),
 * and says whether the value itself is included. "More than 300" is {@code low 300, lowInclusive
 * false, high absent}; "about 11,000" widened for rounding is {@code [10450, 11550]}.
 *
 * <pre>{@code Range.of(Bounds.above(300)).high(); // null: no upper bound}</pre>
 *
 * @param low the lower end, or null when there is none
 * @param high the upper end, or null when there is none (an open "more than")
 */
public record Range(Double low, boolean lowInclusive, Double high, boolean highInclusive) {
  public Range {
    if (low != null && (low.isNaN() || low.isInfinite())) {
      low = null;
    }
    if (high != null && (high.isNaN() || high.isInfinite())) {
      high = null;
    }
    if (low == null) {
      lowInclusive = false;
    }
    if (high == null) {
      highInclusive = false;
    }
    if (low != null && high != null && low > high) {
      throw new IllegalArgumentException("range needs low <= high, got " + low + ", " + high);
    }
  }

  /** The bounds as written, an infinite end made absent. */
  public static Range of(Bounds b) {
    return new Range(b.low(), b.lowInclusive(), b.high(), b.highInclusive());
  }

  /**
   * A range computed from {@code written} (widened for a rounding, or derived from a total): an end
   * left where the words put it keeps their inclusiveness, a moved end is inclusive.
   */
  static Range widened(double low, double high, Bounds written) {
    boolean lowIn = low == written.low() ? written.lowInclusive() : true;
    boolean highIn = high == written.high() ? written.highInclusive() : true;
    return new Range(low, lowIn, high, highIn);
  }
}
