package io.corroborate.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShinglesTest {
  @Test
  void identicalTextsScoreOne() {
    Shingles.Score s = Shingles.score("one two three four five six", "one two three four five six");
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void extraTextLowersPrecisionOnly() {
    // expected: 3 shingles; extracted adds 2 words, so 5 shingles of which the 3 expected ones.
    Shingles.Score s = Shingles.score("a b c d e f", "a b c d e f g h");
    assertThat(s.shared()).isEqualTo(3);
    assertThat(s.precision()).isCloseTo(3.0 / 5, within(1e-9));
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void missingTextLowersRecallOnly() {
    Shingles.Score s = Shingles.score("a b c d e f g h", "a b c d e");
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(2.0 / 5, within(1e-9));
  }

  @Test
  void whitespaceDoesNotMatterButCaseDoes() {
    assertThat(Shingles.score("a  b\nc\td", "a b c d").f1()).isEqualTo(1.0);
    assertThat(Shingles.score("A b c d", "a b c d").f1()).isEqualTo(0.0);
  }

  @Test
  void emptyOutputScoresZeroAgainstText() {
    assertThat(Shingles.score("a b c d", "").f1()).isEqualTo(0.0);
    assertThat(Shingles.score("", "").f1()).isEqualTo(1.0);
  }
}
