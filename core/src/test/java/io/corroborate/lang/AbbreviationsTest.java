package io.corroborate.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbbreviationsTest {
  @Test
  void scaleWordWithPeriodDoesNotEndSentence() {
    String text = "Rund 12 Mio. Menschen leben in Velmora.";
    assertThat(Abbreviations.closesAbbreviation("de", text, text.indexOf("Mio.") + 3)).isTrue();
  }

  @Test
  void listedAbbreviationsAndDottedOnesDoNotEndSentence() {
    String text = "Es kamen ca. 40 Gäste, z.B. Teo Varn.";
    assertThat(Abbreviations.closesAbbreviation("de", text, text.indexOf("ca.") + 2)).isTrue();
    assertThat(Abbreviations.closesAbbreviation("de", text, text.indexOf("z.B.") + 3)).isTrue();
  }

  @Test
  void ordinaryWordBeforePeriodEndsSentence() {
    String text = "Die Brücke ist gesperrt. Anna Kovel kam.";
    assertThat(Abbreviations.closesAbbreviation("de", text, text.indexOf(". "))).isFalse();
  }

  @Test
  void englishListDoesNotApplyToOtherLanguages() {
    assertThat(Abbreviations.of("de")).doesNotContain("mr");
  }
}
