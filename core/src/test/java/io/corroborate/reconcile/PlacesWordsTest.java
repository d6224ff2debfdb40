package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.lang.LanguagePack;
import org.junit.jupiter.api.Test;

class PlacesWordsTest {
  @Test
  void aPlaceIsGroupedWithoutItsDefiniteArticle() {
    for (String the : io.corroborate.lang.Lexicon.definiteArticles(LanguagePack.english())) {
      assertThat(Places.fold(the + "  Velmora   Region")).isEqualTo("velmora region");
    }
    assertThat(Places.fold("A Velmora Region")).isEqualTo("a velmora region");
  }
}
