package io.corroborate.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names of the story written in Han characters join the entities whose Latin names they write. */
class HanNamesTest {

  private static List<String> names(Entity e) {
    List<String> out = new ArrayList<>(e.aliases());
    out.add(e.canonical());
    return out;
  }

  @Test
  void pinyinIsReadWithoutTones() {
    assertThat(HanNames.syllables("周立衡")).containsExactly(List.of("zhou", "li", "heng"));
    assertThat(HanNames.syllables("特奥·瓦恩"))
        .containsExactly(List.of("te", "ao"), List.of("wa", "en"));
  }

  @Test
  void aChineseNameWhosePinyinIsTheStorysLatinNameJoinsIt() {
    LinkResult r =
        new Story()
            .doc("en", "Zhou Liheng, the general manager, spoke on Monday.")
            .ent("zhou", "Zhou Liheng", "PERSON")
            .doc("zh", "哈尔维克公司总经理周立衡表示，将配合调查。")
            .link();
    Entity zhou = r.expectEntityOf("zhou");
    assertThat(zhou.aliases()).contains("周立衡");
    assertThat(zhou.reasons())
        .anySatisfy(m -> assertThat(m.detail()).contains("same name in pinyin", "zhou li heng"));
  }

  @Test
  void theGivenNameMayBeWrittenWithAHyphenOrAfterTheFamilyName() {
    Story s =
        new Story()
            .doc("en", "Zhou Li-heng spoke on Monday.")
            .ent("hyphen", "Zhou Li-heng", "PERSON")
            .doc("zh", "总经理周立衡昨天被暂停职务。");
    LinkResult r = s.link();
    assertThat(r.expectEntityOf("hyphen").aliases()).contains("周立衡");
    assertThat(HanNames.names(candidate("周立衡"), List.of("zhou", "li-heng"))).isTrue();
    assertThat(HanNames.names(candidate("周立衡"), List.of("liheng", "zhou"))).isTrue();
    // other syllables: no name
    assertThat(HanNames.names(candidate("周立衡"), List.of("zhou", "lihong"))).isFalse();
  }

  @Test
  void aCommonWordOrAFamilyNameAloneIsNoName() {
    LinkResult r =
        new Story()
            .doc("en", "Zhou Liheng spoke. Zhou left.")
            .ent("zhou", "Zhou Liheng", "PERSON")
            .doc("zh", "周说，调查将继续。周立在工厂工作。")
            .link();
    assertThat(r.expectEntityOf("zhou").aliases()).noneMatch(a -> a.startsWith("周"));
    // a word of one Latin name alone is never matched by Han characters
    assertThat(HanNames.names(candidate("周立"), List.of("zhouli"))).isFalse();
  }

  @Test
  void aForeignNameWrittenBySoundWithItsDotJoinsTheLatinName() {
    LinkResult r =
        new Story()
            .doc("en", "Interior minister Teo Varn and fire chief Anna Kovel spoke.")
            .ent("teo", "Teo Varn", "PERSON")
            .ent("anna", "Anna Kovel", "PERSON")
            .doc("zh", "内政部长特奥·瓦恩说，消防局局长安娜·科韦尔称火仍在燃烧。")
            .link();
    assertThat(r.expectEntityOf("teo").aliases()).contains("特奥·瓦恩");
    assertThat(r.expectEntityOf("anna").aliases()).contains("安娜·科韦尔");
  }

  @Test
  void aForeignNameWithOtherSoundsOrAnotherNumberOfPartsDoesNotJoin() {
    LinkResult r =
        new Story()
            .doc("en", "Interior minister Teo Varn spoke.")
            .ent("teo", "Teo Varn", "PERSON")
            .doc("zh", "部长泰勒·沃恩说，局长特奥·瓦恩·马洛称火仍在燃烧。")
            .link();
    assertThat(r.expectEntityOf("teo").aliases()).noneMatch(a -> a.contains("·"));
    assertThat(HanNames.names(candidate("泰勒·沃恩"), List.of("teo", "varn"))).isFalse();
    assertThat(HanNames.names(candidate("特奥·瓦恩·马洛"), List.of("teo", "varn"))).isFalse();
    assertThat(HanNames.names(candidate("特奥·瓦恩"), List.of("teo", "varn"))).isTrue();
  }

  private static HanNames.Candidate candidate(String text) {
    return new HanNames.Candidate(0, text.length(), text, HanNames.syllables(text));
  }
}
