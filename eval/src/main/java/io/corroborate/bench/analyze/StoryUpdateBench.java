package io.corroborate.bench.analyze;

import io.corroborate.AnalyzeResult;
import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.Session;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.bench.BenchStage;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.store.sqlite.SqliteStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The time to bring a big story's dossier up to date after one new article. {@link #prepare} builds
 * a story of {@value #STORY} articles in a new store from variants of the corpus's articles (each
 * with a sentence of its own, annotated by the model-free layer so the setup stays cheap); every
 * repetition then adds one more variant and rewrites the story's dossier. One item is one update.
 */
public final class StoryUpdateBench implements BenchStage {
  static final int STORY = 1000;

  private List<Article> originals;
  private Path dir;
  private SqliteStore store;
  private Session analyzer;
  private int next;

  @Override
  public String name() {
    return "analyze-update";
  }

  @Override
  public String description() {
    return "one new article added to a "
        + STORY
        + "-article story: store, story assignment, dossier rewritten (plain annotation)";
  }

  @Override
  public String unit() {
    return "updates";
  }

  @Override
  public int prepare(Path corpus) throws IOException {
    RunSummary run = Corroborate.create().run(List.of(corpus.toString()), new RunListener() {});
    originals = run.articles();
    if (originals.isEmpty()) {
      throw new IOException("no article in " + corpus);
    }
    dir = Files.createTempDirectory("corroborate-bench-update");
    store = SqliteStore.open(dir.resolve("bench.db"));
    Corroborate c = Corroborate.builder().annotate(new PlainLanguageLayer(), store).build();
    analyzer = c.session(store);
    Path batch = dir.resolve("story.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < STORY; i++) {
      lines.add(variant(i));
    }
    Files.write(batch, lines, StandardCharsets.UTF_8);
    AnalyzeResult r = analyzer.add(List.of(batch.toString()), new RunListener() {});
    System.err.printf(
        "analyze-update: %d articles in %d stories, the biggest with %d%n",
        r.articles().size(),
        store.stories().size(),
        store.stories().stream().mapToInt(s -> s.articles()).max().orElse(0));
    next = STORY;
    return 1;
  }

  @Override
  public int runOnce(int threads) throws Exception {
    Path one = dir.resolve("update-" + next + ".jsonl");
    Files.writeString(one, variant(next++) + "\n", StandardCharsets.UTF_8);
    analyzer.add(List.of(one.toString()), new RunListener() {});
    return 1;
  }

  /** The corpus's article {@code i mod n}, with a sentence of its own so its id is new. */
  private String variant(int i) {
    Article a = originals.get(i % originals.size());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", a.url().orElse("https://bench.example/" + a.id()) + "?v=" + i);
    m.put("title", a.title().orElse("Update " + i));
    m.put(
        "maintext",
        a.text()
            + "\n\nUpdate "
            + i
            + ": crews inspected section "
            + i
            + " of the embankment overnight.");
    a.published().ifPresent(p -> m.put("date_publish", p.date().toString()));
    m.put("source_domain", a.outlet());
    m.put("language", a.language());
    return ModelJson.write(m);
  }
}
