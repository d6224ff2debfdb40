package io.corroborate.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.DependencyParse;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.store.Store;
import io.corroborate.store.sqlite.SqliteStore;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server under abuse: a bounded upload pool, time limits, bad bodies, clients that leave. */
class UploadLimitsTest {
  private static final String TOKEN = "limits-token";
  private static final long WAIT_SECONDS = 10;

  @TempDir Path dir;
  private Store store;
  private final HttpClient http = HttpClient.newHttpClient();

  /** An adder that holds each upload until released, and notes when it is stopped. */
  static final class HeldAdder implements Adder {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public AddReport add(List<String> inputs, UnaryOperator<String> shown) {
      started.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        stopped.countDown();
        throw new CancellationException("stopped");
      }
      return new AddReport(List.of(), List.of(), List.of());
    }
  }

  /**
   * The model-free layer, except that it never finishes a text holding {@code STALL} on its own: it
   * waits there until its thread is interrupted, as CoreNLP stops between its annotators.
   */
  static final class StallingLayer implements LanguageLayer {
    private final LanguageLayer plain = new PlainLanguageLayer();
    final CountDownLatch stalled = new CountDownLatch(1);
    final CountDownLatch interrupted = new CountDownLatch(1);

    @Override
    public String name() {
      return "stalling";
    }

    @Override
    public Annotation annotate(String text, Optional<LocalDate> published) {
      if (text.contains("STALL")) {
        stalled.countDown();
        try {
          new CountDownLatch(1).await();
        } catch (InterruptedException e) {
          interrupted.countDown();
          throw new IllegalStateException("interrupted");
        }
      }
      return plain.annotate(text, published);
    }

    @Override
    public List<DependencyParse> parse(Annotation annotation, Collection<Integer> sentences) {
      return plain.parse(annotation, sentences);
    }
  }

  private AnalyzerAdder stallingAdder(StallingLayer layer) {
    Corroborate c = Corroborate.builder().annotate(layer, store).build();
    return new AnalyzerAdder(c, store);
  }

  @BeforeEach
  void openStore() {
    store = SqliteStore.open(dir.resolve("limits.db"));
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private static ServeOptions options(int workers, int queue, Duration limit, long maxBody) {
    return new ServeOptions(0, Optional.of(TOKEN), false, maxBody)
        .withUploads(workers, queue, limit);
  }

  private HttpRequest.Builder post(ApiServer server, String contentType) {
    return HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/api/articles?name=a.txt"))
        .header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", contentType);
  }

  private HttpResponse<String> postText(ApiServer server) throws Exception {
    return http.send(
        post(server, "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("Engineers opened two gates."))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anUploadPastItsTimeLimitIsStoppedAndAnswered503() throws Exception {
    HeldAdder adder = new HeldAdder();
    try (ApiServer server =
        ApiServer.start(store, adder, options(1, 0, Duration.ofSeconds(1), 1024))) {
      HttpResponse<String> r = postText(server);
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.body())
          .isEqualTo(
              "{\"error\":\"the upload took longer than this server allows (1 s) and was"
                  + " stopped; articles it had stored stay, and sending it again adds only the"
                  + " rest\",\"field\":\"body\"}");
      assertThat(adder.stopped.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void anUploadWhoseClientLeavesIsStoppedAndFreesItsWorker() throws Exception {
    HeldAdder adder = new HeldAdder();
    try (ApiServer server =
        ApiServer.start(store, adder, options(1, 0, Duration.ofMinutes(5), 1024))) {
      String body = "Engineers opened two gates.";
      try (java.net.Socket client = new java.net.Socket("127.0.0.1", server.port())) {
        client
            .getOutputStream()
            .write(
                ("POST /api/articles?name=a.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Bearer "
                        + TOKEN
                        + "\r\nContent-Type: text/plain\r\nContent-Length: "
                        + body.length()
                        + "\r\n\r\n"
                        + body)
                    .getBytes(StandardCharsets.US_ASCII));
        client.getOutputStream().flush();
        assertThat(adder.started.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
      }
      // the client is gone: its upload stops long before the five-minute limit
      assertThat(adder.stopped.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
      adder.release.countDown();
      assertThat(postText(server).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void anUploadPastItsTimeLimitIsStoppedDuringItsAnnotation() throws Exception {
    StallingLayer layer = new StallingLayer();
    try (ApiServer server =
        ApiServer.start(
            store, stallingAdder(layer), options(1, 0, Duration.ofSeconds(2), 1 << 16))) {
      HttpResponse<String> r =
          http.send(
              post(server, "text/plain")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "STALL. Engineers opened two gates of the Tarn dam on Tuesday."))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.body()).contains("took longer than this server allows (2 s)");
      assertThat(layer.interrupted.await(WAIT_SECONDS, TimeUnit.SECONDS))
          .as("the annotation under way is stopped")
          .isTrue();
      assertThat(store.articleCount()).isZero();
      assertThat(store.rejections()).as("a stopped upload is no bad input").isEmpty();
      // the worker is free again: the next upload is annotated and stored
      HttpResponse<String> next =
          http.send(
              post(server, "text/plain")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "Engineers opened two gates of the Tarn dam on Tuesday."))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
      assertThat(store.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void anUploadWhoseClientLeavesDuringItsAnnotationIsStopped() throws Exception {
    StallingLayer layer = new StallingLayer();
    try (ApiServer server =
        ApiServer.start(
            store, stallingAdder(layer), options(1, 0, Duration.ofMinutes(5), 1 << 16))) {
      String body = "STALL. Engineers opened two gates of the Tarn dam on Tuesday.";
      try (java.net.Socket client = new java.net.Socket("127.0.0.1", server.port())) {
        client
            .getOutputStream()
            .write(
                ("POST /api/articles?name=a.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Bearer "
                        + TOKEN
                        + "\r\nContent-Type: text/plain\r\nContent-Length: "
                        + body.length()
                        + "\r\n\r\n"
                        + body)
                    .getBytes(StandardCharsets.US_ASCII));
        client.getOutputStream().flush();
        assertThat(layer.stalled.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
      }
      // the client is gone: the annotation stops long before the five-minute limit
      assertThat(layer.interrupted.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
      assertThat(store.articleCount()).isZero();
      assertThat(store.rejections()).isEmpty();
    }
  }

  @Test
  void anUploadsConnectionIsClosedAfterItsAnswer() throws Exception {
    HeldAdder adder = new HeldAdder();
    adder.release.countDown();
    try (ApiServer server =
            ApiServer.start(store, adder, options(1, 0, Duration.ofMinutes(1), 1024));
        java.net.Socket client = new java.net.Socket("127.0.0.1", server.port())) {
      client.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
      String body = "Engineers opened two gates.";
      client
          .getOutputStream()
          .write(
              ("POST /api/articles?name=a.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      + "Authorization: Bearer "
                      + TOKEN
                      + "\r\nContent-Type: text/plain\r\nContent-Length: "
                      + body.length()
                      + "\r\n\r\n"
                      + body)
                  .getBytes(StandardCharsets.US_ASCII));
      // readAllBytes ends only when the server closes the connection
      String answer = new String(client.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      assertThat(answer).startsWith("HTTP/1.1 200").containsIgnoringCase("Connection: close");
    }
  }

  @Test
  void anUploadWhoseClientWaitsIsNotStoppedByTheWatch() throws Exception {
    HeldAdder adder = new HeldAdder();
    try (ApiServer server =
        ApiServer.start(store, adder, options(1, 0, Duration.ofMinutes(1), 1024))) {
      CompletableFuture<HttpResponse<String>> waiting =
          http.sendAsync(
              post(server, "text/plain")
                  .POST(HttpRequest.BodyPublishers.ofString("Engineers opened two gates."))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(adder.started.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
      assertThat(adder.stopped.await(2, TimeUnit.SECONDS)).isFalse();
      adder.release.countDown();
      assertThat(waiting.get(WAIT_SECONDS, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      // the next requests are answered too, on whatever connection the client takes
      for (int i = 0; i < 3; i++) {
        assertThat(postText(server).statusCode()).isEqualTo(200);
      }
    }
  }

  @Test
  void anUploadFindingThePoolFullIsRefusedAtOnceWith503() throws Exception {
    HeldAdder adder = new HeldAdder();
    try (ApiServer server =
        ApiServer.start(store, adder, options(1, 0, Duration.ofMinutes(1), 1024))) {
      CompletableFuture<HttpResponse<String>> first =
          http.sendAsync(
              post(server, "text/plain")
                  .POST(HttpRequest.BodyPublishers.ofString("Engineers opened two gates."))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(adder.started.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
      HttpResponse<String> second = postText(server);
      assertThat(second.statusCode()).isEqualTo(503);
      assertThat(second.headers().firstValue("Retry-After")).contains("30");
      assertThat(second.body())
          .isEqualTo(
              "{\"error\":\"the server is busy with 1 uploads; send this one again later\","
                  + "\"field\":\"body\"}");
      adder.release.countDown();
      assertThat(first.get(WAIT_SECONDS, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aMultipartBodyThatIsNotOneIs400WithItsReason() throws Exception {
    try (ApiServer server =
        ApiServer.start(store, new HeldAdder(), options(1, 0, Duration.ofMinutes(1), 1024))) {
      HttpResponse<String> r =
          http.send(
              post(server, "multipart/form-data; boundary=xyz")
                  .POST(HttpRequest.BodyPublishers.ofString("this is not a multipart body"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body())
          .isEqualTo(
              "{\"error\":\"the multipart body could not be read: Missing initial multi part"
                  + " boundary\",\"field\":\"body\"}");
    }
  }

  @Test
  void aMultipartBodyWithoutABoundaryIs400WithItsReason() throws Exception {
    try (ApiServer server =
        ApiServer.start(store, new HeldAdder(), options(1, 0, Duration.ofMinutes(1), 1024))) {
      HttpResponse<String> r =
          http.send(
              post(server, "multipart/form-data")
                  .POST(HttpRequest.BodyPublishers.ofString("--x\r\n\r\nhello\r\n--x--\r\n"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body())
          .isEqualTo(
              "{\"error\":\"a multipart body needs a boundary: multipart/form-data;"
                  + " boundary=...\",\"field\":\"Content-Type\"}");
    }
  }

  @Test
  void aStreamedMultipartPartOverTheLimitIs413() throws Exception {
    String boundary = "b0undary";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n"
            + "word ".repeat(400)
            + "\r\n--"
            + boundary
            + "--\r\n";
    try (ApiServer server =
        ApiServer.start(store, new HeldAdder(), options(1, 0, Duration.ofMinutes(1), 1024))) {
      // Streamed, so no Content-Length tells the server the size before it reads the parts.
      HttpResponse<String> r =
          http.send(
              post(server, "multipart/form-data; boundary=" + boundary)
                  .POST(
                      HttpRequest.BodyPublishers.ofInputStream(
                          () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(r.body())
          .isEqualTo(
              "{\"error\":\"the upload is larger than this server takes (1024 bytes; see"
                  + " --max-body-mb)\",\"field\":\"body\"}");
    }
  }

  @Test
  void noUploadFileOutlivesTheServer() throws Exception {
    HeldAdder adder = new HeldAdder();
    adder.release.countDown();
    Path scratch;
    try (ApiServer server =
        ApiServer.start(store, adder, options(1, 0, Duration.ofMinutes(1), 1024))) {
      scratch = server.scratch();
      assertThat(postText(server).statusCode()).isEqualTo(200);
      assertThat(scratch).isDirectory();
    }
    assertThat(scratch).doesNotExist();
  }

  @Test
  void aKilledServersUploadsAreDeletedWhenTheNextServerStarts() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Path left = Files.createTempDirectory(tmp, ApiServer.SCRATCH_PREFIX);
    Files.writeString(left.resolve(ApiServer.OWNER_FILE), Long.toString(gone.pid()));
    Files.writeString(left.resolve("upload.txt"), "left behind by a killed server");
    Path running = Files.createTempDirectory(tmp, ApiServer.SCRATCH_PREFIX);
    Files.writeString(
        running.resolve(ApiServer.OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
    try (ApiServer server =
        ApiServer.start(store, new HeldAdder(), options(1, 0, Duration.ofMinutes(1), 1024))) {
      assertThat(left).doesNotExist();
      assertThat(running).isDirectory();
      assertThat(server.scratch()).isNotEqualTo(running);
    } finally {
      Files.deleteIfExists(running.resolve(ApiServer.OWNER_FILE));
      Files.deleteIfExists(running);
    }
  }

  @Test
  void theFirstRequestsAfterStartAreAnswered() throws Exception {
    try (ApiServer server =
        ApiServer.start(store, new HeldAdder(), options(1, 0, Duration.ofMinutes(1), 1024))) {
      for (String path : List.of("/", "/api/stories", "/api/openapi.json")) {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
      }
    }
  }

  @Test
  void theServerListensOnLoopbackUnlessToldOtherwise() {
    assertThat(ServeOptions.withToken(0, TOKEN).bind()).isEqualTo("127.0.0.1");
  }
}
