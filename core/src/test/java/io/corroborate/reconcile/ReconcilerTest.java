package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.quantity.Bounds;
import io.corroborate.annotate.quantity.Hedge;
import io.corroborate.extract.ClaimLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The reconciler on an invented flood story in the land of Velmora, claim by claim. */
class ReconcilerTest {
  private static final LocalDate D1 = LocalDate.of(2026, 4, 2);
  private static final LocalDate D2 = LocalDate.of(2026, 4, 3);
  private static final LocalDate D3 = LocalDate.of(2026, 4, 5);

  private static List<Finding> of(Reconciliation r, String measure) {
    return r.findings().stream().filter(f -> f.variable().measure().equals(measure)).toList();
  }

  @Test
  void aGrowingTollFromOneAgencyIsAnUpdate() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Velmora Post", D2)
            .article("a3", "Harbour Times", D3)
            .line("a1", "The relief office said 4 people died.")
            .said("relief office")
            .exactly("died", "4", 4)
            .add()
            .line("a2", "The relief office said 7 people died.")
            .said("relief office")
            .exactly("died", "7", 7)
            .add()
            .line("a3", "The relief office said 11 people were killed.")
            .said("Relief Office")
            .exactly("killed", "11", 11)
            .add()
            .reconcile();
    assertThat(of(r, "dead"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.UPDATE);
              assertThat(f.independentOrigins()).isEqualTo(1);
              assertThat(f.explanation()).contains("4 → 7 → 11");
              assertThat(f.support()).hasSize(3);
            });
  }

  @Test
  void aFloorAboveTheLaterOfficialCountOfAnotherSourceIsAConflict() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D2)
            .line("a1", "The mayor said at least 15 people died.")
            .said("mayor")
            .amount("died", "15", 15, Bounds.atLeast(15), Hedge.AT_LEAST)
            .add()
            .line("a2", "The relief office said 9 people died.")
            .said("relief office")
            .exactly("died", "9", 9)
            .add()
            .reconcile();
    Finding f = of(r, "dead").get(0);
    assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
    assertThat(f.independentOrigins()).isEqualTo(2);
    assertThat(r.findings().get(0).kind()).isEqualTo(FindingKind.CONFLICT);
  }

  @Test
  void twoSourcesDisagreeingOnTheSameDayConflict() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "The mayor said at least 20 homes were destroyed.")
            .said("mayor")
            .subject("homes")
            .amount("destroyed", "20", 20, Bounds.atLeast(20), Hedge.AT_LEAST)
            .add()
            .line("a2", "The relief office said 12 homes were destroyed.")
            .said("relief office")
            .subject("homes")
            .exactly("destroyed", "12", 12)
            .add()
            .reconcile();
    assertThat(of(r, "destroyed"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
              assertThat(f.explanation()).contains("mayor").contains("relief office");
            });
  }

  @Test
  void aRoundedFigureAgreesWithThePreciseOneAndSaysRounding() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "The relief office said 2,046 people were evacuated.")
            .said("relief office")
            .exactly("evacuated", "2,046", 2046)
            .add()
            .line("a2", "The mayor said about 2,000 were evacuated.")
            .said("mayor")
            .amount("evacuated", "2,000", 2000, Bounds.exactly(2000), Hedge.APPROXIMATE)
            .add()
            .reconcile();
    assertThat(of(r, "evacuated"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.AGREE);
              assertThat(f.explanation()).contains("rounding");
            });
  }

  @Test
  void twoOutletsRelayingOneWireCopyAreASingleSource() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .copy("a1", "wire-1")
            .copy("a2", "wire-1")
            .line("a1", "Some 30 bridges were damaged.")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .line("a2", "Some 30 bridges were damaged.")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .reconcile();
    assertThat(of(r, "damaged"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.SINGLE_SOURCE);
              assertThat(f.independentOrigins()).isEqualTo(1);
              assertThat(f.support()).hasSize(2);
            });
    // Neither text names where it came from: the copies are one origin, but no one relays anyone.
    assertThat(r.relays()).isEmpty();
  }

  @Test
  void outletsRunningOneWiresCopyRelayTheWireAndAreNotRelaysOfEachOther() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .copy("a1", "wire-1")
            .copy("a2", "wire-1")
            .line("a1", "PORTVALE (Reuters) - Some 30 bridges were damaged.")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .line("a2", "PORTVALE (Reuters) - Some 30 bridges were damaged.")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .reconcile();
    assertThat(of(r, "damaged").get(0).independentOrigins()).isEqualTo(1);
    assertThat(r.relays())
        .extracting(Relay::line)
        .containsExactly(
            "Harbour Times relays Reuters (1 copied article)",
            "Velmora Post relays Reuters (1 copied article)");
  }

  @Test
  void aWireNamedBeforeADashWithoutParenthesesIsADatelineToo() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .line("a1", "AFP — Some 30 bridges were damaged.")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .reconcile();
    assertThat(r.relays())
        .extracting(Relay::line)
        .containsExactly("Velmora Post relays AFP (1 copied article)");
  }

  @Test
  void aWiresCreditOnALineOfItsOwnMakesTheArticleRelayIt() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .line("a1", "Some 30 bridges were damaged.\n(AP)")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .reconcile();
    assertThat(r.relays())
        .extracting(Relay::line)
        .containsExactly("Velmora Post relays AP (1 copied article)");
  }

  @Test
  void aCitedSourceThatIsOnlyDescribedIsNoRelay() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .line("a1", "Some 30 bridges were damaged, local media reported.")
            .citing("local media")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .reconcile();
    assertThat(r.relays()).isEmpty();
  }

  @Test
  void aWireNamedInTheMiddleOfASentenceIsNoDateline() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .line("a1", "Bridges were damaged, a photographer for AFP - the agency - counted 30.")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .reconcile();
    assertThat(r.relays()).isEmpty();
  }

  @Test
  void aCopyThatNamesTheOutletItCameFromRelaysIt() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D2)
            .copy("a1", "copy-1")
            .copy("a2", "copy-1")
            .line("a1", "Some 30 bridges were damaged.")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .line("a2", "Some 30 bridges were damaged. This report first ran in the Velmora Post.")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .reconcile();
    assertThat(r.relays())
        .extracting(Relay::line)
        .containsExactly("Harbour Times relays Velmora Post (1 copied article)");
  }

  @Test
  void oneOutletUnderTwoNamesIsOneOrigin() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "The Coastal Herald reported 30 bridges damaged.")
            .citing("The Coastal Herald")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .line("a2", "The Herald reported 30 bridges damaged.")
            .citing("the Herald")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .reconcile();
    assertThat(of(r, "damaged").get(0).kind()).isEqualTo(FindingKind.SINGLE_SOURCE);
    assertThat(r.relays())
        .extracting(Relay::line)
        .containsExactly(
            "Harbour Times relays Coastal Herald (1 claim)",
            "Velmora Post relays Coastal Herald (1 claim)");
  }

  @Test
  void twoOutletsCitingOneSourceAreOneOrigin() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "The Coastal Herald reported 30 bridges damaged.")
            .citing("The Coastal Herald")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .line("a2", "Citing the Coastal Herald, 30 bridges were damaged.")
            .citing("Coastal Herald")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .reconcile();
    assertThat(of(r, "damaged").get(0).kind()).isEqualTo(FindingKind.SINGLE_SOURCE);
    assertThat(r.relays())
        .extracting(Relay::line)
        .containsExactly(
            "Harbour Times relays Coastal Herald (1 claim)",
            "Velmora Post relays Coastal Herald (1 claim)");
  }

  @Test
  void aRoleReversalIsNotTheSameVariable() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "Army said 40 Tarnian soldiers were captured.")
            .said("army")
            .subject("Tarnian soldiers")
            .exactly("captured", "40", 40)
            .add()
            .line("a2", "Army said 12 Velmoran soldiers were captured.")
            .said("Tarnian army")
            .subject("Velmoran soldiers")
            .exactly("captured", "12", 12)
            .add()
            .reconcile();
    assertThat(of(r, "captured"))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.SINGLE_SOURCE));
  }

  @Test
  void partsThatAddUpToTheTotalAreABreakdown() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "The governor spoke of 25 casualties.")
            .said("governor")
            .exactly("casualties", "25", 25)
            .add()
            .line("a2", "The relief office said 5 died and 20 were injured.")
            .said("relief office")
            .exactly("died", "5", 5)
            .add()
            .line("a2", "The relief office said 5 died and 20 were injured.")
            .said("relief office")
            .exactly("injured", "20", 20)
            .link(ClaimLink.Kind.ALONGSIDE, 0)
            .add()
            .reconcile();
    assertThat(r.findings())
        .filteredOn(f -> f.kind() == FindingKind.BREAKDOWN)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.explanation()).contains("5 dead + 20 wounded = 25");
              assertThat(f.support()).hasSize(3);
              assertThat(f.independentOrigins()).isEqualTo(2);
            });
  }

  @Test
  void partsThatDoNotAddUpAreNoBreakdown() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "The governor spoke of 60 casualties.")
            .said("governor")
            .exactly("casualties", "60", 60)
            .add()
            .line("a2", "The relief office said 5 died and 20 were injured.")
            .said("relief office")
            .exactly("died", "5", 5)
            .add()
            .line("a2", "The relief office said 5 died and 20 were injured.")
            .said("relief office")
            .exactly("injured", "20", 20)
            .add()
            .reconcile();
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.BREAKDOWN);
  }

  @Test
  void aFractionOfATotalIsABreakdownAndConflictsWithADifferentCountOfThePart() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "The minister said 900 casualties, three quarters of them killed.")
            .said("minister")
            .exactly("casualties", "900", 900)
            .add()
            .line("a1", "The minister said 900 casualties, three quarters of them killed.")
            .said("minister")
            .exactly("killed", "three quarters", 0.75)
            .link(ClaimLink.Kind.FRACTION_OF, 0)
            .add()
            .line("a2", "The agency said 100 were killed.")
            .said("agency")
            .exactly("killed", "100", 100)
            .add()
            .reconcile();
    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.BREAKDOWN);
              assertThat(f.explanation()).contains("675");
            });
    assertThat(of(r, "dead"))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT));
  }

  /** Two sources' figures of one measure on one day, each in an article of its own. */
  private static Reconciliation sameDay(
      String measure, String subject, String unit, double first, double second) {
    Story s = new Story().article("a1", "Velmora Post", D1).article("a2", "Harbour Times", D1);
    return figure(
            figure(s, "a1", "ministry", measure, subject, unit, first),
            "a2",
            "agency",
            measure,
            subject,
            unit,
            second)
        .reconcile();
  }

  private static Story figure(
      Story s, String article, String who, String measure, String subject, String unit, double v) {
    String words =
        v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : Double.toString(v);
    Story.Line l = s.line(article, "The " + who + " gave " + words + ".").said(who);
    if (subject != null) {
      l = l.subject(subject);
    }
    l = l.exactly(measure, words, v);
    return (unit == null ? l : l.in(unit)).add();
  }

  private static FindingKind kindOf(Reconciliation r, String measure) {
    List<Finding> found =
        r.findings().stream().filter(f -> f.variable().measure().startsWith(measure)).toList();
    assertThat(found).hasSize(1);
    return found.get(0).kind();
  }

  @Test
  void sameDayFiguresFarApartAreOfDifferentScopesNotRivals() {
    Reconciliation r = sameDay("wounded", null, null, 9700, 30);
    assertThat(of(r, "wounded"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.SCOPE);
              assertThat(f.explanation()).contains("9,700").contains("323 times");
            });
  }

  @Test
  void aFigureWithItsDigitsShiftedIsASlipThatConflicts() {
    Reconciliation r = sameDay("killed", null, null, 78000, 7800);
    assertThat(of(r, "dead"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
              assertThat(f.explanation()).contains("78,000").contains("7,800");
            });
  }

  @Test
  void magnitudesHalfAUnitApartAreRivalsAndAnAftershockIsNot() {
    assertThat(kindOf(sameDay("magnitude", "earthquake", null, 7.8, 7.4), "magnitude"))
        .isEqualTo(FindingKind.CONFLICT);
    assertThat(kindOf(sameDay("magnitude", "earthquake", null, 7.8, 6.7), "magnitude"))
        .isEqualTo(FindingKind.SCOPE);
  }

  @Test
  void depthsInAUnitAreRivalsHoweverFarApart() {
    assertThat(kindOf(sameDay("depth", "earthquake", "km", 17.9, 7), "depth"))
        .isEqualTo(FindingKind.CONFLICT);
  }

  @Test
  void sameDayFiguresOfARisingTollBetweenTheDaysAroundThemAreItsHours() {
    Story s =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .article("a3", "Coastal Herald", D2);
    s = figure(s, "a1", "governor", "killed", null, null, 300);
    s = figure(s, "a2", "agency", "killed", null, null, 1540);
    s = figure(s, "a3", "ministry", "killed", null, null, 3000);
    assertThat(kindOf(s.reconcile(), "dead")).isEqualTo(FindingKind.UPDATE);
    // A figure above the next day's is no hour of the day's growth: a slip that conflicts.
    Story slip =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .article("a3", "Coastal Herald", D2);
    slip = figure(slip, "a1", "governor", "killed", null, null, 78000);
    slip = figure(slip, "a2", "agency", "killed", null, null, 7800);
    slip = figure(slip, "a3", "ministry", "killed", null, null, 9100);
    assertThat(kindOf(slip.reconcile(), "dead")).isEqualTo(FindingKind.CONFLICT);
  }

  @Test
  void onARisingTollsLastDayTwoFiguresAboveTheDayBeforeAndWithinARoundingAreItsHours() {
    Story s =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D2)
            .article("a3", "Coastal Herald", D2);
    s = figure(s, "a1", "governor", "killed", null, null, 120);
    s = figure(s, "a2", "agency", "killed", null, null, 140);
    s = figure(s, "a3", "ministry", "killed", null, null, 144);
    assertThat(kindOf(s.reconcile(), "dead")).isEqualTo(FindingKind.UPDATE);
    // Far apart on the last day, or one below the day before's figure, they still clash.
    Story apart =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D2)
            .article("a3", "Coastal Herald", D2);
    apart = figure(apart, "a1", "governor", "killed", null, null, 120);
    apart = figure(apart, "a2", "agency", "killed", null, null, 130);
    apart = figure(apart, "a3", "ministry", "killed", null, null, 190);
    assertThat(kindOf(apart.reconcile(), "dead")).isEqualTo(FindingKind.CONFLICT);
  }

  @Test
  void aFigureOfAnEarlierEventEntersNoVariableOfTheStory() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "The ministry said 300 people were killed.")
            .said("ministry")
            .exactly("killed", "300", 300)
            .add()
            .line("a2", "In March 2011 a quake in the same valley killed 1,700 people.")
            .on(LocalDate.of(2011, 3, 11))
            .exactly("killed", "1,700", 1700)
            .add()
            .line("a2", "The agency said about 300 people were killed.")
            .said("agency")
            .amount("killed", "about 300", 300, Bounds.exactly(300), Hedge.APPROXIMATE)
            .add()
            .reconcile();
    assertThat(of(r, "dead"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isNotEqualTo(FindingKind.CONFLICT);
              assertThat(f.support()).noneMatch(s -> s.value().contains("1,700"));
            });
  }

  @Test
  void aCountRisingTwentyfoldOnOneDayIsNotAClashOfItsHours() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .article("a3", "Coastal Herald", D2)
            .line("a1", "Officials said 12 people were killed.")
            .said("officials")
            .exactly("killed", "12", 12)
            .add()
            .line("a2", "The agency said 240 people were killed.")
            .said("agency")
            .exactly("killed", "240", 240)
            .add()
            .line("a3", "The agency said 260 people were killed.")
            .said("agency")
            .exactly("killed", "260", 260)
            .add()
            .reconcile();
    assertThat(of(r, "dead"))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.UPDATE));
  }

  @Test
  void anArticlesEarlierPointsOfAGrowingTollDoNotClashWithOthers() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line(
                "a1", "From 30 dead in the morning, the toll rose to 41 by night, officials said.")
            .said("officials")
            .exactly("killed", "30", 30)
            .add()
            .line(
                "a1", "From 30 dead in the morning, the toll rose to 41 by night, officials said.")
            .said("officials")
            .exactly("killed", "41", 41)
            .add()
            .line("a2", "The agency said about 40 people were killed.")
            .said("agency")
            .amount("killed", "about 40", 40, Bounds.exactly(40), Hedge.APPROXIMATE)
            .add()
            .reconcile();
    assertThat(of(r, "dead"))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isNotEqualTo(FindingKind.CONFLICT));
  }

  @Test
  void anAgeThatContradictsABirthYearIsAConflictAndAMatchingOneIsConsistent() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", LocalDate.of(2026, 2, 10))
            .article("a2", "Harbour Times", LocalDate.of(2026, 2, 12))
            .line("a1", "Orsin Dalk, 33, ran the pumps.")
            .subject("Orsin Dalk")
            .attribute("age", "33", 33)
            .add()
            .line("a2", "Orsin Dalk, born in 1990, ran the pumps.")
            .subject("Orsin Dalk")
            .year("born", "1990", 1990)
            .add()
            .line("a1", "Mira Solt, 24, drove the boat.")
            .subject("Mira Solt")
            .attribute("age", "24", 24)
            .add()
            .line("a2", "Mira Solt, born in 2001, drove the boat.")
            .subject("Mira Solt")
            .year("born", "2001", 2001)
            .add()
            .reconcile();
    assertThat(r.findings())
        .filteredOn(f -> f.variable().measure().equals("age-born"))
        .extracting(f -> f.variable().subject() + " " + f.kind())
        .containsExactlyInAnyOrder("Orsin Dalk CONFLICT", "Mira Solt AGREE");
    EntityProfile dalk =
        r.profiles().stream().filter(p -> p.name().equals("Orsin Dalk")).findFirst().orElseThrow();
    assertThat(dalk.attributes()).allSatisfy(a -> assertThat(a.consistent()).isFalse());
    assertThat(dalk.attributes().get(0).explanation()).contains("1992 or 1993");
  }

  @Test
  void oneEventToldWithADayAndAMonthIsOneTimelineEntryAndTwoDaysApartConflict() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D2)
            .article("a3", "Coastal Herald", D3)
            .line("a1", "The levee failed on March 30.")
            .subject("levee")
            .event("failed", "March 30", LocalDate.of(2026, 3, 30))
            .add()
            .line("a2", "The levee failed last month.")
            .subject("levee")
            .eventMonth("failed", "last month", 2026, 3)
            .add()
            .line("a3", "The pumps stopped on April 1.")
            .subject("pumps")
            .event("stopped", "April 1", LocalDate.of(2026, 4, 1))
            .add()
            .line("a3", "The levee failed on April 1.")
            .subject("levee")
            .event("failed", "April 1", LocalDate.of(2026, 4, 1))
            .add()
            .reconcile();
    assertThat(r.timeline())
        .extracting(e -> e.kind() + " " + e.start() + " " + e.support().size())
        .containsExactly("failed 2026-03-30 2", "failed 2026-04-01 1", "stopped 2026-04-01 1");
    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
              assertThat(f.variable().scope()).isEqualTo("event-date");
            });
  }

  @Test
  void theSameInputGivesTheSameOutputWhateverTheArticleOrder() {
    Story s =
        new Story()
            .article("b", "Harbour Times", D2)
            .article("a", "Velmora Post", D1)
            .line("b", "The relief office said 7 people died.")
            .said("relief office")
            .exactly("died", "7", 7)
            .add()
            .line("a", "The mayor said 4 people died.")
            .said("mayor")
            .exactly("died", "4", 4)
            .add();
    StoryInput in = s.input();
    StoryInput reversed =
        new StoryInput(
            in.storyId(), reverse(in.articles()), in.claims(), in.copyGroupOf(), in.entities());
    Reconciler x = new Reconciler(ReconcileOptions.defaults());
    assertThat(x.reconcile(reversed)).isEqualTo(x.reconcile(in));
  }

  private static <T> List<T> reverse(List<T> list) {
    List<T> r = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(r);
    return r;
  }

  @Test
  void aDatelineNamesTheWireOfAnyLanguagesOutletList() {
    assertThat(Relays.dateline("ВЕЛЬМОРА, 3 марта (ТАСС) — Паром вышел из порта.\n"))
        .contains("ТАСС");
    assertThat(Relays.dateline("LENWICK, March 3 (AFP) — The ferry left the port.\n"))
        .contains("AFP");
    assertThat(Relays.dateline("The ferry (a small one) left the port.\n")).isEmpty();
  }

  @Test
  void aCitedListNamesEachOutletAndAVerbAfterANameIsNoPartOfIt() {
    assertThat(Relays.outletsNamed("the Lumen Post and Harbor TV"))
        .containsExactly("the Lumen Post", "Harbor TV");
    assertThat(Relays.outletsNamed("Lumen Post et Harbor TV"))
        .containsExactly("Lumen Post", "Harbor TV");
    assertThat(Relays.outletsNamed("Bloomberg estimates")).containsExactly("Bloomberg");
    assertThat(Relays.outletsNamed("Nachrichtenagentur dpa"))
        .containsExactly("Nachrichtenagentur dpa");
    // "and" inside a name whose parts do not each name someone is one name.
    assertThat(Relays.outletsNamed("Lumen Post and others")).containsExactly("Lumen Post");
    assertThat(Relays.outletsNamed("агентство Рейтер")).containsExactly("агентство Рейтер");
  }

  @Test
  void aKindOfOutletDescribedInAnyLanguageNamesNoOutlet() {
    assertThat(
            List.of(
                "state media",
                "a local news agency",
                "Velmorian media",
                "Russian media",
                "média d'État",
                "médias russes",
                "die staatliche Nachrichtenagentur",
                "russische Medien",
                "российские СМИ",
                "国営メディア",
                "地元メディア",
                "ロシアメディア",
                "وسائل إعلام روسية",
                "وكالة أنباء محلية",
                "현지 언론"))
        .allSatisfy(d -> assertThat(Relays.described(d)).as(d).isTrue());
    assertThat(
            List.of(
                "Velmora Media",
                "the Ostrand Herald",
                "dpa",
                "die Nachrichtenagentur Ostra",
                "agence Velmora",
                "ヴェルモラ通信",
                "オストランド新聞",
                "وكالة الأناضول"))
        .allSatisfy(n -> assertThat(Relays.described(n)).as(n).isFalse());
  }

  @Test
  void anOutletCitedOnlyByItsKindInAScriptWithoutCapitalsIsNoRelay() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .line("a1", "国営メディアによると、30の橋が損傷した。")
            .citing("国営メディア")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .reconcile();
    assertThat(r.relays()).isEmpty();
  }

  @Test
  void anOutletRunningAWiresDatelineAndOneCitingTheWireUnderAnotherNameAreOneOrigin() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "PORTVALE (Reuters) - Some 30 bridges were damaged.")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .line("a2", "Some 30 bridges were damaged, the Reuters news agency reported.")
            .citing("the Reuters news agency")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .reconcile();
    assertThat(of(r, "damaged").get(0).independentOrigins()).isEqualTo(1);
    assertThat(r.relays())
        .extracting(Relay::line)
        .containsExactlyInAnyOrder(
            "Harbour Times relays Reuters (1 claim)",
            "Velmora Post relays Reuters (1 copied article)");
  }

  @Test
  void aCitedListCountsForItsFirstNamedOutletAndADescribedSourceForNone() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .article("a3", "Ostrand Courier", D1)
            .line("a1", "The Coastal Herald and Lumen TV reported 30 bridges damaged.")
            .citing("The Coastal Herald and Lumen TV")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .line("a2", "The Coastal Herald reported 30 bridges damaged.")
            .citing("the Coastal Herald")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .line("a3", "Local media reported 30 bridges damaged.")
            .citing("Local media")
            .subject("bridges")
            .exactly("damaged", "30", 30)
            .add()
            .reconcile();
    // The Herald behind two outlets is one origin; the Courier's unnamed local media are its own.
    assertThat(of(r, "damaged").get(0).independentOrigins()).isEqualTo(2);
  }

  @Test
  void aWireCreditTheCleanerTookOffWithItsDatelineStillMakesTheArticleRelayIt() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1, "fr")
            .article("a2", "Harbour Times", D1, "fr")
            .credited("a1", "Reuters")
            .line("a1", "6 ouvriers ont disparu, selon les autorités.")
            .subject("ouvriers")
            .exactly("disparus", "6", 6)
            .add()
            .line("a2", "6 ouvriers ont disparu, rapporte Reuters.")
            .citing("Reuters")
            .subject("ouvriers")
            .exactly("disparus", "6", 6)
            .add()
            .reconcile();
    assertThat(r.relays())
        .extracting(Relay::line)
        .containsExactlyInAnyOrder(
            "Velmora Post relays Reuters (1 copied article)",
            "Harbour Times relays Reuters (1 claim)");
    assertThat(of(r, "disparus").get(0).independentOrigins()).isEqualTo(1);
  }
}
