package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures of one day that are one figure miswritten ("5,383" and "5,385", "2,824" and "2,834")
 * shown as a conflict beside the update they sit in, on the invented Velmora earthquake.
 */
class SlipFiguresTest {
  private static final LocalDate D1 = LocalDate.of(2026, 3, 2);
  private static final LocalDate D2 = LocalDate.of(2026, 3, 3);
  private static final LocalDate D3 = LocalDate.of(2026, 3, 5);

  private static List<Finding> slips(Reconciliation r) {
    return r.findings().stream().filter(f -> f.id().contains("|slip ")).toList();
  }

  /**
   * Three reports of the wounded: {@code first} on the first day, {@code other} on {@code
   * otherDay}, 9,100 later.
   */
  private static Reconciliation wounded(
      String first, double firstValue, String other, double otherValue, LocalDate otherDay) {
    return new Story()
        .article("a1", "Velmora Post", D1)
        .article("a2", "Harbour Times", otherDay)
        .article("a3", "Sulev Daily", D3)
        .line("a1", "The ministry said " + first + " people were injured.")
        .said("ministry")
        .exactly("wounded", first, firstValue)
        .add()
        .line("a2", "The governor said " + other + " people were injured.")
        .said("governor")
        .exactly("wounded", other, otherValue)
        .add()
        .line("a3", "The health office said 9,100 people were injured.")
        .said("health office")
        .exactly("wounded", "9,100", 9100)
        .add()
        .reconcile();
  }

  @Test
  void sameDayFiguresOneDigitApartFromTwoOriginsAreASlipConflictBesideTheUpdate() {
    Reconciliation r = wounded("5,383", 5383, "5,385", 5385, D1);
    assertThat(r.findings()).anyMatch(f -> f.kind() == FindingKind.UPDATE);
    assertThat(slips(r))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
              assertThat(f.support())
                  .extracting(Support::value)
                  .containsExactlyInAnyOrder("5,383", "5,385");
              assertThat(f.independentOrigins()).isEqualTo(2);
            });
  }

  @Test
  void figuresOneDigitApartOnDifferentDaysAreStepsOfTheUpdate() {
    assertThat(slips(wounded("5,383", 5383, "5,385", 5385, D2))).isEmpty();
  }

  @Test
  void sameDayFiguresMoreThanOneDigitApartAreNotASlip() {
    assertThat(slips(wounded("5,383", 5383, "5,420", 5420, D1))).isEmpty();
  }

  @Test
  void roundSameDayFiguresOneDigitApartAreEstimatesNotASlip() {
    Reconciliation r = wounded("3,301", 3301, "3,701", 3701, D1);
    assertThat(slips(r)).hasSize(1);
    r = wounded("3,300", 3300, "3,700", 3700, D1);
    assertThat(r.findings()).anyMatch(f -> f.kind() == FindingKind.UPDATE);
    assertThat(slips(r)).isEmpty();
  }

  @Test
  void sameDayFiguresWrittenToTheTensOneDigitApartAreASlip() {
    Reconciliation r = wounded("7,340", 7340, "7,840", 7840, D1);
    assertThat(r.findings()).anyMatch(f -> f.kind() == FindingKind.UPDATE);
    assertThat(slips(r))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.support())
                    .extracting(Support::value)
                    .containsExactlyInAnyOrder("7,340", "7,840"));
  }

  @Test
  void smallSameDayFiguresOneDigitApartAreNotReadAsSlips() {
    Reconciliation r = wounded("121", 121, "123", 123, D1);
    assertThat(r.findings()).anyMatch(f -> f.kind() == FindingKind.UPDATE);
    assertThat(slips(r)).isEmpty();
  }

  /** Two reports of the wounded, {@code a1} undated, {@code a2} undated or on the third day. */
  private static Reconciliation undated(boolean secondUndated) {
    Story story = new Story().undated("a1", "Velmora Post");
    story =
        secondUndated
            ? story.undated("a2", "Harbour Times")
            : story.article("a2", "Harbour Times", D3);
    return story
        .article("a3", "Sulev Daily", D1)
        .line("a1", "The ministry said 5,383 people were injured.")
        .said("ministry")
        .exactly("wounded", "5,383", 5383)
        .add()
        .line("a2", "The governor said 5,385 people were injured.")
        .said("governor")
        .exactly("wounded", "5,385", 5385)
        .add()
        .line("a3", "The health office said 2,100 people were injured.")
        .said("health office")
        .exactly("wounded", "2,100", 2100)
        .add()
        .article("a4", "Ostrand Courier", D3)
        .line("a4", "The health office said 9,100 people were injured.")
        .said("health office")
        .exactly("wounded", "9,100", 9100)
        .add()
        .reconcile();
  }

  @Test
  void figuresOneDigitApartInTwoUndatedReportsAreASlip() {
    assertThat(slips(undated(true)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
              assertThat(f.explanation()).contains("undated").doesNotContain("as of");
            });
  }

  @Test
  void anUndatedFigureIsNeverASlipOfADatedOne() {
    assertThat(slips(undated(false))).isEmpty();
  }

  @Test
  void digitStringsOneDigitApartHaveOneLengthAndOneChangedDigit() {
    assertThat(Verdicts.oneDigitApart("5383", "5385")).isTrue();
    assertThat(Verdicts.oneDigitApart("7340", "7840")).isTrue();
    assertThat(Verdicts.oneDigitApart("7800", "78000")).isFalse();
    assertThat(Verdicts.oneDigitApart("1541", "1514")).isFalse();
    assertThat(Verdicts.oneDigitApart("5383", "5383")).isFalse();
    assertThat(Verdicts.oneDigitApart("780", "78000")).isFalse();
  }

  @Test
  void figuresWhoseLeadingDigitDiffersAreTwoCountsNotASlip() {
    assertThat(Verdicts.oneDigitApart("3574", "8574")).isFalse();
    assertThat(Verdicts.oneDigitApart("2146", "2176")).isTrue();
  }
}
