package io.corroborate.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.ingest.Input;
import io.corroborate.model.Article;
import io.corroborate.model.Rejection;
import io.corroborate.testkit.LocalSite;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetcherTest {
  @TempDir Path dir;
  LocalSite site;

  @BeforeEach
  void start() throws IOException {
    site = LocalSite.start();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private FetchOptions options() {
    return FetchOptions.defaults("9.9.9")
        .withUserAgent(
            FetchOptions.userAgent("9.9.9", java.util.Optional.of("mailto:desk@example.org")))
        .withHostInterval(Duration.ZERO)
        .withTimeout(Duration.ofSeconds(2))
        .withMaxBytes(64 * 1024)
        .withCache(dir.resolve("cache"));
  }

  static String page(String title, String outlet, String body) {
    return "<!doctype html><html><head><title>"
        + title
        + "</title><meta property=\"og:site_name\" content=\""
        + outlet
        + "\"></head><body><article><h1>"
        + title
        + "</h1><p>"
        + body
        + "</p><p>"
        + body
        + "</p></article></body></html>";
  }

  @Test
  void redirectsAreFollowedAndTheFinalAddressIsKept() {
    site.redirect("/old", 301, "/moved");
    site.redirect("/moved", 302, site.url("/story.html"));
    site.page(
        "/story.html",
        "text/html; charset=utf-8",
        page("Bridge reopens", "Harbor Wire", "The bridge reopened on Monday."));
    try (Fetcher f = new Fetcher(options())) {
      Fetcher.Result r = f.fetch(site.url("/old"), Fetcher.Freshness.CACHED);
      assertThat(r).isInstanceOf(Fetcher.Fetched.class);
      Fetcher.Fetched ok = (Fetcher.Fetched) r;
      assertThat(ok.entry().finalUrl()).isEqualTo(site.url("/story.html"));
      assertThat(new String(ok.bytes(), StandardCharsets.UTF_8)).contains("Bridge reopens");
      assertThat(ok.fromCache()).isFalse();
    }
  }

  @Test
  void tooManyRedirectsAreARejection() {
    site.redirect("/a", 302, "/b");
    site.redirect("/b", 302, "/a");
    try (Fetcher f = new Fetcher(options())) {
      Rejection r = rejection(f.fetch(site.url("/a"), Fetcher.Freshness.CACHED));
      assertThat(r.kind()).isEqualTo(Rejection.Kind.FETCH);
      assertThat(r.reason()).contains("more than 5 redirects");
      assertThat(r.file()).isEqualTo(site.url("/a"));
    }
  }

  @Test
  void aKeptResponseIsNotFetchedAgainUnlessAsked() {
    site.page("/a.html", "text/html", page("A", "B", "Text."));
    try (Fetcher f = new Fetcher(options())) {
      f.fetch(site.url("/a.html"), Fetcher.Freshness.CACHED);
    }
    // a new fetcher on the same cache: what a re-run does
    try (Fetcher f = new Fetcher(options())) {
      Fetcher.Fetched again =
          (Fetcher.Fetched) f.fetch(site.url("/a.html"), Fetcher.Freshness.CACHED);
      assertThat(again.fromCache()).isTrue();
    }
    assertThat(site.requests("/a.html")).hasSize(1);
    try (Fetcher f = new Fetcher(options().withRefetch(true))) {
      Fetcher.Fetched fresh =
          (Fetcher.Fetched) f.fetch(site.url("/a.html"), Fetcher.Freshness.CACHED);
      assertThat(fresh.fromCache()).isFalse();
    }
    assertThat(site.requests("/a.html")).hasSize(2);
  }

  @Test
  void revalidatingSendsTheKeptValidatorsAndANotModifiedKeepsTheBody() {
    byte[] body =
        "<rss version=\"2.0\"><channel><title>T</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);
    List<String> seen = new ArrayList<>();
    site.handle(
        "/feed.xml",
        ex -> {
          String inm = ex.getRequestHeaders().getFirst("If-None-Match");
          seen.add(String.valueOf(inm));
          if ("\"v1\"".equals(inm)) {
            ex.sendResponseHeaders(304, -1);
            return;
          }
          ex.getResponseHeaders().set("ETag", "\"v1\"");
          ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    try (Fetcher f = new Fetcher(options())) {
      f.fetch(site.url("/feed.xml"), Fetcher.Freshness.REVALIDATE);
      Fetcher.Fetched second =
          (Fetcher.Fetched) f.fetch(site.url("/feed.xml"), Fetcher.Freshness.REVALIDATE);
      assertThat(second.fromCache()).isTrue();
      assertThat(second.bytes()).isEqualTo(body);
    }
    assertThat(seen).containsExactly("null", "\"v1\"");
  }

  @Test
  void robotsTxtDisallowIsARejectionAndThePageIsNeverAsked() {
    site.page(
        "/robots.txt",
        "text/plain",
        "User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n");
    site.page("/private/memo.html", "text/html", page("Memo", "X", "Secret."));
    site.page("/public/a.html", "text/html", page("Public", "X", "Open."));
    try (Fetcher f = new Fetcher(options())) {
      Rejection r = rejection(f.fetch(site.url("/private/memo.html"), Fetcher.Freshness.CACHED));
      assertThat(r.kind()).isEqualTo(Rejection.Kind.FETCH);
      assertThat(r.reason()).contains("robots.txt disallows");
      assertThat(f.fetch(site.url("/public/a.html"), Fetcher.Freshness.CACHED))
          .isInstanceOf(Fetcher.Fetched.class);
    }
    assertThat(site.requests("/private/memo.html")).isEmpty();
    assertThat(site.requests("/robots.txt")).hasSize(1);
  }

  @Test
  void aRedirectIntoADisallowedPathIsRefusedToo() {
    site.page("/robots.txt", "text/plain", "User-agent: corroborate\nDisallow: /private\n");
    site.redirect("/go", 302, "/private/x.html");
    site.page("/private/x.html", "text/html", page("X", "Y", "Z."));
    try (Fetcher f = new Fetcher(options())) {
      Rejection r = rejection(f.fetch(site.url("/go"), Fetcher.Freshness.CACHED));
      assertThat(r.reason())
          .contains("robots.txt disallows it for corroborate")
          .contains("/private/x.html");
    }
    assertThat(site.requests("/private/x.html")).isEmpty();
  }

  @Test
  void aSlowResponseIsARejectionWithinTheDeadline() {
    site.handle(
        "/slow.html",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          OutputStream out = ex.getResponseBody();
          out.write("<html><body><p>The start".getBytes(StandardCharsets.UTF_8));
          out.flush();
          try {
            Thread.sleep(5_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          out.close();
        });
    try (Fetcher f = new Fetcher(options().withTimeout(Duration.ofMillis(500)))) {
      long t0 = System.nanoTime();
      Rejection r = rejection(f.fetch(site.url("/slow.html"), Fetcher.Freshness.CACHED));
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(4));
      assertThat(r.kind()).isEqualTo(Rejection.Kind.FETCH);
      assertThat(r.reason()).contains("timed out");
    }
  }

  @Test
  void anOversizedResponseIsRejectedWhetherItsLengthIsDeclaredOrNot() {
    byte[] big = new byte[200 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    site.bytes("/big.html", "text/html", big);
    site.handle(
        "/chunked.html",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 20; i++) {
              out.write(big, 0, 10 * 1024);
            }
          }
        });
    try (Fetcher f = new Fetcher(options())) {
      for (String p : List.of("/big.html", "/chunked.html")) {
        Rejection r = rejection(f.fetch(site.url(p), Fetcher.Freshness.CACHED));
        assertThat(r.kind()).isEqualTo(Rejection.Kind.TOO_LARGE);
        assertThat(r.reason()).contains("65536-byte limit");
        assertThat(f.cache().entry(site.url(p))).isEmpty();
      }
    }
  }

  @Test
  void aMissingPageIsARejectionNamingTheStatus() {
    try (Fetcher f = new Fetcher(options())) {
      Rejection r = rejection(f.fetch(site.url("/gone.html"), Fetcher.Freshness.CACHED));
      assertThat(r.describe()).isEqualTo(site.url("/gone.html") + ": fetch: HTTP 404");
    }
  }

  @Test
  void anUnreachableHostIsARejection() throws IOException {
    String url = site.url("/a.html");
    site.close();
    try (Fetcher f = new Fetcher(options())) {
      Rejection r = rejection(f.fetch(url, Fetcher.Freshness.CACHED));
      assertThat(r.kind()).isEqualTo(Rejection.Kind.FETCH);
      assertThat(r.reason()).contains("cannot");
    }
    site = LocalSite.start();
  }

  @Test
  void everyRequestNamesTheProductItsVersionAndTheContact() {
    site.page("/a.html", "text/html", page("A", "B", "C."));
    try (Fetcher f = new Fetcher(options())) {
      f.fetch(site.url("/a.html"), Fetcher.Freshness.CACHED);
    }
    assertThat(site.requests()).isNotEmpty();
    assertThat(site.requests())
        .allSatisfy(
            r ->
                assertThat(r.userAgent())
                    .isEqualTo("Corroborate/9.9.9 (+mailto:desk@example.org)"));
  }

  @Test
  void requestsToOneHostArePaced() {
    site.page("/a.html", "text/html", page("A", "B", "C."));
    site.page("/b.html", "text/html", page("A", "B", "C."));
    try (Fetcher f = new Fetcher(options().withHostInterval(Duration.ofMillis(300)))) {
      long t0 = System.nanoTime();
      f.fetch(site.url("/a.html"), Fetcher.Freshness.CACHED);
      f.fetch(site.url("/b.html"), Fetcher.Freshness.CACHED);
      // robots.txt, a.html and b.html: two gaps at least
      assertThat(Duration.ofNanos(System.nanoTime() - t0))
          .isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }
  }

  @Test
  void aSitemapIndexPointingAtTwoSitemapsGivesEveryPage() {
    site.page(
        "/sitemap-index.xml",
        "application/xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>"
            + site.url("/news-1.xml")
            + "</loc></sitemap>"
            + "<sitemap><loc>/news-2.xml</loc></sitemap></sitemapindex>");
    site.page(
        "/news-1.xml",
        "application/xml",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
            + "<url><loc>"
            + site.url("/a.html")
            + "</loc><news:news><news:title>A</news:title></news:news></url>"
            + "<url><loc>"
            + site.url("/b.html")
            + "</loc></url></urlset>");
    site.page(
        "/news-2.xml",
        "application/xml",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
            + site.url("/c.html")
            + "</loc></url>"
            + "<url><loc>"
            + site.url("/missing.html")
            + "</loc></url></urlset>");
    for (String p : List.of("/a.html", "/b.html", "/c.html")) {
      site.page(p, "text/html", page("Page " + p, "Harbor Wire", "Text of " + p + "."));
    }
    List<Input> inputs = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    try (Fetcher f = new Fetcher(options())) {
      Links.forRun(f).resolve(site.url("/sitemap-index.xml"), inputs::add, rejections::add);
    }
    assertThat(inputs)
        .extracting(Input::name)
        .containsExactly(site.url("/a.html"), site.url("/b.html"), site.url("/c.html"));
    assertThat(rejections)
        .extracting(Rejection::describe)
        .containsExactly(site.url("/missing.html") + ": fetch: HTTP 404");
  }

  @Test
  void aFeedGivesTheArticlesItLinksToReadWithTheCharsetTheServerDeclares() {
    Charset cp1251 = Charset.forName("windows-1251");
    String ru =
        "Мост через реку Вельку снова открыт для движения, сообщили в городской администрации.";
    site.bytes(
        "/ru.html",
        "text/html; charset=windows-1251",
        page("Мост открыт", "Вельские вести", ru).getBytes(cp1251));
    site.page(
        "/en.html",
        "text/html; charset=utf-8",
        page(
            "Bridge reopens to traffic",
            "Harbor Wire",
            "The bridge over the Velka river reopened to traffic on Monday, the city said."));
    site.page(
        "/feed.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Mixed</title>"
            + "<item><title>Bridge</title><link>"
            + site.url("/en.html")
            + "</link><description>Short.</description></item>"
            + "<item><title>Мост</title><link>/ru.html</link></item>"
            + "<item><title>No link</title><description>Only words.</description></item>"
            + "</channel></rss>");
    RunSummary run;
    try (Fetcher f = new Fetcher(options())) {
      Corroborate c = Corroborate.builder().fetch(Links.forRun(f)).build();
      run = c.run(List.of(site.url("/feed.xml"), site.url("/nothing-here")), new RunListener() {});
    }
    assertThat(run.articles())
        .extracting(a -> a.url().orElse(""))
        .containsExactly(site.url("/en.html"), site.url("/ru.html"));
    Article ruArticle = run.articles().get(1);
    assertThat(ruArticle.text()).contains("Мост через реку Вельку");
    assertThat(ruArticle.origin().file()).isEqualTo(site.url("/ru.html"));
    assertThat(run.rejections())
        .extracting(Rejection::describe)
        .containsExactlyInAnyOrder(
            site.url("/feed.xml") + ": no_article: feed item 3 (No link) has no link to fetch",
            site.url("/nothing-here") + ": fetch: HTTP 404");
  }

  @Test
  void withoutAFetcherAnAddressIsRejectedWithAReason() {
    RunSummary run =
        Corroborate.create().run(List.of("https://example.org/a"), new RunListener() {});
    assertThat(run.rejections())
        .extracting(Rejection::describe)
        .containsExactly(
            "https://example.org/a: unsupported: an address, but fetching is not enabled here");
  }

  private static Rejection rejection(Fetcher.Result r) {
    assertThat(r).isInstanceOf(Fetcher.Failed.class);
    return ((Fetcher.Failed) r).rejection();
  }
}
