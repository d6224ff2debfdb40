package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.quantity.Bounds;
import io.corroborate.annotate.quantity.Hedge;
import io.corroborate.extract.Claim;
import io.corroborate.link.LinkResult;
import io.corroborate.model.Article;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Reconciling a story again after each new article, with what the earlier reconciliations kept,
 * gives what reconciling the same articles afresh gives: the verdicts a memo keeps are those of
 * variables whose figures and articles read the same, whatever else the new article changes (the
 * story's days, its copies, the origins its figures count for).
 */
class IncrementalReconcileTest {
  private static final List<LocalDate> DAYS =
      List.of(LocalDate.of(2031, 4, 18), LocalDate.of(2031, 4, 19), LocalDate.of(2031, 4, 20));
  private static final List<String> OUTLETS =
      List.of("Velmora Post", "Harbour Times", "Sulev Daily", "Ostrand Courier");
  private static final List<String> SPEAKERS =
      List.of("the ministry", "the governor", "the health office", "");
  private static final List<Integer> FIGURES = List.of(12, 13, 40, 300, 2700, 3000, 3010);
  private static final List<String> MEASURES =
      List.of("dead", "wounded", "casualties", "evacuated", "missing", "deployed");

  /** One figure of a report, or two in one sentence (dead and wounded). */
  record Figure(
      String measure, int value, int other, String speaker, boolean about, int onDay, int place) {}

  /** One report: its outlet, its day (none: undated), its copy group and its figures. */
  record Report(int outlet, int day, boolean copy, List<Figure> figures) {}

  @Provide
  Arbitrary<Report> reports() {
    Arbitrary<Figure> figure =
        Combinators.combine(
                Arbitraries.of(MEASURES),
                Arbitraries.of(FIGURES),
                Arbitraries.of(FIGURES).injectNull(0.6),
                Arbitraries.of(SPEAKERS),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(-1, DAYS.size() - 1),
                Arbitraries.integers().between(0, 2))
            .as(
                (m, v, o, s, about, day, place) ->
                    new Figure(m, v, o == null ? -1 : o, s, about, day, place));
    return Combinators.combine(
            Arbitraries.integers().between(0, OUTLETS.size() - 1),
            Arbitraries.integers().between(-1, DAYS.size() - 1),
            Arbitraries.of(true, false),
            figure.list().ofMinSize(1).ofMaxSize(4))
        .as(Report::new);
  }

  @Property(tries = 150)
  void aStoryReconciledOneArticleAtATimeWithItsMemoEqualsAFreshReconciliation(
      @ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("reports") Report> reports) {
    assertGrowsAsAfresh(story(reports).input());
  }

  @Test
  void aVariableJudgedBeforeIsJudgedAgainWhenANewCopyMakesItsFiguresOneOrigin() {
    // The second report runs the first's text: the first report's figure stops being an origin of
    // its own, so the variable's verdict, kept from the first reconciliation, must change.
    Story s =
        new Story()
            .article("a1", "Velmora Post", DAYS.get(0))
            .article("a2", "Harbour Times", DAYS.get(0))
            .article("a3", "Sulev Daily", DAYS.get(0))
            .copy("a1", "g")
            .copy("a3", "g")
            .line("a1", "40 people were killed.")
            .exactly("dead", "40", 40)
            .add()
            .line("a2", "40 people were killed.")
            .exactly("dead", "40", 40)
            .add()
            .line("a3", "40 people were killed.")
            .exactly("dead", "40", 40)
            .add();
    StoryInput all = s.input();
    Reconciler r = new Reconciler(ReconcileOptions.defaults());
    Reconciler.Memo memo = new Reconciler.Memo();
    Finding two = deadFinding(r.reconcile(first(all, 2), memo));
    Finding three = deadFinding(r.reconcile(first(all, 3), memo));
    assertThat(two.independentOrigins()).isEqualTo(2);
    assertThat(three.independentOrigins()).isEqualTo(2);
    assertThat(three.support()).hasSize(3);
    assertGrowsAsAfresh(all);
  }

  private static Finding deadFinding(Reconciliation r) {
    return r.findings().stream()
        .filter(f -> f.variable().measure().equals("dead"))
        .findFirst()
        .orElseThrow();
  }

  /** Grows {@code all} one article at a time and checks each step against a fresh run. */
  private static void assertGrowsAsAfresh(StoryInput all) {
    Reconciler r = new Reconciler(ReconcileOptions.defaults());
    Reconciler.Memo memo = new Reconciler.Memo();
    for (int n = 1; n <= all.articles().size(); n++) {
      StoryInput grown = first(all, n);
      Reconciliation kept = r.reconcile(grown, memo);
      Reconciliation afresh = r.reconcile(grown);
      assertThat(kept).as("after %d articles", n).isEqualTo(afresh);
    }
  }

  /**
   * The story of {@code all}'s first {@code n} articles: the same articles and claims (as a session
   * keeps them between analyses), linked anew.
   */
  private static StoryInput first(StoryInput all, int n) {
    List<Article> articles = all.articles().subList(0, n);
    Map<String, List<Claim>> claims = new LinkedHashMap<>();
    Map<String, String> copies = new LinkedHashMap<>();
    for (Article a : articles) {
      claims.put(a.id(), all.claims().getOrDefault(a.id(), List.of()));
      Optional.ofNullable(all.copyGroupOf().get(a.id())).ifPresent(g -> copies.put(a.id(), g));
    }
    return new StoryInput(
        all.storyId(),
        articles,
        claims,
        copies,
        new LinkResult(List.of(), List.of()).forStory(articles, claims));
  }

  private static Story story(List<Report> reports) {
    Story s = new Story();
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      String id = "a" + (i + 1);
      String outlet = OUTLETS.get(r.outlet());
      if (r.day() < 0) {
        s.undated(id, outlet);
      } else {
        s.article(id, outlet, DAYS.get(r.day()));
      }
      if (r.copy()) {
        s.copy(id, "copies");
      }
      for (Figure f : r.figures()) {
        String said = f.speaker().isEmpty() ? "" : ", " + f.speaker() + " said";
        String where = f.place() == 0 ? "" : f.place() == 1 ? " in Brenitsa" : " in Ostrand";
        String value = String.format(java.util.Locale.ROOT, "%,d", f.value());
        String hedge = f.about() ? "about " : "";
        if (f.other() >= 0 && f.measure().equals("dead")) {
          String other = String.format(java.util.Locale.ROOT, "%,d", f.other());
          String sentence =
              hedge + value + " people were killed and " + other + " wounded" + where + said + ".";
          figure(s.line(id, sentence), "dead", value, f).add();
          figure(s.line(id, sentence), "wounded", other, f.other(), f).add();
          continue;
        }
        String sentence = hedge + value + " people " + f.measure() + where + said + ".";
        figure(s.line(id, sentence), f.measure(), value, f).add();
      }
    }
    return s;
  }

  private static Story.Line figure(Story.Line line, String measure, String words, Figure f) {
    return figure(line, measure, words, f.value(), f);
  }

  private static Story.Line figure(
      Story.Line line, String measure, String words, int value, Figure f) {
    line.subject("people");
    if (f.about()) {
      line.amount(measure, words, value, Bounds.exactly(value), Hedge.APPROXIMATE);
    } else {
      line.exactly(measure, words, value);
    }
    if (!f.speaker().isEmpty()) {
      line.said(f.speaker());
    }
    if (f.place() == 1) {
      line.place("Brenitsa");
    } else if (f.place() == 2) {
      line.place("Ostrand");
    }
    if (f.onDay() >= 0) {
      line.on(DAYS.get(f.onDay()));
    }
    return line;
  }
}
