package io.corroborate.bench.claims;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.bench.BenchStage;
import io.corroborate.extract.ClaimExtractor;
import io.corroborate.extract.ExtractOptions;
import io.corroborate.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cost of claim extraction on top of the language layer: the corpus is read, cleaned and
 * annotated once (not timed), then every repetition extracts the claims of every article.
 */
public final class ClaimsBench implements BenchStage {
  private final ClaimExtractor extractor = new ClaimExtractor(ExtractOptions.defaults());
  private RunSummary run;

  @Override
  public String name() {
    return "claims";
  }

  @Override
  public String description() {
    return "claim extraction over annotated articles (annotation done once, untimed)";
  }

  @Override
  public String unit() {
    return "articles";
  }

  @Override
  public int prepare(Path corpus) {
    run =
        Corroborate.builder()
            .annotate(CoreNlpLayer.shared(), AnnotationCache.none())
            .build()
            .run(List.of(corpus.toString()), new RunListener() {});
    return run.articles().size();
  }

  @Override
  public int runOnce(int threads) throws Exception {
    List<Article> articles = run.articles();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        parts.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < articles.size();
                      i = next.getAndIncrement()) {
                    Article a = articles.get(i);
                    extractor.extract(a, run.annotations().get(a.id()));
                    done.incrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<?> f : parts) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return done.get();
  }
}
