package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.extract.WordClaims;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Findings over word and date claims of an invented story: the freighter Ostrand, whose flag the
 * reports give two ways, and the takeover of Velmora Media, agreed, put on hold and closed.
 */
class WordFindingsTest {
  private static final LocalDate D1 = LocalDate.of(2031, 4, 2);
  private static final LocalDate D2 = LocalDate.of(2031, 5, 14);
  private static final LocalDate D3 = LocalDate.of(2031, 9, 30);

  private static List<Finding> of(Reconciliation r, String measure) {
    return r.findings().stream().filter(f -> f.variable().measure().equals(measure)).toList();
  }

  @Test
  void twoFlagsForOneVesselAreAConflict() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .article("a3", "Sulev Daily", D2)
            .line("a1", "The Panama-flagged freighter Ostrand hit the pier.")
            .word(WordClaims.FLAG, "Panama", "Panama")
            .add()
            .line("a2", "The freighter sailed under the Panamanian flag.")
            .word(WordClaims.FLAG, "Panamanian", "Panama")
            .add()
            .line("a3", "The Liberian cargo ship Ostrand was refloated.")
            .word(WordClaims.FLAG, "Liberian", "Liberia")
            .add()
            .reconcile();
    assertThat(of(r, WordClaims.FLAG))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
              assertThat(f.support()).hasSize(3);
              assertThat(f.support())
                  .extracting(Support::interval)
                  .containsExactlyInAnyOrder("Panama", "Panama", "Liberia");
            });
  }

  @Test
  void oneFlagFromTwoSourcesIsAnAgreement() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D2)
            .line("a1", "The Panama-flagged freighter Ostrand hit the pier.")
            .word(WordClaims.FLAG, "Panama", "Panama")
            .add()
            .line("a2", "The freighter sailed under the Panamanian flag.")
            .word(WordClaims.FLAG, "Panamanian", "Panama")
            .add()
            .reconcile();
    assertThat(of(r, WordClaims.FLAG))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.AGREE));
  }

  @Test
  void aDealsStatusChangingOverTimeIsAnUpdateNotAConflict() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D2)
            .article("a3", "Sulev Daily", D3)
            .line("a1", "Ostrand Holdings agreed to buy Velmora Media in a deal worth $3 billion.")
            .word(WordClaims.STATUS, "agreed to buy", "agreed")
            .add()
            .line("a2", "The Velmora deal is temporarily on hold.")
            .word(WordClaims.STATUS, "deal is temporarily on hold", "on hold")
            .add()
            .line("a3", "Ostrand completed its acquisition of Velmora Media.")
            .word(WordClaims.STATUS, "completed its acquisition", "closed")
            .add()
            .reconcile();
    assertThat(of(r, WordClaims.STATUS))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.UPDATE);
              assertThat(f.explanation()).contains("agreed", "on hold", "closed");
              assertThat(f.explanation().indexOf("agreed"))
                  .isLessThan(f.explanation().indexOf("closed"));
            });
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.CONFLICT);
  }

  @Test
  void closingDaysConflictOnlyWhenTheyCannotOverlap() {
    Reconciliation months =
        new Story()
            .article("a1", "Velmora Post", D3)
            .article("a2", "Harbour Times", D3)
            .line("a1", "Ostrand closed the deal on 28 September.")
            .wordDays(WordClaims.CLOSED_ON, "28 September", D3.minusDays(2), D3.minusDays(2))
            .add()
            .line("a2", "Ostrand closed the deal in September.")
            .wordDays(WordClaims.CLOSED_ON, "September", D3.withDayOfMonth(1), D3)
            .add()
            .reconcile();
    assertThat(of(months, WordClaims.CLOSED_ON))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.AGREE));
    Reconciliation days =
        new Story()
            .article("a1", "Velmora Post", D3)
            .article("a2", "Harbour Times", D3)
            .line("a1", "Ostrand closed the deal on 28 September.")
            .wordDays(WordClaims.CLOSED_ON, "28 September", D3.minusDays(2), D3.minusDays(2))
            .add()
            .line("a2", "Ostrand closed the deal on 27 September.")
            .wordDays(WordClaims.CLOSED_ON, "27 September", D3.minusDays(3), D3.minusDays(3))
            .add()
            .reconcile();
    assertThat(of(days, WordClaims.CLOSED_ON))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT));
  }

  @Test
  void partiesHeldResponsibleUnderSeveralNamesGetNoVerdict() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "The Northern Front claimed responsibility for the bombing.")
            .word(WordClaims.RESPONSIBILITY, "Northern Front", "Northern Front")
            .add()
            .line("a2", "Die Nordfront bekannte sich zu dem Anschlag.")
            .word(WordClaims.RESPONSIBILITY, "Nordfront", "Nordfront")
            .add()
            .reconcile();
    assertThat(of(r, WordClaims.RESPONSIBILITY)).isEmpty();
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.CONFLICT);
  }

  @Test
  void onePartyHeldResponsibleByTwoSourcesIsAnAgreement() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "The Northern Front claimed responsibility for the bombing.")
            .word(WordClaims.RESPONSIBILITY, "Northern Front", "Northern Front")
            .add()
            .line("a2", "Officials blamed the Northern Front for the bombing.")
            .word(WordClaims.RESPONSIBILITY, "Northern Front", "Northern Front")
            .add()
            .reconcile();
    assertThat(of(r, WordClaims.RESPONSIBILITY))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.AGREE));
  }
}
