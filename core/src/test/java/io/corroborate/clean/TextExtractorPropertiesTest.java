package io.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Article;
import io.corroborate.model.Block;
import io.corroborate.model.Extraction;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.Passage;
import io.corroborate.model.RawDocument;
import io.corroborate.pipeline.Doc;
import io.corroborate.pipeline.Outcome;
import io.corroborate.testkit.Spans;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random scraped text: the cleaner never throws and the article it builds keeps its invariants. */
class TextExtractorPropertiesTest {
  private final TextExtractor extractor = new TextExtractor();
  private final Clean clean = new Clean(CleanOptions.defaults());

  @Property(tries = 400)
  void randomTextNeverThrowsAndEveryContentBlockLandsInTheText(@ForAll("pages") String page) {
    Extraction ex = extractor.extract(raw(page));
    Article a =
        Article.builder().id("0123456789abcdef").origin(origin()).blocks(ex.blocks()).build();
    Spans.assertInBoundsAndOrdered(
        a.text().length(),
        a.passages().stream().map(p -> new int[] {p.span().start(), p.span().end()}).toList());
    for (Block b : ex.blocks()) {
      if (b.role().isContent()) {
        assertThat(a.text()).contains(b.text().strip());
      }
    }
    for (Passage p : a.passages()) {
      assertThat(a.textOf(p)).isNotBlank();
    }
  }

  @Property(tries = 40)
  void theCleanStageAlwaysGivesAnArticleOrARejection(@ForAll("pages") String page) {
    Outcome o = clean.apply(Doc.of(raw(page)));
    if (o instanceof Outcome.Done d) {
      Article a = d.doc().expectArticle();
      assertThat(a.language()).matches("[a-z]{2}|und");
      assertThat(a.text().strip().length())
          .isGreaterThanOrEqualTo(CleanOptions.defaults().minArticleChars());
    } else {
      assertThat(((Outcome.Rejected) o).rejection().reason()).contains("characters of main text");
    }
  }

  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> line =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, sentences()),
            net.jqwik.api.Tuple.of(3, junk()),
            net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(60)),
            net.jqwik.api.Tuple.of(2, Arbitraries.just("")),
            net.jqwik.api.Tuple.of(
                1,
                Arbitraries.strings()
                    .withChars("ab .…\"“”(/)-")
                    .ofMinLength(2000)
                    .ofMaxLength(30000)),
            net.jqwik.api.Tuple.of(
                1,
                Arbitraries.strings()
                    .withCharRange('\u0400', '\u04ff')
                    .withChars(' ', '.')
                    .ofMaxLength(200)));
    Arbitrary<String> separator =
        Arbitraries.of("\n", "\n\n", "\r\n", "\r", "\u2028", "\n \n", "\n\u00a0\n");
    return Combinators.combine(line.list().ofMaxSize(40), separator.list().ofMaxSize(40))
        .as(
            (lines, seps) -> {
              StringBuilder sb = new StringBuilder();
              for (int i = 0; i < lines.size(); i++) {
                sb.append(lines.get(i)).append(seps.isEmpty() ? "\n" : seps.get(i % seps.size()));
              }
              return sb.toString();
            });
  }

  private static Arbitrary<String> sentences() {
    Arbitrary<String> word =
        Arbitraries.of(
            "the", "harbour", "Velmora", "bridge", "said", "on", "Monday", "“We", "left”", "barge",
            "12,000", "(AFP)", "…");
    return Combinators.combine(
            word.list().ofMinSize(1).ofMaxSize(40), Arbitraries.of(".", "", "?", "…", ".”"))
        .as((ws, end) -> String.join(" ", ws) + end);
  }

  private static Arbitrary<String> junk() {
    return Arbitraries.of(
        "Recent Posts",
        "Read more",
        "Show More",
        "News Feed",
        "2 minutes ago",
        "By Marta Vell",
        "Updated: March 3, 2024",
        "(Updated:  )",
        "Support us",
        "Categories: Coast",
        "Avatar",
        "Article image",
        "- News",
        "4 min read",
        "Ines Kora is a reporter at the Herald.",
        "Ines Kora",
        "© 2024 Herald",
        "Editor's note: names changed.",
        "A pier at dawn. (Ines Kora/Herald)",
        "Advertisement",
        "By",
        "Updated:",
        "- ",
        "•",
        "(",
        "“",
        "…");
  }

  private static RawDocument raw(String text) {
    return new RawDocument(origin(), "0123456789abcdef0123", text, "UTF-8", "default", List.of());
  }

  private static Origin origin() {
    return new Origin("random.txt", 0, Format.TEXT);
  }
}
