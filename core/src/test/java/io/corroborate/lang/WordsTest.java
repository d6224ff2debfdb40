package io.corroborate.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {
  private static List<String> texts(String s) {
    return Words.of(s).stream().map(Words.Word::text).toList();
  }

  @Test
  void japaneseIsSplitIntoDictionaryWords() {
    assertThat(texts("東京で大きな地震が発生した")).contains("東京", "地震", "発生").hasSizeGreaterThan(4);
  }

  @Test
  void chineseIsSplitIntoDictionaryWords() {
    assertThat(texts("北京发生地震，救援人员正在搜救")).contains("北京", "发生", "地震", "救援");
  }

  @Test
  void spacedTextKeepsItsWordsWithApostrophesAndHyphensInside() {
    assertThat(texts("O'Neill's post-war plan — 3 dead."))
        .containsExactly("O'Neill's", "post-war", "plan", "3", "dead");
  }

  @Test
  void latinInsideJapaneseStaysOneWord() {
    assertThat(texts("米国のBaltimoreで橋が崩落")).contains("Baltimore", "崩落");
  }

  @Test
  void emptyAndPunctuationOnlyTextHaveNoWords() {
    assertThat(Words.of("")).isEmpty();
    assertThat(Words.of(" 、。—!? ")).isEmpty();
  }

  @Test
  void everyWordPointsIntoTheTextInOrder() {
    Random r = new Random(7);
    String alphabet = "abc XYZ'-.,、。東京地震がのはテロルーメンกขค١٢ 12";
    for (int n = 0; n < 500; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(40); i > 0; i--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      int last = 0;
      for (Words.Word w : Words.of(s)) {
        assertThat(w.start()).as(s).isGreaterThanOrEqualTo(last);
        assertThat(w.end()).as(s).isLessThanOrEqualTo(s.length());
        assertThat(s.substring(w.start(), w.end())).isEqualTo(w.text());
        last = w.end();
      }
    }
  }
}
