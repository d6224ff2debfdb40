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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A hand-written news page with every kind of furniture around its article. */
class NewsArticleExampleTest {
  private static Extraction ex;

  @BeforeAll
  static void extract() throws IOException {
    String html;
    try (InputStream in =
        NewsArticleExampleTest.class.getResourceAsStream("/html/news-article.html")) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    RawDocument raw =
        new RawDocument(
            new Origin("news-article.html", 0, Format.HTML), "0", html, "UTF-8", "test", List.of());
    ex = new HtmlExtractor().extract(raw);
  }

  private static Block blockWith(String text) {
    return ex.blocks().stream()
        .filter(b -> b.text().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no block with " + text + " in " + ex.blocks()));
  }

  private static List<String> values(String field) {
    return ex.metadata().stream()
        .filter(f -> f.field().equals(field))
        .map(FieldSource::value)
        .toList();
  }

  private static Optional<FieldSource> first(String field) {
    return ex.metadata().stream().filter(f -> f.field().equals(field)).findFirst();
  }

  @Test
  void articleParagraphsAreBodyInDocumentOrder() {
    List<String> body =
        ex.blocks().stream().filter(b -> b.role() == Role.BODY).map(Block::text).toList();
    assertThat(body).hasSize(4);
    assertThat(body.get(0)).startsWith("The old harbour bridge opened");
    assertThat(body.get(3)).startsWith("The council expects");
  }

  @Test
  void quoteAndCaptionKeepTheirRolesAsContent() {
    assertThat(blockWith("We would rather keep it shut").role()).isEqualTo(Role.QUOTE);
    assertThat(blockWith("Cyclists crossed the bridge").role()).isEqualTo(Role.CAPTION);
  }

  @Test
  void aPhotoCreditIsSplitOffItsCaption() {
    Block caption = blockWith("Cyclists crossed the bridge");
    assertThat(caption.text()).endsWith("barriers were lifted.");
    assertThat(blockWith("Photo: Jana Holm").role()).isEqualTo(Role.OTHER);
    assertThat(blockWith("Photo: Jana Holm").reason()).isEqualTo("photo credit");
  }

  @Test
  void aReadAlsoHeadingAndItsLinksAreTeasers() {
    assertThat(blockWith("Read also").role()).isEqualTo(Role.TEASER);
    assertThat(blockWith("Night buses will keep running").role()).isEqualTo(Role.TEASER);
  }

  @Test
  void furnitureIsRemovedWithTheRightRole() {
    assertThat(blockWith("Home").role()).isEqualTo(Role.NAVIGATION);
    assertThat(blockWith("Share on Facebook").role()).isEqualTo(Role.PROMPT);
    assertThat(blockWith("Advertisement").role()).isEqualTo(Role.AD);
    assertThat(blockWith("covers transport and city planning").role()).isEqualTo(Role.BIO);
    assertThat(blockWith("Council approves budget").role()).isEqualTo(Role.TEASER);
    assertThat(blockWith("My commute has been twice as long").role()).isEqualTo(Role.COMMENT);
    assertThat(blockWith("Subscribe to our morning newsletter").role()).isEqualTo(Role.PROMPT);
    assertThat(blockWith("All rights reserved").role()).isEqualTo(Role.LEGAL);
    assertThat(blockWith("By Mara Lindqvist").role()).isEqualTo(Role.BYLINE);
    assertThat(blockWith("19 February 2025").role()).isEqualTo(Role.DATELINE);
    assertThat(blockWith("Harbour bridge reopens").role()).isEqualTo(Role.TITLE);
  }

  @Test
  void everyBlockCarriesAReasonAndAConfidence() {
    assertThat(ex.blocks())
        .allSatisfy(
            b -> {
              assertThat(b.reason()).isNotBlank();
              assertThat(b.confidence()).isBetween(0.0, 1.0);
            });
    assertThat(blockWith("Share on Facebook").reason()).contains("share-bar");
  }

  @Test
  void titleComesFromJsonLdFirstThenTheOtherSources() {
    assertThat(first("title")).map(FieldSource::source).contains("json-ld headline");
    assertThat(values("title")).contains("Harbour bridge reopens after three-week repair");
    assertThat(ex.metadata())
        .anySatisfy(
            f -> {
              assertThat(f.source()).isEqualTo("html <title> without site suffix");
              assertThat(f.value()).isEqualTo("Harbour bridge reopens after three-week repair");
            });
  }

  @Test
  void publishedAndUpdatedAreKeptApartAndParse() {
    assertThat(first("published")).map(FieldSource::value).contains("2025-02-19T10:15+01:00");
    assertThat(first("updated")).map(FieldSource::value).contains("2025-02-20T08:00+01:00");
    assertThat(values("published")).allSatisfy(v -> DateStamp.parse(v));
    assertThat(ex.metadata())
        .anySatisfy(
            f -> {
              assertThat(f.field()).isEqualTo("published");
              assertThat(f.source()).isEqualTo("date in url");
              assertThat(f.value()).isEqualTo("2025-02-19");
            });
  }

  @Test
  void authorsComeOnePerValueFromBylineEvidenceOnly() {
    List<FieldSource> ld =
        ex.metadata().stream()
            .filter(f -> f.field().equals("author") && f.source().equals("json-ld author"))
            .toList();
    assertThat(ld)
        .extracting(FieldSource::value)
        .containsExactly("Mara Lindqvist", "Tobias Heller");
    assertThat(values("author"))
        .doesNotContain(
            "Home", "Council approves budget for new cycle lanes along the waterfront promenade");
    assertThat(ex.metadata())
        .anySatisfy(
            f -> {
              assertThat(f.source()).isEqualTo("byline rel=author");
              assertThat(f.value()).isEqualTo("Tobias Heller");
            });
  }

  @Test
  void outletUrlAndLanguageHaveTheirSources() {
    assertThat(first("outlet"))
        .contains(new FieldSource("outlet", "The Lakeside Courier", "json-ld publisher.name"));
    assertThat(first("url"))
        .contains(
            new FieldSource(
                "url",
                "https://courier.example/2025/02/19/harbour-bridge-reopens",
                "link rel=canonical"));
    assertThat(first("language")).contains(new FieldSource("language", "en", "<html lang>"));
  }

  @Test
  void theJsonLdBodyConfirmsTheChosenContainer() {
    assertThat(blockWith("Ferry operators").reason()).contains("json-ld articleBody agrees");
  }
}
