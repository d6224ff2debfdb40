package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two different measures that must not be read as one figure moving over time, on an invented quake
 * in invented provinces: a figure given for a list of places beside another place's, a part a
 * report gives beside its whole, and sums for different purposes of one subject; and a plain update
 * that stays one.
 */
class MeasuresApartTest {
  private static final LocalDate D1 = LocalDate.of(2031, 2, 7);
  private static final LocalDate D2 = LocalDate.of(2031, 2, 12);

  private static List<Finding> of(Reconciliation r, String measure) {
    return r.findings().stream().filter(f -> f.variable().measure().equals(measure)).toList();
  }

  @Test
  void aFigureGivenForAListOfPlacesIsBoundToNoneOfThem() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", D1)
            .article("a2", "Maradin Courier", D2)
            .article("a3", "Kessa Daily", D1)
            .article("a4", "Varn Post", D1)
            .line("a1", "In Northland, Southmark and Eastvale, 3,100 people died, the agency said.")
            .said("agency")
            .subject("people")
            .exactly("dead", "3,100", 3100)
            .add()
            .line("a2", "In Northland, Southmark and Eastvale, 4,400 people died, the agency said.")
            .said("agency")
            .subject("people")
            .exactly("dead", "4,400", 4400)
            .add()
            .line("a3", "In Westhold 12 people died, the governor said.")
            .said("governor")
            .subject("people")
            .exactly("dead", "12", 12)
            .add()
            .line("a4", "In Farrow 9 people died, the mayor said.")
            .said("mayor")
            .subject("people")
            .exactly("dead", "9", 9)
            .add()
            .reconcile();
    assertThat(of(r, "dead"))
        .extracting(f -> f.variable().place())
        .doesNotContain("Northland", "Eastvale")
        .contains("Westhold", "Farrow");
    assertThat(of(r, "dead"))
        .filteredOn(f -> f.variable().place().isEmpty())
        .extracting(Finding::kind)
        .containsExactly(FindingKind.UPDATE);
  }

  @Test
  void aPlaceTheFigureIsGivenForAloneStillBindsIt() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", D1)
            .article("a2", "Kessa Daily", D1)
            .line("a1", "Some 3,100 people died in Northland, Reuters said.")
            .said("Reuters")
            .subject("people")
            .exactly("dead", "3,100", 3100)
            .add()
            .line("a2", "Meanwhile, in Westhold, 12 people died, the governor said.")
            .said("governor")
            .subject("people")
            .exactly("dead", "12", 12)
            .add()
            .reconcile();
    assertThat(of(r, "dead"))
        .extracting(f -> f.variable().place())
        .containsExactlyInAnyOrder("Northland", "Westhold");
  }

  /** Two reports that give no date of their own of the people detained after an attack. */
  private static Reconciliation detained(String second, double secondValue) {
    return new Story()
        .undated("u1", "Ostrel Today")
        .undated("u2", "Maradin Courier")
        .line("u1", "Police detained 11 people, including four gunmen, the ministry said.")
        .said("ministry")
        .subject("people")
        .exactly("arrested", "11", 11)
        .add()
        .line("u1", "Police detained 11 people, including four gunmen, the ministry said.")
        .said("ministry")
        .subject("people")
        .exactly("arrested", "four", 4)
        .add()
        .line("u2", "The governor said " + second + " people were detained.")
        .said("governor")
        .subject("people")
        .exactly("arrested", second, secondValue)
        .add()
        .reconcile();
  }

  @Test
  void aPartAReportGivesBesideItsWholeIsNoPointOfTheCountsGrowth() {
    assertThat(of(detained("11", 11), "arrested"))
        .extracting(Finding::kind)
        .doesNotContain(FindingKind.UPDATE);
  }

  @Test
  void undatedReportsOfAGrowingCountStillReadAsItsGrowth() {
    assertThat(of(detained("30", 30), "arrested"))
        .extracting(Finding::kind)
        .containsExactly(FindingKind.UPDATE);
  }

  @Test
  void aTollThatGrowsFromOneDayToALaterOneStaysAnUpdate() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", D1)
            .article("a2", "Maradin Courier", D2)
            .line("a1", "The agency said 40 people died in the quake.")
            .said("agency")
            .subject("people")
            .exactly("dead", "40", 40)
            .add()
            .line("a2", "The governor said 55 people died in the quake.")
            .said("governor")
            .subject("people")
            .exactly("dead", "55", 55)
            .add()
            .reconcile();
    assertThat(of(r, "dead")).extracting(Finding::kind).containsExactly(FindingKind.UPDATE);
  }

  /** Two reports of what rebuilding or clearing the Velmora causeway costs, on different days. */
  private static Reconciliation sums(String firstPurpose, String otherPurpose) {
    return new Story()
        .article("a1", "Ostrel Today", D1)
        .article("a2", "Maradin Courier", D2)
        .line(
            "a1", "The causeway's " + firstPurpose + " will cost $600 million, the ministry said.")
        .said("ministry")
        .subject("causeway")
        .purpose(firstPurpose)
        .exactly("cost", "$600 million", 6e8)
        .in("USD")
        .add()
        .line(
            "a2", "The causeway's " + otherPurpose + " will cost $1.8 billion, the governor said.")
        .said("governor")
        .subject("causeway")
        .purpose(otherPurpose)
        .exactly("cost", "$1.8 billion", 1.8e9)
        .in("USD")
        .add()
        .reconcile();
  }

  @Test
  void aSumKeepsBothItsSubjectAndItsPurpose() {
    List<Finding> costs = of(sums("rebuild", "rebuild"), "cost usd");
    assertThat(costs).extracting(Finding::kind).containsExactly(FindingKind.UPDATE);
    assertThat(costs.get(0).variable().key()).isEqualTo("causeway|cost usd|cumulative|for rebuild");
    assertThat(costs.get(0).variable().label()).contains("(causeway)").contains("for rebuild");
  }

  @Test
  void sumsOfOneSubjectForDifferentPurposesAreDifferentFigures() {
    List<Finding> costs = of(sums("cleanup", "rebuild"), "cost usd");
    assertThat(costs)
        .extracting(f -> f.variable().key())
        .containsExactlyInAnyOrder(
            "causeway|cost usd|cumulative|for cleanup", "causeway|cost usd|cumulative|for rebuild");
    assertThat(costs).noneMatch(f -> f.kind() == FindingKind.UPDATE);
  }
}
