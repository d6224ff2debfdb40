package io.corroborate.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void isoWithZoneKeepsTheInstant() {
    assertThat(Dates.normalize("2025-02-19T10:15:00Z")).contains("2025-02-19T10:15Z");
    assertThat(Dates.normalize("2025-02-19T10:15:00+0100")).contains("2025-02-19T10:15+01:00");
    assertThat(Dates.normalize("2025-02-19T10:15:30.123+01:00"))
        .contains("2025-02-19T10:15:30+01:00");
  }

  @Test
  void localTimesWithoutZoneBecomeTheirDate() {
    assertThat(Dates.normalize("2025-02-19T10:15:00")).contains("2025-02-19");
    assertThat(Dates.normalize("2025-02-19 10:15")).contains("2025-02-19");
  }

  @Test
  void writtenDatesInSeveralLanguagesAreRead() {
    assertThat(Dates.normalize("February 19, 2025")).contains("2025-02-19");
    assertThat(Dates.normalize("19. Februar 2025")).contains("2025-02-19");
    assertThat(Dates.normalize("19 février 2025")).contains("2025-02-19");
    assertThat(Dates.normalize("19.02.2025")).contains("2025-02-19");
    assertThat(Dates.normalize("Wed, 19 Feb 2025 10:15:00 GMT")).contains("2025-02-19T10:15Z");
  }

  @Test
  void monthNamesOfEveryLanguageFolderAreRead() {
    assertThat(Dates.normalize("19 lutego 2025")).contains("2025-02-19");
    assertThat(Dates.normalize("19 de setiembre de 2025")).contains("2025-09-19");
    assertThat(Dates.normalize("19 мая 2025")).contains("2025-05-19");
    assertThat(Dates.isDateLine("Velmora, 3 okt. 2025")).isTrue();
  }

  @Test
  void impossibleDatesAreRejected() {
    assertThat(Dates.normalize("2025-13-45")).isEmpty();
    assertThat(Dates.normalize("yesterday")).isEmpty();
    assertThat(Dates.normalize("1850-01-01")).isEmpty();
  }

  @Test
  void urlDatesNeedYearMonthAndDay() {
    assertThat(Dates.inUrl("https://example.org/2025/02/19/bridge")).contains("2025-02-19");
    assertThat(Dates.inUrl("https://example.org/news/2025-02-19-bridge")).contains("2025-02-19");
    assertThat(Dates.inUrl("https://example.org/2025/02/bridge")).isEmpty();
  }

  @Test
  void dateLinesAreTellsApartFromSentences() {
    assertThat(Dates.isDateLine("19 February 2025, 10:15")).isTrue();
    assertThat(Dates.isDateLine("Updated: Feb. 19, 2025")).isTrue();
    assertThat(
            Dates.isDateLine(
                "On 19 February 2025 the bridge reopened after three weeks of repair work."))
        .isFalse();
  }

  @Test
  void aLineWithoutFourDigitsInARowIsNoDateLine() {
    assertThat(Dates.hasFourDigits("Velmora, 3 okt. 2025")).isTrue();
    assertThat(Dates.hasFourDigits("19.02.25, 10:15")).isFalse();
    assertThat(Dates.isDateLine("19 February, 10:15")).isFalse();
    assertThat(Dates.isDateLine("19.02.2025")).isTrue();
  }

  @Test
  void aOneDigitHourWithAZoneIsWrittenWithTwoDigits() {
    assertThat(Dates.normalize("2025-02-19T9:05+0100")).contains("2025-02-19T09:05+01:00");
    assertThat(Dates.normalize("2025-02-19 21:05:07 UTC")).contains("2025-02-19T21:05:07Z");
  }
}
