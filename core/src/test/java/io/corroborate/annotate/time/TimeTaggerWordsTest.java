package io.corroborate.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.lang.LanguagePack;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The time tagger reads its words from the English folder (direction words, parts of a period,
 * vague references, spoken years, clock marks, signal words...): every row of those files is
 * matched, and resolves the way its row says.
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

  @Test
  void everyVagueWordTakesTheValueItsRowGives() {
    List<List<String>> rows = EN.rows("vague-times.tsv");
    assertThat(rows).isNotEmpty();
    String futureNoun = EN.list("future-nouns.txt").get(0);
    String thingNoun = EN.list("not-current-nouns.txt").get(0);
    for (List<String> row : rows) {
      String phrase = row.get(0);
      String reading = row.size() > 2 ? row.get(2) : "";
      String alone = "Asked about Velmora " + phrase + ", Teo Varn smiled.";
      switch (reading) {
        case "never", "span" ->
            assertThat(tagger.find(alone, FEB_19_2025))
                .as(alone)
                .noneMatch(m -> m.text().equalsIgnoreCase(phrase));
        case "with-noun" -> {
          assertThat(tagger.find(alone, FEB_19_2025))
              .as(alone)
              .noneMatch(m -> m.text().equalsIgnoreCase(phrase));
          String text = "Asked about " + phrase + " " + futureNoun + ", Teo Varn smiled.";
          assertThat(mentionWith(text, phrase).timex()).as(text).isEqualTo(row.get(1));
        }
        case "unless-noun" -> {
          assertThat(mentionWith(alone, phrase).timex()).as(alone).isEqualTo(row.get(1));
          String text = "Asked about the " + phrase + " " + thingNoun + ", Teo Varn smiled.";
          assertThat(tagger.find(text, FEB_19_2025))
              .as(text)
              .noneMatch(m -> m.text().equalsIgnoreCase(phrase));
        }
        default -> {
          TimeMention m = mentionWith(alone, phrase);
          assertThat(m.text()).as(alone).isEqualToIgnoringCase(phrase);
          assertThat(m.timex()).as(alone).isEqualTo(row.get(1));
          if (row.get(1).equals("PRESENT_REF")) {
            // The present is the article's own day.
            assertThat(m.resolution()).as(alone).isInstanceOf(Resolution.Resolved.class);
          }
        }
      }
    }
  }

  @Test
  void aSpanWordBeforeAUnitIsAVagueCountOrTheValueTheUnitsRowGives() {
    List<String> spanWords =
        EN.rows("vague-times.tsv").stream()
            .filter(r -> r.size() > 2 && r.get(2).equals("span"))
            .map(r -> r.get(0))
            .toList();
    assertThat(spanWords).isNotEmpty();
    for (String word : spanWords) {
      for (List<String> unit : EN.rows("recent-units.tsv")) {
        String text = "Ostrand grew in " + word + " " + unit.get(0) + ".";
        TimeMention m = mentionWith(text, word + " " + unit.get(0));
        if (unit.size() > 2 && !unit.get(2).isEmpty()) {
          assertThat(m.timex()).as(text).isEqualTo(unit.get(2));
        } else {
          assertThat(m.kind()).as(text).isEqualTo(TimeKind.DURATION);
          assertThat(m.timex())
              .as(text)
              .isEqualTo("PX" + unit.get(1).substring(0, 1).toUpperCase(java.util.Locale.ROOT));
        }
      }
    }
  }

  @Test
  void aSpokenYearIsReadFromTheNumberWordsOfItsRow() {
    for (List<String> row : EN.rows("spoken-years.tsv")) {
      int first =
          (int) io.corroborate.annotate.quantity.NumberWords.parse(row.get(0)).orElseThrow();
      boolean hundreds = row.get(1).equals("hundreds");
      String text =
          hundreds
              ? "Velmora was founded in " + row.get(0) + " seventy-one."
              : "Velmora was founded in the year " + row.get(0) + " and one.";
      String expected = Integer.toString(hundreds ? first * 100 + 71 : first + 1);
      assertThat(mentionWith(text, row.get(0)).timex()).as(text).isEqualTo(expected);
    }
  }

  @Test
  void aYearSpokenInThousandsIsAYearOnlyAfterAPrefixThatSaysSo() {
    List<String> spoken = EN.category("year-prefixes.tsv", 1, "spoken");
    assertThat(spoken).isNotEmpty();
    for (List<String> row : EN.rows("spoken-years.tsv")) {
      if (!row.get(1).equals("thousands")) {
        continue;
      }
      String count = "Ostrand sent " + row.get(0) + " troops.";
      assertThat(tagger.find(count, FEB_19_2025)).as(count).isEmpty();
      for (String prefix : spoken) {
        String text = "Velmora hoped for peace in " + prefix + " " + row.get(0) + ".";
        assertThat(mentionWith(text, row.get(0)).text()).as(text).startsWith(prefix);
      }
    }
  }

  @Test
  void everyYearPrefixNamesTheYearAfterIt() {
    for (String prefix : EN.category("year-prefixes.tsv", 1, "year")) {
      String text = "Sales at Velmora fell in " + prefix + " 2019.";
      TimeMention m = mentionWith(text, "2019");
      assertThat(m.text()).as(text).isEqualToIgnoringCase(prefix + " 2019");
      assertThat(m.timex()).as(text).isEqualTo("2019");
    }
  }

  @Test
  void everyClockMarkAddsItsHours() {
    for (List<String> row : EN.rows("meridiems.tsv")) {
      String text = "The polls at Ostrand closed at 7 " + row.get(0) + " on March 3, 2024.";
      int hour = 7 + Integer.parseInt(row.get(1));
      assertThat(mentionWith(text, row.get(0)).timex())
          .as(text)
          .endsWith(String.format(java.util.Locale.ROOT, "T%02d:00", hour));
    }
  }

  @Test
  void everySignalWordRelatesTheDateAsItsRowSays() {
    for (List<String> row : EN.rows("time-signals.tsv")) {
      String text = "Teo Varn stayed in Velmora " + row.get(0) + " March 3, 2024.";
      assertThat(mentionWith(text, "march 3").relation())
          .as(text)
          .isEqualTo(Relation.valueOf(row.get(1)));
    }
  }

  @Test
  void everyArticleYearPhraseCountsFromTheArticlesYear() {
    for (List<String> row : EN.rows("article-years.tsv")) {
      String text = "Anna Kovel said " + row.get(0) + " was good for Velmora.";
      int year = 2025 + Integer.parseInt(row.get(1));
      assertThat(mentionWith(text, row.get(0)).timex()).as(text).isEqualTo(Integer.toString(year));
    }
  }

  @Test
  void theRecurrenceYearAgoOrdinalAndAgeWordsAreReadFromTheirFiles() {
    for (String opener : EN.list("recurrence-openers.txt")) {
      String text = "The ferry to Velmora sails " + opener + " Monday.";
      assertThat(mentionWith(text, opener + " monday").timex()).as(text).isEqualTo("XXXX-WXX-1");
    }
    for (String word : EN.list("year-ago-words.txt")) {
      String text = "Profit at Ostrand beat " + word + " levels.";
      assertThat(mentionWith(text, word).timex()).as(text).isEqualTo("2024");
    }
    for (String suffix : EN.list("ordinal-suffixes.txt")) {
      String text = "The Velmora bridge opened on March 3" + suffix + ", 2019.";
      assertThat(mentionWith(text, "march 3" + suffix).timex()).as(text).isEqualTo("2019-03-03");
    }
    for (String ending : EN.list("age-endings.txt")) {
      String text = "A three-year" + ending + " boy from Ostrand was found.";
      assertThat(tagger.find(text, FEB_19_2025)).as(text).isEmpty();
    }
  }

  @Test
  void aVagueCountThatIsNotALengthAloneMakesNoDuration() {
    List<String> notAlone = EN.category("vague-counts.tsv", 3, "not-alone");
    assertThat(notAlone).isNotEmpty();
    for (String count : notAlone) {
      String text = "Velmora waited " + count + " years.";
      assertThat(tagger.find(text, FEB_19_2025)).as(text).isEmpty();
      String ago = "Velmora fell " + count + " years ago.";
      assertThat(mentionWith(ago, "years ago").timex()).as(ago).isEqualTo("PAST_REF");
    }
  }
}
