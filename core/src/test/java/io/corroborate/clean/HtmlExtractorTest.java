package io.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.clean.html.HtmlThresholds;
import io.corroborate.model.Article;
import io.corroborate.model.Extraction;
import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Role;
import io.corroborate.pipeline.Doc;
import io.corroborate.pipeline.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The HTML extractor as the clean stage uses it: article text, removed passages, chosen metadata.
 */
class HtmlExtractorTest {
  private static RawDocument page(List<FieldSource> hints) throws IOException {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/news-article.html")) {
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new RawDocument(
          new Origin("news-article.html", 0, Format.HTML),
          "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
          html,
          "UTF-8",
          "test",
          hints);
    }
  }

  @Test
  void cleanMakesAnArticleOfTheContentBlocksOnly() throws IOException {
    Outcome o = new Clean(CleanOptions.defaults()).apply(Doc.of(page(List.of())));
    assertThat(o).isInstanceOf(Outcome.Done.class);
    Article a = ((Outcome.Done) o).doc().expectArticle();
    assertThat(a.text())
        .startsWith("The old harbour bridge opened")
        .contains("We would rather keep it shut")
        .doesNotContain("Share on Facebook", "My commute", "Subscribe");
    assertThat(a.removed()).anySatisfy(r -> assertThat(r.role()).isEqualTo(Role.COMMENT));
    assertThat(a.title()).contains("Harbour bridge reopens after three-week repair");
    assertThat(a.outlet()).isEqualTo("The Lakeside Courier");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.authors()).containsExactly("Mara Lindqvist", "Tobias Heller");
    assertThat(a.published())
        .hasValueSatisfying(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2025, 2, 19)));
    assertThat(a.updated())
        .hasValueSatisfying(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2025, 2, 20)));
    assertThat(a.sourceOf("published")).map(FieldSource::source).contains("json-ld datePublished");
  }

  @Test
  void anExtractorWithOtherThresholdsIsBuiltFromTheRecord() throws IOException {
    HtmlThresholds d = HtmlThresholds.defaults();
    RawDocument raw = page(List.of());
    int body = raw.content().indexOf("<body>");
    HtmlThresholds tiny =
        new HtmlThresholds(
            body,
            d.maxSegments(),
            d.minScoredChars(),
            d.maxScoredLinkDensity(),
            d.classWeight(),
            d.junkChainWeight(),
            d.maxClimb(),
            d.climbNoise(),
            d.siblingRatio(),
            d.minSiblingScore(),
            d.articleBodyMinChars(),
            d.articleBodyAgreement(),
            d.proseOverridesHintChars(),
            d.proseLinkDensity(),
            d.nearProseChars(),
            d.nearLevels(),
            d.junkLinkDensity(),
            d.longChars(),
            d.longLinkDensity(),
            d.shortPromptChars(),
            d.creditChars(),
            d.promptWordChars(),
            d.relatedTeaserChars(),
            d.tailAnchorChars(),
            d.tailShortChars());
    Extraction ex = new HtmlExtractor(tiny).extract(raw);
    // Cut before <body>, the page keeps only its <head>: the JSON-LD body is the text that is left.
    assertThat(ex.blocks())
        .isNotEmpty()
        .allSatisfy(b -> assertThat(b.reason()).startsWith("json-ld articleBody"));
  }
}
