package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.quantity.Bounds;
import io.corroborate.annotate.quantity.Hedge;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People described without their names, reports that do not say when they were published, counts of
 * parts and "up to" figures, on an invented rescue in the land of Velmora.
 */
class UnnamedAndUndatedTest {
  private static final LocalDate FEB10 = LocalDate.of(2026, 2, 10);

  private static EntityProfile profile(Reconciliation r, String name) {
    return r.profiles().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  private static Story rescue() {
    return new Story()
        .article("a1", "Velmora Post", FEB10)
        .article("a2", "Harbour Times", FEB10)
        .line("a1", "Tomas Vell, 30, and Iro Kade, 22, were pulled from the river.")
        .subject("Tomas Vell")
        .attribute("age", "30", 30)
        .add()
        .line("a1", "Tomas Vell, 30, and Iro Kade, 22, were pulled from the river.")
        .subject("Iro Kade")
        .attribute("age", "22", 22)
        .add();
  }

  @Test
  void theOneUnnamedPairingThatFitsBestNamesBothAndLetsTheirAgesBeChecked() {
    Reconciliation r =
        rescue()
            .line("a2", "One of the rescued men was born in 2005.")
            .subject("One of the rescued men")
            .year("born", "2005", 2005)
            .add()
            .line("a2", "The other man was born in 1996.")
            .subject("The other man")
            .year("born", "1996", 1996)
            .add()
            .reconcile();
    // Born 1996 fits Vell at 30; so the one born in 2005 is Kade, whom the Post gives 22.
    EntityProfile vell = profile(r, "Tomas Vell");
    assertThat(vell.aliases()).contains("The other man");
    assertThat(vell.merges()).singleElement().asString().contains("fits Tomas Vell aged 30");
    EntityProfile kade = profile(r, "Iro Kade");
    assertThat(kade.aliases()).contains("One of the rescued men");
    assertThat(kade.attributes())
        .filteredOn(a -> a.name().equals("born"))
        .singleElement()
        .satisfies(a -> assertThat(a.consistent()).isFalse());
    assertThat(r.findings())
        .anyMatch(
            f ->
                f.kind() == FindingKind.CONFLICT
                    && f.variable().label().equals("Iro Kade: age against birth year")
                    && f.explanation().contains("not in 2005"));
  }

  @Test
  void unnamedPeopleThatFitEitherNameStayUnnamed() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", FEB10)
            .article("a2", "Harbour Times", FEB10)
            .line("a1", "Tomas Vell, 30, and Iro Kade, 31, were pulled from the river.")
            .subject("Tomas Vell")
            .attribute("age", "30", 30)
            .add()
            .line("a1", "Tomas Vell, 30, and Iro Kade, 31, were pulled from the river.")
            .subject("Iro Kade")
            .attribute("age", "31", 31)
            .add()
            .line("a2", "One of the men was born in 1995.")
            .subject("One of the men")
            .year("born", "1995", 1995)
            .add()
            .line("a2", "The other was born in 1995 as well.")
            .subject("The other")
            .year("born", "1995", 1995)
            .add()
            .reconcile();
    assertThat(profile(r, "Tomas Vell").merges()).isEmpty();
    assertThat(profile(r, "Iro Kade").merges()).isEmpty();
    assertThat(r.profiles()).anyMatch(p -> p.name().startsWith("One of the men"));
  }

  @Test
  void anUndatedReportIsReadAtItsStorysDateAndSaysSo() {
    Reconciliation r =
        new Story()
            .undated("a1", "Velmora Post")
            .article("a2", "Harbour Times", FEB10)
            .line("a1", "Iro Kade, 22, was pulled from the river.")
            .subject("Iro Kade")
            .attribute("age", "22", 22)
            .add()
            .line("a2", "Iro Kade was born in 2005.")
            .subject("Iro Kade")
            .year("born", "2005", 2005)
            .add()
            .reconcile();
    Finding f =
        r.findings().stream()
            .filter(x -> x.variable().measure().equals("age-born"))
            .findFirst()
            .orElseThrow();
    assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
    assertThat(f.explanation()).contains("as of 2026-02-10");
    assertThat(f.support())
        .filteredOn(s -> s.articleId().equals("a1"))
        .singleElement()
        .satisfies(s -> assertThat(s.holds()).contains("undated article"));
  }

  @Test
  void countsOfPartsAndOfNamedPeopleAreNotFiguresForTheWhole() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", FEB10)
            .article("a2", "Harbour Times", FEB10)
            .article("a3", "Coastal Herald", FEB10)
            .line("a1", "The army said 12,000 soldiers were in the valley.")
            .said("army")
            .subject("soldiers")
            .exactly("count", "12,000", 12000)
            .add()
            .line("a2", "A group of 2,500 soldiers left first.")
            .subject("soldiers")
            .exactly("count", "2,500", 2500)
            .add()
            .line("a3", "The two soldiers were found on the bank.")
            .subject("The two soldiers")
            .exactly("count", "two", 2)
            .add()
            .line("a3", "Some 900 other soldiers stayed behind.")
            .subject("other soldiers")
            .exactly("count", "900", 900)
            .add()
            .reconcile();
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.CONFLICT);
    assertThat(r.findings())
        .filteredOn(f -> f.variable().measure().equals("deployed"))
        .singleElement()
        .satisfies(
            f -> assertThat(f.support()).extracting(Support::value).containsExactly("12,000"));
  }

  @Test
  void upToAFigureIsALargeFigureAndContradictsAQuarterOfIt() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", FEB10)
            .article("a2", "Harbour Times", FEB10)
            .line("a1", "The governor said as many as 4,000 people were killed or wounded.")
            .said("governor")
            .amount("killed-or-wounded", "4,000", 4000, Bounds.closed(0, 4000), Hedge.AT_MOST)
            .add()
            .line("a2", "The relief office said about 1,000 people were killed or wounded.")
            .said("relief office")
            .amount("killed-or-wounded", "1,000", 1000, Bounds.exactly(1000), Hedge.APPROXIMATE)
            .add()
            .reconcile();
    assertThat(r.findings())
        .filteredOn(f -> f.variable().measure().equals("casualties"))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT));
    assertThat(List.of(ReconcileOptions.defaults().atMostFloor())).containsExactly(0.5);
  }

  @Test
  void undatedReportsOfATollTheDatedOnesShowGrowingAreItsGrowthNotAConflict() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", FEB10)
            .article("a4", "Valley Radio", FEB10.plusDays(1))
            .undated("a2", "Harbour Times")
            .undated("a3", "Coastal Herald")
            .line("a1", "At least 40 people died in the flood.")
            .subject("people")
            .amount("dead", "At least 40", 40, Bounds.atLeast(40), Hedge.AT_LEAST)
            .add()
            .line("a4", "The toll rose to 60 people.")
            .subject("people")
            .exactly("dead", "60", 60)
            .add()
            .line("a2", "The toll rose to 115 people.")
            .subject("people")
            .exactly("dead", "115", 115)
            .add()
            .line("a3", "The toll now stands at 137 people.")
            .subject("people")
            .exactly("dead", "137", 137)
            .add()
            .reconcile();
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.CONFLICT);
    assertThat(r.findings())
        .filteredOn(f -> f.variable().measure().equals("dead"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.UPDATE);
              assertThat(f.explanation())
                  .contains("40+ → 60")
                  .contains("2 of 4 reports give no date of their own: 115, 137");
            });
  }

  @Test
  void datedReportsOfOneDayStillClashWhenAnUndatedOneStandsBeside() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", FEB10)
            .article("a2", "Harbour Times", FEB10)
            .undated("a3", "Coastal Herald")
            .line("a1", "Officials said 40 people died on Tuesday.")
            .subject("people")
            .exactly("dead", "40", 40)
            .add()
            .line("a2", "Officials said 90 people died on Tuesday.")
            .subject("people")
            .exactly("dead", "90", 90)
            .add()
            .line("a3", "The toll stands at 60 people.")
            .subject("people")
            .exactly("dead", "60", 60)
            .add()
            .reconcile();
    assertThat(r.findings())
        .filteredOn(f -> f.variable().measure().equals("dead"))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT));
  }

  @Test
  void undatedReportsOfAGrowingCountDoNotClashWithOneAnother() {
    Reconciliation r =
        new Story()
            .undated("a1", "Velmora Post")
            .undated("a2", "Harbour Times")
            .undated("a3", "Coastal Herald")
            .line("a1", "At least 40 people died in the flood.")
            .subject("people")
            .amount("dead", "At least 40", 40, Bounds.atLeast(40), Hedge.AT_LEAST)
            .add()
            .line("a2", "The toll rose to 115 people.")
            .subject("people")
            .exactly("dead", "115", 115)
            .add()
            .line("a3", "The toll now stands at 137 people.")
            .subject("people")
            .exactly("dead", "137", 137)
            .add()
            .reconcile();
    assertThat(r.findings())
        .filteredOn(f -> f.variable().measure().equals("dead"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.UPDATE);
              assertThat(f.explanation()).contains("40 → 115 → 137").contains("3 of 3 reports");
            });
  }

  @Test
  void anUndatedLowerCountBesideADatedOneIsAnEarlierPointNotAConflict() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", FEB10)
            .undated("a2", "Harbour Times")
            .line("a1", "Five children are among the dead, officials said.")
            .subject("children")
            .exactly("dead", "Five", 5)
            .add()
            .line("a2", "Three children are among the dead, the committee said.")
            .subject("children")
            .exactly("dead", "Three", 3)
            .add()
            .reconcile();
    assertThat(r.findings())
        .filteredOn(f -> f.variable().measure().equals("dead"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.UPDATE);
              assertThat(f.explanation()).contains("3 → 5");
            });
  }

  /** Two dated reports of the Ostrand causeway's length and one undated, in kilometres. */
  private static Reconciliation causeway(double second, String undatedWords, double undated) {
    return new Story()
        .article("a1", "Velmora Post", FEB10)
        .article("a2", "Harbour Times", FEB10.plusDays(3))
        .undated("a3", "Sulev Daily")
        .line("a1", "The Ostrand causeway is 4.2 km long.")
        .subject("causeway")
        .exactly("length", "4.2", 4.2)
        .in("km")
        .add()
        .line("a2", "The Ostrand causeway runs " + Reconciler.num(second) + " km.")
        .subject("causeway")
        .exactly("length", Reconciler.num(second), second)
        .in("km")
        .add()
        .line("a3", "The causeway, more than " + undatedWords + " km long, was closed.")
        .subject("causeway")
        .amount("length", undatedWords, undated, Bounds.atLeast(undated), Hedge.MORE_THAN)
        .in("km")
        .add()
        .reconcile();
  }

  @Test
  void anUndatedReportIsNoEvidenceThatAPropertyChanged() {
    Reconciliation r = causeway(4.2, "4", 4);
    assertThat(r.findings())
        .noneMatch(f -> f.kind() == FindingKind.UPDATE)
        .anyMatch(f -> f.kind() == FindingKind.AGREE);
  }

  @Test
  void aPropertyThatDatedReportsShowChangingIsStillAnUpdate() {
    Reconciliation r = causeway(4.8, "4", 4);
    assertThat(r.findings()).anyMatch(f -> f.kind() == FindingKind.UPDATE);
  }
}
