package io.corroborate.bench.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.AnalyzeResult;
import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.Session;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.bench.news.SyntheticNews;
import io.corroborate.store.sqlite.SqliteStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate bench analyze-scale}: whether the cost of an article stays flat as one store
 * grows. Adds made-up stories ({@link SyntheticNews}) to one new SQLite store in batches, as {@code
 * analyze} does (store, story assignment, claims, dossiers), and prints each batch's time per
 * article (wall clock, and the process's CPU, which a busy machine disturbs less), the store's size
 * per article and the heap used, so a cost that grows with the store shows as a rising curve.
 *
 * <pre>{@code corroborate bench analyze-scale --articles 10000 --batch 1000}</pre>
 */
@Command(
    name = "analyze-scale",
    mixinStandardHelpOptions = true,
    description = {
      "Measure how the cost of an article grows with the store: made-up stories added to one",
      "new store in batches (model-free annotation, or none with --no-annotate); prints each",
      "batch's milliseconds per article, then one 'figure bench.analyze-scale <name> <value>'",
      "line per figure."
    })
public final class ScaleBench implements Callable<Integer> {
  private static final long HEAP_SAMPLE_MILLIS = 100;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(
      names = "--articles",
      defaultValue = "10000",
      description = "Articles to add in all (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(
      names = "--batch",
      defaultValue = "1000",
      description = "Articles per analyze call (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--per-story",
      defaultValue = "20",
      description = "Articles per made-up story (default: ${DEFAULT-VALUE}).")
  int perStory;

  @Option(
      names = "--median-chars",
      defaultValue = "" + SyntheticNews.DEFAULT_MEDIAN_CHARS,
      description = "Median length of a made-up article's text (default: ${DEFAULT-VALUE}).")
  int medianChars;

  @Option(
      names = "--control",
      defaultValue = "0",
      description =
          "After each batch, add this many other made-up articles (the same ones each time) to a new"
              + " empty store and print the process CPU an article of both: on a busy machine the"
              + " ratio shows what the store's size costs apart from the load (default: off).")
  int control;

  @Option(
      names = "--no-annotate",
      description = "Store and cluster only, without the model-free annotation and claims.")
  boolean noAnnotate;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (articles < 1 || batch < 1 || perStory < 1 || medianChars < 1 || control < 0) {
      throw new IllegalArgumentException(
          "--articles, --batch, --per-story and --median-chars must be positive");
    }
    Path work = Files.createTempDirectory("corroborate-bench-scale");
    Path file = work.resolve("bench.db");
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peak = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(HEAP_SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "bench-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    List<Double> msPerArticle = new ArrayList<>();
    List<Double> cpuMsPerArticle = new ArrayList<>();
    List<Double> overControl = new ArrayList<>();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (SqliteStore store = SqliteStore.open(file)) {
      Corroborate c =
          noAnnotate
              ? Corroborate.create()
              : Corroborate.builder().annotate(new PlainLanguageLayer(), store).build();
      Session analyzer = c.session(store);
      out.printf(
          Locale.ROOT,
          "bench analyze-scale: %d made-up articles (%d a story) into one new store, %d a batch,"
              + " %s; %d cores%n",
          articles,
          perStory,
          batch,
          noAnnotate ? "no annotation" : "model-free annotation",
          Runtime.getRuntime().availableProcessors());
      out.println(
          "  articles before  batch  ms/article  CPU ms/article  store MB  heap used MB"
              + (control > 0 ? "  control CPU ms/article  ratio" : ""));
      Path controlInput = work.resolve("control.jsonl");
      if (control > 0) {
        SyntheticNews other = new SyntheticNews(11, medianChars);
        List<String> lines = new ArrayList<>();
        for (int k = 0; lines.size() < control; k++) {
          lines.addAll(other.story(k, Math.min(perStory, control - lines.size())));
        }
        Files.write(controlInput, lines, StandardCharsets.UTF_8);
      }
      out.flush();
      SyntheticNews news = new SyntheticNews(7, medianChars);
      List<Integer> lengths = new ArrayList<>();
      int written = 0;
      int story = 0;
      List<String> pending = new ArrayList<>();
      while (written < articles) {
        int n = Math.min(perStory, articles - written);
        for (String line : news.story(story++, n)) {
          lengths.add(JSON.readTree(line).path("maintext").asText().length());
          pending.add(line);
        }
        written += n;
        if (pending.size() >= batch || written == articles) {
          Path input = work.resolve("batch-" + story + ".jsonl");
          Files.write(input, pending, StandardCharsets.UTF_8);
          int before = store.articleCount();
          long t0 = System.nanoTime();
          long cpu0 = os.getProcessCpuTime();
          AnalyzeResult r = analyzer.add(List.of(input.toString()), new RunListener() {});
          double ms = (System.nanoTime() - t0) / 1e6 / pending.size();
          double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6 / pending.size();
          Files.delete(input);
          if (!r.rejections().isEmpty()) {
            throw new IllegalStateException(
                "made-up articles were rejected: " + r.rejections().get(0).describe());
          }
          msPerArticle.add(ms);
          cpuMsPerArticle.add(cpuMs);
          out.printf(
              Locale.ROOT,
              "  %15d  %5d  %10.2f  %14.2f  %8.1f  %12.0f",
              before,
              pending.size(),
              ms,
              cpuMs,
              storeBytes(work) / 1e6,
              memory.getHeapMemoryUsage().getUsed() / 1e6);
          if (control > 0) {
            double controlMs = controlCpuMs(work, controlInput, os);
            overControl.add(cpuMs / controlMs);
            out.printf(Locale.ROOT, "  %22.2f  %5.2f", controlMs, cpuMs / controlMs);
          }
          out.println();
          out.flush();
          pending.clear();
        }
      }
      int stored = store.articleCount();
      sampler.interrupt();
      double bytesPerArticle = storeBytes(work) / (double) stored;
      double[] sorted = msPerArticle.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double median = median(sorted);
      double first = msPerArticle.get(0);
      int medianLength =
          (int) median(lengths.stream().mapToDouble(Integer::doubleValue).sorted().toArray());
      double last = msPerArticle.get(msPerArticle.size() - 1);
      out.printf(
          Locale.ROOT,
          "%n%d articles (median length %d characters) in %d stories; ms/article median %.2f,"
              + " first batch %.2f, last batch %.2f (last/first %.2f); spread of the batches"
              + " %.0f%% to +%.0f%% of the median; store %.1f kB an article; heap used at most"
              + " %.0f MB (-Xmx %.0f MB)%n%n",
          stored,
          medianLength,
          store.stories().size(),
          median,
          first,
          last,
          last / first,
          (sorted[0] / median - 1) * 100,
          (sorted[sorted.length - 1] / median - 1) * 100,
          bytesPerArticle / 1e3,
          peak.get() / 1e6,
          Runtime.getRuntime().maxMemory() / 1e6);
      out.printf(Locale.ROOT, "figure bench.analyze-scale articles %d%n", stored);
      out.printf(Locale.ROOT, "figure bench.analyze-scale stories %d%n", store.stories().size());
      out.printf(Locale.ROOT, "figure bench.analyze-scale median_chars %d%n", medianLength);
      out.printf(Locale.ROOT, "figure bench.analyze-scale ms_per_article_median %.2f%n", median);
      out.printf(Locale.ROOT, "figure bench.analyze-scale ms_per_article_first %.2f%n", first);
      out.printf(Locale.ROOT, "figure bench.analyze-scale ms_per_article_last %.2f%n", last);
      out.printf(Locale.ROOT, "figure bench.analyze-scale last_over_first %.2f%n", last / first);
      double[] cpuSorted =
          cpuMsPerArticle.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double cpuFirst = cpuMsPerArticle.get(0);
      double cpuLast = cpuMsPerArticle.get(cpuMsPerArticle.size() - 1);
      out.printf(
          Locale.ROOT,
          "figure bench.analyze-scale cpu_ms_per_article_median %.2f%n",
          median(cpuSorted));
      out.printf(
          Locale.ROOT, "figure bench.analyze-scale cpu_ms_per_article_first %.2f%n", cpuFirst);
      out.printf(Locale.ROOT, "figure bench.analyze-scale cpu_ms_per_article_last %.2f%n", cpuLast);
      if (!overControl.isEmpty()) {
        double[] ratios = overControl.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.printf(
            Locale.ROOT,
            "figure bench.analyze-scale cpu_over_control_median %.2f%n",
            median(ratios));
        out.printf(
            Locale.ROOT,
            "figure bench.analyze-scale cpu_over_control_first %.2f%n",
            overControl.get(0));
        out.printf(
            Locale.ROOT,
            "figure bench.analyze-scale cpu_over_control_last %.2f%n",
            overControl.get(overControl.size() - 1));
      }
      out.printf(
          Locale.ROOT,
          "figure bench.analyze-scale store_kb_per_article %.1f%n",
          bytesPerArticle / 1e3);
      out.printf(
          Locale.ROOT, "figure bench.analyze-scale heap_used_max_mb %.0f%n", peak.get() / 1e6);
    } finally {
      sampler.interrupt();
      try (Stream<Path> files = Files.list(work)) {
        for (Path p : files.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(work);
    }
    return 0;
  }

  /**
   * The process CPU an article of adding the control articles to a new empty store, as the batches
   * are added: the same work each time, so its changes are the machine's load.
   */
  private double controlCpuMs(Path work, Path input, com.sun.management.OperatingSystemMXBean os)
      throws IOException {
    Path dir = Files.createTempDirectory(work, "control");
    try {
      try (SqliteStore store = SqliteStore.open(dir.resolve("control.db"))) {
        Corroborate c =
            noAnnotate
                ? Corroborate.create()
                : Corroborate.builder().annotate(new PlainLanguageLayer(), store).build();
        long cpu0 = os.getProcessCpuTime();
        c.session(store).add(List.of(input.toString()), new RunListener() {});
        return (os.getProcessCpuTime() - cpu0) / 1e6 / control;
      }
    } finally {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  /** The store file with its write-ahead log. */
  private static long storeBytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("bench.db"))
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    }
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
