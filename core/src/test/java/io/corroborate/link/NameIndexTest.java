package io.corroborate.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameIndexTest {
  private static Entity person(String id, String canonical, String... aliases) {
    return new Entity(
        id,
        Mention.Kind.ENTITY,
        canonical,
        List.of(aliases),
        List.of("m" + id),
        "PERSON",
        List.of());
  }

  @Test
  void romanisedSpellingsOfOneNameMeet() {
    assertThat(NameIndex.sameSpelling("paek", "baek")).isTrue();
    assertThat(NameIndex.sameSpelling("kim", "gim")).isTrue();
    assertThat(NameIndex.sameSpelling("chun", "jun")).isTrue();
    assertThat(NameIndex.sameSpelling("vell", "kade")).isFalse();
    assertThat(NameIndex.sameSpelling("ri", "li")).isFalse();
  }

  @Test
  void oneNormalFormFoldsCaseDiacriticsPossessivesAndTheLeadingThe() {
    assertThat(NameIndex.normal("The Lumen Post’s")).isEqualTo("lumen post");
    assertThat(NameIndex.normal("Kélvar")).isEqualTo(NameIndex.normal("kelvar"));
  }

  @Test
  void aSubjectAfterItsTitleResolvesToItsLinkedEntity() {
    NameIndex names = NameIndex.builder().entities(List.of(person("e:1", "Tomas Vell"))).build();
    assertThat(names.entityId("Harbour Minister Tomas Vell")).contains("e:1");
    assertThat(names.key("Tomas Vell's")).isEqualTo(names.key("Tomas Vell"));
    assertThat(names.entityId("Iro Kade")).isEmpty();
  }

  @Test
  void aNewsAgencyUnderAnotherNameScriptOrWrappingIsOneOutlet() {
    NameIndex names = NameIndex.builder().outlet("The Lumen Post").build();
    String reuters = names.key("Reuters");
    for (String other :
        List.of(
            "the Reuters news agency",
            "agence Reuters",
            "Nachrichtenagentur Reuters",
            "ロイター通信",
            "ロイター",
            "агентство Рейтер",
            "로이터통신",
            "وكالة رويترز")) {
      assertThat(names.key(other)).as(other).isEqualTo(reuters);
    }
    assertThat(names.display(names.key("Agence France-Presse"))).isEqualTo("AFP");
    assertThat(names.key("The Associated Press")).isEqualTo(names.key("AP"));
    assertThat(names.key("Anadolu Ajansı")).isEqualTo(names.key("Anadolu Agency"));
    // A wrapping word around a name no table knows leaves the name as written; a name that only
    // begins like an agency's is another.
    assertThat(names.key("Lumen news agency")).isNotEqualTo(names.key("Lumen"));
    assertThat(names.key("Reutersville Gazette")).isNotEqualTo(reuters);
    assertThat(names.key("agency")).isNotEqualTo(reuters);
  }

  @Test
  void anAcronymAndAShortFormResolveToTheFullOutletName() {
    NameIndex names =
        NameIndex.builder().outlet("The Lumen Post").cited("Meridian Civil Agency").build();
    assertThat(names.key("MCA")).isEqualTo(names.key("Meridian Civil Agency"));
    assertThat(names.key("the Post")).isEqualTo(names.key("The Lumen Post"));
    assertThat(names.display(names.key("MCA"))).isEqualTo("Meridian Civil Agency");
  }

  @Test
  void aSubjectSpelledTwoWaysIsOnePersonWithTheReason() {
    NameIndex names = NameIndex.builder().entities(List.of(person("e:1", "Lena Brasko"))).build();
    NameIndex.SameNames same =
        names.sameNames(
            List.of(
                names.key("Lena Brasko"),
                names.key("Brasko"),
                names.key("Paek"),
                names.key("Baek"),
                names.key("Orla")));
    assertThat(same.into())
        .containsEntry(names.key("Brasko"), names.key("Lena Brasko"))
        .containsEntry(names.key("Paek"), names.key("Baek"))
        .doesNotContainKey(names.key("Orla"));
    assertThat(same.reasons().get(names.key("Lena Brasko")))
        .singleElement()
        .asString()
        .contains("Brasko", "the only full name that ends with it");
    assertThat(same.reasons().get(names.key("Baek")))
        .singleElement()
        .asString()
        .contains("Paek", "Baek", "two romanisations of one name");
  }

  @Test
  void aLinkedNameSpelledAnotherWayBecomesAnAliasWithItsReason() {
    NameIndex names = NameIndex.builder().entities(List.of(person("e:1", "Paik"))).build();
    NameIndex.SameNames same = names.sameNames(List.of(names.key("Paek")));
    assertThat(same.aliases().get("paek")).containsExactly("Paik");
    assertThat(same.reasons().get("paek"))
        .singleElement()
        .asString()
        .contains("Paik", "two romanisations");
  }
}
