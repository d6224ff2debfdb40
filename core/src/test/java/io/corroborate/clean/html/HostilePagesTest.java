package io.corroborate.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.clean.HtmlExtractor;
import io.corroborate.model.Block;
import io.corroborate.model.DateStamp;
import io.corroborate.model.Extraction;
import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages built to break an extractor: each must come back as blocks, never as an exception. */
class HostilePagesTest {
  private static final String PARAGRAPH =
      "<p>The inspectors walked the length of the pier twice before they signed the report, noting every loose plank.</p>";

  static Extraction extract(String html) {
    RawDocument raw =
        new RawDocument(
            new Origin("hostile.html", 0, Format.HTML), "0", html, "UTF-8", "test", List.of());
    Extraction ex = new HtmlExtractor().extract(raw);
    assertValid(ex);
    return ex;
  }

  static void assertValid(Extraction ex) {
    for (Block b : ex.blocks()) {
      assertThat(b.text()).isNotBlank();
      assertThat(b.confidence()).isBetween(0.0, 1.0);
      assertThat(b.reason()).isNotBlank();
    }
    for (FieldSource f : ex.metadata()) {
      if (f.field().equals("published") || f.field().equals("updated")) {
        DateStamp.parse(f.value());
      }
      if (f.field().equals("language")) {
        assertThat(f.value()).matches("[a-z]{2}");
      }
    }
  }

  @Test
  void hundredThousandNestedDivsAreReadWithoutRecursion() {
    int depth = 100_000;
    StringBuilder sb = new StringBuilder(depth * 12 + 200);
    sb.append("<html><body>");
    sb.append("<div>".repeat(depth));
    sb.append(PARAGRAPH);
    sb.append("</div>".repeat(depth));
    sb.append("</body></html>");
    Extraction ex = extract(sb.toString());
    assertThat(ex.blocks())
        .extracting(Block::text)
        .anySatisfy(t -> assertThat(t).contains("inspectors walked"));
  }

  @Test
  void nestedDivsEachWithTextStayBounded() {
    StringBuilder sb = new StringBuilder();
    sb.append("<body>");
    for (int i = 0; i < 30_000; i++) {
      sb.append("<div>level ").append(i);
    }
    Extraction ex = extract(sb.toString());
    assertThat(ex.blocks().size()).isLessThanOrEqualTo(HtmlThresholds.defaults().maxSegments());
  }

  @Test
  void deeplyNestedHintedElementsWithTextStayBounded() {
    StringBuilder sb = new StringBuilder("<body>");
    for (int i = 0; i < 20_000; i++) {
      sb.append(i % 2 == 0 ? "<div class='entry-content'>" : "<div class='related'>")
          .append("words ")
          .append(i)
          .append(", more words here.");
    }
    Extraction ex = extract(sb.toString());
    assertThat(ex.blocks()).isNotEmpty();
  }

  @Test
  void aFiftyMegabytePageIsCutNotRead() {
    String filler = "<div class=\"row\"><span>cell</span></div>\n";
    StringBuilder sb = new StringBuilder(50_000_100);
    sb.append("<html><body><article>").append(PARAGRAPH.repeat(5));
    while (sb.length() < 50_000_000) {
      sb.append(filler);
    }
    sb.append("</article></body></html>");
    Extraction ex = extract(sb.toString());
    assertThat(ex.blocks().stream().filter(b -> b.role().isContent())).isNotEmpty();
  }

  @Test
  void aPageWithoutBodyGivesItsText() {
    Extraction ex = extract("<title>Only a title</title>" + PARAGRAPH);
    assertThat(ex.blocks())
        .extracting(Block::text)
        .anySatisfy(t -> assertThat(t).contains("inspectors walked"));
  }

  @Test
  void aPageOfOnlyScriptsGivesNoBlocks() {
    Extraction ex =
        extract(
            "<html><head><script>var a = '<p>not text</p>';</script></head><body><script>document.write('x')</script><style>p{}</style></body></html>");
    assertThat(ex.blocks()).isEmpty();
  }

  @Test
  void emptyAndWhitespaceInputGiveNothing() {
    assertThat(extract("").blocks()).isEmpty();
    assertThat(extract("   \n\t ").blocks()).isEmpty();
  }

  @Test
  void brokenEncodingAndBinaryNoiseDoNotThrow() {
    byte[] noise = new byte[20_000];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i * 131 + 7);
    }
    extract(new String(noise, StandardCharsets.ISO_8859_1));
    extract(new String(noise, StandardCharsets.UTF_8));
    extract(
        "<html><body><p>Caf\uFFFD \uFFFD\uFFFD\u0000\u0001 menu</p>"
            + PARAGRAPH
            + "</body></html>");
  }

  @Test
  void brokenJsonLdAndDatesAreIgnored() {
    Extraction ex =
        extract(
            "<html lang='zz-top-secret'><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"yesterday\",\"headline\":[[[</script>"
                + "<script type='application/ld+json'>"
                + "[".repeat(50_000)
                + "</script>"
                + "<meta property='article:published_time' content='2025-13-45T99:99:99Z'></head><body>"
                + PARAGRAPH
                + "</body></html>");
    assertThat(ex.metadata()).noneMatch(f -> f.field().equals("published"));
  }

  @Test
  void unclosedTagsAndStrayEndTagsStillGiveTheParagraph() {
    Extraction ex =
        extract(
            "</div></p><table><tr><td><p>The inspectors walked the length of the pier twice before they signed it.<td><ul><li>one<li>two</table></span>");
    assertThat(ex.blocks())
        .extracting(Block::text)
        .anySatisfy(t -> assertThat(t).contains("inspectors walked"));
  }

  @Test
  void aNoscriptThatSwallowsThePageIsRead() {
    Extraction ex =
        extract(
            "<html><body><noscript><div id='nojs'></noscript>"
                + PARAGRAPH.repeat(12)
                + "</body></html>");
    assertThat(ex.blocks().stream().filter(b -> b.role() == Role.BODY)).isNotEmpty();
  }

  @Test
  void aSmallNoscriptIsSkipped() {
    Extraction ex =
        extract(
            "<html><body><noscript>Please enable JavaScript to read this page.</noscript>"
                + PARAGRAPH
                + "</body></html>");
    assertThat(ex.blocks()).extracting(Block::text).noneMatch(t -> t.contains("enable JavaScript"));
  }

  @Test
  void hugeAttributesAndManyClassesDoNotThrow() {
    String cls = "x ".repeat(100_000);
    extract(
        "<body><div class='"
            + cls
            + "' id='"
            + "y".repeat(100_000)
            + "'>"
            + PARAGRAPH
            + "</div></body>");
  }
}
