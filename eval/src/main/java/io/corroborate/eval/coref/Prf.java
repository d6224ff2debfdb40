package io.corroborate.eval.coref;

/**
 * Precision and recall (fractions in [0, 1]) and their harmonic mean.
 *
 * <pre>{@code new Prf(0.5, 1.0).f1(); // 0.666…}</pre>
 */
public record Prf(double precision, double recall) {
  public Prf {
    if (!(precision >= 0 && precision <= 1) || !(recall >= 0 && recall <= 1)) {
      throw new IllegalArgumentException(
          "precision and recall must be in [0, 1], got " + precision + ", " + recall);
    }
  }

  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** A ratio that counts as 0 when nothing was there to count. */
  static double ratio(double num, double den) {
    return den == 0 ? 0 : num / den;
  }
}
