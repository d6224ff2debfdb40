package io.corroborate.extract;

import io.corroborate.annotate.time.Relation;
import io.corroborate.annotate.time.TimeInterval;
import io.corroborate.model.Span;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a claim holds: the time a time expression of its sentence claims, or, for want of one, the
 * article's own date ("8,000 are still fighting" holds as of publication).
 *
 * <pre>{@code if (claim.time() instanceof HoldsAt.During d) { d.interval().startDate(); }}</pre>
 */
public sealed interface HoldsAt {
  /**
   * @param interval what the sentence claims with the expression ("since 2016" runs to the article
   *     date)
   * @param span the time expression's span
   * @param relation the signal before it: at, since, as of…
   */
  record During(TimeInterval interval, Span span, Relation relation) implements HoldsAt {
    public During {
      Objects.requireNonNull(interval, "interval");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(relation, "relation");
    }

    /** When, as a reader says it: a day, a range of days, or before / since / as of one. */
    public String words() {
      return switch (relation) {
        case BEFORE, UNTIL -> "before " + interval.lastDate();
        case AFTER, SINCE -> "since " + interval.startDate();
        case AS_OF -> "as of " + interval.lastDate();
        case OVER -> "over " + interval.startDate() + ".." + interval.lastDate();
        case AT ->
            interval.startDate().equals(interval.lastDate())
                ? interval.startDate().toString()
                : interval.startDate() + ".." + interval.lastDate();
      };
    }
  }

  /** No time in the sentence: the claim holds as of the article's date, if that is known. */
  record ArticleDate(Optional<LocalDate> date) implements HoldsAt {
    public ArticleDate {
      Objects.requireNonNull(date, "date");
    }
  }
}
