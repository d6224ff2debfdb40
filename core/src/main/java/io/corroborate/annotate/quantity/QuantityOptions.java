package io.corroborate.annotate.quantity;

/**
 * The thresholds that turn hedges into intervals, in one place.
 *
 * <pre>{@code new QuantityTagger(QuantityOptions.defaults())}</pre>
 *
 * @param roundingStepShare "about 12,000": half of the number's last significant step (1,000) each
 *     side, so {@code [11500, 12500]} before the floor below
 * @param approximateMinShare the rounding interval is at least this share of the value each side
 * @param nearlyShare "nearly 3,000" covers {@code [3000 * (1 - share), 3000)}
 * @param severalLow "several hundred" starts at this many hundreds
 * @param severalHigh and ends at this many
 */
public record QuantityOptions(
    double roundingStepShare,
    double approximateMinShare,
    double nearlyShare,
    int severalLow,
    int severalHigh) {
  public QuantityOptions {
    if (roundingStepShare <= 0
        || approximateMinShare < 0
        || nearlyShare <= 0
        || nearlyShare >= 1
        || severalLow < 1
        || severalHigh < severalLow) {
      throw new IllegalArgumentException(
          "quantity options out of range: "
              + roundingStepShare
              + ", "
              + approximateMinShare
              + ", "
              + nearlyShare
              + ", "
              + severalLow
              + ", "
              + severalHigh);
    }
  }

  public static QuantityOptions defaults() {
    return new QuantityOptions(0.5, 0.02, 0.1, 3, 9);
  }
}
