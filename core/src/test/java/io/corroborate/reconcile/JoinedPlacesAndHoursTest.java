package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures of two places joined by a coordinator, places a clause away from a figure, a place before
 * a toll noun, and same-day figures of a count still rising: an invented quake in two invented
 * countries.
 */
class JoinedPlacesAndHoursTest {
  private static final LocalDate FEB7 = LocalDate.of(2031, 2, 7);

  private static List<String> places(Reconciliation r) {
    return r.findings().stream()
        .filter(f -> f.variable().measure().equals("dead"))
        .map(f -> f.variable().place())
        .toList();
  }

  private static Story.Line dead(Story s, String article, String sentence, String place, String n) {
    Story.Line line = s.line(article, sentence).subject("people");
    if (place != null) {
      line.place(place);
    }
    return line.exactly("dead", n, Double.parseDouble(n.replace(",", "")));
  }

  private static Story threeReports(String language) {
    return new Story()
        .article("a1", "Ostrel Today", FEB7, language)
        .article("a2", "Maradin Courier", FEB7)
        .article("a3", "Kessa Post", FEB7);
  }

  @Test
  void aFigureOfTwoPlacesJoinedByACoordinatorBindsNeither() {
    for (String[] c :
        List.of(
            new String[] {"en", "The quake killed 9,000 people in Northland and Southmark."},
            new String[] {"de", "In der Nordmark und in Southmark starben 9,000 Menschen."})) {
      Story s = threeReports(c[0]);
      dead(s, "a1", c[1], "Southmark", "9,000").add();
      dead(s, "a2", "In Northland, 7,000 people died.", "Northland", "7,000").add();
      dead(s, "a3", "In Southmark, 2,000 people died.", "Southmark", "2,000").add();
      Reconciliation r = s.reconcile();
      assertThat(places(r)).as(c[1]).containsExactlyInAnyOrder("", "Northland", "Southmark");
      assertThat(r.findings()).as(c[1]).noneMatch(f -> f.kind() == FindingKind.CONFLICT);
    }
  }

  @Test
  void aPlaceAClauseBeforeAFigureDoesNotBindIt() {
    Story s = threeReports("en");
    dead(s, "a1", "Some died in Southmark, which brings the total to 9,000.", "Southmark", "9,000")
        .add();
    // a place that opens its sentence, after a coordinator at most, binds across the comma
    dead(s, "a2", "And in Northland, 7,000 people died.", "Northland", "7,000").add();
    dead(s, "a3", "In Southmark, 2,000 people died.", "Southmark", "2,000").add();
    Reconciliation r = s.reconcile();
    assertThat(places(r)).containsExactlyInAnyOrder("", "Northland", "Southmark");
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.CONFLICT);
  }

  @Test
  void aPlaceBeforeATollNounBindsItsFigure() {
    Story s = threeReports("en");
    dead(s, "a1", "The Southmark toll stands at 1,444.", "Southmark", "1,444").add();
    dead(s, "a2", "In Northland, 7,800 people died.", "Northland", "7,800").add();
    assertThat(places(s.reconcile())).containsExactlyInAnyOrder("Northland", "Southmark");
  }

  @Test
  void sameDayFiguresOfACountLaterReportsGiveHigherAreItsHoursNotRivals() {
    // an undated report is read at the story's last day, two days on
    Story s =
        new Story()
            .article("a1", "Ostrel Today", FEB7)
            .article("a2", "Maradin Courier", FEB7)
            .undated("a3", "Kessa Post")
            .article("a4", "Velm Daily", FEB7.plusDays(2));
    s.line("a4", "Some 300 people were injured.")
        .subject("people")
        .exactly("injured", "300", 300)
        .add();
    dead(s, "a1", "The toll stands at 1,444, officials said.", null, "1,444")
        .said("officials")
        .add();
    dead(s, "a2", "The toll rose to 1,602, rescuers said.", null, "1,602").said("rescuers").add();
    dead(s, "a3", "The toll passed 4,300, the agency said.", null, "4,300").said("agency").add();
    assertThat(s.reconcile().findings()).noneMatch(f -> f.kind() == FindingKind.CONFLICT);
    // without a higher later report the two figures of one day still clash
    Story alone =
        new Story().article("a1", "Ostrel Today", FEB7).article("a2", "Maradin Courier", FEB7);
    dead(alone, "a1", "The toll stands at 1,444, officials said.", null, "1,444")
        .said("officials")
        .add();
    dead(alone, "a2", "The toll rose to 1,602, rescuers said.", null, "1,602")
        .said("rescuers")
        .add();
    assertThat(alone.reconcile().findings()).anyMatch(f -> f.kind() == FindingKind.CONFLICT);
  }
}
