package io.corroborate.extract;

import io.corroborate.annotate.quantity.Bounds;
import io.corroborate.annotate.quantity.Hedge;
import io.corroborate.annotate.time.TimeInterval;
import io.corroborate.model.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * The value a claim asserts: an amount with its interval, a time (a date, a birth year) or text (a
 * role, a quotation).
 *
 * <pre>{@code if (claim.value() instanceof ClaimValue.Amount a) { a.bounds().contains(3000); }}
 * </pre>
 */
public sealed interface ClaimValue {
  /** The value's span in the article text. */
  Span span();

  /**
   * The value as an entity's profile shows it: a whole number grouped by threes ("1,200"), else one
   * decimal, "∞" for no upper end; a year, a month or a day as precise as the time is; text in
   * lower case.
   */
  static String shown(ClaimValue v) {
    if (v instanceof Amount a) {
      double n = a.value();
      if (n == Double.POSITIVE_INFINITY) {
        return "\u221e";
      }
      if (Math.abs(n - Math.rint(n)) < 1e-9) {
        return String.format(java.util.Locale.ROOT, "%,d", (long) Math.rint(n));
      }
      return String.format(java.util.Locale.ROOT, "%,.1f", n);
    }
    if (v instanceof When w) {
      return switch (w.interval().granularity()) {
        case YEAR -> String.valueOf(w.interval().startDate().getYear());
        case MONTH -> w.interval().startDate().toString().substring(0, 7);
        default -> w.interval().startDate().toString();
      };
    }
    return ((Text) v).text().strip().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * A number with its hedge turned into an interval.
   *
   * @param unit a unit of measure, "%" or a currency code, if any
   */
  record Amount(Span span, double value, Bounds bounds, Hedge hedge, Optional<String> unit)
      implements ClaimValue {
    public Amount {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(bounds, "bounds");
      Objects.requireNonNull(hedge, "hedge");
      Objects.requireNonNull(unit, "unit");
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("amount needs a finite value, got " + value);
      }
    }
  }

  /** A point or period on the calendar: the day of an event, a birth year. */
  record When(Span span, TimeInterval interval) implements ClaimValue {
    public When {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(interval, "interval");
    }
  }

  /** Words: a role ("head of military intelligence"), a quotation. */
  record Text(Span span, String text) implements ClaimValue {
    public Text {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException("text value needs words, got a blank one at " + span);
      }
    }
  }
}
