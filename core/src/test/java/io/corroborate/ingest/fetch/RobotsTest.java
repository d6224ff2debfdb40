package io.corroborate.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsTest {
  @Test
  void theGroupNamingTheProductWinsOverTheStarGroup() {
    Robots r =
        Robots.parse(
            "User-agent: *\nDisallow: /\n\nUser-agent: Corroborate\nDisallow: /drafts/\nCrawl-delay: 5\n",
            "corroborate");
    assertThat(r.allows("/news/a.html")).isTrue();
    assertThat(r.allows("/drafts/a.html")).isFalse();
    assertThat(r.crawlDelay()).contains(Duration.ofSeconds(5));
  }

  @Test
  void theLongestMatchWinsAndAllowWinsATie() {
    Robots r =
        Robots.parse(
            "User-agent: *\nDisallow: /a\nAllow: /a/b\nDisallow: /x\nAllow: /x\n", "corroborate");
    assertThat(r.allows("/a/c")).isFalse();
    assertThat(r.allows("/a/b/c")).isTrue();
    assertThat(r.allows("/x/y")).isTrue();
  }

  @Test
  void starsAndDollarsMatchAsTheRfcSays() {
    Robots r =
        Robots.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\n", "corroborate");
    assertThat(r.allows("/a/b.pdf")).isFalse();
    assertThat(r.allows("/a/b.pdf?x=1")).isTrue();
    assertThat(r.allows("/story?print=1")).isFalse();
    assertThat(r.allows("/story")).isTrue();
  }

  @Test
  void manyStarsStayCheap() {
    Robots r = Robots.parse("User-agent: *\nDisallow: /" + "*a".repeat(200) + "$\n", "corroborate");
    assertThat(r.allows("/" + "a".repeat(2000) + "b")).isTrue();
  }

  @Test
  void anEmptyDisallowAllowsEverythingAndCommentsAreIgnored() {
    Robots r = Robots.parse("# hello\nUser-agent: * # all\nDisallow:\n", "corroborate");
    assertThat(r.allows("/anything")).isTrue();
  }
}
