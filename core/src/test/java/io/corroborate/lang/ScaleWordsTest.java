package io.corroborate.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scale words as CLDR writes them, long and short, in every plural form it gives. */
class ScaleWordsTest {
  @Test
  void longAndShortFormsComeWithTheirFactors() {
    assertThat(ScaleWords.of("de"))
        .containsEntry("millionen", 1e6)
        .containsEntry("mio.", 1e6)
        .containsEntry("mrd.", 1e9)
        .containsEntry("billion", 1e12); // a German Billion is a million millions
    assertThat(ScaleWords.of("en")).containsEntry("billion", 1e9);
  }

  @Test
  void everyPluralFormIsAScaleWord() {
    assertThat(ScaleWords.of("ru"))
        .containsEntry("миллион", 1e6)
        .containsEntry("миллиона", 1e6)
        .containsEntry("миллионов", 1e6)
        .containsEntry("млрд", 1e9);
  }

  @Test
  void eastAsianMyriadsAreScalesOfTheirOwn() {
    assertThat(ScaleWords.of("ko")).containsEntry("만", 1e4).containsEntry("억", 1e8);
    assertThat(ScaleWords.of("ja")).containsEntry("億", 1e8);
  }

  @Test
  void aSingleLetterIsLeftToTheUnits() {
    assertThat(ScaleWords.of("en")).doesNotContainKeys("k", "m", "b");
    assertThat(ScaleWords.of("fr")).doesNotContainKey("k");
  }
}
