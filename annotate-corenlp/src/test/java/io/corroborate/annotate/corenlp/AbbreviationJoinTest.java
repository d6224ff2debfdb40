package io.corroborate.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.Sentence;
import io.corroborate.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Joining sentences the English splitter closed at an abbreviation; no models loaded. */
class AbbreviationJoinTest {
  private static final String TEXT = "Rund 12 Mio. Menschen leben in Velmora. Teo Varn kam.";

  private static List<Sentence> splitAtEveryPeriod() {
    int a = TEXT.indexOf("Mio.") + 4;
    int b = TEXT.indexOf("Velmora.") + 8;
    return List.of(
        new Sentence(0, new Span(0, a), 0, 4),
        new Sentence(1, new Span(a + 1, b), 4, 9),
        new Sentence(2, new Span(b + 1, TEXT.length()), 9, 13));
  }

  @Test
  void germanScaleAbbreviationDoesNotEndSentence() {
    List<Sentence> joined = CoreNlpLayer.joinAfterAbbreviations(TEXT, "de", splitAtEveryPeriod());
    assertThat(joined).hasSize(2);
    assertThat(joined.get(0).span()).isEqualTo(new Span(0, TEXT.indexOf("Velmora.") + 8));
    assertThat(joined.get(0).endToken()).isEqualTo(9);
    assertThat(joined.get(1).index()).isEqualTo(1);
    assertThat(joined.get(1).firstToken()).isEqualTo(9);
  }

  @Test
  void articleWithoutLanguageKeepsSplitterSentences() {
    assertThat(CoreNlpLayer.joinAfterAbbreviations(TEXT, null, splitAtEveryPeriod())).hasSize(3);
  }

  @Test
  void abbreviationAtLineEndStillEndsSentence() {
    String text = "Der Schaden: 12 Mio.\nMenschen leben in Velmora.";
    int a = text.indexOf('\n');
    List<Sentence> split =
        List.of(
            new Sentence(0, new Span(0, a), 0, 4),
            new Sentence(1, new Span(a + 1, text.length()), 4, 9));
    assertThat(CoreNlpLayer.joinAfterAbbreviations(text, "de", split)).hasSize(2);
  }

  @Test
  void aDaysPeriodBeforeAMonthDoesNotEndSentence() {
    String text = "Die Brücke stürzte am 26. März ein. Teo Varn kam.";
    int a = text.indexOf("26.") + 3;
    int b = text.indexOf("ein.") + 4;
    List<Sentence> split =
        List.of(
            new Sentence(0, new Span(0, a), 0, 5),
            new Sentence(1, new Span(a + 1, b), 5, 8),
            new Sentence(2, new Span(b + 1, text.length()), 8, 12));
    List<Sentence> joined = CoreNlpLayer.joinAfterAbbreviations(text, "de", split);
    assertThat(joined)
        .extracting(s -> s.span().of(text))
        .containsExactly("Die Brücke stürzte am 26. März ein.", "Teo Varn kam.");
  }
}
