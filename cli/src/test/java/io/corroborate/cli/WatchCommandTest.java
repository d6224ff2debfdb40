package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.model.ModelJson;
import io.corroborate.testkit.LocalSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corroborate watch} against a real local server whose feed changes between rounds: a new
 * story, a new report with a conflicting figure, a revised page, a restart that reports nothing
 * twice, a source that fails every round, and a webhook that fails once.
 */
class WatchCommandTest {
  @TempDir Path dir;
  LocalSite site;
  final List<String> items = new ArrayList<>();
  final List<String> posted = new ArrayList<>();
  final AtomicInteger hookFailures = new AtomicInteger(1);

  static final String HARBOR =
      "A fire at the Selvan textile works in Dorrin killed 12 workers on Tuesday, the regional fire service said."
          + "</p><p>The fire broke out in the dyeing hall shortly after noon and spread to the warehouse. Firefighters from Dorrin and Vell fought the blaze for six hours."
          + "</p><p>The regional fire service said 40 workers were injured, 9 of them seriously. The cause of the fire is not yet known.";
  static final String COURIER =
      "Twelve workers died in a fire at the Selvan textile works in Dorrin on Tuesday, officials said."
          + "</p><p>The fire started in the dyeing hall and reached the warehouse before firefighters from Dorrin and Vell brought it under control."
          + "</p><p>Officials said 40 workers were injured. Mayor Irena Kost called the fire a tragedy for Dorrin.";
  static final String LEDGER =
      "The fire at the Selvan textile works in Dorrin killed 30 workers on Tuesday, the textile workers' union said on Wednesday."
          + "</p><p>The union said the dyeing hall had no working fire exits. Firefighters from Dorrin and Vell fought the blaze for six hours.";

  static String page(String title, String outlet, String date, String body) {
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title><meta property=\"og:site_name\" content=\""
        + outlet
        + "\"><meta property=\"article:published_time\" content=\""
        + date
        + "\"></head><body><article><h1>"
        + title
        + "</h1><p>"
        + body
        + "</p></article></body></html>";
  }

  @BeforeEach
  void start() throws IOException {
    site = LocalSite.start();
    site.page(
        "/fire-selvan.html",
        "text/html; charset=utf-8",
        page("Fire at Selvan textile works kills twelve", "Harbor Wire", "2026-04-02", HARBOR));
    site.page(
        "/dorrin-fire.html",
        "text/html; charset=utf-8",
        page("Twelve dead in Dorrin textile fire", "Valley Courier", "2026-04-02", COURIER));
    site.page(
        "/selvan-union.html",
        "text/html; charset=utf-8",
        page("Union says thirty died in Selvan fire", "Civic Ledger", "2026-04-03", LEDGER));
    site.handle("/down.xml", ex -> ex.sendResponseHeaders(503, -1));
    site.handle(
        "/feed.xml",
        ex -> {
          StringBuilder b =
              new StringBuilder(
                  "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fire desk</title>");
          synchronized (items) {
            items.forEach(b::append);
          }
          byte[] body =
              b.append("</channel></rss>")
                  .toString()
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8);
          ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
          ex.sendResponseHeaders(200, body.length);
          try (var out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    site.handle(
        "/hook",
        ex -> {
          if (hookFailures.getAndDecrement() > 0) {
            ex.sendResponseHeaders(500, -1);
            return;
          }
          synchronized (posted) {
            posted.add(site.requests("/hook").get(site.requests("/hook").size() - 1).body());
          }
          ex.sendResponseHeaders(204, -1);
        });
  }

  @AfterEach
  void stop() {
    site.close();
  }

  void item(String title, String path, String date) {
    synchronized (items) {
      items.add(
          "<item><title>"
              + title
              + "</title><link>"
              + site.url(path)
              + "</link><pubDate>"
              + date
              + "</pubDate></item>");
    }
  }

  Cli watch(int rounds, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "watch",
                site.url("/feed.xml"),
                site.url("/down.xml"),
                "--plain",
                "--rounds",
                String.valueOf(rounds),
                "--every",
                "0s",
                "--host-interval",
                "0s",
                "--db",
                dir.resolve("news.db").toString(),
                "--jsonl",
                dir.resolve("rounds.jsonl").toString(),
                "--post",
                site.url("/hook"),
                "--dossiers",
                dir.resolve("dossiers").toString(),
                "--dossier-format",
                "md"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  static List<JsonNode> lines(String text) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : text.split("\n")) {
      if (!l.isBlank()) {
        out.add(ModelJson.mapper().readTree(l));
      }
    }
    return out;
  }

  static List<String> kinds(JsonNode round) {
    List<String> out = new ArrayList<>();
    round.get("changes").forEach(c -> out.add(c.get("kind").asText()));
    return out;
  }

  @Test
  void roundsReportNewStoriesConflictsAndRevisionsOnceEvenAcrossARestart() throws IOException {
    item(
        "Fire at Selvan textile works kills twelve",
        "/fire-selvan.html",
        "Thu, 02 Apr 2026 10:00:00 GMT");
    item(
        "Twelve dead in Dorrin textile fire", "/dorrin-fire.html", "Thu, 02 Apr 2026 11:00:00 GMT");

    // Round 1: two reports of one fire make a new story; the source that is down says so.
    Cli first = watch(1);
    assertThat(first.err()).contains("down.xml: fetch: HTTP 503");
    assertThat(first.out())
        .contains("round 1")
        .contains("new story [")
        .contains(
            "- Harbor Wire: \"Fire at Selvan textile works kills twelve\" <"
                + site.url("/fire-selvan.html")
                + ">")
        .contains("source failed: " + site.url("/down.xml") + ": fetch: HTTP 503");
    assertThat(first.err()).contains("post to " + site.url("/hook") + " failed: HTTP 500");

    // Round 2, a new process: a conflicting figure arrives; then a round with nothing new.
    item(
        "Union says thirty died in Selvan fire",
        "/selvan-union.html",
        "Fri, 03 Apr 2026 09:00:00 GMT");
    Cli second = watch(2, "--format", "jsonl");
    List<JsonNode> rounds = lines(second.out());
    assertThat(rounds).hasSize(2);
    assertThat(kinds(rounds.get(0))).containsExactly("NEW_ARTICLES", "NEW_CONFLICT");
    JsonNode conflict = rounds.get(0).get("changes").get(1);
    List<String> evidence = new ArrayList<>();
    conflict
        .get("evidence")
        .forEach(
            e ->
                evidence.add(
                    e.get("outlet").asText()
                        + " "
                        + e.get("value").asText()
                        + ": "
                        + e.get("text").asText()));
    assertThat(evidence)
        .anySatisfy(e -> assertThat(e).startsWith("Civic Ledger 30").contains("killed 30 workers"))
        .anySatisfy(e -> assertThat(e).startsWith("Harbor Wire 12").contains("killed 12 workers"));
    assertThat(kinds(rounds.get(1))).isEmpty();
    assertThat(rounds.get(1).get("failedSources")).hasSize(1);

    // A restart with nothing new reports nothing again and fetches no page again.
    int pageRequests = site.requests("/fire-selvan.html").size();
    Cli third = watch(1);
    assertThat(third.out())
        .contains("nothing changed")
        .doesNotContain("new story")
        .doesNotContain("new conflict");
    assertThat(site.requests("/fire-selvan.html")).hasSize(pageRequests);

    // The courier revises its page and its feed item says so: a revision.
    site.page(
        "/dorrin-fire.html",
        "text/html; charset=utf-8",
        page(
            "Twelve dead in Dorrin textile fire",
            "Valley Courier",
            "2026-04-02",
            COURIER
                + "</p><p>The works will stay closed until the inquiry ends, the owners said."));
    synchronized (items) {
      items.set(
          1,
          items.get(1).replace("Thu, 02 Apr 2026 11:00:00 GMT", "Mon, 01 Jan 2046 00:00:00 GMT"));
    }
    Cli fourth = watch(1, "--format", "jsonl");
    assertThat(kinds(lines(fourth.out()).get(0))).contains("REVISION");

    // Every round went to the JSON Lines file; the webhook got every round that changed something,
    // the one it refused first included, in order.
    List<JsonNode> all = lines(Files.readString(dir.resolve("rounds.jsonl")));
    assertThat(all).hasSize(5);
    synchronized (posted) {
      assertThat(posted).hasSize(5);
      assertThat(kinds(ModelJson.mapper().readTree(posted.get(0)))).containsExactly("NEW_STORY");
    }
    String storyId = all.get(0).get("changes").get(0).get("storyId").asText();
    assertThat(dir.resolve("dossiers").resolve(storyId + ".md")).isRegularFile();
    assertThat(Files.readString(dir.resolve("dossiers").resolve(storyId + ".md")))
        .contains("Civic Ledger");
    assertThat(first.exit()).isEqualTo(1);
  }

  @Test
  void aFolderAndAListOfAddressesAreWatchedToo() throws IOException {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Files.writeString(
        inbox.resolve("harbor.html"),
        page("Fire at Selvan textile works kills twelve", "Harbor Wire", "2026-04-02", HARBOR));
    Path list = dir.resolve("urls.txt");
    Files.writeString(list, "# the courier\n" + site.url("/dorrin-fire.html") + "\n");
    Cli r =
        Cli.run(
            "watch",
            inbox.toString(),
            list.toString(),
            "--plain",
            "--rounds",
            "2",
            "--every",
            "0s",
            "--host-interval",
            "0s",
            "--db",
            dir.resolve("w.db").toString(),
            "--format",
            "jsonl");
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> rounds = lines(r.out());
    assertThat(rounds.get(0).get("articles").asInt()).isEqualTo(2);
    assertThat(kinds(rounds.get(0))).containsExactly("NEW_STORY");
    assertThat(rounds.get(1).get("articles").asInt()).isZero();
    assertThat(site.requests("/dorrin-fire.html")).hasSize(1);
  }

  @Test
  void aBadDurationIsAUsageError() {
    Cli r = Cli.run("watch", "x", "--every", "soon", "--db", dir.resolve("x.db").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--every: 'soon' is not a duration");
  }
}
