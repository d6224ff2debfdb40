package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void newsPleaseTimesWithoutZoneAreUtc() {
    assertThat(Dates.iso("2025-02-19 10:15:00")).contains("2025-02-19T10:15:00Z");
    assertThat(Dates.iso("2025-02-19T10:15:00")).contains("2025-02-19T10:15:00Z");
  }

  @Test
  void zonedTimesKeepTheirOffset() {
    assertThat(Dates.iso("2025-02-19T10:15:00+09:00")).contains("2025-02-19T10:15:00+09:00");
    assertThat(Dates.iso("Wed, 19 Feb 2025 10:15:00 GMT")).contains("2025-02-19T10:15:00Z");
    assertThat(Dates.iso("2025-02-19T10:15:00+0900")).contains("2025-02-19T10:15:00+09:00");
    assertThat(Dates.iso("2025-02-19T10:15:00.250Z")).contains("2025-02-19T10:15:00.25Z");
    assertThat(Dates.iso("2025-02-19T10:15:00+01:00[Europe/Paris]"))
        .contains("2025-02-19T10:15:00+01:00");
    assertThat(Dates.iso(new Date(0))).contains("1970-01-01T00:00:00Z");
  }

  @Test
  void datesStayDates() {
    assertThat(Dates.iso(" 2025-02-19 ")).contains("2025-02-19");
  }

  @Test
  void whatIsNotADateGivesNothing() {
    assertThat(Dates.iso("yesterday")).isEmpty();
    assertThat(Dates.iso("2025-02-30")).isEmpty();
    assertThat(Dates.iso("")).isEmpty();
    assertThat(Dates.iso((String) null)).isEmpty();
  }
}
