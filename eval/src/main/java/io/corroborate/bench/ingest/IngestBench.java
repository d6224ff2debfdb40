package io.corroborate.bench.ingest;

import io.corroborate.Corroborate;
import io.corroborate.RunCounts;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.bench.BenchStage;
import io.corroborate.ingest.Input;
import io.corroborate.model.Article;
import io.corroborate.store.sqlite.SqliteStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ingest end to end: read each file of the corpus, clean it and store it in a fresh SQLite file.
 * Files are split across threads; one store per repetition so every article is a new write.
 */
public final class IngestBench implements BenchStage {
  private final Corroborate corroborate = Corroborate.create();
  private List<String> files = List.of();
  private int articles;

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public String description() {
    return "read, clean and store every file of a corpus (articles/s)";
  }

  @Override
  public String unit() {
    return "articles";
  }

  @Override
  public int prepare(Path corpus) throws IOException {
    List<String> found = new ArrayList<>();
    for (Input in : corroborate.ingest().expand(List.of(corpus.toString())).inputs()) {
      found.add(in.name());
    }
    files = found;
    RunSummary probe = corroborate.run(files, new RunListener() {});
    articles = probe.articles().size();
    return articles;
  }

  @Override
  public int runOnce(int threads) throws Exception {
    Path dir = Files.createTempDirectory("corroborate-bench");
    Path db = dir.resolve("bench.db");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    int stored = 0;
    try (SqliteStore store = SqliteStore.open(db)) {
      List<Future<Integer>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        List<String> mine = new ArrayList<>();
        for (int i = t; i < files.size(); i += threads) {
          mine.add(files.get(i));
        }
        parts.add(
            pool.submit(
                () -> {
                  RunCounts run =
                      corroborate.stream(
                          mine,
                          new RunListener() {
                            @Override
                            public void article(Article a) {
                              store.put(a);
                            }
                          });
                  return run.articles();
                }));
      }
      for (Future<Integer> f : parts) {
        stored += f.get();
      }
    } finally {
      pool.shutdown();
      for (String suffix : List.of("", "-wal", "-shm")) {
        Files.deleteIfExists(dir.resolve("bench.db" + suffix));
      }
      Files.deleteIfExists(dir);
    }
    return stored;
  }
}
