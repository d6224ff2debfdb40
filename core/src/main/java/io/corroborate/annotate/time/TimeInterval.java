package io.corroborate.annotate.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A half-open interval of local time {@code [start, end)} with the granularity it was named at:
 * "autumn 2024" is {@code [2024-09-01, 2024-12-01)} at {@link Granularity#SEASON}.
 *
 * <pre>
 * {@code TimeInterval.ofDays(LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 6), Granularity.DAY)}
 * </pre>
 */
public record TimeInterval(LocalDateTime start, LocalDateTime end, Granularity granularity) {
  public TimeInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(granularity, "granularity");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "time interval needs start < end, got [" + start + ", " + end + ")");
    }
  }

  public static TimeInterval ofDays(LocalDate start, LocalDate endExclusive, Granularity g) {
    return new TimeInterval(start.atStartOfDay(), endExclusive.atStartOfDay(), g);
  }

  public LocalDate startDate() {
    return start.toLocalDate();
  }

  /** The last day the interval touches (its end is exclusive). */
  public LocalDate lastDate() {
    return end.minusNanos(1).toLocalDate();
  }

  public boolean contains(LocalDate day) {
    return !day.atStartOfDay().isBefore(start) && day.atStartOfDay().isBefore(end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ") " + granularity;
  }
}
