package io.corroborate.bench.serve;

import io.corroborate.bench.news.SyntheticNews;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.Socket;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * A fixed time of mixed requests against a running server, from several clients at once: story
 * pages, articles and searches, uploads of new made-up articles, and the abuse a public server
 * meets (malformed multipart bodies, bodies over the limit, writes without the token, uploads whose
 * client closes the connection before the answer). Counts the answers by kind and status, and the
 * most upload files the server held in its temp directories at once.
 *
 * <pre>{@code new MixedLoad(base, token, 4, stories, articles, names).run(120, out)}</pre>
 */
final class MixedLoad {
  /** The kinds of request, taken in turn by each client. */
  private static final String[] KINDS = {
    "dossier",
    "story_page",
    "article",
    "search_name",
    "search_common",
    "upload",
    "bad_multipart",
    "too_large",
    "no_token",
    "client_leaves"
  };

  private static final long TEMP_SAMPLE_MILLIS = 250;

  private final String base;
  private final String token;
  private final int clients;
  private final List<String> stories;
  private final List<String> articles;
  private final List<String> names;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  MixedLoad(
      String base,
      String token,
      int clients,
      List<String> stories,
      List<String> articles,
      List<String> names) {
    this.base = base;
    this.token = token;
    this.clients = clients;
    this.stories = stories;
    this.articles = articles;
    this.names = names;
  }

  /** Runs the load for {@code seconds}, prints what was answered and returns the figures. */
  List<String> run(int seconds, PrintWriter out) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong tempFilesMax = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                tempFilesMax.accumulateAndGet(uploadFiles(), Math::max);
                try {
                  Thread.sleep(TEMP_SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "bench-temp-sampler");
    sampler.setDaemon(true);
    sampler.start();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        done.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < end) {
                    int i = next.getAndIncrement();
                    String kind = KINDS[i % KINDS.length];
                    String status;
                    try {
                      status = send(kind, i);
                    } catch (IOException e) {
                      status = "error (" + e.getClass().getSimpleName() + ")";
                    }
                    answers.computeIfAbsent(kind + " " + status, k -> new LongAdder()).increment();
                  }
                  return null;
                }));
      }
      for (Future<Void> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
      sampler.interrupt();
    }
    double took = (System.nanoTime() - t0) / 1e9;
    long requests = answers.values().stream().mapToLong(LongAdder::sum).sum();
    long serverErrors =
        answers.entrySet().stream()
            .filter(e -> e.getKey().matches(".* (5\\d\\d|error.*)") && !e.getKey().endsWith(" 503"))
            .mapToLong(e -> e.getValue().sum())
            .sum();
    out.printf(
        Locale.ROOT,
        "  %-13s %.0f s of mixed requests from %d clients: %d requests, answers by kind and"
            + " status:%n",
        "mixed",
        took,
        clients,
        requests);
    new TreeMap<>(answers)
        .forEach((k, v) -> out.printf(Locale.ROOT, "      %-28s %d%n", k, v.sum()));
    long leftAfter = uploadFiles();
    out.printf(
        Locale.ROOT,
        "      upload files in the server's temp directories: at most %d at once, %d after the"
            + " load; server errors (5xx other than 503, failed connections): %d%n",
        tempFilesMax.get(),
        leftAfter,
        serverErrors);
    out.flush();
    String suite = "figure bench.serve ";
    return List.of(
        String.format(Locale.ROOT, "%smixed_requests %d", suite, requests),
        String.format(Locale.ROOT, "%smixed_requests_per_s %.1f", suite, requests / took),
        String.format(Locale.ROOT, "%smixed_server_errors %d", suite, serverErrors),
        String.format(Locale.ROOT, "%smixed_temp_files_max %d", suite, tempFilesMax.get()));
  }

  /** Sends request {@code i} of {@code kind}; its status, as text. */
  private String send(String kind, int i) throws IOException, InterruptedException {
    return switch (kind) {
      case "dossier" -> get("/api/stories/" + story(i) + "/dossier");
      case "story_page" -> {
        String s = story(i);
        String last = "";
        for (String path :
            List.of(
                "/api/stories/" + s,
                "/api/stories/" + s + "/dossier",
                "/api/findings?story=" + s,
                "/api/entities?story=" + s)) {
          last = get(path);
          if (!last.equals("200")) {
            break;
          }
        }
        yield last;
      }
      case "article" -> get("/api/articles/" + articles.get(i % articles.size()));
      case "search_name" -> get("/api/search?q=" + encode(names.get(i % names.size())));
      case "search_common" ->
          get("/api/search?q=" + encode(ServeBench.COMMON[i % ServeBench.COMMON.length]));
      case "upload" ->
          post(
              "/api/articles?name=upload-" + i + ".jsonl",
              "application/x-ndjson",
              newArticle(i),
              true);
      case "bad_multipart" ->
          post(
              "/api/articles",
              "multipart/form-data; boundary=bench" + i,
              ("--bench"
                      + i
                      + "\r\nContent-Disposition: form-data; name=\"file\";"
                      + " filename=\"cut.txt\"\r\n\r\nThe river rose")
                  .getBytes(StandardCharsets.UTF_8),
              true);
      case "too_large" ->
          post(
              "/api/articles?name=big.txt",
              "text/plain",
              new byte[(int) ServeBench.MAX_BODY_BYTES + 1],
              true);
      case "no_token" -> post("/api/articles?name=a.txt", "text/plain", newArticle(i), false);
      case "client_leaves" -> leave(newArticle(i));
      default -> throw new IllegalStateException(kind);
    };
  }

  private String story(int i) {
    return stories.get((i / KINDS.length) % stories.size());
  }

  private static String encode(String q) {
    return URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  /** One new made-up article as a news-please JSON line, never sent before. */
  private static byte[] newArticle(int i) {
    return (new SyntheticNews(i).story(1_000_000 + i, 1).get(0) + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private String get(String path) throws IOException, InterruptedException {
    return String.valueOf(
        http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode());
  }

  private String post(String path, String type, byte[] body, boolean withToken)
      throws IOException, InterruptedException {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (withToken) {
      r.header("Authorization", "Bearer " + token);
    }
    return String.valueOf(
        http.send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
  }

  /** Sends a whole upload, then closes the connection without waiting for the answer. */
  private String leave(byte[] body) throws IOException {
    URI u = URI.create(base);
    try (Socket s = new Socket(u.getHost(), u.getPort())) {
      OutputStream o = s.getOutputStream();
      o.write(
          ("POST /api/articles?name=left.jsonl HTTP/1.1\r\nHost: "
                  + u.getHost()
                  + "\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      o.write(body);
      o.flush();
    }
    return "sent, then left";
  }

  /** Files (other than the owner's pid file) in the temp directories of running servers. */
  static long uploadFiles() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    try (Stream<Path> dirs = Files.list(tmp)) {
      return dirs.filter(d -> d.getFileName().toString().startsWith("corroborate-serve-"))
          .mapToLong(MixedLoad::filesIn)
          .sum();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  private static long filesIn(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals("pid"))
          .count();
    } catch (IOException | UncheckedIOException e) {
      return 0; // a directory deleted while it was walked
    }
  }

  /** The process's peak resident memory in MB (Linux {@code VmHWM}), where the system says it. */
  static Optional<Long> peakResidentMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return Optional.of(kb / 1024);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux, or not readable
    }
    return Optional.empty();
  }
}
