package io.corroborate.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageIndexTest {
  @Test
  void everyElementWithAnAuthorClassIsACandidateInDocumentOrder() {
    String html =
        "<span class='Post-Byline'>Teo Varn</span><p class='velmora'>x</p>"
            + "<span class='Post-Byline'>Anna Kovel</span><div class='entry-AUTHOR'>Ostrand</div>";
    PageIndex idx = PageIndex.of(Jsoup.parse(html));
    assertThat(idx.authorCandidates())
        .extracting(Element::text)
        .containsExactly("Teo Varn", "Anna Kovel", "Ostrand");
  }
}
