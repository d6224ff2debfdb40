package io.corroborate.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static TestServer s;

  @BeforeAll
  static void start() {
    s = new TestServer(dir, true);
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  /** The items of a page of a list endpoint. */
  static JsonNode items(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return json(r).get("items");
  }

  static String firstStory() throws Exception {
    // The example's story: the one with the most articles (stories added by tests come first).
    JsonNode best = null;
    for (JsonNode story : items(s.get("/api/stories"))) {
      if (best == null || story.get("articles").asInt() > best.get("articles").asInt()) {
        best = story;
      }
    }
    return best.get("id").asText();
  }

  @Test
  void theStoryListCountsTheExampleArticles() throws Exception {
    HttpResponse<String> r = s.get("/api/stories");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode first = json(s.get("/api/stories/" + firstStory()));
    assertThat(items(r).toString()).contains(first.get("id").asText());
    assertThat(first.get("articles").asInt()).isGreaterThan(3);
    assertThat(first.get("updated").asText()).isNotBlank();
  }

  @Test
  void aStoryHasItsSummaryAndItsDossierInThreeFormats() throws Exception {
    String id = firstStory();
    assertThat(json(s.get("/api/stories/" + id)).get("id").asText()).isEqualTo(id);
    assertThat(json(s.get("/api/stories/" + id + "/dossier")).get("schema").asText())
        .startsWith("corroborate.dossier/");
    HttpResponse<String> md = s.get("/api/stories/" + id + "/dossier?format=md");
    assertThat(md.headers().firstValue("Content-Type")).get().asString().contains("markdown");
    HttpResponse<String> html = s.get("/api/stories/" + id + "/dossier?format=html");
    assertThat(html.body()).contains("<html");
    assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'")
        .doesNotContain("script-src");
  }

  @Test
  void anUnknownStoryIs404WithTheFieldNamed() throws Exception {
    HttpResponse<String> r = s.get("/api/stories/nope");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).get("error").asText()).contains("nope");
    assertThat(json(r).get("field").asText()).isEqualTo("id");
    HttpResponse<String> d = s.get("/api/findings?story=nope");
    assertThat(d.statusCode()).isEqualTo(404);
    assertThat(json(d).get("field").asText()).isEqualTo("story");
  }

  @Test
  void aBadFormatIs400NamingFormat() throws Exception {
    HttpResponse<String> r = s.get("/api/stories/" + firstStory() + "/dossier?format=pdf");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("field").asText()).isEqualTo("format");
  }

  @Test
  void searchFindsArticlesAndNeedsWords() throws Exception {
    JsonNode hits = items(s.get("/api/search?q=dam"));
    assertThat(hits.size()).isPositive();
    assertThat(hits.get(0).get("articleId").asText()).isNotBlank();
    HttpResponse<String> none = s.get("/api/search?q=");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(json(none).get("field").asText()).isEqualTo("q");
  }

  @Test
  void anArticleComesWithTextAndPassages() throws Exception {
    String articleId = items(s.get("/api/search?q=dam")).get(0).get("articleId").asText();
    JsonNode a = json(s.get("/api/articles/" + articleId));
    assertThat(a.get("text").asText()).isNotBlank();
    assertThat(a.get("passages").size()).isPositive();
    assertThat(a.has("removed")).isTrue();
    assertThat(a.get("storyId").asText()).startsWith("s");
    assertThat(s.get("/api/articles/zzz").statusCode()).isEqualTo(404);
  }

  @Test
  void entitiesFindingsClaimsAndRejectionsAnswerPagesOfJson() throws Exception {
    String id = firstStory();
    for (String p :
        new String[] {
          "/api/entities?story=" + id,
          "/api/findings?story=" + id + "&kind=conflict",
          "/api/claims?story=" + id,
          "/api/claims?story=" + id + "&entity=Kaldor",
          "/api/rejections"
        }) {
      HttpResponse<String> r = s.get(p);
      assertThat(r.statusCode()).as(p).isEqualTo(200);
      assertThat(items(r).isArray()).as(p).isTrue();
      assertThat(json(r).has("next")).as(p).isTrue();
    }
    assertThat(s.get("/api/claims?story=" + id + "&finding=x").statusCode()).isEqualTo(400);
  }

  @Test
  void writingWithoutTheTokenIsRefusedAndChangesNothing() throws Exception {
    int before = s.store.articleCount();
    HttpResponse<String> none = s.post("/api/articles", "text/plain", "Some text.", null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(json(none).get("field").asText()).isEqualTo("Authorization");
    assertThat(s.post("/api/articles", "text/plain", "Some text.", "wrong").statusCode())
        .isEqualTo(401);
    assertThat(s.store.articleCount()).isEqualTo(before);
  }

  @Test
  void aServerWithoutATokenRefusesWritesSayingHowToSetOne(@TempDir Path other) throws Exception {
    try (TestServer ro =
        new TestServer(other, false, new ServeOptions(0, Optional.empty(), false, 1024))) {
      HttpResponse<String> r = ro.post("/api/articles", "text/plain", "x", "anything");
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(json(r).get("error").asText()).contains("--token").contains("CORROBORATE_TOKEN");
    }
  }

  @Test
  void readingCanRequireTheToken(@TempDir Path other) throws Exception {
    try (TestServer locked =
        new TestServer(
            other, false, new ServeOptions(0, Optional.of(TestServer.TOKEN), true, 1024))) {
      assertThat(locked.get("/api/stories").statusCode()).isEqualTo(401);
      assertThat(locked.get("/").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aBodyOverTheLimitIs413(@TempDir Path other) throws Exception {
    try (TestServer small =
        new TestServer(
            other, false, new ServeOptions(0, Optional.of(TestServer.TOKEN), false, 100))) {
      HttpResponse<String> r =
          small.post("/api/articles", "text/plain", "word ".repeat(100), TestServer.TOKEN);
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(json(r).get("field").asText()).isEqualTo("body");
      assertThat(small.store.articleCount()).isZero();
    }
  }

  @Test
  void anUnsupportedContentTypeIs415NamingTheHeader() throws Exception {
    HttpResponse<String> r =
        s.post("/api/articles", "application/pdf", "%PDF-1.4", TestServer.TOKEN);
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(json(r).get("field").asText()).isEqualTo("Content-Type");
  }

  @Test
  void aPostedArticleIsAddedAndFormsAStory() throws Exception {
    String text =
        "Title: Ferry service to Veltro island resumes\n"
            + "Outlet: Harbour Gazette\n"
            + "Date: 2026-04-02\n\n"
            + "The ferry between Marsk and Veltro island ran again on Thursday after a"
            + " three-week halt, the port authority said. Forty passengers made the first"
            + " crossing, which took ninety minutes in calm weather.\n\n"
            + "The operator said the repaired engine had passed its inspection and that the"
            + " timetable would return to six daily crossings by the end of the month.\n";
    HttpResponse<String> r =
        s.post("/api/articles?name=../../ferry.txt", "text/plain", text, TestServer.TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode body = json(r);
    assertThat(body.get("added").size()).isEqualTo(1);
    String story = body.get("touched").get(0).get("id").asText();
    assertThat(s.get("/api/stories/" + story).statusCode()).isEqualTo(200);
    // the server already knew the stories of the example's articles: a new one is found too
    assertThat(json(s.get("/api/articles/" + body.get("added").get(0).asText())).get("storyId"))
        .hasToString("\"" + story + "\"");
  }

  @Test
  void uploadingAnArticleAgainAnswers200NothingNewAndAddsNothing() throws Exception {
    String text =
        "Bridge at Lunden reopens to lorries\n\nThe Lunden bridge reopened to lorries on Monday"
            + " after repairs to its deck, the roads agency said. Cars had been allowed back a"
            + " week earlier.\n";
    HttpResponse<String> first =
        s.post("/api/articles?name=bridge.txt", "text/plain", text, TestServer.TOKEN);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(json(first).get("message").asText()).isEqualTo("added 1 article");
    String id = json(first).get("added").get(0).asText();
    int count = s.store.articleCount();
    HttpResponse<String> again =
        s.post("/api/articles?name=bridge-again.txt", "text/plain", text, TestServer.TOKEN);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    JsonNode body = json(again);
    assertThat(body.get("added").size()).isZero();
    assertThat(body.get("alreadyStored").get(0).asText()).isEqualTo(id);
    assertThat(body.get("message").asText()).isEqualTo("nothing new: 1 article was already stored");
    assertThat(s.store.articleCount()).isEqualTo(count);
  }

  @Test
  void aRejectedUploadIs422AndNamesTheUploadNotTheTempPath() throws Exception {
    HttpResponse<String> r =
        s.post("/api/articles?name=empty-ish.html", "text/html", "<html></html>", TestServer.TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    JsonNode rej = json(r).get("rejections").get(0);
    assertThat(rej.get("file").asText())
        .startsWith("empty-ish.html")
        .doesNotContain("corroborate-upload");
    assertThat(rej.get("reason").asText()).isNotBlank();
  }

  @Test
  void rejectionsKeptInTheStoreNameTheUploadedFileOrPastedTextNeverTheTempPath(@TempDir Path other)
      throws Exception {
    try (TestServer fresh = new TestServer(other, false)) {
      HttpResponse<String> r =
          fresh.postForm(
              "/api/articles",
              Map.of("my report.html", "<html><body></body></html>"),
              Map.of("text", "<p>hi</p>"),
              TestServer.TOKEN);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
      List<String> answered = new ArrayList<>();
      json(r).get("rejections").forEach(j -> answered.add(j.get("file").asText()));
      assertThat(answered).containsExactlyInAnyOrder("my report.html", ApiServer.PASTED);
      JsonNode kept = items(fresh.get("/api/rejections"));
      List<String> files = new ArrayList<>();
      kept.forEach(j -> files.add(j.get("file").asText()));
      assertThat(files).containsExactlyInAnyOrder("my report.html", ApiServer.PASTED);
      assertThat(kept.toString()).doesNotContain("corroborate-upload").doesNotContain("/tmp");
      assertThat(fresh.store.articleCount()).isZero();
    }
  }

  @Test
  void anUploadedArticleAndTheRejectionsInItsDossierKeepTheUploadNamesNeverTheTempPath(
      @TempDir Path other) throws Exception {
    try (TestServer fresh = new TestServer(other, false)) {
      String text =
          "Tram line to Osk harbour opens after two years of work\n\n"
              + "The new tram line between the station and Osk harbour opened on Saturday, the"
              + " city transport office said. Twelve trams will run every ten minutes, and the"
              + " first day's rides are free.\n";
      HttpResponse<String> r =
          fresh.postForm(
              "/api/articles",
              Map.of("tram notes.txt", text, "blank.html", "<html><body></body></html>"),
              Map.of(),
              TestServer.TOKEN);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      String story = json(r).get("touched").get(0).get("id").asText();
      JsonNode dossier = json(fresh.get("/api/stories/" + story + "/dossier"));
      assertThat(dossier.get("articles").get(0).get("origin").get("file").asText())
          .isEqualTo("tram notes.txt");
      assertThat(dossier.get("rejections").get(0).get("file").asText()).isEqualTo("blank.html");
      assertThat(dossier.toString()).doesNotContain("corroborate-upload");
    }
  }

  @Test
  void claimsFilteredByAFindingIdAreExactlyThatFindingsSources() throws Exception {
    String id = firstStory();
    JsonNode dossier = json(s.get("/api/stories/" + id + "/dossier"));
    assertThat(dossier.get("schema").asText()).isEqualTo("corroborate.dossier/4");
    JsonNode findings = dossier.get("findings");
    int index = 0;
    while (!findings.get(index).get("kind").asText().equals("CONFLICT")) {
      index++;
    }
    JsonNode conflict = findings.get(index);
    Set<String> support = new HashSet<>();
    conflict
        .get("support")
        .forEach(x -> support.add(x.get("articleId").asText() + " " + x.get("value").asText()));
    String findingId = conflict.get("id").asText();
    JsonNode byId =
        items(
            s.get(
                "/api/claims?story="
                    + id
                    + "&finding="
                    + URLEncoder.encode(findingId, StandardCharsets.UTF_8)));
    assertThat(byId.size()).as(findingId).isPositive();
    byId.forEach(
        c ->
            assertThat(support)
                .contains(c.get("articleId").asText() + " " + c.get("value").asText()));
    assertThat(items(s.get("/api/claims?story=" + id + "&finding=" + index))).isEqualTo(byId);
    HttpResponse<String> none =
        s.get("/api/claims?story=" + id + "&finding=conflict%3Ano-such-variable");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(json(none).get("field").asText()).isEqualTo("finding");
  }

  @Test
  void findingsListConflictsFirstWithTheirIdsAndIndependentOrigins() throws Exception {
    JsonNode findings = items(s.get("/api/findings?story=" + firstStory()));
    assertThat(findings.get(0).get("kind").asText()).isEqualTo("CONFLICT");
    assertThat(findings.get(0).get("id").asText()).startsWith("conflict:");
    assertThat(findings.get(0).get("independentOrigins").asInt()).isPositive();
    JsonNode conflicts = items(s.get("/api/findings?story=" + firstStory() + "&kind=conflict"));
    List<String> ids = new ArrayList<>();
    conflicts.forEach(
        f -> {
          assertThat(f.get("kind").asText()).isEqualTo("CONFLICT");
          ids.add(f.get("id").asText());
        });
    // the example's death toll: the governor's "at least 20" against the NCPA's 14
    assertThat(ids).contains("conflict:people|dead|cumulative");
    int inDossier = 0;
    for (JsonNode f : json(s.get("/api/stories/" + firstStory() + "/dossier")).get("findings")) {
      inDossier += f.get("kind").asText().equals("CONFLICT") ? 1 : 0;
    }
    assertThat(conflicts.size()).isEqualTo(inDossier);
  }

  @Test
  void aProfilesAttributesAndItsReasonsForTakingADescriptionRideOnTheEntitysCard()
      throws Exception {
    JsonNode dossier =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(
                """
                {"entities": [{"name": "Paek", "aliases": ["Baek"],
                               "reasons": ["spelling-variant: Baek ~ Paek"]}],
                 "profiles": [{"name": "Paek", "aliases": ["One of the captured soldiers"],
                               "merges": ["pairing by birth year"],
                               "attributes": [{"name": "born", "values": ["2005"]}]},
                              {"name": "Ri", "merges": [], "attributes": []}]}
                """);
    List<JsonNode> cards = ApiServer.entityCards(dossier);
    assertThat(cards).hasSize(2);
    JsonNode paek = cards.get(0);
    assertThat(paek.get("reasons").toString()).contains("spelling-variant");
    assertThat(paek.get("merges").toString()).contains("pairing by birth year");
    assertThat(paek.get("attributes").get(0).get("values").get(0).asText()).isEqualTo("2005");
    assertThat(cards.get(1).get("name").asText()).isEqualTo("Ri");
  }

  @Test
  void entityCardsCarryTheirAliasesAndTheAliasFindsTheirClaims() throws Exception {
    String id = firstStory();
    JsonNode entities = items(s.get("/api/entities?story=" + id));
    JsonNode dossier = json(s.get("/api/stories/" + id + "/dossier"));
    assertThat(entities.size()).isGreaterThanOrEqualTo(dossier.get("entities").size());
    JsonNode ncpa = null;
    for (JsonNode e : entities) {
      if (e.get("name").asText().equals("National Civil Protection Authority")) {
        ncpa = e;
      }
    }
    assertThat(ncpa).isNotNull();
    assertThat(ncpa.get("aliases").toString()).contains("NCPA");
    assertThat(ncpa.get("reasons").toString()).contains("acronym");
    JsonNode byAlias = items(s.get("/api/claims?story=" + id + "&entity=NCPA"));
    assertThat(byAlias.toString()).contains("National Civil Protection Authority");
  }

  @Test
  void everyResponseCarriesAStrictContentSecurityPolicy() throws Exception {
    for (String p : new String[] {"/", "/app.js", "/api/stories"}) {
      HttpResponse<String> r = s.get(p);
      assertThat(r.statusCode()).as(p).isEqualTo(200);
      String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
    }
  }

  @Test
  void noRequestPathReachesTheFilesystem() throws Exception {
    for (String p :
        new String[] {
          "/../../../../etc/passwd",
          "/%2e%2e/%2e%2e/etc/passwd",
          "/..%2f..%2fetc%2fpasswd",
          "/api/../pom.xml"
        }) {
      HttpResponse<String> r = s.get(p);
      assertThat(r.body()).as(p).doesNotContain("root:").doesNotContain("<project");
    }
  }

  @Test
  void anUnknownApiRouteIs404Json() throws Exception {
    HttpResponse<String> r = s.get("/api/nothing-here");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).get("error").asText()).contains("/api/nothing-here");
  }
}
