package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.dossier.Dossier;
import io.corroborate.model.ModelJson;
import io.corroborate.serve.AnalyzerAdder;
import io.corroborate.serve.ApiServer;
import io.corroborate.serve.ServeOptions;
import io.corroborate.store.Store;
import io.corroborate.store.sqlite.SqliteStore;
import io.corroborate.testkit.DossierJson;
import io.corroborate.testkit.JsonDiff;
import io.corroborate.testkit.Repo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example story analysed through three doors with the language layer each uses by default
 * (CoreNLP): the command line's {@code analyze --json}, the server's upload and dossier routes, and
 * the library's {@code run} and {@code dossiers}. Each gives the same dossier, field for field;
 * only the file an article came from is named as each door saw it (a path on the command line, the
 * uploaded file's name on the server), so that field is compared by file name.
 */
@Tag("slow")
class SameDossierEveryEdgeTest {
  private static final String TOKEN = "edges-token";

  @TempDir Path dir;

  @Test
  void theCommandLineTheServerAndTheLibraryGiveOneDossier() throws Exception {
    Path story = Repo.examples().resolve("kaldor-dam");

    Cli cli =
        Cli.run("analyze", story.toString(), "--db", dir.resolve("cli.db").toString(), "--json");
    assertThat(cli.exit()).as(cli.err()).isZero();
    JsonNode fromCli = DossierJson.comparable(ModelJson.mapper().readTree(cli.out()));

    Corroborate library =
        Corroborate.builder().annotate(CoreNlpLayer.shared(), AnnotationCache.none()).build();
    RunSummary run = library.run(List.of(story.toString()), new RunListener() {});
    List<Dossier> dossiers = library.dossiers(run);
    assertThat(dossiers).hasSize(1);
    JsonNode fromLibrary =
        DossierJson.comparable(
            ModelJson.mapper().readTree(ModelJson.mapper().writeValueAsString(dossiers.get(0))));

    JsonNode fromServer;
    try (Store s = SqliteStore.open(dir.resolve("server.db"))) {
      // Composed as the serve command composes it: CoreNLP, the store as annotation cache.
      Corroborate c = Corroborate.builder().annotate(CoreNlpLayer.shared(), s).build();
      ApiServer server =
          ApiServer.start(s, new AnalyzerAdder(c, s), ServeOptions.withToken(0, TOKEN));
      try {
        fromServer = DossierJson.comparable(dossierFromServer(server.port(), story));
      } finally {
        server.close();
      }
    }

    assertThat(fromCli.get("figures")).isNotEmpty();
    assertThat(fromCli.get("findings")).isNotEmpty();
    assertThat(JsonDiff.first(fromServer, fromCli)).as("server against command line").isEmpty();
    assertThat(JsonDiff.first(fromLibrary, fromCli)).as("library against command line").isEmpty();
  }

  /** Uploads every file of the story as a browser form would, then reads the story's dossier. */
  private static JsonNode dossierFromServer(int port, Path story)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + port;
    String boundary = "----corroborate-edges-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    List<Path> files;
    try (Stream<Path> listing = Files.list(story)) {
      files = listing.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
    }
    for (Path f : files) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + f.getFileName()
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(Files.readAllBytes(f));
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> added =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonNode touched = ModelJson.mapper().readTree(added.body()).get("touched");
    assertThat(touched).hasSize(1);
    HttpResponse<String> dossier =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base + "/api/stories/" + touched.get(0).get("id").asText() + "/dossier"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(dossier.statusCode()).isEqualTo(200);
    return ModelJson.mapper().readTree(dossier.body());
  }
}
