package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures of two reports on different days that are not one figure's update, on the invented
 * Velmora causeway collapse: sums of money for different purposes, a sum many times another's, and
 * a depth that gained a zero.
 */
class PurposesAndLeapsTest {
  private static final LocalDate D1 = LocalDate.of(2026, 3, 2);
  private static final LocalDate D2 = LocalDate.of(2026, 3, 20);

  private static List<Finding> of(Reconciliation r, String measure) {
    return r.findings().stream().filter(f -> f.variable().measure().equals(measure)).toList();
  }

  /** Two reports of a sum on different days, each about {@code about}. */
  private static Reconciliation sums(
      String aboutFirst,
      String first,
      double firstValue,
      String aboutOther,
      String other,
      double otherValue) {
    return new Story()
        .article("a1", "Velmora Post", D1)
        .article("a2", "Harbour Times", D2)
        .line("a1", "The " + aboutFirst + " will cost " + first + ", the ministry said.")
        .said("ministry")
        .subject(aboutFirst)
        .exactly("cost", first, firstValue)
        .in("USD")
        .add()
        .line("a2", "The " + aboutOther + " will cost " + other + ", the governor said.")
        .said("governor")
        .subject(aboutOther)
        .exactly("cost", other, otherValue)
        .in("USD")
        .add()
        .reconcile();
  }

  @Test
  void aSumRevisedWithinTenfoldIsAnUpdate() {
    Reconciliation r = sums("rebuild", "$600 million", 6e8, "rebuild", "$1.8 billion", 1.8e9);
    assertThat(of(r, "cost usd")).extracting(Finding::kind).containsExactly(FindingKind.UPDATE);
  }

  @Test
  void sumsForDifferentPurposesAreDifferentVariables() {
    Reconciliation r = sums("cleanup", "$600 million", 6e8, "rebuild", "$1.8 billion", 1.8e9);
    assertThat(of(r, "cost usd"))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.kind()).isNotEqualTo(FindingKind.UPDATE));
  }

  @Test
  void aSumManyTimesAnotherOriginsEarlierOneIsOfAnotherScopeNotAnUpdate() {
    Reconciliation r = sums("cost", "$20 million", 2e7, "cost", "$1.8 billion", 1.8e9);
    assertThat(of(r, "cost usd")).extracting(Finding::kind).containsExactly(FindingKind.SCOPE);
  }

  /** Two reports of a canal's depth in feet on different days. */
  private static Reconciliation depths(
      String first, double firstValue, String other, double otherValue) {
    return new Story()
        .article("a1", "Velmora Post", D1)
        .article("a2", "Harbour Times", D2)
        .line("a1", "The canal, " + first + " feet deep, reopened on Monday.")
        .subject("canal")
        .exactly("depth", first, firstValue)
        .in("feet")
        .add()
        .line("a2", "Barges use the canal, " + other + " feet deep.")
        .subject("canal")
        .exactly("depth", other, otherValue)
        .in("feet")
        .add()
        .reconcile();
  }

  @Test
  void aDepthThatGainedAZeroClashesRatherThanChanges() {
    assertThat(of(depths("40", 40, "400", 400), "depth feet"))
        .extracting(Finding::kind)
        .containsExactly(FindingKind.CONFLICT);
  }

  @Test
  void aDepthDredgedDeeperIsAnUpdate() {
    assertThat(of(depths("40", 40, "50", 50), "depth feet"))
        .extracting(Finding::kind)
        .containsExactly(FindingKind.UPDATE);
  }

  /** Two dated reports of the dead of the Velmora quake. */
  private static Reconciliation dead(
      String first, double firstValue, String other, double otherValue) {
    return new Story()
        .article("a1", "Velmora Post", D1)
        .article("a2", "Harbour Times", D2)
        .line("a1", "The agency said " + first + " people died.")
        .said("agency")
        .exactly("dead", first, firstValue)
        .add()
        .line("a2", "The governor said " + other + " people died.")
        .said("governor")
        .exactly("dead", other, otherValue)
        .add()
        .reconcile();
  }

  @Test
  void aCountThatFallsFarFromOneDayToALaterOneIsNoUpdate() {
    assertThat(of(dead("45,000", 45000, "1,600", 1600), "dead"))
        .extracting(Finding::kind)
        .containsExactly(FindingKind.SCOPE);
  }

  @Test
  void aCountThatGrowsFromOneDayToALaterOneIsAnUpdate() {
    assertThat(of(dead("1,600", 1600, "7,800", 7800), "dead"))
        .extracting(Finding::kind)
        .containsExactly(FindingKind.UPDATE);
  }
}
