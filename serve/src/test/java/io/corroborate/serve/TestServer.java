package io.corroborate.serve;

import io.corroborate.Corroborate;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.store.Store;
import io.corroborate.store.sqlite.SqliteStore;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A real server on a free port over a real SQLite file, optionally loaded with the example. */
final class TestServer implements AutoCloseable {
  static final String TOKEN = "test-token-123";

  final Store store;
  final ApiServer server;
  final HttpClient http = HttpClient.newHttpClient();

  TestServer(Path dir, boolean loadExample, ServeOptions options) {
    store = SqliteStore.open(dir.resolve("serve.db"));
    // The model-free language layer keeps the tests fast; the server runs CoreNLP by default.
    Corroborate c = Corroborate.builder().annotate(new PlainLanguageLayer(), store).build();
    AnalyzerAdder adder = new AnalyzerAdder(c, store);
    if (loadExample) {
      adder.add(List.of(Repo.examples().resolve("kaldor-dam").toString()));
    }
    server = ApiServer.start(store, adder, options);
  }

  TestServer(Path dir, boolean loadExample) {
    this(dir, loadExample, ServeOptions.withToken(0, TOKEN));
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
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

  /**
   * Posts a multipart form as a browser does: each {@code files} entry is a file part (client file
   * name to content), each {@code fields} entry a plain field.
   */
  HttpResponse<String> postForm(
      String path, Map<String, String> files, Map<String, String> fields, String token)
      throws IOException, InterruptedException {
    String boundary = "----corroborate-test-" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    files.forEach(
        (name, content) ->
            body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(name)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .append(content)
                .append("\r\n"));
    fields.forEach(
        (name, value) ->
            body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    return post(path, "multipart/form-data; boundary=" + boundary, body.toString(), token);
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
