package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.quantity.Bounds;
import io.corroborate.annotate.quantity.Hedge;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Totals a report breaks down into the figures written beside them, and parts whose total another
 * report gives, on the invented Ostrand flood and the Velmora port sale.
 */
class TotalsAndPartsTest {
  private static final LocalDate D1 = LocalDate.of(2026, 5, 4);

  private static Finding breakdown(Reconciliation r) {
    return r.findings().stream()
        .filter(f -> f.kind() == FindingKind.BREAKDOWN)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no breakdown in " + r.findings()));
  }

  @Test
  void aTotalFollowedByPartsThatAddUpToItIsABreakdown() {
    String s = "The governor said 25 people died, 18 in Ostrand and 7 in Sulev.";
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .line("a1", s)
            .said("governor")
            .exactly("dead", "25", 25)
            .add()
            .line("a1", s)
            .said("governor")
            .exactly("dead", "18", 18)
            .add()
            .line("a1", s)
            .said("governor")
            .exactly("dead", "7", 7)
            .add()
            .reconcile();
    Finding f = breakdown(r);
    assertThat(f.support()).extracting(Support::value).containsExactly("25", "18", "7");
    assertThat(f.explanation()).startsWith("18 + 7 = 25");
  }

  @Test
  void groupsCountedBeforeTheirTotalAreABreakdownOfIt() {
    String s = "Doctors treat 110 adults and 5 children, 115 patients in all.";
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .line("a1", s)
            .subject("adults")
            .exactly("count", "110", 110)
            .add()
            .line("a1", s)
            .subject("children")
            .exactly("count", "5", 5)
            .add()
            .line("a1", s)
            .subject("patients")
            .exactly("hospitalised", "115", 115)
            .add()
            .reconcile();
    assertThat(breakdown(r).explanation()).startsWith("110 + 5 = 115");
  }

  @Test
  void countsOfOtherThingsAreNoPartsOfACount() {
    String s = "2 Ostrand men and 3 Sulev men worked on the bridge of 5 lanes.";
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .line("a1", s)
            .subject("men")
            .exactly("count", "2", 2)
            .add()
            .line("a1", s)
            .subject("men")
            .exactly("count", "3", 3)
            .add()
            .line("a1", s)
            .subject("lanes")
            .exactly("count", "5", 5)
            .add()
            .reconcile();
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.BREAKDOWN);
  }

  @Test
  void countsOfOneThingArePartsOfItsCount() {
    String s = "2 Ostrand lanes and 3 Sulev lanes make the bridge's 5 lanes.";
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .line("a1", s)
            .subject("lanes")
            .exactly("count", "2", 2)
            .add()
            .line("a1", s)
            .subject("lanes")
            .exactly("count", "3", 3)
            .add()
            .line("a1", s)
            .subject("lanes")
            .exactly("count", "5", 5)
            .add()
            .reconcile();
    assertThat(breakdown(r).explanation()).startsWith("2 + 3 = 5");
  }

  @Test
  void figuresThatMissATotalWrittenToTheUnitAreNoBreakdown() {
    String s = "Ostrand lost 70 people, Sulev 20, Kaldor 4 and Velmora 45.";
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .line("a1", s)
            .exactly("dead", "70", 70)
            .add()
            .line("a1", s)
            .exactly("dead", "20", 20)
            .add()
            .line("a1", s)
            .exactly("dead", "4", 4)
            .add()
            .line("a1", s)
            .exactly("dead", "45", 45)
            .add()
            .reconcile();
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.BREAKDOWN);
  }

  @Test
  void aRoundTotalMeetsItsPartsWithinItsRounding() {
    String s = "More than 50,000 have died, 44,218 in Ostrand and 5,914 in Sulev.";
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .line("a1", s)
            .amount("dead", "50,000", 50_000, Bounds.above(50_000), Hedge.MORE_THAN)
            .add()
            .line("a1", s)
            .exactly("dead", "44,218", 44_218)
            .add()
            .line("a1", s)
            .exactly("dead", "5,914", 5_914)
            .add()
            .reconcile();
    assertThat(breakdown(r).explanation()).startsWith("44,218 + 5,914 = 50,132");
  }

  @Test
  void partsSideBySideMeetTheTotalAnotherReportGives() {
    String s = "The buyer raised $25.5 billion in loans and $21 billion of his own.";
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", s)
            .exactly("financing", "25.5", 25.5e9)
            .in("USD")
            .add()
            .line("a1", s)
            .exactly("financing", "21", 21e9)
            .in("USD")
            .add()
            .line("a2", "The bid rests on $46.5 billion of financing.")
            .exactly("financing", "46.5", 46.5e9)
            .in("USD")
            .add()
            .reconcile();
    Finding f = breakdown(r);
    assertThat(f.support())
        .extracting(Support::articleId)
        .containsExactlyInAnyOrder("a1", "a1", "a2");
    assertThat(f.explanation()).contains("which matches the total of 46.5");
  }

  @Test
  void partsOfAKindOfTheTotalsMeasureBreakItDown() {
    String parts = "Of it, $18.2 billion is debt financing and $12.2 billion equity financing.";
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .line("a1", "The port sale rests on $30.4 billion of financing.")
            .exactly("financing", "30.4", 30.4e9)
            .in("USD")
            .add()
            .line("a1", parts)
            .exactly("debt financing", "18.2", 18.2e9)
            .in("USD")
            .add()
            .line("a1", parts)
            .exactly("equity financing", "12.2", 12.2e9)
            .in("USD")
            .add()
            .reconcile();
    Finding f = breakdown(r);
    assertThat(f.support())
        .extracting(Support::value)
        .containsExactlyInAnyOrder("30.4", "18.2", "12.2");
    assertThat(f.explanation()).startsWith("18,200,000,000 + 12,200,000,000 = 30,400,000,000");
  }

  @Test
  void aMeasureIsAKindOfAnotherWhenAWordBeforeItNamesTheKind() {
    assertThat(Sums.kindOf("debt financing", "financing")).isTrue();
    assertThat(Sums.kindOf("financing", "financing")).isTrue();
    assertThat(Sums.kindOf("financing", "debt financing")).isFalse();
    assertThat(Sums.kindOf("refinancing", "financing")).isFalse();
    assertThat(Sums.kindOf("cost", "financing")).isFalse();
  }
}
