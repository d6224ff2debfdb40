package io.corroborate.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.Corroborate;
import io.corroborate.annotate.Annotation;
import io.corroborate.extract.PlainLayer;
import io.corroborate.model.Article;
import io.corroborate.model.Block;
import io.corroborate.model.DateStamp;
import io.corroborate.model.Format;
import io.corroborate.model.ModelJson;
import io.corroborate.model.Origin;
import io.corroborate.model.Rejection;
import io.corroborate.model.Role;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RenderersTest {
  private static final String HOSTILE_TITLE =
      "<script>alert('x')</script> Flood | <img src=x onerror=alert(1)>";

  private static Dossier dossier() {
    Article hostile =
        Article.builder()
            .id("aaaaaaaaaaaaaaaa")
            .origin(new Origin("evil.html", 0, Format.HTML))
            .outlet("Valley <b>Courier</b>")
            .title(HOSTILE_TITLE)
            .published(DateStamp.of(LocalDate.of(2031, 3, 2)))
            .blocks(
                List.of(
                    new Block(
                        "Water reached <script>steal()</script> the square.", Role.BODY, 0.9, "p"),
                    new Block("<iframe src=x>", Role.AD, 0.9, "ad slot")))
            .build();
    Article plain =
        Article.builder()
            .id("bbbbbbbbbbbbbbbb")
            .origin(new Origin("plain.txt", 0, Format.TEXT))
            .outlet("Harbor Wire")
            .title("Dam gates opened")
            .published(DateStamp.of(LocalDate.of(2031, 2, 27)))
            .blocks(List.of(new Block("Engineers opened two gates.", Role.BODY, 0.9, "p")))
            .build();
    Map<String, Annotation> annotations = new HashMap<>();
    for (Article a : List.of(hostile, plain)) {
      annotations.put(a.id(), PlainLayer.annotate(a.text(), a.published().map(p -> p.date())));
    }
    return Corroborate.create()
        .dossier(
            "s0123456789",
            "Veldan flood",
            List.of(hostile, plain),
            annotations,
            List.of(
                new Rejection(
                    "cut.warc.gz", 1234, Rejection.Kind.TRUNCATED, "record cut short <eof>")));
  }

  @Test
  void htmlEscapesEverythingThatCameFromAnArticle() {
    String html = new HtmlRenderer().render(dossier());
    assertThat(html)
        .doesNotContain("<script>")
        .doesNotContain("<img")
        .doesNotContain("<iframe")
        .doesNotContain("<b>Courier");
    assertThat(html)
        .contains("&lt;script&gt;alert(")
        .contains("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(html).contains("Content-Security-Policy");
  }

  @Test
  void articlesAreOrderedByPublicationDate() {
    assertThat(dossier().articles())
        .extracting(Article::outlet)
        .containsExactly("Harbor Wire", "Valley <b>Courier</b>");
  }

  @Test
  void markdownListsArticlesSourcesAndRejectionsWithFileAndOffset() {
    String md = new MarkdownRenderer().render(dossier());
    assertThat(md).contains("2 articles from 2 outlets; 1 inputs rejected");
    assertThat(md).contains("| 2031-02-27 | Harbor Wire | Dam gates opened |");
    assertThat(md).contains("cut.warc.gz:1234: truncated: record cut short");
    assertThat(md).doesNotContain("<script>");
  }

  @Test
  void articlesThatNameNoOutletAreCountedApartAndListedByTheirFile() {
    Article anonymous =
        Article.builder()
            .id("cccccccccccccccc")
            .origin(new Origin("feeds/paste-01.txt", 0, Format.TEXT))
            .title("Gates opened")
            .blocks(List.of(new Block("Engineers opened two gates.", Role.BODY, 0.9, "p")))
            .build();
    Article other =
        Article.builder()
            .id("dddddddddddddddd")
            .origin(new Origin("feeds/paste-02.txt", 0, Format.TEXT))
            .title("Gates shut")
            .blocks(List.of(new Block("Engineers shut the gates.", Role.BODY, 0.9, "p")))
            .build();
    List<Article> all =
        Stream.concat(dossier().articles().stream(), Stream.of(anonymous, other)).toList();
    Map<String, Annotation> annotations = new HashMap<>();
    for (Article a : all) {
      annotations.put(a.id(), PlainLayer.annotate(a.text(), a.published().map(p -> p.date())));
    }
    Dossier mixed =
        Corroborate.create().dossier("s0123456789", "Veldan flood", all, annotations, List.of());
    String md = new MarkdownRenderer().render(mixed);
    assertThat(md).contains("4 articles from 2 outlets and 2 that name no outlet.");
    assertThat(mixed.sources())
        .extracting(Dossier.Source::outlet)
        .contains("unnamed outlet (paste-01.txt)", "unnamed outlet (paste-02.txt)")
        .doesNotContain(Article.UNKNOWN_OUTLET);
    assertThat(new HtmlRenderer().render(mixed)).contains("and 2 that name no outlet");
  }

  @Test
  void jsonNamesItsSchemaVersionAndKeepsEveryArticleField() throws Exception {
    JsonNode n = ModelJson.mapper().readTree(new JsonRenderer().render(dossier()));
    assertThat(n.get("schema").asText()).isEqualTo(Dossier.SCHEMA);
    assertThat(n.get("articles")).hasSize(2);
    assertThat(n.get("articles").get(1).get("title").asText()).isEqualTo(HOSTILE_TITLE);
    assertThat(n.get("rejections").get(0).get("offset").asLong()).isEqualTo(1234);
    Article back = ModelJson.mapper().treeToValue(n.get("articles").get(1), Article.class);
    assertThat(back).isEqualTo(dossier().articles().get(1));
  }

  @Test
  void rendererIsChosenByFileExtension() {
    assertThat(DossierRenderer.forFile("d.HTML")).isInstanceOf(HtmlRenderer.class);
    assertThat(DossierRenderer.forFile("d.json")).isInstanceOf(JsonRenderer.class);
    assertThat(DossierRenderer.forFile("d.md")).isInstanceOf(MarkdownRenderer.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DossierRenderer.forFile("d.pdf"))
        .hasMessageContaining("d.pdf");
  }
}
