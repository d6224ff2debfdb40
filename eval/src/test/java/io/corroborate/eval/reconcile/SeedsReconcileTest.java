package io.corroborate.eval.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.dossier.Dossier;
import io.corroborate.dossier.EntityCard;
import io.corroborate.reconcile.EntityProfile;
import io.corroborate.reconcile.Finding;
import io.corroborate.reconcile.FindingKind;
import io.corroborate.reconcile.Relay;
import io.corroborate.reconcile.Support;
import io.corroborate.reconcile.TimelineEvent;
import io.corroborate.testkit.Repo;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The dossier of the five seed articles ({@code ../shared/corpus/seeds}, read at run time and
 * skipped when absent), made the way {@code corroborate analyze} makes it: CoreNLP annotation,
 * story clustering, reconciliation. It pins what a journalist checking the story by hand finds: the
 * casualty conflicts and breakdown with every source, the troop figures, the two prisoners' cards,
 * who relays whom and the timeline.
 */
@Tag("slow")
class SeedsReconcileTest {
  private static Dossier dossier;

  @BeforeAll
  static void analyze() {
    Path seeds = Repo.sharedOrSkip("corpus/seeds");
    Corroborate c =
        Corroborate.builder().annotate(CoreNlpLayer.shared(), AnnotationCache.none()).build();
    RunSummary run = c.run(List.of(seeds.toString()), new RunListener() {});
    List<Dossier> stories = c.dossiers(run);
    assertThat(stories).as("the five seeds are one story").hasSize(1);
    dossier = stories.get(0);
    if (Boolean.getBoolean("reconcile.print")) {
      System.out.print(new io.corroborate.dossier.MarkdownRenderer().render(dossier));
    }
  }

  private static String low(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static Predicate<Support> chainHas(String words) {
    return s -> low(s.chain()).contains(low(words));
  }

  private static List<Finding> findings(FindingKind kind, String measure) {
    return dossier.findings().stream()
        .filter(f -> f.kind() == kind && f.variable().measure().equals(measure))
        .toList();
  }

  /** The entity named {@code name} or holding it among its aliases, with what is said of it. */
  private static Optional<EntityCard> profile(String name) {
    return dossier.entities().stream()
        .filter(e -> !e.attributes().isEmpty())
        .filter(e -> e.name().equals(name) || e.aliases().contains(name))
        .findFirst();
  }

  private static EntityProfile.Attribute attribute(EntityCard p, String name) {
    return p.attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void conflictsComeFirst() {
    assertThat(dossier.findings()).isNotEmpty();
    assertThat(dossier.findings().get(0).kind()).isEqualTo(FindingKind.CONFLICT);
    for (int i = 1; i < dossier.findings().size(); i++) {
      assertThat(dossier.findings().get(i).kind().ordinal())
          .isGreaterThanOrEqualTo(dossier.findings().get(i - 1).kind().ordinal());
    }
  }

  @Test
  void twoThirdsOfZelenskysFourThousandContradictTheNissThreeHundredKilled() {
    Finding f = findings(FindingKind.CONFLICT, "dead").get(0);
    assertThat(f.support())
        .anyMatch(chainHas("Zelensky").and(s -> s.value().contains("two-thirds")));
    assertThat(f.support()).anyMatch(chainHas("intelligence").and(s -> s.value().contains("300")));
    assertThat(f.independentOrigins()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void blinkensThousandContradictsZelenskysFourThousandCasualties() {
    Finding f = findings(FindingKind.CONFLICT, "casualties").get(0);
    assertThat(f.support()).anyMatch(chainHas("Blinken").and(s -> s.value().contains("1,000")));
    assertThat(f.support()).anyMatch(chainHas("Zelensky").and(s -> s.value().contains("4,000")));
    assertThat(f.explanation()).contains("cannot both hold");
  }

  @Test
  void theNissKilledAndWoundedAddUpToZelenskysMoreThanThreeThousand() {
    Finding f = findings(FindingKind.BREAKDOWN, "casualties").get(0);
    assertThat(f.explanation()).contains("300 dead + 2,700 wounded = 3,000");
    assertThat(f.support()).anyMatch(chainHas("Zelensky").and(s -> s.value().contains("3")));
    assertThat(f.support()).anyMatch(chainHas("National Intelligence Service"));
  }

  @Test
  void everyCasualtySourceIsInTheCasualtyFindings() {
    List<Support> all =
        dossier.findings().stream()
            .filter(f -> f.kind() == FindingKind.CONFLICT || f.kind() == FindingKind.BREAKDOWN)
            .filter(f -> List.of("dead", "casualties", "wounded").contains(f.variable().measure()))
            .flatMap(f -> f.support().stream())
            .toList();
    assertThat(all).anyMatch(chainHas("National Intelligence Service"));
    assertThat(all).anyMatch(chainHas("Blinken"));
    // Zelensky twice: "more than 3,000" and "as many as 4,000" / "4,000 casualties".
    assertThat(all.stream().filter(chainHas("Zelensky")).map(Support::articleId).distinct())
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void troopFiguresAgreeOrUpdateAndNoneContradicts() {
    Finding deployed =
        dossier.findings().stream()
            .filter(f -> f.variable().measure().equals("deployed"))
            .filter(f -> f.kind() == FindingKind.AGREE || f.kind() == FindingKind.UPDATE)
            .filter(f -> f.support().stream().anyMatch(s -> s.value().contains("11,000")))
            .findFirst()
            .orElseThrow();
    assertThat(deployed.support()).anyMatch(s -> s.value().matches(".*12[, ]000.*"));
    assertThat(dossier.findings())
        .anyMatch(
            f ->
                f.kind() == FindingKind.UPDATE
                    && f.support().stream()
                        .anyMatch(s -> s.value().matches("8[, ]000") && chainHas("Budanov").test(s))
                    && f.support().stream().anyMatch(s -> s.value().matches(".*12[, ]000.*")));
    assertThat(dossier.findings())
        .noneMatch(
            f -> f.kind() == FindingKind.CONFLICT && f.variable().measure().equals("deployed"));
  }

  @Test
  void namingPeopleIsNotAFigure() {
    // "the two soldiers" against "12,000 soldiers" was once read as a conflict.
    assertThat(dossier.findings().stream().filter(f -> f.kind() == FindingKind.CONFLICT))
        .isNotEmpty()
        .allSatisfy(
            f ->
                assertThat(f.support())
                    .noneMatch(s -> low(s.value()).matches("two|2|three|one or two")));
  }

  @Test
  void paekAlsoBaekIsTheRiflemanBornIn2005SoTheWsjsTwentyOneIsAConflict() {
    EntityCard paek = profile("Paek").orElseThrow();
    assertThat(
            java.util.stream.Stream.concat(
                java.util.stream.Stream.of(paek.name()), paek.aliases().stream()))
        .contains("Paek", "Baek");
    assertThat(paek.reasons()).anyMatch(m -> m.contains("romanisations"));
    assertThat(attribute(paek, "born").values()).containsExactly("2005");
    assertThat(attribute(paek, "age").values()).containsExactly("21");
    assertThat(attribute(paek, "age").consistent()).isFalse();
    assertThat(attribute(paek, "serving-since").values()).containsExactly("2021");
    assertThat(attribute(paek, "role").values()).anyMatch(v -> v.contains("rifleman"));
    Finding f =
        dossier.findings().stream()
            .filter(x -> x.variable().label().equals("Paek: age against birth year"))
            .findFirst()
            .orElseThrow();
    assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
    assertThat(f.support()).anyMatch(chainHas("Wall Street Journal"));
  }

  @Test
  void riIsTheSniperBornIn1999AndTwentySixIsConsistent() {
    EntityCard ri = profile("Ri").orElseThrow();
    assertThat(attribute(ri, "born").values()).containsExactly("1999");
    assertThat(attribute(ri, "age").values()).containsExactly("26");
    assertThat(attribute(ri, "age").consistent()).isTrue();
    assertThat(attribute(ri, "serving-since").values()).containsExactly("2016");
    assertThat(attribute(ri, "role").values()).anyMatch(v -> v.contains("sniper"));
    assertThat(dossier.findings())
        .anyMatch(
            f ->
                f.kind() == FindingKind.AGREE
                    && f.variable().label().equals("Ri: age against birth year"));
  }

  @Test
  void theUnnamedCaptivesArePairedWithPaekAndRiAndHisWoundsAreHis() {
    EntityCard paek = profile("Paek").orElseThrow();
    EntityCard ri = profile("Ri").orElseThrow();
    assertThat(paek.aliases()).anyMatch(a -> a.startsWith("One of the captured"));
    assertThat(ri.aliases()).anyMatch(a -> a.equals("The other soldier"));
    // "Soldier Ri was captured … he was found … injured in the hand and jaw"
    assertThat(attribute(ri, "injuries").values()).anyMatch(v -> v.contains("hand and jaw"));
    assertThat(attribute(paek, "injuries").values()).noneMatch(v -> v.contains("jaw"));
    assertThat(dossier.entities()).noneMatch(p -> low(p.name()).matches("he|she|they"));
  }

  @Test
  void articlesThatNameNoOutletAreSourcesOfTheirOwn() {
    assertThat(dossier.sources())
        .extracting(Dossier.Source::outlet)
        .doesNotContain("unknown")
        .filteredOn(o -> o.startsWith("unnamed outlet ("))
        .hasSize(3);
    assertThat(dossier.articlesLine())
        .isEqualTo("5 articles from 2 outlets and 3 that name no outlet");
  }

  @Test
  void theWallStreetJournalAndChosunIlboAreRelayedByOthers() {
    assertThat(dossier.relays()).anyMatch(r -> r.source().contains("Wall Street Journal"));
    assertThat(dossier.relays()).anyMatch(r -> r.source().contains("Chosun"));
    assertThat(dossier.relays()).extracting(Relay::outlet).noneMatch(o -> o.equals("unknown"));
  }

  @Test
  void theTimelineRunsFromTheAutumnOf2024ToFebruary2025() {
    List<TimelineEvent> t = dossier.timeline();
    for (int i = 1; i < t.size(); i++) {
      assertThat(t.get(i).start()).isAfterOrEqualTo(t.get(i - 1).start());
    }
    assertThat(t.get(0).start()).isAfterOrEqualTo(LocalDate.of(2024, 8, 1));
    assertThat(t.get(t.size() - 1).start()).isBefore(LocalDate.of(2025, 3, 1));
    // The departure on October 10 told by two outlets; the capture on January 9 told with that
    // day, with "January 2025" and with "last month" by four articles.
    assertThat(t)
        .anyMatch(e -> e.start().equals(LocalDate.of(2024, 10, 10)) && e.independentOrigins() >= 2);
    assertThat(t)
        .anyMatch(
            e ->
                e.start().equals(LocalDate.of(2025, 1, 9))
                    && e.support().stream().map(Support::articleId).distinct().count() >= 4);
  }
}
