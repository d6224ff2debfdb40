package io.corroborate.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.lang.LanguagePack;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The time tagger reads its direction words and parts of a period from the English folder: every
 * row of those files is matched, and resolves the way its row says.
 */
class TimeTaggerWordsTest {
  private static final Optional<LocalDate> FEB_19_2025 =
      Optional.of(LocalDate.of(2025, 2, 19)); // a Wednesday
  private static final LanguagePack EN = LanguagePack.english();
  private final TimeTagger tagger = new TimeTagger();

  private TimeMention mentionWith(String text, String part) {
    List<TimeMention> found = tagger.find(text, FEB_19_2025);
    return found.stream()
        .filter(m -> m.text().toLowerCase(java.util.Locale.ROOT).contains(part))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no time with '" + part + "' in '" + text + "'"));
  }

  private static List<List<String>> rowsReadBy(String file, int column, String rule) {
    return EN.rows(file).stream()
        .filter(r -> List.of(r.get(column).split(",")).contains(rule))
        .toList();
  }

  @Test
  void everyWeekdayDirectionWordPointsWhereItsRowSays() {
    List<List<String>> rows = rowsReadBy("time-directions.tsv", 3, "weekday");
    assertThat(rows).isNotEmpty();
    for (List<String> row : rows) {
      String phrase = row.get(0);
      String text = "The envoy left " + phrase + " Friday.";
      TimeMention m = mentionWith(text, phrase + " friday");
      switch (row.get(1)) {
        case "back", "just-past" -> assertThat(m.timex()).as(text).isEqualTo("2025-02-14");
        case "forward" -> assertThat(m.timex()).as(text).isEqualTo("2025-02-21");
        default -> assertThat(m.timex()).as(text).startsWith("2025-02-");
      }
    }
  }

  @Test
  void everyDirectionWordBeforeAUnitStepsTheWayItsRowSays() {
    List<List<String>> rows = rowsReadBy("time-directions.tsv", 3, "relative");
    assertThat(rows).isNotEmpty();
    for (List<String> row : rows) {
      String phrase = row.get(0);
      boolean fromText = row.get(2).equals("text");
      // Counted from the text: from March 2024, named first; otherwise from February 2025.
      String text =
          fromText
              ? "The talks opened on March 3, 2024, and " + phrase + " month they closed."
              : "The talks close " + phrase + " month.";
      TimeMention m = mentionWith(text, phrase + " month");
      String expected =
          switch (row.get(1)) {
            case "back" -> fromText ? "2024-02" : "2025-01";
            case "forward" -> fromText ? "2024-04" : "2025-03";
            default -> fromText ? "2024-03" : "2025-02";
          };
      assertThat(m.timex()).as(text).isEqualTo(expected);
    }
  }

  @Test
  void everyPartOfAPeriodNamesThePartItsRowSays() {
    List<List<String>> rows = rowsReadBy("period-parts.tsv", 2, "date");
    assertThat(rows).isNotEmpty();
    for (List<String> row : rows) {
      String text = "The bridge at Velmora opened in " + row.get(0) + " 2023.";
      TimeMention m = mentionWith(text, "2023");
      String expected =
          switch (row.get(1)) {
            case "early" -> "START";
            case "mid" -> "MID";
            default -> "END";
          };
      assertThat(m.text()).as(text).startsWith(row.get(0));
      assertThat(m.mod()).as(text).contains(expected);
    }
  }

  @Test
  void everyWordAfterALengthOfTimeCountsFromWhatItsRowSays() {
    for (List<String> row : rowsReadBy("time-directions.tsv", 3, "ago")) {
      String text = "Ostrand signed the deal three days " + row.get(0) + " the vote.";
      TimeMention m = mentionWith(text, "three days");
      switch (row.get(2)) {
        case "event" -> assertThat(m.timex()).as(text).isEqualTo("P3D");
        case "article" ->
            assertThat(m.timex())
                .as(text)
                .isEqualTo(row.get(1).equals("back") ? "2025-02-16" : "2025-02-22");
        default -> assertThat(m.kind()).as(text).isEqualTo(TimeKind.DATE);
      }
    }
  }

  @Test
  void everyOrdinalNamesItsPartOfAYear() {
    for (List<String> part : EN.rows("year-parts.tsv")) {
      int parts = Integer.parseInt(part.get(1));
      String letter = parts == 2 ? "H" : "Q";
      for (List<String> ord : EN.rows("period-ordinals.tsv")) {
        int k = Integer.parseInt(ord.get(1));
        int n = k > 0 ? k : parts + 1 + k;
        // "the first half of" is a part of a period; counted from the end, the year follows.
        String text =
            k > 0
                ? "Sales at Velmora rose in its 2023 " + ord.get(0) + " " + part.get(0) + "."
                : "Sales at Velmora rose in the " + ord.get(0) + " " + part.get(0) + " of 2023.";
        List<TimeMention> found = tagger.find(text, FEB_19_2025);
        if (n > parts) {
          assertThat(found).as(text).noneMatch(m -> m.timex().startsWith("2023-" + letter));
        } else {
          assertThat(mentionWith(text, part.get(0)).timex())
              .as(text)
              .isEqualTo("2023-" + letter + n);
        }
      }
    }
  }

  @Test
  void everyClockWordNamesItsHour() {
    for (List<String> row : EN.rows("clock-words.tsv")) {
      String text = "The polls at Ostrand closed at " + row.get(0) + " on March 3, 2024.";
      String hour = String.format(java.util.Locale.ROOT, "T%02d:00", Integer.parseInt(row.get(1)));
      assertThat(mentionWith(text, row.get(0)).timex()).as(text).endsWith(hour);
    }
  }

  @Test
  void theWeekendIsReadFromTheUnitsAfterTheAlone() {
    for (String unit : EN.category("time-units.tsv", 1, "the")) {
      String text = "The ferry to Velmora ran over the " + unit + ".";
      assertThat(mentionWith(text, unit).timex()).as(text).startsWith("2025-W");
    }
  }
}
