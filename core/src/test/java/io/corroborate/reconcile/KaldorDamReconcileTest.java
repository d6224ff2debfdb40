package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.annotate.Annotation;
import io.corroborate.extract.Claim;
import io.corroborate.extract.ClaimExtractor;
import io.corroborate.extract.ExtractOptions;
import io.corroborate.extract.PlainLayer;
import io.corroborate.link.Link;
import io.corroborate.link.LinkOptions;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.testkit.Repo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reconciler on our own fictional story, {@code examples/kaldor-dam}, read by the model-free
 * layer; the expected findings are those of the answer key in {@code examples/README.md}.
 */
class KaldorDamReconcileTest {
  private static Reconciliation result;

  @BeforeAll
  static void reconcile() {
    RunSummary run =
        Corroborate.create()
            .run(List.of(Repo.examples().resolve("kaldor-dam").toString()), new RunListener() {});
    ClaimExtractor x = new ClaimExtractor(ExtractOptions.defaults());
    Map<String, Annotation> annotations = new LinkedHashMap<>();
    Map<String, List<Claim>> claims = new LinkedHashMap<>();
    for (Article a : run.articles()) {
      Annotation an = PlainLayer.annotate(a.text(), a.published().map(DateStamp::date));
      annotations.put(a.id(), an);
      claims.put(a.id(), x.extract(a, an));
    }
    StoryInput in =
        new StoryInput(
            "kaldor-dam",
            run.articles(),
            claims,
            Map.of(),
            new Link(LinkOptions.defaults()).link(run.articles(), annotations, claims));
    result = new Reconciler(ReconcileOptions.defaults()).reconcile(in);
    if (Boolean.getBoolean("reconcile.print")) {
      System.out.print(result.describe());
    }
  }

  @Test
  void conflictsComeFirst() {
    assertThat(result.findings()).isNotEmpty();
    assertThat(result.findings().get(0).kind()).isEqualTo(FindingKind.CONFLICT);
  }

  private static Finding finding(FindingKind kind, String keyStart) {
    return result.findings().stream()
        .filter(f -> f.kind() == kind && f.variable().key().startsWith(keyStart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " on " + keyStart));
  }

  @Test
  void theGovernorsAtLeastTwentyConflictsWithTheAgencysLaterFourteen() {
    Finding f = finding(FindingKind.CONFLICT, "people|dead|");
    assertThat(f.explanation()).contains("at least 20").contains("14").contains("not an update");
    assertThat(f.independentOrigins()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void fortyCasualtiesBreakDownIntoNineDeadAndThirtyOneInjured() {
    assertThat(result.findings())
        .filteredOn(f -> f.kind() == FindingKind.BREAKDOWN)
        .anySatisfy(f -> assertThat(f.explanation()).contains("9 dead + 31 wounded = 40"));
  }

  @Test
  void theEngineersAgeContradictsHisBirthYearAndBraskosAgrees() {
    assertThat(finding(FindingKind.CONFLICT, "miroslav tezhdan|age-born").explanation())
        .contains("1988");
    assertThat(finding(FindingKind.AGREE, "lena brasko|age-born").support()).hasSize(2);
  }

  @Test
  void theMissingCountIsUpdatedOverTime() {
    assertThat(finding(FindingKind.UPDATE, "people|missing|").explanation())
        .contains("23 → 14 → 11 → 9 → 4 → 2");
  }

  @Test
  void theOnlyConflictsAreTheTollAndTheEngineersAge() {
    assertThat(result.findings())
        .filteredOn(f -> f.kind() == FindingKind.CONFLICT)
        .extracting(f -> f.variable().key())
        .hasSize(2)
        .anyMatch(k -> k.startsWith("people|dead|"))
        .anyMatch(k -> k.startsWith("miroslav tezhdan|age-born"));
  }

  @Test
  void sheltersEmptyOverTimeAndFiguresOfTheWholeOrOfAPartStayOut() {
    assertThat(finding(FindingKind.UPDATE, "people|sheltered|").explanation())
        .contains("2,000")
        .contains("800");
    assertThat(finding(FindingKind.UPDATE, "people|evacuated|").support()).hasSizeGreaterThan(2);
    // a population, a payment in marks, "four of the dead", "two-thirds of the 600 homes"
    assertThat(result.findings())
        .noneMatch(f -> f.variable().measure().equals("count"))
        .flatExtracting(Finding::support)
        .extracting(Support::value)
        .doesNotContain("600", "5,000", "around 6.4 million");
    assertThat(result.findings())
        .filteredOn(f -> f.variable().measure().equals("dead"))
        .flatExtracting(Finding::support)
        .extracting(Support::value)
        .isNotEmpty()
        .doesNotContain("Four");
  }

  @Test
  void sumsOfMoneyAreComparedByWhatTheyPayFor() {
    Finding damage = finding(FindingKind.UPDATE, "damage|damage dem|");
    assertThat(damage.variable().label()).startsWith("damage in dem");
    assertThat(damage.explanation()).contains("150,000,000").contains("140,000,000");
    assertThat(finding(FindingKind.AGREE, "payment|payment dem|").independentOrigins())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void outletsRelayTheWireAndTheCourier() {
    assertThat(result.relays())
        .extracting(Relay::line)
        .anyMatch(l -> l.startsWith("The Lumen Post relays Meridian Wire"))
        .anyMatch(l -> l.contains("relays Maradin Courier"));
  }

  @Test
  void everySupportPointsIntoItsArticle() {
    result.findings().stream()
        .flatMap(f -> f.support().stream())
        .forEach(
            s -> {
              assertThat(s.evidence().articleId()).isEqualTo(s.articleId());
              assertThat(s.sentence()).isNotBlank();
            });
  }
}
