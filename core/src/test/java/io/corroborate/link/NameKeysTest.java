package io.corroborate.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {
  @Test
  void oneNameWrittenInFourScriptsHasOneKey() {
    String key = NameKeys.key("Kestrava").orElseThrow();
    assertThat(NameKeys.key("Кестрава")).contains(key);
    assertThat(NameKeys.key("ケストラヴァ")).contains(key);
    assertThat(NameKeys.key("Kestravá")).contains(key);
  }

  @Test
  void romanisationsOfOneSurnameShareTheirKey() {
    assertThat(NameKeys.key("Dovgal")).isEqualTo(NameKeys.key("Довгаль")).isPresent();
    assertThat(NameKeys.key("Zarenski"))
        .isEqualTo(NameKeys.key("Sarenskyj"))
        .isEqualTo(NameKeys.key("Заренский"));
  }

  @Test
  void namesThatDifferInTheirConsonantsHaveDifferentKeys() {
    assertThat(NameKeys.key("Vladimir")).isNotEqualTo(NameKeys.key("Baltimore"));
    assertThat(NameKeys.key("Kestrava")).isNotEqualTo(NameKeys.key("Kasimov"));
  }

  @Test
  void aNameWithTooFewConsonantsHasNoKey() {
    assertThat(NameKeys.key("Ada")).isEmpty();
    assertThat(NameKeys.key("")).isEmpty();
    assertThat(NameKeys.key("123")).isEmpty();
  }

  @Test
  void katakanaRunsAndWordsOfUncasedScriptsAreNameCandidates() {
    assertThat(NameKeys.uncasedNameWords("フェリー「マリソル・ドーン」が転覆 بالمرفأ"))
        .contains("フェリー", "マリソル", "ドーン", "بالمرفأ")
        .doesNotContain("転覆");
  }

  @Test
  void wordsOfAScriptWrittenWithoutCapitalsAreNameCandidates() {
    // Georgian has capital letters but news never capitalises a word with them
    assertThat(NameKeys.uncasedNameWords("ველმორაში ოსტრანდის ხიდი ჩამოინგრა"))
        .containsExactly("ველმორაში", "ოსტრანდის", "ხიდი", "ჩამოინგრა");
    assertThat(NameKeys.key("ოსტრანდის")).isEqualTo(NameKeys.key("Ostrandis"));
    // a script the text capitalises keeps its names to its capitals
    assertThat(NameKeys.uncasedNameWords("Die Brücke bei Velmora stürzte ein")).isEmpty();
  }

  @Test
  void keysOfANameAreTheKeysOfItsWords() {
    assertThat(NameKeys.keys("Marisol Dawn"))
        .containsExactly(NameKeys.key("Marisol").orElseThrow(), NameKeys.key("Dawn").orElseThrow());
    assertThat(NameKeys.keys("Ada Dovgal")).containsExactly(NameKeys.key("Dovgal").orElseThrow());
  }

  @Test
  void theLettersArabicWritesLongVowelsWithAreVowelsInsideAName() {
    // "Korunsk" as Arabic script writes it, its o and u with waw
    assertThat(NameKeys.key("كورونسك")).isEqualTo(NameKeys.key("Korunsk")).hasValue("krns");
    // a waw that opens a word is a consonant
    assertThat(NameKeys.key("وارسك")).isNotEqualTo(NameKeys.key("Arsk"));
  }

  @Test
  void wawAndYehReadAsConsonantsGiveTheKeyOfTheLatinName() {
    assertThat(NameKeys.key("تاروسک")).isNotEqualTo(NameKeys.key("Tarvosk"));
    assertThat(NameKeys.readings("تاروسک")).contains(NameKeys.key("Tarvosk").orElseThrow());
    assertThat(NameKeys.key("کوریدا")).isNotEqualTo(NameKeys.key("Kovrida"));
    assertThat(NameKeys.readings("کوریدا")).contains(NameKeys.key("Kovrida").orElseThrow());
    assertThat(NameKeys.readings("بلمسک")).containsExactly(NameKeys.key("Belmask").orElseThrow());
  }

  @Test
  void katakanaChiForAForeignTiKeysAsT() {
    // ケスチモヴァ and ケスティモヴァ both write "Kestimova".
    assertThat(NameKeys.key("ケスチモヴァ"))
        .isEqualTo(NameKeys.key("ケスティモヴァ"))
        .isEqualTo(NameKeys.key("Kestimova"))
        .isPresent();
    // After the small tsu, or before a small ya, yu, yo or e, チ is still "ch".
    assertThat(NameKeys.key("ヴァッチェルソン")).isEqualTo(NameKeys.key("Vatchelson")).isPresent();
    assertThat(NameKeys.key("ケスチャモ")).isNotEqualTo(NameKeys.key("Kestamo"));
  }
}
