package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.quantity.Bounds;
import io.corroborate.annotate.quantity.Hedge;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The starting figure of a rise is an earlier value of the count, never a rival figure. */
class RisesTest {
  private static boolean start(String sentence, String figure, String language) {
    return Rises.start(sentence, sentence.indexOf(figure), language);
  }

  @Test
  void theFigureAfterFromOfARiseIsItsStart() {
    String s = "The toll in Velmora rose from 12 to 40 on Monday.";
    assertThat(start(s, "12", "en")).isTrue();
    assertThat(start(s, "40", "en")).isFalse();
    assertThat(start("The toll rose sharply from 12 to 40.", "12", "en")).isTrue();
  }

  @Test
  void everyFigureOfAnOpeningFromIsAStart() {
    String s = "De 12 morts et 35 blessés, le bilan à Velmora a grimpé à 40 décès.";
    assertThat(start(s, "12", "fr")).isTrue();
    assertThat(start(s, "35", "fr")).isTrue();
    assertThat(start(s, "40", "fr")).isFalse();
  }

  @Test
  void aFromThatIsNoStartOfARiseIsNot() {
    assertThat(start("Le bilan a grimpé à plus de 40 morts.", "40", "fr")).isFalse();
    assertThat(start("Rescuers from 12 towns arrived as the toll rose.", "12", "en")).isFalse();
    assertThat(start("From 12 dead on Monday, officials gave no new toll.", "12", "en")).isFalse();
  }

  @Test
  void theStartOfARiseGivenByOneSourceDoesNotClashWithAnotherSourcesFigure() {
    LocalDate day = LocalDate.of(2026, 3, 2);
    Reconciliation r =
        new Story()
            .article("a1", "Gazette d'Ostrand", day, "fr")
            .article("a2", "Velmora Post", day, "fr")
            .line("a1", "De 12 morts et 35 blessés, le bilan a grimpé à 40 morts, selon la police.")
            .subject("people")
            .exactly("wounded", "35", 35)
            .said("la police")
            .add()
            .line("a2", "Au moins 145 personnes ont été blessées, selon l'hôpital.")
            .subject("people")
            .amount("wounded", "Au moins 145", 145, Bounds.atLeast(145), Hedge.AT_LEAST)
            .said("l'hôpital")
            .add()
            .reconcile();
    assertThat(r.findings())
        .filteredOn(f -> f.variable().measure().equals("wounded"))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isNotEqualTo(FindingKind.CONFLICT));
  }
}
