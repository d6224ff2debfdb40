package io.corroborate.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CascadeChoiceTest {
  private static final String PARAGRAPH =
      "<p>The ferry left the harbour at dawn, carried forty passengers, two cars and a crate of"
          + " letters, and reached the island before the wind turned.</p>";

  /** Two containers in different parents that score exactly the same, each with one paragraph. */
  private static String tiedPage(int depthOfSecond) {
    String second =
        "<div>".repeat(depthOfSecond)
            + "<div id=\"second\">"
            + PARAGRAPH
            + PARAGRAPH
            + "</div>"
            + "</div>".repeat(depthOfSecond);
    return "<html><body><div><div id=\"first\">"
        + PARAGRAPH
        + PARAGRAPH
        + "</div></div>"
        + second
        + "</body></html>";
  }

  @Test
  void containersThatScoreTheSameAreChosenInDocumentOrderOnEveryRun() {
    Cascade cascade = new Cascade(HtmlThresholds.defaults());
    for (int depth = 1; depth <= 3; depth++) {
      Set<String> choices = new HashSet<>();
      for (int run = 0; run < 40; run++) {
        Document doc = Jsoup.parse(tiedPage(depth));
        Cascade.Container c = cascade.choose(Segmenter.segment(doc, 20_000));
        assertThat(c.elements()).isNotEmpty();
        choices.add(c.why());
      }
      assertThat(choices).as("depth %d", depth).hasSize(1);
    }
  }
}
