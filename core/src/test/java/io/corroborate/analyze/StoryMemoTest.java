package io.corroborate.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.dossier.Dossier;
import io.corroborate.extract.Claim;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.testkit.Repo;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story analysed again after each new article, with what its earlier analyses kept (the memo and
 * the claims already read), has the dossier that analysing the same articles afresh gives.
 */
class StoryMemoTest {
  @TempDir Path dir;

  @Test
  void aStoryGrownOneArticleAtATimeWithItsMemoHasTheDossierOfAFreshAnalysis() throws Exception {
    Files.writeString(
        dir.resolve("undated.txt"),
        "The Veldan river burst its banks at Brenitsa on Monday, and 3,000 people were evacuated"
            + " from the lower town of Brenitsa, the civil protection authority said.\n");
    Files.writeString(
        dir.resolve("later.txt"),
        " date 2031-04-20 By Sunday the Veldan river had receded at Brenitsa, where 2,400 people"
            + " were still away from their homes, the civil protection authority said.\n");
    Corroborate c =
        Corroborate.builder().annotate(new PlainLanguageLayer(), AnnotationCache.none()).build();
    RunSummary run =
        c.run(
            List.of(Repo.examples().resolve("kaldor-dam").toString(), dir.toString()),
            new RunListener() {});
    // The undated report first and the latest report last: the story's date, at which the undated
    // report's times are read, moves as the story grows.
    List<Article> order = new ArrayList<>(run.articles());
    order.sort(
        Comparator.comparing(
            (Article a) -> a.published().map(p -> p.date().toString()).orElse("0000")));
    assertThat(order.get(0).published()).isEmpty();
    assertThat(order.get(order.size() - 1).text()).contains("receded");

    StoryAnalysis analysis = new StoryAnalysis(StoryOptions.defaults());
    StoryMemo memo = new StoryMemo();
    Map<String, List<Claim>> known = Map.of();
    for (int n = 1; n <= order.size(); n++) {
      List<Article> story = order.subList(0, n);
      StoryAnalysis.Report grown =
          analysis.analyze("s1", "Dam", story, run.annotations(), known, List.of(), memo);
      String afresh =
          ModelJson.writePretty(analysis.dossier("s1", "Dam", story, run.annotations(), List.of()));
      assertThat(ModelJson.writePretty(grown.dossier()))
          .as("dossier after %d articles", n)
          .isEqualTo(afresh);
      assertThat(written(memo, grown.dossier()))
          .as("dossier's text as the memo writes it after %d articles", n)
          .isEqualTo(afresh);
      known = grown.claims();
    }
  }

  /**
   * A real story's reports, added one at a time in the order they were published, give at every
   * step the dossier (and its stored text) that analysing the same reports afresh gives.
   */
  @Test
  @Tag("slow")
  void aRealStoryGrownOneReportAtATimeHasTheDossierOfAFreshAnalysis() throws Exception {
    Path real = Repo.sharedOrSkip("corpus/real");
    Path story;
    try (var files = Files.list(real)) {
      story =
          files
              .filter(p -> p.getFileName().toString().endsWith(".jsonl"))
              .sorted()
              .findFirst()
              .orElse(null);
    }
    assumeTrue(story != null, "skipped: no story (.jsonl) in " + real);
    Corroborate c =
        Corroborate.builder().annotate(new PlainLanguageLayer(), AnnotationCache.none()).build();
    RunSummary run = c.run(List.of(story.toString()), new RunListener() {});
    List<Article> order = new ArrayList<>(run.articles());
    order.sort(
        Comparator.comparing(
            (Article a) -> a.published().map(p -> p.date().toString()).orElse("0000")));
    assertThat(order).hasSizeGreaterThan(10);

    StoryAnalysis analysis = new StoryAnalysis(StoryOptions.defaults());
    StoryMemo memo = new StoryMemo();
    Map<String, List<Claim>> known = Map.of();
    // Compared with a fresh analysis at a dozen steps and at the last; every step grows the memo.
    int every = Math.max(1, order.size() / 12);
    for (int n = 1; n <= order.size(); n++) {
      List<Article> grown = order.subList(0, n);
      StoryAnalysis.Report r =
          analysis.analyze("s1", "Real", grown, run.annotations(), known, List.of(), memo);
      String text = written(memo, r.dossier());
      if (n % every == 0 || n == order.size()) {
        String afresh =
            ModelJson.writePretty(
                analysis.dossier("s1", "Real", grown, run.annotations(), List.of()));
        assertThat(ModelJson.writePretty(r.dossier()))
            .as("dossier after %d reports of %s", n, story.getFileName())
            .isEqualTo(afresh);
        assertThat(text)
            .as("dossier's text as the memo writes it after %d reports", n)
            .isEqualTo(afresh);
      }
      known = r.claims();
    }
  }

  private static String written(StoryMemo memo, Dossier d) throws java.io.IOException {
    StringWriter out = new StringWriter();
    memo.writeDossier(d, out);
    return out.toString();
  }
}
