package io.corroborate.bench.analyze;

import io.corroborate.AnalyzeResult;
import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.bench.BenchStage;
import io.corroborate.store.sqlite.SqliteStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code corroborate analyze} costs end to end: every repetition reads the corpus into a new,
 * empty store, annotates it with CoreNLP, puts the articles in stories and writes their dossiers.
 * The thread count is how many articles are read (cleaned and annotated) at once, as {@code
 * Corroborate.Builder#threads} sets it; stories and dossiers are made on the run's thread.
 */
public final class AnalyzeBench implements BenchStage {
  private Path corpus;
  private int articles;

  @Override
  public String name() {
    return "analyze";
  }

  @Override
  public String description() {
    return "end to end: ingest, clean, annotate (CoreNLP), store, stories and dossiers, into a new store";
  }

  @Override
  public String unit() {
    return "articles";
  }

  @Override
  public int prepare(Path corpus) {
    this.corpus = corpus;
    CoreNlpLayer.shared();
    articles =
        Corroborate.create()
            .run(List.of(corpus.toString()), new RunListener() {})
            .articles()
            .size();
    return articles;
  }

  @Override
  public int runOnce(int threads) throws Exception {
    Path dir = Files.createTempDirectory("corroborate-bench-analyze");
    try (SqliteStore store = SqliteStore.open(dir.resolve("bench.db"))) {
      Corroborate c =
          Corroborate.builder().annotate(CoreNlpLayer.shared(), store).threads(threads).build();
      AnalyzeResult r = c.session(store).add(List.of(corpus.toString()), new RunListener() {});
      return r.articles().size();
    } finally {
      delete(dir);
    }
  }

  static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
