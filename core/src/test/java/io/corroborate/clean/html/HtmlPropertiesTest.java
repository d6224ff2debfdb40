package io.corroborate.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Extraction;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;

/** Random markup, well formed or not: extraction never throws and its invariants hold. */
class HtmlPropertiesTest {
  private static final List<String> PIECES =
      List.of(
          "<div>",
          "</div>",
          "<p>",
          "</p>",
          "<article>",
          "</article>",
          "<nav>",
          "</nav>",
          "<ul><li>",
          "</li></ul>",
          "<a href='/x'>",
          "</a>",
          "<h1>",
          "</h1>",
          "<h2>",
          "</h2>",
          "<table><tr><td>",
          "</td></tr></table>",
          "<br>",
          "<script>",
          "</script>",
          "<style>",
          "</style>",
          "<noscript>",
          "</noscript>",
          "<figure><figcaption>",
          "</figcaption></figure>",
          "<blockquote>",
          "</blockquote>",
          "<div class='comments'>",
          "<div class='related'>",
          "<div class='entry-content'>",
          "<aside>",
          "</aside>",
          "<footer>",
          "</footer>",
          "<!--",
          "-->",
          "<![CDATA[",
          "<meta property='article:published_time' content='2025-02-19T10:15:00Z'>",
          "<time datetime='2024-01-02'>",
          "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"",
          "\"}</script>",
          "&amp;",
          "&#0;",
          "&nbsp;",
          "<",
          ">",
          "\"",
          "'",
          "\u0000",
          "\uFFFD",
          "\n");

  @Provide
  Arbitrary<String> markup() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(PIECES),
            Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40),
            Arbitraries.strings().ofMaxLength(20),
            Arbitraries.of(
                "The ferry left at dawn, as it always does, with ten cars and a bus on board.",
                "Share",
                "Read more",
                "By Ana Ruiz",
                "19 February 2025"));
    return piece.list().ofMaxSize(120).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void randomMarkupNeverThrowsAndKeepsInvariants(@ForAll("markup") String html) {
    Extraction ex = HostilePagesTest.extract(html);
    assertThat(ex.blocks()).isNotNull();
  }

  @Property(tries = 100)
  void blocksComeFromThePageText(@ForAll("markup") String html) {
    Extraction ex = HostilePagesTest.extract(html);
    // No block is invented: its letters occur, in order, among the letters of the page's text.
    String page = letters(Jsoup.parse(html).wholeText());
    ex.blocks().stream()
        .filter(b -> !b.reason().startsWith("json-ld"))
        .forEach(b -> assertThat(isSubsequence(letters(b.text()), page)).as(b.text()).isTrue());
  }

  private static String letters(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static boolean isSubsequence(String small, String big) {
    int j = 0;
    for (int i = 0; i < big.length() && j < small.length(); i++) {
      if (big.charAt(i) == small.charAt(j)) {
        j++;
      }
    }
    return j == small.length();
  }
}
