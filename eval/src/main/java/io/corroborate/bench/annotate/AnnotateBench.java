package io.corroborate.bench.annotate;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.bench.BenchStage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code annotate} bench stage: the language layer over a folder of .txt articles (the seeds,
 * say), with N threads sharing one loaded layer. Loading happens in {@link #prepare} and is not
 * timed.
 *
 * <pre>{@code BenchStages.expect("annotate").prepare(Path.of("../shared/corpus/seeds"))}</pre>
 */
public final class AnnotateBench implements BenchStage {
  private static final Pattern DATE_LINE = Pattern.compile("(?m)^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b");

  /** One article to annotate: its text and the date a leading {@code date} line gives. */
  record Item(String text, Optional<LocalDate> published) {}

  private final Supplier<LanguageLayer> layer;
  private final List<Item> items = new ArrayList<>();
  private LanguageLayer loaded;

  public AnnotateBench() {
    this(CoreNlpLayer::shared);
  }

  AnnotateBench(Supplier<LanguageLayer> layer) {
    this.layer = layer;
  }

  @Override
  public String name() {
    return "annotate";
  }

  @Override
  public String description() {
    return "language layer (CoreNLP tokens, POS, lemma, NER; core times and quantities) over a folder of .txt articles";
  }

  @Override
  public String unit() {
    return "articles";
  }

  @Override
  public int prepare(Path corpus) throws IOException {
    if (!Files.isDirectory(corpus)) {
      throw new NoSuchFileException(corpus.toString(), null, "expected a folder of .txt articles");
    }
    items.clear();
    try (Stream<Path> s = Files.list(corpus)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        Matcher m = DATE_LINE.matcher(text);
        Optional<LocalDate> date = m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
        items.add(new Item(text, date));
      }
    }
    loaded = layer.get();
    return items.size();
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
                  for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                    Item it = items.get(i);
                    Annotation a = loaded.annotate(it.text(), it.published());
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
   * Measures without the CLI: load time, then articles/s for each thread count.
   * {@code java -cp … io.corroborate.bench.annotate.AnnotateBench ../shared/corpus/seeds 3 1 2}
   */
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/seeds");
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long t0 = System.nanoTime();
    // -Dcorroborate.corenlp.ner=conll or -Dcorroborate.corenlp.domainRules=false measure other setups.
    io.corroborate.annotate.corenlp.CoreNlpOptions o = io.corroborate.annotate.corenlp.CoreNlpOptions.from(System.getProperties());
    AnnotateBench b = new AnnotateBench(() -> new CoreNlpLayer(o));
    int n = b.prepare(corpus);
    System.out.printf("load %.1f s, %d articles, heap used %d MB%n", (System.nanoTime() - t0) / 1e9, n, used() >> 20);
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
        System.out.printf("threads %d: %.2f articles/s (%d in %.2f s), %.2f CPU s per article, heap used %d MB%n", threads, done / sec, done, sec, cpu / done, used() >> 20);
      }
    }
  }

  /** CPU time of the whole process: on a shared machine it says more than wall time. */
  private static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  private static long used() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
