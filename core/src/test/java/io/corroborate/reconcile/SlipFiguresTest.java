package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.quantity.Bounds;
import io.corroborate.annotate.quantity.Hedge;
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
              // Who says each figure is named as the reports write it, not by an internal key.
              assertThat(f.explanation())
                  .contains("ministry says 5,383")
                  .contains("governor says 5,385")
                  .doesNotContain("source:");
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

  /**
   * One report giving {@code high} in its own voice and {@code low} from a ministry, both of the
   * dead in {@code lowPlace} (null for none), beside a second report of the dead.
   */
  private static Reconciliation oneReport(
      String high, double highValue, String low, double lowValue, String lowPlace) {
    return new Story()
        .article("a1", "Velmora Post", D1)
        .article("a2", "Harbour Times", D3)
        .line("a1", "The quake has killed " + high + " people, the paper wrote.")
        .exactly("dead", high, highValue)
        .add()
        .line("a1", "The ministry counted more than " + low + " dead across the region.")
        .said("ministry")
        .amount("dead", low, lowValue, Bounds.atLeast(lowValue), Hedge.MORE_THAN)
        .place(lowPlace)
        .add()
        .line("a2", "The health office said 9,100 people died.")
        .said("health office")
        .exactly("dead", "9,100", 9100)
        .add()
        .reconcile();
  }

  @Test
  void aFigureAndItsTenfoldInOneReportAreASlipConflict() {
    Reconciliation r = oneReport("46,000", 46000, "4,600", 4600, null);
    assertThat(slips(r))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
              assertThat(f.support())
                  .extracting(Support::value)
                  .containsExactlyInAnyOrder("46,000", "4,600");
              assertThat(f.explanation()).contains("a zero more or fewer");
            });
  }

  @Test
  void aFigureAndItsTenfoldOfOnePlaceAndOfNoneAreASlipToo() {
    assertThat(slips(oneReport("46,000", 46000, "4,600", 4600, "Velmora"))).hasSize(1);
  }

  @Test
  void aLoneDigitAndItsTenfoldAreNotASlip() {
    assertThat(slips(oneReport("40,000", 40000, "4,000", 4000, null))).isEmpty();
  }

  @Test
  void aFigureAndATenfoldThatIsNotItsDigitsShiftedAreNotASlip() {
    assertThat(slips(oneReport("46,000", 46000, "4,700", 4700, null))).isEmpty();
  }

  @Test
  void aFigureAndItsTenfoldInTwoReportsAreNotReadAsASlip() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "The quake has killed 46,000 people, the paper wrote.")
            .exactly("dead", "46,000", 46000)
            .add()
            .line("a2", "The ministry counted 4,600 dead.")
            .said("ministry")
            .exactly("dead", "4,600", 4600)
            .add()
            .reconcile();
    assertThat(slips(r)).noneMatch(f -> f.explanation().contains("zero more or fewer"));
  }

  /** Three reports of a stake on three days: {@code first}, {@code second}, {@code third}. */
  private static Reconciliation stake(String unit, double first, double second, double third) {
    Story story =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D2)
            .article("a3", "Sulev Daily", D3);
    String[] ids = {"a1", "a2", "a3"};
    String[] who = {"the filing", "analysts", "the board"};
    double[] values = {first, second, third};
    for (int i = 0; i < 3; i++) {
      String words = String.valueOf(values[i]).replaceAll("\\.0$", "");
      story =
          story
              .line(
                  ids[i],
                  "Anna Kovel holds a " + words + " stake in Ostrand Mills, said " + who[i] + ".")
              .subject("stake")
              .said(who[i])
              .exactly("stake", words, values[i])
              .in(unit)
              .add();
    }
    return story.reconcile();
  }

  @Test
  void aShareThatComesBackToItsFigureAfterOneDigitApartIsASlipConflict() {
    Reconciliation r = stake("%", 7.4, 7.3, 7.4);
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.UPDATE);
    assertThat(slips(r))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
              assertThat(f.support())
                  .extracting(Support::value)
                  .containsExactlyInAnyOrder("7.4", "7.3", "7.4");
              assertThat(f.explanation()).contains("comes back to its figure");
            });
  }

  @Test
  void aShareThatChangesAndStaysIsAnUpdateOnly() {
    Reconciliation r = stake("%", 7.4, 7.3, 7.3);
    assertThat(r.findings()).anyMatch(f -> f.kind() == FindingKind.UPDATE);
    assertThat(slips(r)).isEmpty();
  }

  @Test
  void aFigureThatComesBackFromAnotherOriginIsNoUpdate() {
    Reconciliation r = stake("USD", 7.4e9, 6.1e9, 7.4e9);
    assertThat(r.findings())
        .noneMatch(f -> f.kind() == FindingKind.UPDATE)
        .anySatisfy(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.SCOPE);
              assertThat(f.explanation()).contains("the figure comes back");
            });
  }

  @Test
  void aShareWrittenCoarserBetweenTwoEqualFiguresIsNotASlip() {
    assertThat(slips(stake("%", 7.4, 7, 7.4))).isEmpty();
  }

  @Test
  void sumsOfMoneyOneDigitApartMayBeTwoValuationsNotASlip() {
    assertThat(slips(stake("USD", 7.4e9, 7.3e9, 7.4e9))).isEmpty();
  }

  @Test
  void figuresWithOneDigitChangedAtOnePrecision() {
    assertThat(Verdicts.sameDigitsButOne(9.2, 9.1)).isTrue();
    assertThat(Verdicts.sameDigitsButOne(9.2, 9)).isFalse();
    assertThat(Verdicts.sameDigitsButOne(9.2, 8.2)).isFalse();
    assertThat(Verdicts.sameDigitsButOne(9.2, 9.2)).isFalse();
  }
}
