package io.corroborate.clean.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-02-19 | 2025-02-19",
        "2025-02-19 10:00:00 | 2025-02-19",
        "2025-02-19T10:00:00Z | 2025-02-19T10:00Z",
        "2025-02-19T10:00:00+02:00 | 2025-02-19T10:00+02:00",
        "Feb. 19, 2025 10:32 AM EST | 2025-02-19T10:32-05:00",
        "February 19, 2025 | 2025-02-19",
        "19 February 2025 | 2025-02-19",
        "Wed, 19 Feb 2025 22:00:00 GMT | 2025-02-19T22:00Z",
        "Updated: March 3rd, 2024 at 2:05 pm UTC | 2024-03-03T14:05Z",
        "19.02.2025 | 2025-02-19",
        "Publié le 19 février 2025 à 10:32 | 2025-02-19",
        "Sept. 3, 2024 | 2024-09-03",
        "Thurs., Sept. 5, 2024 9:15 PM KST | 2024-09-05T21:15+09:00",
      })
  void readsTheDatesPagesAndContainersPrint(String text, String iso) {
    assertThat(Dates.find(text)).get().hasToString(iso);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"sometime last week", "February 30, 2025", "2025-13-40", "'   '", "1 minute ago"})
  void impossibleOrMissingDatesAreEmpty(String text) {
    assertThat(Dates.find(text)).isEmpty();
  }

  @Test
  void aTimeWithoutAZoneKeepsOnlyTheDate() {
    assertThat(Dates.find("Feb 19, 2025 10:32").get().instant()).isEmpty();
  }

  @Test
  void onlyDateLinesAreRecognisedAsSuch() {
    assertThat(Dates.isOnlyDate("Wednesday, February 19, 2025")).isTrue();
    assertThat(Dates.isOnlyDate("On February 19, 2025 the talks began.")).isFalse();
  }

  @org.junit.jupiter.api.Test
  void everyMeridiemSetsTheHourWithOrWithoutItsDots() {
    var meridiems =
        io.corroborate.lang.LanguagePack.english().values("meridiems.tsv", Integer::parseInt);
    for (var m : meridiems.entrySet()) {
      String hour = String.format("%02d", 2 + m.getValue());
      for (String mark : java.util.List.of(m.getKey(), m.getKey().replace(".", ""))) {
        String text = "March 3rd, 2024 at 2:05 " + mark + " UTC";
        assertThat(Dates.find(text)).as(text).get().hasToString("2024-03-03T" + hour + ":05Z");
      }
    }
  }
}
