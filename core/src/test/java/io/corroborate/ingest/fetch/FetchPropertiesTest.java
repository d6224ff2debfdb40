package io.corroborate.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Whatever a server sends, reading robots.txt and telling a sitemap from a feed never fails. */
class FetchPropertiesTest {
  @Property(tries = 300)
  void anyRobotsTxtParsesAndAnswers(
      @ForAll @StringLength(max = 400) String text, @ForAll @StringLength(max = 80) String path) {
    Robots r = Robots.parse(text, "corroborate");
    r.allows("/" + path);
    assertThat(r.crawlDelay()).isNotNull();
  }

  @Property(tries = 300)
  void rulesBuiltFromAnyPatternAnswer(
      @ForAll @StringLength(max = 60) String pattern,
      @ForAll @StringLength(max = 200) String path) {
    Robots r =
        Robots.parse(
            "User-agent: *\nDisallow: " + pattern.replace('\n', ' ') + "\n", "corroborate");
    r.allows("/" + path);
  }

  @Property(tries = 300)
  void anyBytesHaveAKind(@ForAll byte[] bytes) {
    assertThat(Links.kind(bytes, 1 << 20)).isNotNull();
  }

  @Property(tries = 300)
  void anyMarkupStartHasARootName(@ForAll @StringLength(max = 300) String head) {
    assertThat(Links.rootElement(head)).isNotNull();
    assertThat(
            Links.kind(
                ("<?xml version=\"1.0\"?>" + head).getBytes(StandardCharsets.UTF_8), 1 << 20))
        .isNotNull();
  }
}
