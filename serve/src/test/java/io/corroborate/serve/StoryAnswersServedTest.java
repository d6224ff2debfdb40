package io.corroborate.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.corroborate.store.StorySummary;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story page's answers kept by the server follow the store when a story is written again. */
class StoryAnswersServedTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aDossierRewrittenInTheStoreIsAnsweredAnew(@TempDir Path dir) throws Exception {
    try (TestServer s = new TestServer(dir, true)) {
      StorySummary old = s.store.stories().get(0);
      String id = old.id();
      String dossier = "/api/stories/" + id + "/dossier";
      String findings = "/api/findings?story=" + id;
      String entities = "/api/entities?story=" + id;
      JsonNode before = JSON.readTree(s.get(dossier).body());
      int findingsBefore = JSON.readTree(s.get(findings).body()).get("items").size();
      int entitiesBefore = JSON.readTree(s.get(entities).body()).get("items").size();
      assertThat(findingsBefore).isPositive();
      assertThat(entitiesBefore).isPositive();
      // Asked again, the same answers.
      assertThat(JSON.readTree(s.get(dossier).body())).isEqualTo(before);
      assertThat(JSON.readTree(s.get(findings).body()).get("items")).hasSize(findingsBefore);

      // Another writer (another process, say) stores the story again, with a finding and an
      // entity fewer; only its update time tells the story's row apart.
      JsonNode after = before.deepCopy();
      ((ArrayNode) after.get("findings")).remove(0);
      ((ArrayNode) after.get("entities")).remove(0);
      s.store.putDossier(
          new StorySummary(
              id,
              old.title(),
              old.articles(),
              old.outlets(),
              old.findings(),
              old.conflicts(),
              old.first(),
              old.last(),
              old.updated().plusSeconds(1)),
          JSON.writeValueAsString(after));

      assertThat(JSON.readTree(s.get(dossier).body())).isEqualTo(after);
      assertThat(JSON.readTree(s.get(findings).body()).get("items")).hasSize(findingsBefore - 1);
      assertThat(JSON.readTree(s.get(entities).body()).get("items")).hasSize(entitiesBefore - 1);
    }
  }

  @Test
  void aClientThatTakesGzipIsSentTheKeptAnswersGzipped(@TempDir Path dir) throws Exception {
    try (TestServer s = new TestServer(dir, true)) {
      String id = s.store.stories().get(0).id();
      for (String path :
          List.of(
              "/api/stories/" + id + "/dossier",
              "/api/findings?story=" + id,
              "/api/entities?story=" + id)) {
        String plain = s.get(path).body();
        for (int i = 0; i < 2; i++) { // made, then kept
          HttpResponse<byte[]> zipped = get(s, path, "gzip, deflate, br");
          assertThat(zipped.statusCode()).isEqualTo(200);
          assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
          assertThat(zipped.headers().firstValue("Content-Type").orElse(""))
              .startsWith("application/json");
          try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(JSON.readTree(in)).as(path).isEqualTo(JSON.readTree(plain));
          }
        }
        HttpResponse<byte[]> refused = get(s, path, "identity");
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(JSON.readTree(refused.body())).isEqualTo(JSON.readTree(plain));
      }
    }
  }

  @Test
  void gzipIsTakenWhenNamedWithAWeightOrAskedForByAStar() {
    assertThat(ApiServer.takesGzip("gzip, deflate, br")).isTrue();
    assertThat(ApiServer.takesGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
    assertThat(ApiServer.takesGzip("*")).isTrue();
    assertThat(ApiServer.takesGzip("x-gzip")).isTrue();
    assertThat(ApiServer.takesGzip(null)).isFalse();
    assertThat(ApiServer.takesGzip("")).isFalse();
    assertThat(ApiServer.takesGzip("deflate, br")).isFalse();
    assertThat(ApiServer.takesGzip("gzip;q=0")).isFalse();
    assertThat(ApiServer.takesGzip("gzip; q=0.000, *")).isFalse();
    assertThat(ApiServer.takesGzip("gzip;q=zero")).isFalse();
    assertThat(ApiServer.takesGzip("*;q=0")).isFalse();
  }

  private static HttpResponse<byte[]> get(TestServer s, String path, String acceptEncoding)
      throws Exception {
    return s.http.send(
        HttpRequest.newBuilder(URI.create(s.url(path)))
            .header("Accept-Encoding", acceptEncoding)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
