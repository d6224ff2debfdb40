package io.corroborate.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.AnalyzeResult;
import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.Session;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.annotate.Annotation;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.model.Rejection;
import io.corroborate.store.StorySummary;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story brought up to date one input at a time (what {@code analyze} does when reports come in,
 * reusing what it computed for the story's earlier articles) has the dossier that a full analysis
 * of the same articles from scratch gives.
 */
class IncrementalDossierTest {
  @TempDir Path dir;

  @Test
  void addingTheExamplesOneFileAtATimeGivesTheDossiersOfAFullAnalysis() throws IOException {
    List<String> inputs = Repo.exampleArticles("kaldor-dam");
    assertThat(inputs).hasSizeGreaterThan(5);
    assertIncrementalEqualsFull(inputs);
  }

  @Test
  @Tag("slow")
  void addingARealStoryOneReportAtATimeGivesTheDossierOfAFullAnalysis() throws IOException {
    Path story =
        Repo.sharedOrSkip("corpus/real").resolve("baltimore-key-bridge-collapse-2024.jsonl");
    List<String> lines =
        Files.readAllLines(story, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .toList();
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Path one = dir.resolve("report-" + i + ".jsonl");
      Files.writeString(one, lines.get(i) + "\n", StandardCharsets.UTF_8);
      inputs.add(one.toString());
    }
    assertIncrementalEqualsFull(inputs);
  }

  private void assertIncrementalEqualsFull(List<String> inputs) {
    try (SqliteStore store = SqliteStore.open(dir.resolve("incremental.db"))) {
      Corroborate c = Corroborate.builder().annotate(new PlainLanguageLayer(), store).build();
      Session analyzer = c.session(store);
      Map<String, List<Rejection>> rejectionsOf = new HashMap<>();
      for (String input : inputs) {
        AnalyzeResult r = analyzer.add(List.of(input), new RunListener() {});
        for (StorySummary s : r.touched()) {
          rejectionsOf.put(s.id(), r.rejections());
        }
      }
      String layer = c.annotationKey().orElseThrow();
      List<StorySummary> stories = store.stories();
      assertThat(stories).isNotEmpty();
      assertThat(stories.stream().mapToInt(StorySummary::articles).max().orElse(0))
          .isGreaterThan(3);
      for (StorySummary s : stories) {
        List<Article> articles = new ArrayList<>();
        Map<String, Annotation> annotations = new LinkedHashMap<>();
        for (String id : store.storyArticleIds(s.id())) {
          articles.add(store.expectArticle(id));
          store.annotation(id, layer).ifPresent(a -> annotations.put(id, a));
        }
        String full =
            ModelJson.writePretty(
                c.dossier(
                    s.id(),
                    s.title(),
                    articles,
                    annotations,
                    rejectionsOf.getOrDefault(s.id(), List.of())));
        assertThat(store.dossierJson(s.id())).as("dossier of story %s", s.id()).contains(full);
      }
    }
  }
}
