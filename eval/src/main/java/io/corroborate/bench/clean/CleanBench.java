package io.corroborate.bench.clean;

import io.corroborate.bench.BenchStage;
import io.corroborate.clean.HtmlExtractor;
import io.corroborate.eval.extraction.Extract;
import io.corroborate.eval.extraction.ExtractionSuite;
import io.corroborate.eval.extraction.PageDecoder;
import io.corroborate.model.Extraction;
import io.corroborate.model.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput of the HTML extractor: the pages of trafilatura's evaluation set, decoded in memory
 * once, then extracted by N threads.
 *
 * <pre>
 * {@code BenchStage s = new CleanBench(); s.prepare(Path.of("../shared/bench/trafilatura-eval")); s.runOnce(2);}
 * </pre>
 */
public final class CleanBench implements BenchStage {
  private final HtmlExtractor extractor = new HtmlExtractor();
  private List<RawDocument> pages = List.of();

  @Override
  public String name() {
    return "clean";
  }

  @Override
  public String description() {
    return "HTML main-text and metadata extraction over trafilatura's evaluation pages";
  }

  @Override
  public String unit() {
    return "pages";
  }

  @Override
  public int prepare(Path corpus) throws IOException {
    List<String> missing = new ArrayList<>();
    List<RawDocument> docs = new ArrayList<>();
    for (ExtractionSuite.TrafilaturaPage p : ExtractionSuite.trafilaturaPages(corpus, missing)) {
      String html = PageDecoder.decode(Files.readAllBytes(p.file()));
      docs.add(Extract.raw(html, p.file().getFileName().toString(), p.url()));
    }
    pages = List.copyOf(docs);
    return pages.size();
  }

  @Override
  public int runOnce(int threads) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger blocks = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < Math.max(1, threads); i++) {
        done.add(
            pool.submit(
                () -> {
                  int k;
                  while ((k = next.getAndIncrement()) < pages.size()) {
                    Extraction ex = extractor.extract(pages.get(k));
                    blocks.addAndGet(ex.blocks().size());
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return pages.size();
  }
}
