package io.corroborate.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
  private final LinkOptions o = LinkOptions.defaults();

  @Test
  void romanisationFoldsLetterClassesDoubledLettersAndFinalYOrI() {
    assertThat(Names.roman("Zelensky"))
        .isEqualTo(Names.roman("Zelenskyy"))
        .isEqualTo(Names.roman("Zelenskiy"));
    assertThat(Names.roman("Dravko")).isEqualTo(Names.roman("Dravco"));
    assertThat(Names.roman("Maksim")).isEqualTo(Names.roman("Maxim"));
    assertThat(Names.roman("Peom")).isEqualTo(Names.roman("Beom"));
    assertThat(Names.roman("Chosun")).startsWith("ch");
  }

  @Test
  void variantsAllowAFewVowelChangesButKeepEveryConsonant() {
    assertThat(Names.variants("Tuvra", "Tyvra", o)).isTrue();
    assertThat(Names.variants("Paek", "Paik", o)).isTrue();
    assertThat(Names.variants("Kiev", "Kyiv", o)).isTrue();
    assertThat(Names.variants("kelvar", "Kélvar", o)).isTrue();
    assertThat(Names.variants("Park", "Paek", o)).isFalse();
    assertThat(Names.variants("Dravko", "Drasko", o)).isFalse();
  }

  @Test
  void slavicSoundsWrittenSeveralWaysAreOneSpelling() {
    assertThat(Names.roman("Tezhdan")).isEqualTo(Names.roman("Tejdan"));
    assertThat(Names.roman("Brenitsa")).isEqualTo(Names.roman("Brenica"));
    assertThat(Names.roman("Kuznetz")).isEqualTo(Names.roman("Kuznets"));
    assertThat(Names.roman("Tezhdan")).isNotEqualTo(Names.roman("Tedan"));
  }

  @Test
  void aCaseEndingOfABundledLanguageIsTheSameName() {
    assertThat(Names.variants("Ostrands", "Ostrand", o)).isTrue();
    assertThat(Names.variants("Остранду", "Ostrand", o)).isTrue();
    assertThat(Names.variants("Остландом", "Ostrand", o)).isFalse();
    // The stem keeps four letters: a short word with an ending is not a name.
    assertThat(Names.stems(Names.roman("Ris"))).isEmpty();
  }

  @Test
  void aNameIsShownAsItIsWrittenInTheMention() {
    assertThat(Names.asWritten("the U.S. Velm Survey", Names.words("U.S. Velm Survey")))
        .isEqualTo("U.S. Velm Survey");
    assertThat(Names.asWritten("Kestrel Holdings, Inc.", Names.words("Kestrel Holdings, Inc.")))
        .isEqualTo("Kestrel Holdings, Inc.");
    assertThat(Names.asWritten("Varn's", Names.words("Varn's"))).isEqualTo("Varn");
    assertThat(Names.asWritten("Velm  (VLM) Survey", java.util.List.of("Velm", "Survey")))
        .isEqualTo("Velm Survey");
  }

  @Test
  void consonantsAreComparedAcrossScriptsThatLeaveOutVowels() {
    assertThat(Names.consonants("أوستراند")).isEqualTo(Names.consonants("Ostrand"));
    assertThat(Names.consonants("オストランド")).isEqualTo(Names.consonants("Ostrand"));
  }

  @Test
  void aCBeforeEOrIIsReadAsTheSAnotherScriptWrites() {
    assertThat(Names.consonants("Velcine")).isEqualTo(Names.consonants("Вельсин"));
    assertThat(Names.consonants("Velcine")).isEqualTo(Names.consonants("ヴェルシン"));
    // Before another letter, c is a k.
    assertThat(Names.consonants("Velcano")).isEqualTo(Names.consonants("Велькано"));
    assertThat(Names.consonants("Velcano")).isNotEqualTo(Names.consonants("Вельсано"));
  }

  @Test
  void katakanaLeavesOutAnRAfterAVowel() {
    assertThat(Names.kanaConsonants("Ostrander")).isEqualTo(Names.consonants("オストランダー"));
    assertThat(Names.kanaConsonants("Velmore")).isEqualTo(Names.consonants("ヴェルモア"));
    // An r before a vowel is written (ラ, リ…).
    assertThat(Names.kanaConsonants("Ostrand")).isEqualTo(Names.consonants("Ostrand"));
    assertThat(Names.consonants("Velmore")).isNotEqualTo(Names.consonants("ヴェルモア"));
  }

  @Test
  void shortNamesMustMatchExactly() {
    assertThat(Names.variants("Kim", "Kam", o)).isFalse();
    assertThat(Names.variants("Kim", "Kim", o)).isTrue();
  }

  @Test
  void acronymsAreCapitalsAndInitialsSkipJoiningWords() {
    assertThat(Names.isAcronym("SBU")).isTrue();
    assertThat(Names.isAcronym("U.S.")).isTrue();
    assertThat(Names.isAcronym("Ri")).isFalse();
    assertThat(Names.initials(Names.words("Security Service of Ostravia"))).isEqualTo("SSO");
    assertThat(Names.parentheticalAcronym("the Main Intelligence Directorate (GUR)"))
        .contains("GUR");
    assertThat(Names.acronymSound("GUR")).isEqualTo(Names.acronymSound("HUR"));
  }

  @Test
  void foldingDropsCaseAndDiacritics() {
    assertThat(Names.fold("Kélvar’s")).isEqualTo("kelvar's");
    assertThat(Names.words("Ri's rifle")).containsExactly("Ri", "rifle");
  }

  @Test
  void theStemmerJoinsInflectionsAndIrregularForms() {
    assertThat(Lemmas.key("arrested"))
        .isEqualTo(Lemmas.key("arrest"))
        .isEqualTo(Lemmas.key("arrests"));
    assertThat(Lemmas.key("shot")).isEqualTo(Lemmas.key("shooting"));
    assertThat(Lemmas.key("killing")).isEqualTo(Lemmas.key("killed"));
    assertThat(Lemmas.key("died")).isEqualTo(Lemmas.key("death"));
    assertThat(Lemmas.key("assault")).isEqualTo(Lemmas.key("attack"));
    assertThat(Lemmas.key("arrest")).isNotEqualTo(Lemmas.key("attack"));
    assertThat(Lemmas.stem("shootings")).isEqualTo(Lemmas.stem("shooting"));
    assertThat(Lemmas.reporting("said")).isTrue();
    assertThat(Lemmas.reporting("attacked")).isFalse();
  }

  @Test
  void aTypoInALongNameIsFoundOnlyWhereEveryOtherWordAgrees() {
    assertThat(Names.typoWord(List.of("roland", "kesnter"), List.of("roland", "kestner")))
        .contains(1);
    assertThat(
            Names.typoWord(
                List.of("maren", "velas", "sandova"), List.of("maren", "velas", "sandoval")))
        .contains(2);
    // Too short, two words apart, a first letter changed, or two edits.
    assertThat(Names.typoWord(List.of("teo", "varn"), List.of("teo", "vark"))).isEmpty();
    assertThat(Names.typoWord(List.of("rolanda", "kesnter"), List.of("roland", "kestner")))
        .isEmpty();
    assertThat(Names.typoWord(List.of("roland", "kestner"), List.of("roland", "westner")))
        .isEmpty();
    assertThat(Names.typoWord(List.of("roland", "kestner"), List.of("roland", "kenster")))
        .isEmpty();
  }

  @Test
  void translatedCommonWordsOfNamesKeyAsTheirEnglishWord() {
    assertThat(Names.nameWord("estado")).isEqualTo("state");
    assertThat(Names.nameWord("riviere")).isEqualTo("river");
    assertThat(Names.nameWord("islamischer")).isEqualTo("islamic");
    assertThat(Names.nameWord("velmora")).isEqualTo("velmora");
  }
}
