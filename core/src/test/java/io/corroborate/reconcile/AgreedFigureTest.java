package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figure most origins give, shown as an agreement beside a verdict that is not one (an update,
 * a conflict), on the invented Ostrand bridge collapse.
 */
class AgreedFigureTest {
  private static final LocalDate D1 = LocalDate.of(2026, 5, 4);
  private static final LocalDate D2 = LocalDate.of(2026, 5, 5);
  private static final LocalDate D3 = LocalDate.of(2026, 5, 6);

  private static List<Finding> agreed(Reconciliation r) {
    return r.findings().stream().filter(f -> f.id().endsWith("|agreed")).toList();
  }

  @Test
  void aFigureTwoOriginsGiveInAnUpdateIsAlsoAnAgreement() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D2)
            .article("a3", "Sulev Daily", D3)
            .line("a1", "The police said 4 workers died.")
            .said("police")
            .subject("workers")
            .exactly("dead", "4", 4)
            .add()
            .line("a2", "The coast guard said 6 workers died.")
            .said("coast guard")
            .subject("workers")
            .exactly("dead", "6", 6)
            .add()
            .line("a3", "The builder said 6 workers died.")
            .said("builder")
            .subject("workers")
            .exactly("dead", "6", 6)
            .add()
            .reconcile();
    assertThat(r.findings()).anyMatch(f -> f.kind() == FindingKind.UPDATE);
    assertThat(agreed(r))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.AGREE);
              assertThat(f.support()).extracting(Support::value).containsOnly("6");
              assertThat(f.independentOrigins()).isEqualTo(2);
            });
  }

  @Test
  void lengthsWithinRoundingOfEachOtherAgreeBesideAConflict() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .article("a3", "Sulev Daily", D1)
            .line("a1", "The bridge was 2.6 km long.")
            .subject("bridge")
            .exactly("length", "2.6", 2.6)
            .in("km")
            .add()
            .line("a2", "The bridge was 2.57 km long.")
            .subject("bridge")
            .exactly("length", "2.57", 2.57)
            .in("km")
            .add()
            .line("a3", "The bridge was 2 km long.")
            .subject("bridge")
            .exactly("length", "2", 2)
            .in("km")
            .add()
            .reconcile();
    assertThat(agreed(r))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.support())
                    .extracting(Support::value)
                    .containsExactlyInAnyOrder("2.6", "2.57"));
  }

  @Test
  void countsAreNotRoundedIntoAgreement() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D2)
            .line("a1", "The ministry said 137 people died.")
            .said("ministry")
            .exactly("dead", "137", 137)
            .add()
            .line("a2", "The mayor said 140 people died.")
            .said("mayor")
            .exactly("dead", "140", 140)
            .add()
            .reconcile();
    assertThat(agreed(r)).isEmpty();
  }

  @Test
  void aLengthInWholeKilometresBesideTheSameInTenthsIsNoConflict() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "The bridge was 2.6 km long.")
            .subject("bridge")
            .exactly("length", "2.6", 2.6)
            .in("km")
            .add()
            .line("a2", "The bridge was 3 km long.")
            .subject("bridge")
            .exactly("length", "3", 3)
            .in("km")
            .add()
            .reconcile();
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.CONFLICT);
  }

  @Test
  void aLengthFarOutsideTheCoarserFiguresLastDigitIsStillAConflict() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "The ship was 366 m long.")
            .subject("ship")
            .exactly("length", "366", 366)
            .in("m")
            .add()
            .line("a2", "The ship was 300 m long.")
            .subject("ship")
            .exactly("length", "300", 300)
            .in("m")
            .add()
            .reconcile();
    assertThat(r.findings()).anyMatch(f -> f.kind() == FindingKind.CONFLICT);
  }

  @Test
  void manyReportsOfFewFiguresGroupAsComparingEveryPairWould() {
    // Twelve reports of three lengths, each stated several times: 2.6 km and 2.57 km are one
    // figure, 2.5 km is another. Groups formed once per distinct figure are those that comparing
    // every report with every other gives.
    String[] figures = {
      "2.5", "2.6", "2.57", "2.5", "2.6", "2.5", "2.57", "2.6", "2.5", "2.57", "2.6", "2.5"
    };
    Story s = new Story();
    for (int i = 0; i < figures.length; i++) {
      s.article(String.format("a%02d", i), "Ostrand Courier " + (char) ('A' + i), D1);
    }
    for (int i = 0; i < figures.length; i++) {
      s.line(String.format("a%02d", i), "The bridge was " + figures[i] + " km long.")
          .said("engineer " + (char) ('A' + i))
          .subject("bridge")
          .exactly("length", figures[i], Double.parseDouble(figures[i]))
          .in("km")
          .add();
    }
    Reconciliation r = s.reconcile();
    assertThat(agreed(r))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.independentOrigins()).isEqualTo(7);
              assertThat(f.support())
                  .extracting(Support::value)
                  .containsExactlyInAnyOrder("2.6", "2.6", "2.6", "2.6", "2.57", "2.57", "2.57");
            });
  }
}
