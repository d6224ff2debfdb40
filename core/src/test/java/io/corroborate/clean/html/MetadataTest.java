package io.corroborate.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.FieldSource;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetadataTest {
  private static List<FieldSource> read(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    PageIndex idx = PageIndex.of(doc);
    return new Metadata(doc, idx, JsonLd.of(idx.jsonLdScripts()), url).all(List.of(), List.of());
  }

  @Test
  void bylineNamesAreSplitAndStripped() {
    assertThat(Metadata.cleanNames("By Ana Ruiz and Tom Li | 19 Feb 2025"))
        .containsExactly("Ana Ruiz", "Tom Li");
    assertThat(Metadata.cleanNames("Von Jana Weber, Nils Brandt"))
        .containsExactly("Jana Weber", "Nils Brandt");
  }

  @Test
  void bylineNamesAreSplitAtTheAndOfAnyBundledLanguage() {
    assertThat(Metadata.cleanNames("Ayşe Demir ve Emre Kaya"))
        .containsExactly("Ayşe Demir", "Emre Kaya");
    assertThat(Metadata.cleanNames("Anna Kovel en Teo Varn"))
        .containsExactly("Anna Kovel", "Teo Varn");
    assertThat(Metadata.cleanNames("Ирина Волкова и Олег Петров"))
        .containsExactly("Ирина Волкова", "Олег Петров");
  }

  @Test
  void titleLosesItsSiteSuffix() {
    List<FieldSource> f = read("<title>Ferry fares rise in March | Bay News</title>", "");
    assertThat(f)
        .contains(
            new FieldSource(
                "title", "Ferry fares rise in March", "html <title> without site suffix"));
  }

  @Test
  void outletFallsBackToTheDomainOfTheUrl() {
    List<FieldSource> f = read("<p>x</p>", "https://www.baynews.example/a/b");
    assertThat(f).contains(new FieldSource("outlet", "baynews.example", "domain of url"));
  }

  @Test
  void languageIsTwoLetters() {
    assertThat(Metadata.lang("pt-BR")).contains("pt");
    assertThat(Metadata.lang("de_DE")).contains("de");
    assertThat(Metadata.lang("x-default")).isEmpty();
    assertThat(Metadata.lang("english")).isEmpty();
  }

  @Test
  void authorFromJsonLdReferenceIsResolved() {
    String html =
        "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Lea Kurz\"},"
            + "{\"@type\":\"BlogPosting\",\"author\":{\"@id\":\"#p1\"},\"datePublished\":\"2024-05-06\"}]}</script>";
    List<FieldSource> f = read(html, "");
    assertThat(f)
        .contains(
            new FieldSource("author", "Lea Kurz", "json-ld author"),
            new FieldSource("published", "2024-05-06", "json-ld datePublished"));
  }

  @Test
  void teaserAuthorsAreNotAuthors() {
    String html =
        "<article><div class='entry-content'><p>Text of the post.</p></div></article>"
            + "<aside class='related'><span class='author'>Someone Else</span></aside>";
    assertThat(read(html, "")).noneMatch(f -> f.field().equals("author"));
  }
}
