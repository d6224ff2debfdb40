package io.corroborate.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFoldTest {
  @Test
  void oneSpellingForARomanisedNameInAnyScript() {
    // Latin spellings that disagree on letters, and the name in Cyrillic, read alike.
    assertThat(NameFold.spelling("Brenitsa")).isEqualTo("brenika");
    assertThat(NameFold.spelling("Brenica")).isEqualTo("brenika");
    assertThat(NameFold.spelling("Бреница")).isEqualTo("brenika");
    assertThat(NameFold.spelling("Tezhdan")).isEqualTo(NameFold.spelling("Tejdan"));
    assertThat(NameFold.spelling("Wesko")).isEqualTo(NameFold.spelling("Vesko"));
    assertThat(NameFold.spelling("Ostrand")).isNotEqualTo(NameFold.spelling("Velmora"));
  }

  @Test
  void lettersOutsideAsciiAreTransliteratedNotDropped() {
    // The dotless i and the sharp s are letters of the name: before, they were lost.
    assertThat(NameFold.spelling("Kavaklı")).isEqualTo(NameFold.spelling("Kavakli"));
    assertThat(NameFold.spelling("Straße")).isEqualTo("strase");
    assertThat(NameFold.spelling("Łomek")).isEqualTo(NameFold.spelling("Lomek"));
  }

  @Test
  void wordStartRulesApplyOnlyAtTheStart() {
    assertThat(NameFold.wordStart("Pyo")).isEqualTo("byo");
    assertThat(NameFold.wordStart("Chol")).isEqualTo("jol");
    assertThat(NameFold.wordStart("Apko")).isEqualTo("apko");
  }

  @Test
  void keyLettersReadDigraphsInTheirOrder() {
    // "tsch" is read as "sch" first, then the t before it: one s.
    assertThat(NameFold.keyLetters("Kotsch")).isEqualTo("kos");
    assertThat(NameFold.keyLetters("Кестрава")).isEqualTo(NameFold.keyLetters("Kestrava"));
  }

  @Test
  void foldingDropsCaseAndDiacriticsAndKeepsApostrophesPlain() {
    assertThat(NameFold.fold("Kélvar’s")).isEqualTo("kelvar's");
  }

  @Test
  void kanaKeepTheirVoicingMarks() {
    // ボ is bo and ホ is ho: not one letter with and without an accent.
    assertThat(NameFold.fold("ボスカ")).isEqualTo("ボスカ");
    assertThat(NameFold.spelling("ボスカ")).isEqualTo("bosuka");
    assertThat(NameFold.spelling("ホスカ")).isEqualTo("hosuka");
    assertThat(NameFold.fold("Kélvar")).isEqualTo("kelvar");
  }
}
