package io.corroborate.annotate.quantity;

import io.corroborate.model.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * A number in an article's text with its hedge turned into an interval.
 *
 * <pre>{@code
 * QuantityMention q = new QuantityTagger().find("about 12,000 troops", List.of()).get(0);
 * q.value();    // 12000
 * q.bounds();   // [11500, 12500]
 * q.counted();  // Optional[troops]
 * }</pre>
 *
 * @param span the hedge, number and unit ("more than 1,300 square kilometers")
 * @param value the number as stated (the low end of a range; 0.5 for "half")
 * @param unit a unit of measure, "%" or a currency code, if any
 * @param counted the noun counted ("troops", "generals"), if any
 */
public record QuantityMention(
    Span span,
    String text,
    double value,
    Bounds bounds,
    Hedge hedge,
    Optional<String> unit,
    Optional<String> counted) {
  public QuantityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(bounds, "bounds");
    Objects.requireNonNull(hedge, "hedge");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(counted, "counted");
    if (span.length() != text.length()
        || text.isEmpty()
        || Double.isNaN(value)
        || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "quantity '" + text + "' does not fit its span " + span + " or has no finite value");
    }
  }
}
