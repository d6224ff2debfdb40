package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.lang.LanguagePack;
import org.junit.jupiter.api.Test;

/** The words of partitives and ratios that make a figure a part come from the English pack. */
class CountsWordsTest {
  private static final LanguagePack EN = LanguagePack.english();

  @Test
  void everyPartitiveWordMakesTheFigureBeforeItAPart() {
    for (String of : EN.category("partitive-words.tsv", "preposition")) {
      for (String them : EN.category("partitive-words.tsv", "pronoun")) {
        assertThat(Counts.partAfter(" " + of + " " + them + " seriously")).isTrue();
      }
      for (String the : EN.category("partitive-words.tsv", "part")) {
        assertThat(Counts.partAfter(" " + of + " " + the + " dead were from Sulev")).isTrue();
      }
      for (String the : EN.category("partitive-words.tsv", "whole")) {
        assertThat(Counts.wholeOrRatioBefore("two-thirds " + of + " " + the + " ")).isTrue();
      }
      assertThat(Counts.partBefore("a group " + of + " ")).isTrue();
    }
    assertThat(Counts.partAfter(" soldiers were killed")).isFalse();
    assertThat(Counts.partAfter(" for the dead")).isFalse();
    assertThat(Counts.wholeOrRatioBefore("two-thirds for the ")).isFalse();
  }

  @Test
  void everyRatioWordMakesAFigureOneSideOfARatio() {
    for (String joiner : EN.category("ratio-words.tsv", "joiner")) {
      assertThat(Counts.partAfter(" " + joiner + " five houses")).isTrue();
      assertThat(Counts.wholeOrRatioBefore("two " + joiner + " ")).isTrue();
      for (String every : EN.category("ratio-words.tsv", "quantifier")) {
        assertThat(Counts.partAfter(" " + joiner + " " + every + " three houses")).isTrue();
        assertThat(Counts.wholeOrRatioBefore("two " + joiner + " " + every + " ")).isTrue();
      }
    }
    assertThat(Counts.partAfter(" over five houses")).isFalse();
  }
}
