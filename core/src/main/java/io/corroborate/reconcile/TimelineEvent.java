package io.corroborate.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One dated event merged across articles, with every telling of it.
 *
 * <pre>{@code event.start(); // 2026-03-05
 * event.label();  // "dam failed"}</pre>
 *
 * @param id stable: event kind, subject and first day
 * @param kind the normalised event verb ({@code captured}, {@code failed}…)
 * @param start the first day of the narrowest date any source gives
 * @param end the last day of that date (equal to start for a day)
 * @param granularity of the narrowest date, lower-cased ({@code day}, {@code month}…)
 * @param support each telling, with its own date words in {@code value}
 */
public record TimelineEvent(
    String id,
    String kind,
    String subject,
    LocalDate start,
    LocalDate end,
    String granularity,
    String label,
    List<Support> support,
    int independentOrigins) {
  public TimelineEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(label, "label");
    support = List.copyOf(support);
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("event ends before it starts: " + start + ".." + end);
    }
  }
}
