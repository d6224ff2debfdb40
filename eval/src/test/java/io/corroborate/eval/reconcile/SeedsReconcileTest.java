package io.corroborate.eval.reconcile;

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
import io.corroborate.reconcile.FindingKind;
import io.corroborate.reconcile.ReconcileOptions;
import io.corroborate.reconcile.Reconciler;
import io.corroborate.reconcile.Reconciliation;
import io.corroborate.reconcile.Relay;
import io.corroborate.reconcile.StoryInput;
import io.corroborate.testkit.Repo;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The reconciler on the five seed articles ({@code ../shared/corpus/seeds}, read at run time and
 * skipped when absent), annotated by the model-free layer. It pins only what the reconciler gets
 * today; the README of the reconcile package lists what it does not.
 */
@Tag("slow")
class SeedsReconcileTest {
  private static Reconciliation result;

  @BeforeAll
  static void reconcile() {
    Path seeds = Repo.sharedOrSkip("corpus/seeds");
    RunSummary run = Corroborate.create().run(List.of(seeds.toString()), new RunListener() {});
    ClaimExtractor x = new ClaimExtractor(ExtractOptions.defaults());
    Map<String, Annotation> annotations = new LinkedHashMap<>();
    Map<String, List<Claim>> claims = new LinkedHashMap<>();
    for (Article a : run.articles()) {
      Annotation an = PlainLayer.annotate(a.text(), a.published().map(DateStamp::date));
      annotations.put(a.id(), an);
      claims.put(a.id(), x.extract(a, an));
    }
    result =
        new Reconciler(ReconcileOptions.defaults())
            .reconcile(
                new StoryInput(
                    "seeds",
                    run.articles(),
                    claims,
                    Map.of(),
                    new Link(LinkOptions.defaults()).link(run.articles(), annotations)));
    if (Boolean.getBoolean("reconcile.print")) {
      System.out.print(result.describe());
    }
  }

  @Test
  void findingsListConflictsFirst() {
    assertThat(result.findings()).isNotEmpty();
    for (int i = 1; i < result.findings().size(); i++) {
      assertThat(result.findings().get(i).kind().ordinal())
          .isGreaterThanOrEqualTo(result.findings().get(i - 1).kind().ordinal());
    }
  }

  @Test
  void casualtyFiguresAreReconciled() {
    assertThat(result.findings())
        .anyMatch(
            f ->
                f.variable().measure().equals("casualties")
                    || f.variable().measure().equals("dead"));
  }

  @Test
  void theWallStreetJournalOrChosunIlboIsRelayed() {
    assertThat(result.relays())
        .extracting(Relay::source)
        .anyMatch(s -> s.contains("Wall Street Journal") || s.contains("Chosun"));
  }

  @Test
  void theTimelineIsChronological() {
    for (int i = 1; i < result.timeline().size(); i++) {
      assertThat(result.timeline().get(i).start())
          .isAfterOrEqualTo(result.timeline().get(i - 1).start());
    }
    assertThat(result.findings())
        .noneMatch(
            f ->
                f.kind() == null
                    || f.kind() == FindingKind.valueOf("CONFLICT") && f.support().isEmpty());
  }
}
