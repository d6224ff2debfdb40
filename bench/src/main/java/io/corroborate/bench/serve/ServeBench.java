package io.corroborate.bench.serve;

import io.corroborate.Corroborate;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.bench.news.SyntheticNews;
import io.corroborate.serve.AddReport;
import io.corroborate.serve.AnalyzerAdder;
import io.corroborate.serve.ApiServer;
import io.corroborate.serve.ServeOptions;
import io.corroborate.store.Store;
import io.corroborate.store.StorySummary;
import io.corroborate.store.sqlite.SqliteStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate bench serve}: requests/s and p50/p99 latency of the server's story page and
 * search over a store of many articles. Fills a new SQLite store with made-up stories ({@link
 * SyntheticNews}, analysed with the model-free layer so the stories and dossiers are real), starts
 * the server on a free port, then has a few concurrent clients send a fixed number of requests per
 * repetition, after a warm-up; prints the median and spread over the repetitions. With {@code
 * --rate} the requests are sent at a fixed rate instead ({@link OpenLoop}), and each latency counts
 * from the time its request was due.
 *
 * <pre>{@code corroborate bench serve --articles 10000 --clients 4 --requests 1000 --reps 5
 * corroborate bench serve --db serve10k.db --rate 200 --targets story_page,search_common}</pre>
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the HTTP server: requests/s and p50/p99 latency of story pages and search.",
      "The store is filled with made-up stories first (or given with --db). Prints the median and",
      "spread over the repetitions, then one 'figure bench.serve <name> <value>' line per figure."
    })
public final class ServeBench implements Callable<Integer> {
  /** How long one request may take before the bench gives up on it. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** How often the heap in use is sampled during the load. */
  private static final long HEAP_SAMPLE_MILLIS = 100;

  /** The write token of the measured server; uploads of the mixed load send it. */
  private static final String TOKEN = "bench-serve-token";

  /** The measured server's body limit: the mixed load's oversized bodies go past it. */
  static final long MAX_BODY_BYTES = 1L << 20;

  /** Words found in nearly every made-up story: each search ranks thousands of matches. */
  static final String[] COMMON = {
    "evacuated", "mayor", "rescue teams", "inquiry", "spokesperson", "river", "schools closed"
  };

  @Spec CommandSpec spec;

  @Option(
      names = "--articles",
      defaultValue = "10000",
      description = "Articles to put in the store (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(
      names = "--per-story",
      defaultValue = "20",
      description = "Articles per made-up story (default: ${DEFAULT-VALUE}).")
  int perStory;

  @Option(
      names = "--clients",
      defaultValue = "4",
      description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--requests",
      defaultValue = "1000",
      description =
          "Requests per repetition for the story page targets (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(
      names = "--search-requests",
      defaultValue = "200",
      description =
          "Requests per repetition for the search targets, which are slower (default:"
              + " ${DEFAULT-VALUE}).")
  int searchRequests;

  @Option(
      names = "--warmup",
      defaultValue = "1",
      description = "Untimed repetitions first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--reps",
      defaultValue = "5",
      description = "Timed repetitions (default: ${DEFAULT-VALUE}).")
  int reps;

  @Option(
      names = "--mixed",
      paramLabel = "SECONDS",
      defaultValue = "120",
      description =
          "After the targets, this many seconds of mixed requests from every client: reads,"
              + " searches, uploads of new articles, malformed multipart bodies, bodies over the"
              + " limit, writes without the token and uploads whose client leaves; prints the"
              + " answers by kind and the memory used (default: ${DEFAULT-VALUE}; 0 skips it).")
  int mixedSeconds;

  @Option(
      names = "--rate",
      paramLabel = "PER_SECOND",
      defaultValue = "0",
      description =
          "Open loop: send each target's requests at this fixed rate, whatever the answers'"
              + " latency, and measure each latency from the time its request was due, so"
              + " queueing counts (a story page's four calls make one request). Prints the"
              + " achieved rate and p50/p99/max. Default 0: the closed loop of --clients.")
  double rate;

  @Option(
      names = "--targets",
      split = ",",
      paramLabel = "NAME",
      description =
          "Measure only these targets (dossier, story, findings, entities, story_page, article,"
              + " search_name, search_common); default: all.")
  List<String> only;

  @Option(
      names = "--gzip",
      description =
          "Ask for compressed answers (Accept-Encoding: gzip), as a browser does; the answers are"
              + " received compressed and not unpacked.")
  boolean gzip;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description =
          "Measure this store instead of a new one; a SQLite file that does not exist yet is"
              + " created and filled, and kept for the next run.")
  Path db;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (articles < 1
        || perStory < 1
        || clients < 1
        || requests < 1
        || searchRequests < 1
        || reps < 1
        || warmup < 0
        || rate < 0
        || Double.isNaN(rate)
        || Double.isInfinite(rate)) {
      throw new IllegalArgumentException(
          "--articles, --per-story, --clients, --requests, --search-requests and --reps must be"
              + " positive, --rate zero or more");
    }
    Path work = Files.createTempDirectory("corroborate-bench-serve");
    Path file = db != null ? db : work.resolve("bench.db");
    boolean fill = !Files.exists(file);
    try (Store store = SqliteStore.open(file)) {
      Corroborate c = Corroborate.builder().annotate(new PlainLanguageLayer(), store).build();
      AnalyzerAdder adder = new AnalyzerAdder(c, store);
      if (fill) {
        long t0 = System.nanoTime();
        fill(adder, work, out);
        out.printf(
            Locale.ROOT,
            "filled %s: %d articles in %d stories in %.0f s%n",
            file,
            store.articleCount(),
            store.stories().size(),
            (System.nanoTime() - t0) / 1e9);
      }
      List<String> stories = store.stories().stream().map(StorySummary::id).toList();
      if (stories.isEmpty()) {
        throw new IllegalArgumentException("the store " + file + " holds no story to ask for");
      }
      out.printf(
          "bench serve: %d articles, %d stories; %s, %d requests a repetition (%d for"
              + " search), %d warm-up + %d timed repetitions; client and server share this"
              + " machine's %d cores%n",
          store.articleCount(),
          stories.size(),
          rate > 0
              ? String.format(Locale.ROOT, "open loop at %.0f requests/s", rate)
              : clients + " clients",
          requests,
          searchRequests,
          warmup,
          reps,
          Runtime.getRuntime().availableProcessors());
      out.flush();
      try (ApiServer server =
          ApiServer.start(
              store,
              adder,
              new ServeOptions(0, Optional.of(TOKEN), false, MAX_BODY_BYTES)
                  .withUploads(2, 8, Duration.ofSeconds(60)))) {
        String base = "http://127.0.0.1:" + server.port();
        List<String> names = rareWords(store.stories());
        List<String> articleIds =
            spread(store.memberships().stream().map(m -> m.articleId()).toList());
        List<Target> targets =
            List.of(
                new Target(
                    "dossier",
                    "GET /api/stories/{id}/dossier (the story page's data)",
                    requests,
                    i ->
                        List.of(
                            base + "/api/stories/" + stories.get(i % stories.size()) + "/dossier")),
                new Target(
                    "story",
                    "GET /api/stories/{id} (the story page's heading)",
                    requests,
                    i -> List.of(base + "/api/stories/" + stories.get(i % stories.size()))),
                new Target(
                    "findings",
                    "GET /api/findings?story={id} (the story page's findings)",
                    requests,
                    i -> List.of(base + "/api/findings?story=" + stories.get(i % stories.size()))),
                new Target(
                    "entities",
                    "GET /api/entities?story={id} (the story page's entities)",
                    requests,
                    i -> List.of(base + "/api/entities?story=" + stories.get(i % stories.size()))),
                new Target(
                    "story_page",
                    "the story page's four API calls in turn, as one page",
                    requests,
                    i -> storyPage(base, stories.get(i % stories.size()))),
                new Target(
                    "article",
                    "GET /api/articles/{id} (what a click on evidence loads)",
                    requests,
                    i -> List.of(base + "/api/articles/" + articleIds.get(i % articleIds.size()))),
                new Target(
                    "search_name",
                    "GET /api/search?q=NAME, a name from one story's title",
                    searchRequests,
                    i -> List.of(search(base, names.get(i % names.size())))),
                new Target(
                    "search_common",
                    "GET /api/search?q=WORD, a word in nearly every story",
                    searchRequests,
                    i -> List.of(search(base, COMMON[i % COMMON.length]))));
        List<String> figures = new ArrayList<>();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        double liveBeforeMb = liveHeapMb(memory);
        AtomicLong peakUsed = new AtomicLong();
        Thread sampler =
            new Thread(
                () -> {
                  while (!Thread.currentThread().isInterrupted()) {
                    peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
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
        long loadStart = System.nanoTime();
        List<String> targetNames = targets.stream().map(Target::name).toList();
        if (only != null && !targetNames.containsAll(only)) {
          throw new IllegalArgumentException(
              "--targets takes " + String.join(", ", targetNames) + "; got " + only);
        }
        for (Target t : targets) {
          if (only == null || only.contains(t.name())) {
            figures.addAll(rate > 0 ? measureOpen(t, out) : measure(t, out));
          }
        }
        if (mixedSeconds > 0) {
          figures.addAll(
              new MixedLoad(base, TOKEN, clients, stories, articleIds, names)
                  .run(mixedSeconds, out));
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        sampler.interrupt();
        double peakMb = peakUsed.get() / 1e6;
        double liveAfterMb = liveHeapMb(memory);
        out.printf(
            Locale.ROOT,
            "%nload: %.0f s of requests; heap used at most %.0f MB (sampled every %d ms; -Xmx %.0f"
                + " MB); live heap after a full GC %.0f MB before the load, %.0f MB after;"
                + " resident memory at most %s%n",
            loadSeconds,
            peakMb,
            HEAP_SAMPLE_MILLIS,
            Runtime.getRuntime().maxMemory() / 1e6,
            liveBeforeMb,
            liveAfterMb,
            MixedLoad.peakResidentMb().map(mb -> mb + " MB").orElse("unknown (no /proc)"));
        MixedLoad.peakResidentMb()
            .ifPresent(mb -> figures.add("figure bench.serve resident_max_mb " + mb));
        figures.add(
            String.format(Locale.ROOT, "figure bench.serve load_seconds %.0f", loadSeconds));
        figures.add(String.format(Locale.ROOT, "figure bench.serve heap_used_max_mb %.0f", peakMb));
        figures.add(
            String.format(Locale.ROOT, "figure bench.serve live_heap_after_mb %.0f", liveAfterMb));
        out.println();
        figures.forEach(out::println);
      }
    } finally {
      if (db == null) {
        Files.deleteIfExists(file);
        Files.deleteIfExists(work);
      }
    }
    out.flush();
    return 0;
  }

  /** Heap in use after a full collection, in MB: what the server keeps, not its garbage. */
  private static double liveHeapMb(MemoryMXBean memory) {
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed() / 1e6;
  }

  /** Every 7th item first, and so on, so consecutive requests ask for different stories. */
  static List<String> spread(List<String> ids) {
    List<String> out = new ArrayList<>(ids.size());
    for (int start = 0; start < Math.min(7, ids.size()); start++) {
      for (int i = start; i < ids.size(); i += 7) {
        out.add(ids.get(i));
      }
    }
    return out;
  }

  private static String search(String base, String q) {
    return base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  /**
   * From each story's title, the word fewest other titles share (a place or a name, found in few
   * articles), the longer on a tie.
   */
  static List<String> rareWords(List<StorySummary> stories) {
    Map<String, Integer> titlesWith = new HashMap<>();
    List<List<String>> words = new ArrayList<>();
    for (StorySummary s : stories) {
      List<String> w =
          Arrays.stream(s.title().split("[^\\p{L}]+"))
              .filter(x -> x.length() > 3)
              .distinct()
              .toList();
      words.add(w);
      w.forEach(x -> titlesWith.merge(x.toLowerCase(Locale.ROOT), 1, Integer::sum));
    }
    List<String> out = new ArrayList<>();
    for (List<String> w : words) {
      w.stream()
          .min(
              Comparator.comparingInt((String x) -> titlesWith.get(x.toLowerCase(Locale.ROOT)))
                  .thenComparing(Comparator.comparingInt(String::length).reversed()))
          .ifPresent(out::add);
    }
    return out.isEmpty() ? List.of("nothing") : out;
  }

  private static List<String> storyPage(String base, String id) {
    return List.of(
        base + "/api/stories/" + id,
        base + "/api/stories/" + id + "/dossier",
        base + "/api/findings?story=" + id,
        base + "/api/entities?story=" + id);
  }

  private void fill(AnalyzerAdder adder, Path work, PrintWriter out) throws IOException {
    SyntheticNews news = new SyntheticNews(7);
    int storiesNeeded = (articles + perStory - 1) / perStory;
    // Batches of a few hundred articles: the analyzer rewrites each touched story once a batch.
    int storiesPerBatch = Math.max(1, 500 / perStory);
    int written = 0;
    long started = System.nanoTime();
    for (int s = 0; s < storiesNeeded; s += storiesPerBatch) {
      List<String> lines = new ArrayList<>();
      for (int k = s; k < Math.min(storiesNeeded, s + storiesPerBatch); k++) {
        int n = Math.min(perStory, articles - written);
        lines.addAll(news.story(k, n));
        written += n;
      }
      Path batch = work.resolve("batch-" + s + ".jsonl");
      Files.write(batch, lines, StandardCharsets.UTF_8);
      AddReport r = adder.add(List.of(batch.toString()));
      Files.delete(batch);
      if (!r.rejections().isEmpty()) {
        throw new IllegalStateException(
            "made-up articles were rejected: " + r.rejections().get(0).describe());
      }
      out.printf(
          Locale.ROOT,
          "  filled %d of %d articles (%.0f s)%n",
          written,
          articles,
          (System.nanoTime() - started) / 1e9);
      out.flush();
    }
  }

  /** What one request of a target asks for: the urls of request {@code i}, fetched in turn. */
  record Target(String name, String description, int requests, IntFunction<List<String>> urls) {}

  /** The load's HTTP client: HTTP/1.1, as a browser's story page fetches it, 10 s to connect. */
  private static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private List<String> measure(Target t, PrintWriter out) throws Exception {
    HttpClient http = client();
    List<double[]> runs = new ArrayList<>();
    ServerCpu cpu = null;
    for (int rep = 0; rep < warmup + reps; rep++) {
      if (rep == warmup) {
        cpu = ServerCpu.start();
      }
      double[] r = once(t, http);
      if (rep >= warmup) {
        runs.add(r);
      }
    }
    double[] cpuMs = perRequest(cpu, (long) reps * t.requests());
    double[] rps = runs.stream().mapToDouble(r -> r[0]).sorted().toArray();
    double[] p50 = runs.stream().mapToDouble(r -> r[1]).sorted().toArray();
    double[] p99 = runs.stream().mapToDouble(r -> r[2]).sorted().toArray();
    double medianRps = median(rps);
    out.printf(
        Locale.ROOT,
        "  %-13s %s: median %.0f requests/s (spread %.0f%%), p50 %.1f ms, p99 %.1f ms"
            + " (medians over %d repetitions; p99 from %.1f to %.1f ms); %s%n",
        t.name(),
        t.description(),
        medianRps,
        (rps[rps.length - 1] - rps[0]) / medianRps * 100,
        median(p50),
        median(p99),
        reps,
        p99[0],
        p99[p99.length - 1],
        describeCpu(cpuMs));
    out.flush();
    return figureLines(
        t,
        cpuMs,
        medianRps,
        median(p50),
        median(p99),
        figure(t, "spread", "%.4f", (rps[rps.length - 1] - rps[0]) / medianRps));
  }

  /** One repetition: {requests/s, p50 ms, p99 ms}. */
  private double[] once(Target t, HttpClient http) throws Exception {
    int requests = t.requests();
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i; (i = next.getAndIncrement()) < requests; ) {
                    long s = System.nanoTime();
                    for (String url : t.urls().apply(i)) {
                      fetch(http, url);
                    }
                    latencies[i] = System.nanoTime() - s;
                  }
                  return null;
                }));
      }
      for (Future<Void> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Arrays.sort(latencies);
    return new double[] {
      requests / seconds, percentile(latencies, 0.50) / 1e6, percentile(latencies, 0.99) / 1e6
    };
  }

  /** GETs {@code url}, failing unless it answers 200. */
  private void fetch(HttpClient http, String url) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).GET();
    if (gzip) {
      request.header("Accept-Encoding", "gzip");
    }
    HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          url
              + " answered "
              + r.statusCode()
              + ": "
              + new String(r.body(), StandardCharsets.UTF_8));
    }
  }

  /**
   * Open loop: each repetition sends the target's requests at {@code --rate} a second (see {@link
   * OpenLoop}); prints the achieved rate and p50/p99/max, medians over the repetitions.
   */
  private List<String> measureOpen(Target t, PrintWriter out) throws Exception {
    HttpClient http = client();
    AtomicInteger threads = new AtomicInteger();
    ExecutorService senders =
        Executors.newCachedThreadPool(
            r -> {
              Thread th = new Thread(r, "bench-open-loop-" + threads.incrementAndGet());
              th.setDaemon(true);
              return th;
            });
    List<OpenLoop.Result> runs = new ArrayList<>();
    AtomicInteger timedOut = new AtomicInteger();
    ServerCpu cpu = null;
    try {
      for (int rep = 0; rep < warmup + reps; rep++) {
        if (rep == warmup) {
          cpu = ServerCpu.start();
        }
        OpenLoop.Result r =
            OpenLoop.run(
                t.requests(),
                rate,
                OpenLoop.SYSTEM,
                senders,
                i -> {
                  try {
                    for (String url : t.urls().apply(i)) {
                      fetch(http, url);
                    }
                  } catch (IOException e) {
                    // An overloaded server's answer (no answer in time, or a connection closed
                    // mid-answer): counted, its latency the time it waited.
                    timedOut.incrementAndGet();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("stopped", e);
                  }
                });
        if (r.failures() > 0) {
          throw new IllegalStateException(
              t.name()
                  + ": "
                  + r.failures()
                  + " requests failed, the first with: "
                  + r.firstFailure(),
              r.firstFailure());
        }
        if (rep >= warmup) {
          runs.add(r);
        } else {
          timedOut.set(0);
        }
      }
    } finally {
      senders.shutdownNow();
    }
    double[] achieved = runs.stream().mapToDouble(OpenLoop.Result::achievedRate).sorted().toArray();
    double[] p50 = runs.stream().mapToDouble(r -> r.percentileMillis(0.50)).sorted().toArray();
    double[] p99 = runs.stream().mapToDouble(r -> r.percentileMillis(0.99)).sorted().toArray();
    double[] max = runs.stream().mapToDouble(OpenLoop.Result::maxMillis).sorted().toArray();
    double lagMs = runs.stream().mapToLong(OpenLoop.Result::sendLagNanos).max().orElse(0) / 1e6;
    double[] cpuMs = perRequest(cpu, (long) reps * t.requests());
    out.printf(
        Locale.ROOT,
        "  %-13s %s: %.0f requests/s sent, %.0f answered a second, p50 %.1f ms, p99 %.1f ms,"
            + " max %.1f ms (medians over %d repetitions of %d requests; p99 from %.1f to %.1f"
            + " ms; the sender at most %.1f ms late; %d unanswered: no answer in %d s or the"
            + " connection closed); %s%n",
        t.name(),
        t.description(),
        rate,
        median(achieved),
        median(p50),
        median(p99),
        median(max),
        reps,
        t.requests(),
        p99[0],
        p99[p99.length - 1],
        lagMs,
        timedOut.get(),
        REQUEST_TIMEOUT.toSeconds(),
        describeCpu(cpuMs));
    out.flush();
    return figureLines(
        t,
        cpuMs,
        median(achieved),
        median(p50),
        median(p99),
        figure(t, "offered_per_s", "%.1f", rate),
        figure(t, "max_ms", "%.2f", median(max)),
        figure(t, "unanswered", "%.0f", timedOut.get()));
  }

  /**
   * {server threads' CPU ms, whole process's CPU ms} per request since {@code cpu} started, for
   * {@code requests} requests (a story page's four calls are one request).
   */
  private static double[] perRequest(ServerCpu cpu, long requests) {
    return new double[] {cpu.serverMillis() / requests, cpu.processMillis() / requests};
  }

  private static String describeCpu(double[] cpuMs) {
    return String.format(
        Locale.ROOT,
        "CPU a request: %.2f ms in the server's threads, %.2f ms in the whole process (client and"
            + " garbage collection included)",
        cpuMs[0],
        cpuMs[1]);
  }

  /**
   * The figure lines of a target that both loops print (CPU a request in the server and in the
   * process, requests answered a second, p50 and p99), then the loop's own {@code more}.
   */
  static List<String> figureLines(
      Target t, double[] cpuMs, double requestsPerS, double p50, double p99, String... more) {
    List<String> lines = new ArrayList<>();
    lines.add(figure(t, "server_cpu_ms", "%.3f", cpuMs[0]));
    lines.add(figure(t, "process_cpu_ms", "%.3f", cpuMs[1]));
    lines.add(figure(t, "requests_per_s", "%.1f", requestsPerS));
    lines.add(figure(t, "p50_ms", "%.2f", p50));
    lines.add(figure(t, "p99_ms", "%.2f", p99));
    lines.addAll(Arrays.asList(more));
    return lines;
  }

  /** One "figure bench.serve TARGET_NAME VALUE" line, the value written with {@code format}. */
  static String figure(Target t, String name, String format, double value) {
    return "figure bench.serve "
        + t.name()
        + "_"
        + name
        + " "
        + String.format(Locale.ROOT, format, value);
  }

  /** The nearest-rank percentile of sorted values. */
  static double percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
