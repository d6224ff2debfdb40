package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.quantity.Bounds;
import io.corroborate.annotate.quantity.Hedge;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures bound to places ("in Northland", "Northland's toll") and figures of reports that give no
 * date of their own, on an invented quake in two invented countries.
 */
class PlacesAndMomentsTest {
  private static final LocalDate FEB7 = LocalDate.of(2031, 2, 7);
  private static final LocalDate FEB9 = LocalDate.of(2031, 2, 9);

  private static List<Finding> of(Reconciliation r, String measure) {
    return r.findings().stream().filter(f -> f.variable().measure().equals(measure)).toList();
  }

  @Test
  void tollsOfTwoCountriesAreTwoVariablesNotAConflict() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", FEB7)
            .article("a2", "Maradin Courier", FEB7)
            .line("a1", "The quake killed 9,000 people in Northland, the ministry said.")
            .said("ministry")
            .subject("people")
            .place("Northland")
            .exactly("dead", "9,000", 9000)
            .add()
            .line("a2", "In Southmark, 1,200 people died, the civil defence said.")
            .said("civil defence")
            .subject("people")
            .place("Southmark")
            .exactly("dead", "1,200", 1200)
            .add()
            .reconcile();
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.CONFLICT);
    assertThat(of(r, "dead"))
        .extracting(f -> f.variable().place())
        .containsExactlyInAnyOrder("Northland", "Southmark");
    assertThat(of(r, "dead"))
        .allSatisfy(f -> assertThat(f.variable().label()).contains(" in " + f.variable().place()));
    assertThat(of(r, "dead"))
        .extracting(f -> f.variable().key())
        .allMatch(k -> k.contains("|in northland") || k.contains("|in southmark"));
  }

  @Test
  void aPossessiveAndAProvinceBindAFigureToItsPlace() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", FEB7)
            .article("a2", "Maradin Courier", FEB7)
            .line("a1", "Northland's quake killed 9,000 people, officials said.")
            .said("officials")
            .subject("people")
            .place("Northland")
            .exactly("dead", "9,000", 9000)
            .add()
            .line("a2", "In the province of Kessa, 700 people died, the governor said.")
            .said("governor")
            .subject("people")
            .place("Kessa")
            .exactly("dead", "700", 700)
            .add()
            .reconcile();
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.CONFLICT);
    assertThat(of(r, "dead"))
        .extracting(f -> f.variable().place())
        .containsExactlyInAnyOrder("Northland", "Kessa");
  }

  @Test
  void aPlaceSuffixOfTheArticlesLanguageBindsAFigure() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", FEB7, "tr")
            .article("a2", "Maradin Courier", FEB7, "tr")
            .line("a1", "Northland'de 9.000 kişi öldü.")
            .said("bakanlık")
            .subject("kişi")
            .place("Northland")
            .exactly("dead", "9.000", 9000)
            .add()
            .line("a2", "Southmark'ta 1.200 kişi öldü.")
            .said("valilik")
            .subject("kişi")
            .place("Southmark")
            .exactly("dead", "1.200", 1200)
            .add()
            .reconcile();
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.CONFLICT);
    assertThat(of(r, "dead")).hasSize(2);
  }

  @Test
  void aCapitalisedNameAfterAScopeWordIsAPlaceWhenTheLanguageLayerMissedIt() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", FEB7)
            .article("a2", "Maradin Courier", FEB7)
            .line("a1", "The quake killed 9,000 people in Northland, the ministry said.")
            .said("ministry")
            .subject("people")
            .exactly("dead", "9,000", 9000)
            .add()
            .line("a2", "In Southmark, 1,200 people died, the civil defence said.")
            .said("civil defence")
            .subject("people")
            .exactly("dead", "1,200", 1200)
            .add()
            .reconcile();
    assertThat(of(r, "dead"))
        .extracting(f -> f.variable().place())
        .containsExactlyInAnyOrder("Northland", "Southmark");
  }

  @Test
  void aPossessiveOfAnUnlocatedNameIsNoPlace() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", FEB7)
            .article("a2", "Maradin Courier", FEB7)
            .line("a1", "The bid is a 38% premium to Lumen's closing price, the board said.")
            .said("board")
            .subject("premium")
            .exactly("premium", "38%", 38)
            .add()
            .line("a2", "The bid is a 38% premium to Acme's closing price, analysts said.")
            .said("analysts")
            .subject("premium")
            .exactly("premium", "38%", 38)
            .add()
            .reconcile();
    assertThat(of(r, "premium"))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.AGREE));
  }

  @Test
  void aLanguageThatCapitalisesNounsTakesOnlyLocatedPlaces() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", FEB7, "de")
            .article("a2", "Maradin Courier", FEB7, "de")
            .line("a1", "Der Kauf in Höhe von 31 Milliarden Mark ist besiegelt.")
            .said("Vorstand")
            .subject("Kauf")
            .exactly("deal", "31", 31)
            .add()
            .line("a2", "Der Kauf in Summe von 31 Milliarden Mark ist besiegelt.")
            .said("Analysten")
            .subject("Kauf")
            .exactly("deal", "31", 31)
            .add()
            .reconcile();
    assertThat(of(r, "deal"))
        .singleElement()
        .satisfies(f -> assertThat(f.variable().place()).isEmpty());
  }

  @Test
  void aMagnitudeIsNotSplitByThePlaceOfItsQuake() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", FEB7)
            .article("a2", "Maradin Courier", FEB7)
            .line("a1", "A quake of magnitude 7.8 struck in Northland, the institute said.")
            .said("institute")
            .subject("earthquake")
            .exactly("magnitude", "7.8", 7.8)
            .add()
            .line("a2", "In Southmark, a quake of magnitude 7.7 was felt, the survey said.")
            .said("survey")
            .subject("earthquake")
            .exactly("magnitude", "7.7", 7.7)
            .add()
            .reconcile();
    assertThat(of(r, "magnitude"))
        .singleElement()
        .satisfies(f -> assertThat(f.variable().place()).isEmpty());
  }

  @Test
  void aMonthAfterAScopeWordIsNoPlace() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", FEB7)
            .article("a2", "Maradin Courier", FEB7)
            .line("a1", "In February, 9,000 people died, the ministry said.")
            .said("ministry")
            .subject("people")
            .exactly("dead", "9,000", 9000)
            .add()
            .line("a2", "In Southmark, 8,800 people died, the civil defence said.")
            .said("civil defence")
            .subject("people")
            .exactly("dead", "8,800", 8800)
            .add()
            .reconcile();
    assertThat(of(r, "dead"))
        .singleElement()
        .satisfies(f -> assertThat(f.variable().place()).isEmpty());
  }

  @Test
  void aPlaceMerelyNamedInTheSentenceBindsNoFigure() {
    // "Southport" is where the quake was felt, and in the second sentence another figure stands
    // between the toll and the place: neither binds, so the two tolls are rivals.
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", FEB7)
            .article("a2", "Maradin Courier", FEB7)
            .line(
                "a1",
                "The quake, felt as far as Southport, killed 9,000 people, the ministry said.")
            .said("ministry")
            .subject("people")
            .place("Southport")
            .exactly("dead", "9,000", 9000)
            .add()
            .line("a2", "The quake killed 6,000 people and left 12 villages in Southport cut off.")
            .said("civil defence")
            .subject("people")
            .place("Southport")
            .exactly("dead", "6,000", 6000)
            .add()
            .reconcile();
    assertThat(of(r, "dead"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.variable().place()).isEmpty();
              assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
            });
  }

  @Test
  void aPlaceThatEveryPlacedFigureSharesJoinsTheFiguresThatNameNone() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", FEB7)
            .article("a2", "Maradin Courier", FEB7)
            .line("a1", "The quake killed 9,000 people in Northland, the ministry said.")
            .said("ministry")
            .subject("people")
            .place("Northland")
            .exactly("dead", "9,000", 9000)
            .add()
            .line("a2", "About 9,000 people died, the civil defence said.")
            .said("civil defence")
            .subject("people")
            .amount("dead", "About 9,000", 9000, Bounds.closed(8500, 9500), Hedge.APPROXIMATE)
            .add()
            .reconcile();
    assertThat(of(r, "dead"))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.AGREE));
  }

  @Test
  void anUndatedReportIsNotSetAgainstADatedOneOnTheStorysLastDay() {
    // Six were missing at first; two days later three were; the undated report of six is read at
    // the story's last day, which is no evidence that it held then.
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", FEB7)
            .article("a2", "Maradin Courier", FEB9)
            .undated("a3", "Civic Ledger")
            .line("a1", "Six workers are missing, the port authority said.")
            .said("port authority")
            .subject("workers")
            .exactly("missing", "Six", 6)
            .add()
            .line("a2", "Three workers are still missing, the port authority said.")
            .said("port authority")
            .subject("workers")
            .exactly("missing", "Three", 3)
            .add()
            .line("a3", "Six workers were missing, the state police said.")
            .said("state police")
            .subject("workers")
            .exactly("missing", "Six", 6)
            .add()
            .reconcile();
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.CONFLICT);
  }

  @Test
  void undatedReportsOfAChangingFigureAreDifferentMomentsAndSaySo() {
    Reconciliation r =
        new Story()
            .undated("a1", "Ostrel Today")
            .undated("a2", "Maradin Courier")
            .line("a1", "Six workers are missing, the port authority said.")
            .said("port authority")
            .subject("workers")
            .exactly("missing", "Six", 6)
            .add()
            .line("a2", "Three workers are missing, the state police said.")
            .said("state police")
            .subject("workers")
            .exactly("missing", "Three", 3)
            .add()
            .reconcile();
    assertThat(of(r, "missing"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.SCOPE);
              assertThat(f.explanation()).contains("different moments, not a conflict");
            });
  }

  @Test
  void aLengthClashesWhateverTheDay() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", FEB7)
            .undated("a2", "Maradin Courier")
            .line("a1", "The ship is 300 metres long, the owner said.")
            .said("owner")
            .subject("ship")
            .exactly("length", "300", 300)
            .in("m")
            .add()
            .line("a2", "The ship is 200 metres long, the coast guard said.")
            .said("coast guard")
            .subject("ship")
            .exactly("length", "200", 200)
            .in("m")
            .add()
            .reconcile();
    assertThat(of(r, "length m"))
        .singleElement()
        .extracting(Finding::kind)
        .isEqualTo(FindingKind.CONFLICT);
  }

  @Test
  void collapsedBuildingsOnlyGrowSoAnUndatedCountIsAPointOfTheirUpdate() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", FEB7)
            .article("a2", "Ostrel Today", FEB9)
            .undated("a3", "Maradin Courier")
            .line("a1", "The disaster agency said 1,700 buildings collapsed.")
            .said("disaster agency")
            .subject("buildings")
            .exactly("destroyed", "1,700", 1_700)
            .add()
            .line("a2", "The disaster agency said 5,700 buildings collapsed.")
            .said("disaster agency")
            .subject("buildings")
            .exactly("destroyed", "5,700", 5_700)
            .add()
            .line("a3", "Some 2,800 buildings collapsed, the governor said.")
            .said("governor")
            .subject("buildings")
            .exactly("destroyed", "2,800", 2_800)
            .add()
            .reconcile();
    assertThat(of(r, "destroyed"))
        .filteredOn(f -> !f.id().endsWith("|agreed"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.UPDATE);
              assertThat(f.support()).hasSize(3);
            });
  }
}
