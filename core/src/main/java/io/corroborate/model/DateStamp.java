package io.corroborate.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication or update time: always a calendar date, with the exact instant when the source
 * gives one. A date line like {@code date 2025-02-19} gives only the date.
 */
public record DateStamp(LocalDate date, Optional<OffsetDateTime> instant) {
  public DateStamp {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(instant, "instant");
    if (instant.isPresent() && !instant.get().toLocalDate().equals(date)) {
      throw new IllegalArgumentException("date " + date + " differs from instant " + instant.get());
    }
  }

  public static DateStamp of(LocalDate date) {
    return new DateStamp(date, Optional.empty());
  }

  public static DateStamp of(OffsetDateTime instant) {
    return new DateStamp(instant.toLocalDate(), Optional.of(instant));
  }

  /** ISO form: the instant where known, else the date. */
  @JsonValue
  @Override
  public String toString() {
    return instant.map(OffsetDateTime::toString).orElse(date.toString());
  }

  /** Parses what {@link #toString()} writes. */
  @JsonCreator
  public static DateStamp parse(String iso) {
    return iso.length() <= 10 ? of(LocalDate.parse(iso)) : of(OffsetDateTime.parse(iso));
  }
}
