package io.corroborate.serve;

import io.corroborate.Corroborate;
import io.corroborate.analyze.Analyzer;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.cluster.Embedder;
import io.corroborate.store.Store;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

/** A real server on a free port over a real SQLite file, optionally loaded with the example. */
final class TestServer implements AutoCloseable {
  static final String TOKEN = "test-token-123";

  final Store store;
  final ApiServer server;
  final HttpClient http = HttpClient.newHttpClient();

  TestServer(Path dir, boolean loadExample, ServeOptions options) {
    store = Stores.open(dir.resolve("serve.db").toString());
    // The model-free language layer keeps the tests fast; the server runs CoreNLP by default.
    Corroborate c = Corroborate.builder().annotate(new PlainLanguageLayer(), store).build();
    AnalyzerAdder adder = new AnalyzerAdder(new Analyzer(c, store, Embedder.none()));
    if (loadExample) {
      adder.add(List.of(Repo.examples().resolve("kaldor-dam").toString()));
    }
    server = ApiServer.start(store, adder, options);
  }

  TestServer(Path dir, boolean loadExample) {
    this(dir, loadExample, ServeOptions.withToken(0, TOKEN));
  }

  String url(String path) {
    return "http://localhost:" + server.port() + path;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String contentType, String body, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
