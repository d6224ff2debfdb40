package io.corroborate.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every list endpoint answers pages: a limit, a cursor, and the next cursor in the answer. */
class PagingTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static TestServer s;
  static String story;

  @BeforeAll
  static void start() throws Exception {
    s = new TestServer(dir, true);
    story = JSON.readTree(s.get("/api/stories").body()).get("items").get(0).get("id").asText();
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  /** Every item of a list, read {@code limit} at a time by following the cursors. */
  static List<JsonNode> allPages(String path, int limit) throws Exception {
    List<JsonNode> all = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      String sep = path.contains("?") ? "&" : "?";
      HttpResponse<String> r =
          s.get(
              path
                  + sep
                  + "limit="
                  + limit
                  + (next == null
                      ? ""
                      : "&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
      assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
      JsonNode page = JSON.readTree(r.body());
      assertThat(page.get("items").size()).as(path).isLessThanOrEqualTo(limit);
      page.get("items").forEach(all::add);
      next = page.get("next").isNull() ? null : page.get("next").asText();
      assertThat(++pages).as(path + ": the pages end").isLessThan(10_000);
    } while (next != null);
    return all;
  }

  static List<JsonNode> onePage(String path) throws Exception {
    List<JsonNode> all = new ArrayList<>();
    JSON.readTree(s.get(path).body()).get("items").forEach(all::add);
    return all;
  }

  @Test
  void claimsComeInPagesThatTogetherListEveryClaimOnceInTheSameOrder() throws Exception {
    List<JsonNode> whole = allPages("/api/claims?story=" + story, 1000);
    assertThat(whole.size()).isGreaterThan(7);
    assertThat(allPages("/api/claims?story=" + story, 3)).isEqualTo(whole);
    assertThat(allPages("/api/claims", 1000)).hasSizeGreaterThanOrEqualTo(whole.size());
  }

  @Test
  void claimsWithoutALimitAnswerOnePageNotEveryClaim() throws Exception {
    JsonNode page = JSON.readTree(s.get("/api/claims?limit=2").body());
    assertThat(page.get("items").size()).isEqualTo(2);
    assertThat(page.get("next").asText()).isNotBlank();
    JsonNode unlimited = JSON.readTree(s.get("/api/claims").body());
    assertThat(unlimited.get("items").size()).isLessThanOrEqualTo(Paging.DEFAULT_LIMIT);
  }

  @Test
  void everyListEndpointPagesTheSameWay() throws Exception {
    for (String path :
        List.of(
            "/api/stories",
            "/api/findings?story=" + story,
            "/api/entities?story=" + story,
            "/api/search?q=dam",
            "/api/rejections")) {
      List<JsonNode> byOne = allPages(path, 1);
      assertThat(byOne).as(path).isEqualTo(allPages(path, 1000));
      if (!path.equals("/api/rejections")) {
        assertThat(byOne).as(path).isNotEmpty();
      }
    }
    assertThat(allPages("/api/findings?story=" + story, 1).get(0).get("kind").asText())
        .isEqualTo("CONFLICT");
  }

  @Test
  void aBadLimitOrCursorIs400NamingIt() throws Exception {
    for (String q : List.of("limit=0", "limit=1001", "limit=ten")) {
      HttpResponse<String> r = s.get("/api/claims?" + q);
      assertThat(r.statusCode()).as(q).isEqualTo(400);
      assertThat(JSON.readTree(r.body()).get("field").asText()).isEqualTo("limit");
    }
    for (String path : List.of("/api/claims?cursor=bm9wZQ", "/api/search?q=dam&cursor=%25%25")) {
      HttpResponse<String> r = s.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(JSON.readTree(r.body()).get("field").asText()).isEqualTo("cursor");
    }
  }

  @Test
  void theOpenApiDocumentGivesEveryListEndpointItsLimitCursorAndPage() throws Exception {
    JsonNode spec = JSON.readTree(s.get("/api/openapi.json").body());
    for (String path :
        List.of(
            "/api/stories",
            "/api/claims",
            "/api/findings",
            "/api/entities",
            "/api/search",
            "/api/rejections")) {
      JsonNode get = spec.get("paths").get(path).get("get");
      List<String> params = new ArrayList<>();
      get.get("parameters")
          .forEach(
              p ->
                  params.add(
                      p.has("$ref")
                          ? p.get("$ref").asText().replaceAll(".*/", "")
                          : p.get("name").asText()));
      assertThat(params).as(path).contains("limit", "cursor");
      String schema =
          get.get("responses")
              .get("200")
              .get("content")
              .get("application/json")
              .get("schema")
              .toString();
      assertThat(schema).as(path).contains("next").contains("items");
    }
  }
}
