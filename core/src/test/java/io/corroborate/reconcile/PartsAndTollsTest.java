package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.quantity.Bounds;
import io.corroborate.annotate.quantity.Hedge;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Figures that name a part of what is counted ("four of the dead were from Sulev"), the whole a
 * share is taken from ("two-thirds of the 600 homes"), bare counts of a generic noun ("a town of
 * 1,650 residents") and tolls with no counted noun ("40 casualties"), on the invented Varnesian
 * flood.
 */
class PartsAndTollsTest {
  private static final LocalDate MAR8 = LocalDate.of(2026, 3, 8);

  private static Story governorsToll() {
    return new Story()
        .article("a1", "Ostrel Today", MAR8)
        .article("a2", "Maradin Courier", MAR8)
        .line("a1", "The governor said at least 20 people had died.")
        .said("governor")
        .subject("people")
        .amount("died", "at least 20", 20, Bounds.atLeast(20), Hedge.AT_LEAST)
        .add();
  }

  @Test
  void aPartOfTheDeadIsNotAnotherToll() {
    Reconciliation r =
        governorsToll()
            .line("a2", "Four of the dead were from Sulev, according to the mayor.")
            .said("mayor")
            .subject("Four")
            .exactly("dead", "Four", 4)
            .add()
            .reconcile();
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.CONFLICT);
    assertThat(r.findings())
        .filteredOn(f -> f.variable().measure().equals("dead"))
        .singleElement()
        .satisfies(
            f -> assertThat(f.support()).extracting(Support::value).containsExactly("at least 20"));
  }

  @Test
  void theWholeAShareIsTakenFromIsNotTheFigureMeasured() {
    Reconciliation r =
        new Story()
            .article("a1", "Maradin Courier", MAR8)
            .article("a2", "Civic Ledger", MAR8)
            .line(
                "a1", "The mayor said two-thirds of the 600 homes in the village had been flooded.")
            .said("mayor")
            .subject("homes")
            .exactly("flooded", "600", 600)
            .add()
            .line("a2", "According to the NCPA, about 400 homes in Sulev were flooded.")
            .said("NCPA")
            .subject("homes")
            .amount("flooded", "about 400", 400, Bounds.closed(350, 450), Hedge.APPROXIMATE)
            .add()
            .reconcile();
    assertThat(r.findings())
        .filteredOn(f -> f.variable().measure().equals("flooded"))
        .singleElement()
        .satisfies(
            f -> assertThat(f.support()).extracting(Support::value).containsExactly("about 400"));
  }

  @Test
  void eitherSideOfARatioIsNotACount() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", MAR8)
            .line("a1", "In Sulev, two out of every three houses were flooded.")
            .subject("houses")
            .exactly("flooded", "three", 3)
            .add()
            .line("a1", "One in five homes in Brenitsa was damaged.")
            .subject("homes")
            .exactly("damaged", "One", 1)
            .add()
            .reconcile();
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void aBareCountOfOneGenericNounIsNotAFigureOfTheStory() {
    Reconciliation r =
        new Story()
            .article("a1", "Civic Ledger", MAR8)
            .article("a2", "Lumen Post", MAR8)
            .line("a1", "Harnik, which had about 1,650 residents before the flood, lies below.")
            .subject("residents")
            .exactly("count", "about 1,650", 1650)
            .add()
            .line("a2", "Varnesia, a country of around 6.4 million people, has had floods before.")
            .subject("people")
            .exactly("count", "around 6.4 million", 6_400_000)
            .add()
            .reconcile();
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void aTollWithNoCountedNounCountsPeople() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", MAR8)
            .article("a2", "Lumen Post", MAR8)
            .line("a1", "The governor said the flood had left 40 casualties.")
            .said("governor")
            .subject("40")
            .exactly("casualties", "40", 40)
            .add()
            .line("a2", "The NCPA said 40 people were killed or injured.")
            .said("NCPA")
            .subject("people")
            .exactly("killed-or-wounded", "40", 40)
            .add()
            .reconcile();
    assertThat(r.findings())
        .filteredOn(f -> f.variable().measure().equals("casualties"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.AGREE);
              assertThat(f.independentOrigins()).isEqualTo(2);
            });
  }

  @Test
  void aSumThatWithItsSentenceMateAddsUpToAnotherReportsTotalIsAPartNotARival() {
    String bills =
        "The harbour board paid about 75 million marks, while the river patrol spent about 24"
            + " million marks.";
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", MAR8)
            .article("a2", "Maradin Courier", MAR8)
            .line("a1", "The cleanup cost about 100 million marks, the ministry said.")
            .said("ministry")
            .subject("cleanup")
            .amount(
                "cost", "about 100 million", 100e6, Bounds.closed(95e6, 105e6), Hedge.APPROXIMATE)
            .in("MRK")
            .add()
            .line("a2", bills)
            .said("harbour board")
            .subject("cleanup")
            .amount("cost", "about 75 million", 75e6, Bounds.closed(71e6, 79e6), Hedge.APPROXIMATE)
            .in("MRK")
            .add()
            .line("a2", bills)
            .said("river patrol")
            .subject("cleanup")
            .amount("cost", "about 24 million", 24e6, Bounds.closed(23e6, 25e6), Hedge.APPROXIMATE)
            .in("MRK")
            .add()
            .reconcile();
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.CONFLICT);
    assertThat(r.findings())
        .filteredOn(f -> f.variable().measure().startsWith("cost"))
        .filteredOn(f -> f.kind() != FindingKind.BREAKDOWN)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.SCOPE);
              assertThat(f.explanation()).contains("is a part");
            });
    // The two bills side by side are the ministry's total broken down.
    assertThat(r.findings())
        .filteredOn(f -> f.kind() == FindingKind.BREAKDOWN)
        .singleElement()
        .satisfies(f -> assertThat(f.support()).hasSize(3));
  }

  @Test
  void aSumWhoseSentenceMatesDoNotAddUpToTheOtherStillClashes() {
    Reconciliation r =
        new Story()
            .article("a1", "Ostrel Today", MAR8)
            .article("a2", "Maradin Courier", MAR8)
            .line("a1", "The cleanup cost about 100 million marks, the ministry said.")
            .said("ministry")
            .subject("cleanup")
            .amount(
                "cost", "about 100 million", 100e6, Bounds.closed(95e6, 105e6), Hedge.APPROXIMATE)
            .in("MRK")
            .add()
            .line("a2", "The cleanup cost about 40 million marks, the harbour board said.")
            .said("harbour board")
            .subject("cleanup")
            .amount("cost", "about 40 million", 40e6, Bounds.closed(38e6, 42e6), Hedge.APPROXIMATE)
            .in("MRK")
            .add()
            .reconcile();
    assertThat(r.findings()).anyMatch(f -> f.kind() == FindingKind.CONFLICT);
  }

  @Test
  void aSumBesideItsWholeIsAPartWhenItsSiblingWasNotReadAsAClaim() {
    LocalDate day = LocalDate.of(2026, 5, 4);
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", day)
            .article("a2", "Harbour Times", day)
            .line("a1", "Officials said clearing the harbour cost $100 million.")
            .subject("harbour")
            .exactly("cost", "$100 million", 100_000_000)
            .in("USD")
            .said("Officials")
            .add()
            .line("a2", "The port board said its invoices total $76 million, while the U.S.")
            .describes("status", "invoices")
            .add()
            .line("a2", "Guard's work cost $24 million, the guard said.")
            .subject("harbour")
            .exactly("cost", "$24 million", 24_000_000)
            .in("USD")
            .said("the guard")
            .add()
            .reconcile();
    assertThat(r.findings())
        .filteredOn(f -> f.variable().measure().startsWith("cost"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.SCOPE);
              assertThat(f.explanation()).contains("a part beside the whole");
            });
  }

  @Test
  void aWholeThatItsSentenceBreaksDownIsNoRivalOfItsRest() {
    LocalDate day = LocalDate.of(2026, 5, 9);
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", day)
            .article("a2", "Harbour Times", day)
            .line("a1", "In all 310 people were hurt, of whom 60 died, the agency said.")
            .subject("people")
            .exactly("wounded", "310", 310)
            .said("the agency")
            .add()
            .line("a1", "In all 310 people were hurt, of whom 60 died, the agency said.")
            .subject("people")
            .exactly("dead", "60", 60)
            .said("the agency")
            .add()
            .line("a2", "The ministry said 250 people were injured.")
            .subject("people")
            .exactly("wounded", "250", 250)
            .said("The ministry")
            .add()
            .reconcile();
    assertThat(r.findings())
        .filteredOn(f -> f.variable().measure().equals("wounded"))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isNotEqualTo(FindingKind.CONFLICT));
  }
}
