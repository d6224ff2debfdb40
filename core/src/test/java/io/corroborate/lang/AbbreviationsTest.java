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

  @Test
  void aDaysPeriodBeforeAMonthNameIsNoSentenceEnd() {
    String text = "Die Brücke stürzte am 26. März ein. Am 26. Tag kam Teo Varn.";
    assertThat(Abbreviations.closesDayBeforeMonth("de", text, text.indexOf("26.") + 2)).isTrue();
    // a day before a word that is no month, a number of three digits, a line break after it
    assertThat(Abbreviations.closesDayBeforeMonth("de", text, text.lastIndexOf("26.") + 2))
        .isFalse();
    String year = "Im Jahr 2024. März war kalt.";
    assertThat(Abbreviations.closesDayBeforeMonth("de", year, year.indexOf("2024.") + 4)).isFalse();
    String line = "Sie kamen am 26.\nMärz war kalt.";
    assertThat(Abbreviations.closesDayBeforeMonth("de", line, line.indexOf("26.") + 2)).isFalse();
    assertThat(Abbreviations.closesDayBeforeMonth(null, text, text.indexOf("26.") + 2)).isFalse();
  }
}
