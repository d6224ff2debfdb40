package io.corroborate.ingest;

import io.corroborate.model.DateStamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the date strings containers carry to the ISO forms {@link DateStamp#parse} reads:
 * {@code 2025-02-19}, or {@code 2025-02-19T10:15:00Z} when there is a time. A time without a zone
 * (news-please writes {@code 2025-02-19 10:15:00}) is taken as UTC.
 *
 * <pre>{@code Dates.iso("2025-02-19 10:15:00")  // Optional[2025-02-19T10:15:00Z]}</pre>
 */
final class Dates {
  private Dates() {}

  private static final Pattern SPACE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*");
  private static final String YMD_HMS =
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?";
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern LOCAL = Pattern.compile(YMD_HMS);
  private static final Pattern OFFSET = Pattern.compile(YMD_HMS + "(?:Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern COMPACT_OFFSET =
      Pattern.compile("(" + YMD_HMS + "[+-]\\d{2})(\\d{2})");

  /** The ISO form of {@code raw}, or empty when it is not a date this reads. */
  static Optional<String> iso(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 64) {
      return Optional.empty();
    }
    if (SPACE_TIME.matcher(s).matches()) {
      s = s.replaceFirst(" ", "T");
    }
    // The shape picks the parser, so the common forms parse without a failed attempt first.
    try {
      if (DATE.matcher(s).matches()) {
        return checked(LocalDate.parse(s).toString());
      }
      if (LOCAL.matcher(s).matches()) {
        return checked(format(LocalDateTime.parse(s).atOffset(ZoneOffset.UTC)));
      }
      Matcher compact = COMPACT_OFFSET.matcher(s);
      if (compact.matches()) {
        s = compact.group(1) + ":" + compact.group(2);
      }
      if (OFFSET.matcher(s).matches()) {
        return checked(format(OffsetDateTime.parse(s)));
      }
      if (s.endsWith("]")) {
        return checked(format(ZonedDateTime.parse(s).toOffsetDateTime()));
      }
      return checked(
          format(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The ISO instant of a {@link Date} (as feed libraries give them), in UTC. */
  static Optional<String> iso(Date date) {
    if (date == null) {
      return Optional.empty();
    }
    return checked(format(date.toInstant().atOffset(ZoneOffset.UTC)));
  }

  private static String format(OffsetDateTime t) {
    return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** Only values the clean stage can parse leave here. */
  private static Optional<String> checked(String iso) {
    try {
      DateStamp.parse(iso);
      return Optional.of(iso);
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
