package io.corroborate.bench.annotate;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.annotate.corenlp.LearnedAttribution;
import io.corroborate.bench.BenchStage;
import io.corroborate.extract.AttributionTagger;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The {@code annotate} bench stage: the language layer over a folder of .txt articles (the seeds,
 * say), with N threads sharing one loaded layer. Loading happens in {@link #prepare} and is not
 * timed.
 *
 * <pre>{@code BenchStages.expect("annotate").prepare(Path.of("../shared/corpus/seeds"))}</pre>
 */
public final class AnnotateBench implements BenchStage {

  /** One article to annotate: its text and the date a leading {@code date} line gives. */
  record Item(String text, Optional<LocalDate> published) {}

  private final Supplier<LanguageLayer> layer;
  private final Optional<AttributionTagger> attribution;
  private final List<Item> items = new ArrayList<>();
  private LanguageLayer loaded;

  public AnnotateBench() {
    this(CoreNlpLayer::shared, Optional.empty());
  }

  AnnotateBench(Supplier<LanguageLayer> layer) {
    this(layer, Optional.empty());
  }

  AnnotateBench(Supplier<LanguageLayer> layer, Optional<AttributionTagger> attribution) {
    this.layer = layer;
    this.attribution = attribution;
  }

  /**
   * The {@code annotate-attribution} stage: the same annotation, then the learned attribution
   * tagger over it, as claims run it; beside {@code annotate} it gives the tagger's share of an
   * article's cost.
   */
  public static AnnotateBench withAttribution() {
    return new AnnotateBench(CoreNlpLayer::shared, Optional.of(LearnedAttribution.shipped()));
  }

  @Override
  public String name() {
    return attribution.isPresent() ? "annotate-attribution" : "annotate";
  }

  @Override
  public String description() {
    return attribution.isPresent()
        ? "language layer as in annotate, then the learned attribution tagger over each annotation"
        : "language layer (CoreNLP tokens, POS, lemma, NER; core times and quantities) over the articles of a corpus";
  }

  @Override
  public String unit() {
    return "articles";
  }

  @Override
  public int prepare(Path corpus) throws IOException {
    items.clear();
    items.addAll(articles(corpus));
    loaded = layer.get();
    // The model is read before timing.
    attribution.ifPresent(t -> t.accepts(loaded.annotate("He said so.", Optional.empty())));
    return items.size();
  }

  /**
   * The articles of a corpus as the pipeline sees them: read and cleaned by the product's own
   * ingest and clean stages, in any input format.
   */
  static List<Item> articles(Path corpus) throws IOException {
    if (!Files.exists(corpus)) {
      throw new NoSuchFileException(corpus.toString());
    }
    List<Item> out = new ArrayList<>();
    for (Article a :
        Corroborate.create().run(List.of(corpus.toString()), new RunListener() {}).articles()) {
      out.add(new Item(a.text(), a.published().map(DateStamp::date)));
    }
    return out;
  }

  @Override
  public int runOnce(int threads) throws Exception {
    if (loaded == null) {
      throw new IllegalStateException("prepare() first");
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < Math.max(1, threads); t++) {
        fs.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < items.size();
                      i = next.getAndIncrement()) {
                    Item it = items.get(i);
                    Annotation a = loaded.annotate(it.text(), it.published());
                    if (attribution.isPresent() && attribution.get().accepts(a)) {
                      attribution.get().tag(a);
                    }
                    if (a.text().length() == it.text().length()) {
                      done.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return done.get();
  }

  /**
   * Measures without the CLI: load time, then articles/s for each thread count. {@code java -cp …
   * io.corroborate.bench.annotate.AnnotateBench ../shared/corpus/seeds 3 1 2}
   */
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/seeds");
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long t0 = System.nanoTime();
    // -Dcorroborate.corenlp.ner=conll or -Dcorroborate.corenlp.domainRules=false measure other
    // setups.
    io.corroborate.annotate.corenlp.CoreNlpOptions o =
        io.corroborate.annotate.corenlp.CoreNlpOptions.from(System.getProperties());
    AnnotateBench b = new AnnotateBench(() -> new CoreNlpLayer(o));
    int n = b.prepare(corpus);
    System.out.printf(
        "load %.1f s, %d articles, heap used %d MB%n",
        (System.nanoTime() - t0) / 1e9, n, used() >> 20);
    for (int w = 0; w < 3; w++) {
      b.runOnce(2);
    }
    for (int i = 2; i < Math.max(3, args.length); i++) {
      int threads = args.length > i ? Integer.parseInt(args[i]) : 2;
      for (int r = 0; r < reps; r++) {
        long s = System.nanoTime();
        long cpu0 = cpuNanos();
        int done = b.runOnce(threads);
        double sec = (System.nanoTime() - s) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        System.out.printf(
            "threads %d: %.2f articles/s (%d in %.2f s), %.2f CPU s per article, heap used %d MB%n",
            threads, done / sec, done, sec, cpu / done, used() >> 20);
      }
    }
  }

  /** CPU time of the whole process: on a shared machine it says more than wall time. */
  private static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  private static long used() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
