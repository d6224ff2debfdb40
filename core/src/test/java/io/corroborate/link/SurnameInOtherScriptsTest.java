package io.corroborate.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A person's surname written on its own in Han characters, katakana or Hangul joins the story's one
 * person of that surname, with the reason shown, however few consonants it has; particles and
 * honorifics glued onto the name are no part of it; where two people share the surname, or the
 * sounds differ, nothing joins.
 */
class SurnameInOtherScriptsTest {

  private static Story english() {
    return new Story()
        .doc("en", "Interior minister Teo Varn and fire chief Anna Kovel spoke in Ostrand.")
        .ent("teo", "Teo Varn", "PERSON")
        .ent("anna", "Anna Kovel", "PERSON");
  }

  @Test
  void aShortKatakanaSurnameJoinsTheOnePersonOfThatSurname() {
    LinkResult r = english().linkWith("ja", "内相のヴァーン氏は記者会見で説明した。");
    Entity teo = r.expectEntityOf("teo");
    assertThat(teo.aliases()).contains("ヴァーン");
    assertThat(teo.reasons())
        .anySatisfy(m -> assertThat(m.detail()).contains("only person of that surname"));
  }

  @Test
  void aHangulSurnameWithAParticleGluedOnJoinsWithoutIt() {
    LinkResult r = english().linkWith("ko", "소방서장 코벨은 불길이 여전히 타고 있다고 말했다.");
    Entity anna = r.expectEntityOf("anna");
    assertThat(anna.aliases()).contains("코벨").noneMatch(a -> a.equals("코벨은"));
    assertThat(anna.reasons())
        .anySatisfy(m -> assertThat(m.detail()).contains("only person of that surname"));
  }

  @Test
  void aHanSurnameWrittenBySoundJoinsTheOnePersonOfThatSurname() {
    LinkResult r = english().linkWith("zh", "部长瓦恩说，救援工作将持续。");
    assertThat(r.expectEntityOf("teo").aliases()).contains("瓦恩");
    assertThat(HanNames.namesSurname(candidate("瓦恩"), "varn")).isTrue();
    // other sounds, or more syllables than the surname has room for: no surname
    assertThat(HanNames.namesSurname(candidate("泰勒"), "varn")).isFalse();
    assertThat(HanNames.namesSurname(candidate("瓦恩斯多"), "varn")).isFalse();
  }

  @Test
  void aSurnameTwoPeopleOfTheStoryShareJoinsNeither() {
    LinkResult r =
        Story.english("Teo Varn and his sister Mira Varn spoke.", "teo", "Teo Varn", "PERSON")
            .ent("mira", "Mira Varn", "PERSON")
            .linkWith("ja", "ヴァーン氏は記者会見で説明した。", "zh", "部长瓦恩说，救援工作将持续。");
    assertThat(r.expectEntityOf("teo").aliases()).noneMatch(a -> a.contains("ヴァーン"));
    assertThat(r.expectEntityOf("mira").aliases()).noneMatch(a -> a.contains("ヴァーン"));
    // with the sister gone, the same reports join the one Varn
    LinkResult one =
        Story.english("Teo Varn spoke.", "teo", "Teo Varn", "PERSON")
            .linkWith("ja", "ヴァーン氏は記者会見で説明した。", "zh", "部长瓦恩说，救援工作将持续。");
    assertThat(one.expectEntityOf("teo").aliases()).contains("ヴァーン", "瓦恩");
    assertThat(r.expectEntityOf("teo").aliases()).doesNotContain("瓦恩");
    assertThat(r.expectEntityOf("mira").aliases()).doesNotContain("瓦恩");
  }

  @Test
  void japaneseKanjiAreNeverASurnameBySound() {
    // 瓦恩 reads "wa en", the sounds of "Varn", but Japanese writes a foreign surname in katakana.
    LinkResult r = english().linkWith("ja", "瓦恩が記者会見で説明した。");
    assertThat(r.expectEntityOf("teo").aliases()).doesNotContain("瓦恩");
  }

  @Test
  void aKatakanaWordKeepsAnRThatKatakanaWouldNotWriteForTheSurname() {
    // "Soore" is written ソーア in katakana, its r a long vowel: サイル (sairu) has an r of its own.
    LinkResult r =
        Story.english("Harbour master Dana Soore spoke.", "dana", "Dana Soore", "PERSON")
            .linkWith("ja", "サイル氏が説明した。");
    assertThat(r.expectEntityOf("dana").aliases()).doesNotContain("サイル");
  }

  @Test
  void aShortWordWithOtherConsonantsJoinsNothing() {
    LinkResult r = english().linkWith("ja", "ターン氏とノーベル氏が説明した。");
    assertThat(r.expectEntityOf("teo").aliases()).noneMatch(a -> a.startsWith("タ"));
    assertThat(r.expectEntityOf("anna").aliases()).noneMatch(a -> a.startsWith("ノ"));
  }

  @Test
  void aHanNameEndsBeforeATitleOrHonorificGluedAfterIt() {
    LinkResult r =
        Story.english(
                "Zhou Liheng, the general manager, spoke on Monday.",
                "zhou",
                "Zhou Liheng",
                "PERSON")
            .linkWith("ja", "周立衡氏は会見で説明した。", "zh", "周立衡总经理被暂停职务。");
    assertThat(r.expectEntityOf("zhou").aliases()).contains("周立衡").noneMatch(a -> a.endsWith("氏"));
  }

  private static HanNames.Candidate candidate(String text) {
    return new HanNames.Candidate(0, text.length(), text, HanNames.syllables(text));
  }
}
