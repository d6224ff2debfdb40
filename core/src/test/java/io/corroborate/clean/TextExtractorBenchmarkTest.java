package io.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.model.Article;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.RawDocument;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A floor for the plain-text cleaner on real pages: the 990 pages of trafilatura's evaluation set,
 * flattened to text one block element per line (as a scraper that keeps only text would), then
 * cleaned. Each page lists snippets of its main text ("with") and of its boilerplate ("without").
 * The cleaner must keep the main-text snippets (no body lost) and remove part of the boilerplate;
 * HTML pages proper go to the HTML extractor, which is measured on its own.
 */
@Tag("slow")
class TextExtractorBenchmarkTest {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "br",
          "tr",
          "td",
          "th",
          "blockquote",
          "figcaption",
          "figure",
          "section",
          "article",
          "header",
          "footer",
          "nav",
          "aside",
          "main",
          "pre",
          "dd",
          "dt",
          "dl",
          "table",
          "form",
          "hr");

  @Test
  void keepsTheMainTextOfFlattenedPagesAndRemovesPartOfTheirBoilerplate() throws IOException {
    Path root = Repo.sharedOrSkip("bench/trafilatura-eval");
    JsonNode data = new ObjectMapper().readTree(root.resolve("evaldata.json").toFile());
    TextExtractor extractor = new TextExtractor();
    int withPresent = 0;
    int withKept = 0;
    int withoutPresent = 0;
    int withoutKept = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
      JsonNode entry = it.next().getValue();
      Path page = root.resolve("cache").resolve(entry.get("file").asText());
      if (!Files.exists(page)) {
        page = root.resolve("eval").resolve(entry.get("file").asText());
      }
      if (!Files.exists(page)) {
        continue;
      }
      String text = flatten(new String(Files.readAllBytes(page), StandardCharsets.UTF_8));
      RawDocument raw =
          new RawDocument(
              new Origin(page.toString(), 0, Format.TEXT),
              "0123456789abcdef0123",
              text,
              "UTF-8",
              "test",
              List.of());
      Article a =
          Article.builder()
              .id("0123456789abcdef")
              .origin(raw.origin())
              .blocks(extractor.extract(raw).blocks())
              .build();
      String all = squash(text);
      String kept = squash(a.text());
      for (JsonNode w : entry.get("with")) {
        String s = squash(w.asText());
        if (all.contains(s)) {
          withPresent++;
          withKept += kept.contains(s) ? 1 : 0;
        }
      }
      for (JsonNode w : entry.get("without")) {
        String s = squash(w.asText());
        if (all.contains(s)) {
          withoutPresent++;
          withoutKept += kept.contains(s) ? 1 : 0;
        }
      }
    }
    double keptShare = withKept / (double) withPresent;
    double removedShare = 1 - withoutKept / (double) withoutPresent;
    System.out.printf(
        Locale.ROOT,
        "text cleaner on flattened trafilatura-eval: main-text snippets kept %.3f (%d/%d), boilerplate snippets removed %.3f (%d/%d)%n",
        keptShare,
        withKept,
        withPresent,
        removedShare,
        withoutPresent - withoutKept,
        withoutPresent);
    assertThat(keptShare).as("share of main-text snippets kept").isGreaterThanOrEqualTo(0.97);
    assertThat(removedShare)
        .as("share of boilerplate snippets removed")
        .isGreaterThanOrEqualTo(0.37);
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ");
  }

  /** Text of the page's body, one block element per line, paragraphs apart. */
  private static String flatten(String html) {
    Document d = Jsoup.parse(html);
    d.select("script,style,noscript,template,svg,iframe").remove();
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node n, int depth) {
            if (n instanceof TextNode t) {
              sb.append(t.text());
            } else if (n instanceof Element e && BLOCKS.contains(e.normalName())) {
              sb.append('\n');
            }
          }

          @Override
          public void tail(Node n, int depth) {
            if (n instanceof Element e && BLOCKS.contains(e.normalName())) {
              sb.append(e.normalName().equals("p") ? "\n\n" : "\n");
            }
          }
        },
        d.body());
    return sb.toString();
  }
}
