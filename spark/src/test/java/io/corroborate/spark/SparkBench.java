package io.corroborate.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corroborate.bench.news.SyntheticNews;
import io.corroborate.model.ModelJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * Measures the job's throughput (articles/s) with {@code local[1]} and {@code local[2]} and where
 * the executors' time goes. Without an input directory it writes a few hundred articles of its own
 * as JSON Lines, varied from the example story's texts (numbers and titles change per copy).
 *
 * <pre>{@code
 * java -cp "spark/target/classes:$(cat spark/target/classpath.txt)" io.corroborate.spark.SparkBench \
 *     --articles 400 --runs 5
 * }</pre>
 */
public final class SparkBench {
  private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,3}\\b");

  private SparkBench() {}

  public static void main(String[] args) throws IOException {
    int articles = 400;
    int runs = 5;
    int files = 8;
    int stories = 0;
    LayerKind layer = LayerKind.PLAIN;
    Optional<Path> input = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--files" -> files = Integer.parseInt(args[++i]);
        case "--stories" -> stories = Integer.parseInt(args[++i]);
        case "--annotate" -> layer = LayerKind.parse(args[++i]);
        default -> input = Optional.of(Path.of(args[i]));
      }
    }
    Path work = Files.createTempDirectory("corroborate-spark-bench");
    Path in =
        input.isPresent()
            ? input.get()
            : stories > 0
                ? synthetic(work.resolve("in"), articles, stories, files)
                : generate(work.resolve("in"), articles, files);
    System.out.printf(
        Locale.ROOT,
        "input %s, layer %s, %d timed runs per master; %d processors, load average %.1f%n",
        in,
        layer,
        runs,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    List<Double> ratios = new ArrayList<>();
    double[] median = new double[2];
    String[] masters = {"local[1]", "local[2]"};
    for (int m = 0; m < masters.length; m++) {
      median[m] = bench(masters[m], in, work.resolve("out"), layer, runs);
    }
    ratios.add(median[1] / median[0]);
    System.out.printf(
        Locale.ROOT, "speed-up local[2] / local[1] (medians): %.2fx%n", ratios.get(0));
  }

  /** Runs the job once to warm up, then {@code runs} times; prints each run and the median. */
  static double bench(String master, Path in, Path out, LayerKind layer, int runs) {
    SparkSession spark =
        SparkSession.builder()
            .master(master)
            .appName("corroborate-bench")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    try {
      int cores = spark.sparkContext().defaultParallelism();
      JobOptions o =
          JobOptions.of(List.of(in.toString()), out.toString(), layer).withPartitions(2 * cores);
      TaskCpu tasks = new TaskCpu();
      spark.sparkContext().addSparkListener(tasks);
      SparkJob.run(spark, o); // warm-up: class loading, JIT, first Parquet writer
      List<Double> rates = new ArrayList<>();
      List<JobResult> results = new ArrayList<>();
      List<Cpu> cpus = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        Cpu.Mark mark = Cpu.mark(spark, tasks);
        JobResult res = SparkJob.run(spark, o);
        Cpu cpu = mark.since(spark, tasks);
        double rate = res.articles() * 1000.0 / Math.max(1, res.wallMillis());
        rates.add(rate);
        results.add(res);
        cpus.add(cpu);
        System.out.printf(
            Locale.ROOT,
            "%s run %d: %.1f articles/s; %s; %s%n",
            master,
            r + 1,
            rate,
            res.describe(),
            cpu.describe());
      }
      List<Double> sorted = rates.stream().sorted().toList();
      double med = sorted.get(sorted.size() / 2);
      Timings.Stages st = results.get(rates.indexOf(med)).stages();
      JobResult mr = results.get(rates.indexOf(med));
      System.out.printf(
          Locale.ROOT,
          "%s: median %.1f articles/s (min %.1f, max %.1f); median run: wall %d ms = per-article"
              + " tables %d ms + stories %d ms; executors: read %d ms, clean+annotate %d ms"
              + " (%.0f%% of the tables phase's %d core-ms), cluster %d ms, analyse %d ms; the"
              + " rest is Spark scheduling, shuffles and writing%n",
          master,
          med,
          sorted.get(0),
          sorted.get(sorted.size() - 1),
          mr.wallMillis(),
          mr.tablesMillis(),
          mr.wallMillis() - mr.tablesMillis(),
          st.read(),
          st.pipeline(),
          100.0 * st.perArticle() / Math.max(1, mr.tablesMillis() * cores),
          mr.tablesMillis() * cores,
          st.cluster(),
          st.analyse());
      System.out.printf(
          Locale.ROOT,
          "%s: median run's CPU: %s%n",
          master,
          cpus.get(rates.indexOf(med)).describe());
      return med;
    } finally {
      spark.stop();
    }
  }

  /**
   * The CPU time of Spark's tasks as they end: run time and deserialisation on the executor threads
   * (the work the cores share), summed.
   */
  static final class TaskCpu extends SparkListener {
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskMetrics() != null) {
        nanos.addAndGet(
            end.taskMetrics().executorCpuTime() + end.taskMetrics().executorDeserializeCpuTime());
      }
    }

    long nanos() {
      return nanos.get();
    }
  }

  /**
   * Where one run's CPU time went, which a busy machine disturbs far less than the wall time: the
   * whole process, Spark's tasks, and the rest (the driver's thread, scheduling, serialising
   * between stages, garbage collection, the JIT), which does not shrink with more cores. The Amdahl
   * projection is the speed-up two cores give when the rest stays serial and the tasks divide
   * evenly.
   *
   * @param load the one-minute load average at the end of the run
   */
  record Cpu(long processMillis, long taskMillis, long driverMillis, double load) {
    /** CPU counters at the start of a run. */
    record Mark(long process, long task, long driver) {
      Cpu since(SparkSession spark, TaskCpu tasks) {
        drain(spark);
        return new Cpu(
            (processCpu() - process) / 1_000_000,
            (tasks.nanos() - task) / 1_000_000,
            (THREADS.getCurrentThreadCpuTime() - driver) / 1_000_000,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
    }

    static Mark mark(SparkSession spark, TaskCpu tasks) {
      drain(spark);
      return new Mark(processCpu(), tasks.nanos(), THREADS.getCurrentThreadCpuTime());
    }

    long outsideMillis() {
      return Math.max(0, processMillis - taskMillis);
    }

    double outsideShare() {
      return (double) outsideMillis() / Math.max(1, processMillis);
    }

    /** The speed-up on two cores when the tasks divide evenly and the rest stays serial. */
    double amdahl2() {
      return (double) processMillis / Math.max(1, outsideMillis() + taskMillis / 2.0);
    }

    String describe() {
      return String.format(
          Locale.ROOT,
          "CPU: process %d ms, tasks %d ms, outside tasks %d ms (%.0f%%; driver thread %d ms);"
              + " Amdahl 2 cores %.2fx; load average %.1f",
          processMillis,
          taskMillis,
          outsideMillis(),
          100 * outsideShare(),
          driverMillis,
          amdahl2(),
          load);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long processCpu() {
      return ((com.sun.management.OperatingSystemMXBean)
              ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }

    /** Waits until the listener has seen every task that ended so far. */
    private static void drain(SparkSession spark) {
      try {
        spark.sparkContext().listenerBus().waitUntilEmpty();
      } catch (java.util.concurrent.TimeoutException e) {
        throw new IllegalStateException("Spark's listeners did not catch up", e);
      }
    }
  }

  /**
   * Writes {@code n} made-up articles in {@code stories} stories ({@link SyntheticNews}, the
   * generator {@code bench serve} fills its store with) as news-please JSON Lines in {@code files}
   * files, a story's reports spread over the files: the story stage then has many stories to share
   * between cores, as a month of news has.
   */
  static Path synthetic(Path dir, int n, int stories, int files) throws IOException {
    SyntheticNews news = new SyntheticNews(7);
    int perStory = Math.max(1, n / stories);
    List<String> lines = new ArrayList<>();
    for (int s = 0; s < stories; s++) {
      lines.addAll(news.story(s, perStory));
    }
    return spread(dir, lines, files);
  }

  /** Writes JSON Lines round-robin into {@code files} files named part-NN.jsonl under dir. */
  private static Path spread(Path dir, List<String> lines, int files) throws IOException {
    Files.createDirectories(dir);
    List<Writer> out = new ArrayList<>();
    try {
      for (int f = 0; f < files; f++) {
        out.add(
            Files.newBufferedWriter(
                dir.resolve(String.format(Locale.ROOT, "part-%02d.jsonl", f)),
                StandardCharsets.UTF_8));
      }
      for (int i = 0; i < lines.size(); i++) {
        Writer w = out.get(i % files);
        w.write(lines.get(i));
        w.write('\n');
      }
    } finally {
      for (Writer w : out) {
        w.close();
      }
    }
    return dir;
  }

  /**
   * Writes {@code n} articles as news-please JSON Lines in {@code files} files: the example story's
   * texts, each copy with its small numbers shifted and a title and URL of its own.
   */
  static Path generate(Path dir, int n, int files) throws IOException {
    List<String> bases = baseTexts();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String base = bases.get(i % bases.size());
      int shift = 1 + i / bases.size();
      Matcher m = NUMBER.matcher(base);
      String text = m.replaceAll(r -> Integer.toString(Integer.parseInt(r.group()) + shift));
      ObjectNode rec = ModelJson.mapper().createObjectNode();
      rec.put("url", "https://bench.example/story/" + i);
      rec.put("source_domain", "outlet" + (i % 23) + ".example");
      rec.put("title", "Dam story, version " + i);
      rec.put("date_publish", String.format(Locale.ROOT, "2026-03-%02d 12:00:00", 5 + i % 20));
      rec.put("language", "en");
      rec.put("maintext", text);
      lines.add(ModelJson.mapper().writeValueAsString(rec));
    }
    return spread(dir, lines, files);
  }

  /** The example story's article bodies: the text files' and the JSON Lines records'. */
  private static List<String> baseTexts() throws IOException {
    Path story =
        Path.of(System.getProperty("corroborate.repo", ".")).resolve("examples/kaldor-dam");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(story)) {
      for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".txt")) {
          String t = Files.readString(p);
          // Drop the front matter: the generated records carry their own metadata.
          int end = t.startsWith("---") ? t.indexOf("\n---", 3) : -1;
          texts.add(end < 0 ? t : t.substring(end + 4).strip());
        } else if (name.endsWith(".jsonl")) {
          for (String line : Files.readAllLines(p)) {
            if (!line.isBlank()) {
              JsonNode node = ModelJson.mapper().readTree(line);
              texts.add(node.path("maintext").asText());
            }
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (texts.isEmpty()) {
      throw new IOException("no example texts under " + story);
    }
    return texts;
  }
}
