package io.corroborate.annotate.time;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/**
 * What a time expression resolved to: an interval, or the reason it could not be placed. Never
 * null: "on Thursday" in an undated article is {@code Unresolved(NO_ANCHOR, …)}, not a guess.
 *
 * <pre>{@code if (m.resolution() instanceof Resolution.Resolved r) { r.interval().start(); }}</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "status")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Resolution.Resolved.class, name = "resolved"),
  @JsonSubTypes.Type(value = Resolution.Unresolved.class, name = "unresolved")
})
public sealed interface Resolution {
  /** Why an expression has no interval. */
  enum Reason {
    /** Relative to the article date, which is unknown. */
    NO_ANCHOR,
    /** Relative to an event or an earlier time in the text that could not be found. */
    RELATIVE_TO_EVENT,
    /** A length of time, not a position on the calendar. */
    DURATION,
    /** A recurring time. */
    RECURRING,
    /** Vague: "recently", "in the future". */
    VAGUE
  }

  /**
   * @param interval the expression's own interval ("2016" is the year 2016)
   * @param claimed what the sentence claims with it ("since 2016" runs from 2016 to the article
   *     date); equals {@code interval} for {@link Relation#AT}
   * @param basis how it was placed: {@code absolute}, {@code article date}, {@code narrative}
   */
  record Resolved(TimeInterval interval, TimeInterval claimed, String basis) implements Resolution {
    public Resolved {
      Objects.requireNonNull(interval, "interval");
      Objects.requireNonNull(claimed, "claimed");
      Objects.requireNonNull(basis, "basis");
    }
  }

  record Unresolved(Reason reason, String detail) implements Resolution {
    public Unresolved {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
