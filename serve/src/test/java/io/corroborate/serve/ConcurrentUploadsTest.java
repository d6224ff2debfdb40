package io.corroborate.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.DependencyParse;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.store.Store;
import io.corroborate.store.sqlite.SqliteStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads through the real analyzer and a real SQLite store are worked on side by side. */
class ConcurrentUploadsTest {
  private static final String TOKEN = "concurrent-token";

  @TempDir Path dir;

  /**
   * The model-free layer, except that each annotation waits until {@code parties} annotations are
   * under way at once (or ten seconds pass), and counts those that met.
   */
  static final class MeetingLayer implements LanguageLayer {
    private final LanguageLayer plain = new PlainLanguageLayer();
    final CountDownLatch together;
    final AtomicInteger met = new AtomicInteger();

    MeetingLayer(int parties) {
      together = new CountDownLatch(parties);
    }

    @Override
    public String name() {
      return "meeting";
    }

    @Override
    public Annotation annotate(String text, Optional<LocalDate> published) {
      together.countDown();
      try {
        if (together.await(10, TimeUnit.SECONDS)) {
          met.incrementAndGet();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return plain.annotate(text, published);
    }

    @Override
    public List<DependencyParse> parse(Annotation annotation, Collection<Integer> sentences) {
      return plain.parse(annotation, sentences);
    }
  }

  @Test
  void twoUploadsAreAnnotatedAtTheSameTimeAndBothStored() throws Exception {
    MeetingLayer layer = new MeetingLayer(2);
    try (Store store = SqliteStore.open(dir.resolve("uploads.db"))) {
      Corroborate c = Corroborate.builder().annotate(layer, store).build();
      ServeOptions options =
          new ServeOptions(0, Optional.of(TOKEN), false, 1 << 20)
              .withUploads(2, 0, Duration.ofMinutes(1));
      try (ApiServer server = ApiServer.start(store, new AnalyzerAdder(c, store), options)) {
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> answers =
            List.of(
                    "The river rose two metres at Velin on Monday, the mayor said.",
                    "Engineers opened two spillway gates at the Tarn dam on Tuesday.")
                .stream()
                .map(
                    text ->
                        http.sendAsync(
                            HttpRequest.newBuilder(
                                    URI.create(
                                        "http://127.0.0.1:"
                                            + server.port()
                                            + "/api/articles?name=report.txt"))
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("Content-Type", "text/plain")
                                .POST(HttpRequest.BodyPublishers.ofString(text))
                                .build(),
                            HttpResponse.BodyHandlers.ofString()))
                .toList();
        for (CompletableFuture<HttpResponse<String>> a : answers) {
          assertThat(a.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        }
        assertThat(layer.met).as("annotations under way at the same time").hasValue(2);
        assertThat(store.articleCount()).isEqualTo(2);
      }
    }
  }
}
