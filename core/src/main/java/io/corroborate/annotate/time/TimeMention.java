package io.corroborate.annotate.time;

import io.corroborate.model.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * A time expression in an article's text, normalized.
 *
 * <pre>{@code
 * TimeMention m = new TimeTagger().find("Ri entered the battle on January 5.", Optional.of(LocalDate.of(2025, 2, 19))).get(0);
 * m.timex();   // "2025-01-05"
 * m.interval() // Optional[[2025-01-05T00:00, 2025-01-06T00:00) DAY]
 * }</pre>
 *
 * @param span the expression's extent, following TimeML: modifiers such as "late" or "nearly" are
 *     inside, prepositions and signals such as "since" or "as of" are outside
 * @param timex the TimeML TIMEX3 value: {@code 2024-SU}, {@code P2W}, {@code XXXX-12}, {@code
 *     PAST_REF}
 * @param mod the TimeML modifier: {@code START}, {@code MID}, {@code END}, {@code APPROX}, {@code
 *     LESS_THAN}, {@code MORE_THAN}
 * @param relation the signal before the expression
 */
public record TimeMention(
    Span span,
    String text,
    TimeKind kind,
    String timex,
    Optional<String> mod,
    Relation relation,
    Resolution resolution) {
  public TimeMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(timex, "timex");
    Objects.requireNonNull(mod, "mod");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(resolution, "resolution");
    if (span.length() != text.length() || text.isEmpty()) {
      throw new IllegalArgumentException(
          "time mention text '" + text + "' does not fit its span " + span);
    }
  }

  /** The resolved interval of the expression itself, if it could be placed. */
  public Optional<TimeInterval> interval() {
    return resolution instanceof Resolution.Resolved r
        ? Optional.of(r.interval())
        : Optional.empty();
  }

  public boolean resolved() {
    return resolution instanceof Resolution.Resolved;
  }
}
