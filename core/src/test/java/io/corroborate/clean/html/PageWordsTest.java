package io.corroborate.clean.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.clean.HtmlExtractor;
import io.corroborate.model.Block;
import io.corroborate.model.Extraction;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Role;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PageWordsTest {
  @Test
  void aListIsGatheredFromEveryLanguageFolder() {
    List<String> prompts = PageWords.everyLanguage("page-prompts.txt");
    assertThat(prompts).contains("read more", "weiterlesen", "lire la suite", "condividi");
    assertThat(PageWords.everyLanguage("credit-labels.tsv", "caption")).contains("kuva", "fotó");
    assertThat(PageWords.everyLanguage("credit-labels.tsv", "line"))
        .contains("bildquelle")
        .doesNotContain("abbildung");
  }

  @Test
  void entriesBecomeQuotedAlternativesLongestFirst() {
    String alt = PageWords.alternationOf(List.of("share", "share this", "a.b"));
    assertThat(alt).startsWith("\\Qshare\\E \\Qthis\\E|");
    Pattern p = Pattern.compile("^(?:" + alt + ")$");
    assertThat(p.matcher("a.b").matches()).isTrue();
    assertThat(p.matcher("axb").matches()).isFalse();
  }

  @Test
  void numberStemAndTailMarksAreRead() {
    Pattern p =
        Pattern.compile(
            "(?i)^(?:"
                + PageWords.alternationOf(List.of("# comments", "subskrypcj*", "mehr zum thema…"))
                + ")$");
    assertThat(p.matcher("12 comments").matches()).isTrue();
    assertThat(p.matcher("many comments").matches()).isFalse();
    assertThat(p.matcher("subskrypcja").matches()).isTrue();
    assertThat(p.matcher("Mehr zum Thema Flut in Velmora").matches()).isTrue();
  }

  @Test
  void aMissingDataFileSaysWhich() {
    assertThatThrownBy(() -> PageWords.data("html/no-such-file.tsv"))
        .hasMessageContaining("no-such-file.tsv");
    assertThatThrownBy(() -> PageWords.everyLanguage("no-such-list.txt"))
        .hasMessageContaining("no-such-list.txt");
  }

  @Test
  void aCaptionClosedByAFinnishCreditGivesTheCreditItsOwnBlock() {
    String html =
        "<html><body><article>"
            + "<p>The ferry to Ostrand left the harbour of Velmora on time this morning, and the crew"
            + " said the sea was calm for the whole crossing of the bay.</p>"
            + "<p>Passengers waited on the quay for almost an hour before boarding began, the port"
            + " authority said in a statement on Tuesday afternoon.</p>"
            + "<figure><img src=a.jpg><figcaption>The ferry in the harbour. Kuva: Teo Varn"
            + "</figcaption></figure>"
            + "<p>The next crossing is planned for Thursday, weather permitting, a spokesperson for"
            + " the ferry company told reporters at the terminal.</p>"
            + "</article></body></html>";
    Extraction ex =
        new HtmlExtractor()
            .extract(
                new RawDocument(
                    new Origin("ferry.html", 0, Format.HTML),
                    "0",
                    html,
                    "UTF-8",
                    "test",
                    List.of()));
    List<String> credits =
        ex.blocks().stream().filter(b -> b.role() == Role.OTHER).map(Block::text).toList();
    assertThat(credits).contains("Kuva: Teo Varn");
    assertThat(ex.blocks().stream().map(Block::text)).contains("The ferry in the harbour.");
  }
}
