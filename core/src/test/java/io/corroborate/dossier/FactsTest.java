package io.corroborate.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.reconcile.EntityProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsTest {
  private static EntityCard card(String id, String name, String... aliases) {
    return new EntityCard(
        id,
        name,
        "PERSON",
        List.of(aliases),
        2,
        List.of("a"),
        List.of("surname-in-document (0.90): Kovel ~ Anna Kovel"));
  }

  private static EntityProfile profile(String entityId, String name, String value, String why) {
    return new EntityProfile(
        entityId,
        name,
        List.of("the 34-year-old"),
        List.of(why),
        List.of(new EntityProfile.Attribute("age", List.of(value), List.of(), true, "one source")));
  }

  @Test
  void twoPeopleOfOneNameKeepTheirOwnAttributesJoinedByEntityId() {
    List<EntityCard> cards =
        Facts.withProfiles(
            List.of(card("e:a:1", "Anna Kovel"), card("e:b:4", "Anna Kovel", "Kovel")),
            List.of(
                profile("e:b:4", "Anna Kovel", "34", "“the 34-year-old” is taken for Anna Kovel"),
                profile("e:a:1", "Anna Kovel", "61", "“the 61-year-old” is taken for Anna Kovel")));
    assertThat(cards).hasSize(2);
    assertThat(cards.get(0).id()).isEqualTo("e:a:1");
    assertThat(cards.get(0).attributes().get(0).values()).containsExactly("61");
    assertThat(cards.get(1).attributes().get(0).values()).containsExactly("34");
    // Every card shows the linker's merges and then why a description was taken for it.
    assertThat(cards.get(1).reasons())
        .containsExactly(
            "surname-in-document (0.90): Kovel ~ Anna Kovel",
            "“the 34-year-old” is taken for Anna Kovel");
    assertThat(cards.get(1).aliases()).containsExactly("Kovel", "the 34-year-old");
  }

  @Test
  void aProfileOfNoLinkedEntityIsACardOfItsOwnEvenWhenANameMatches() {
    List<EntityCard> cards =
        Facts.withProfiles(
            List.of(card("e:a:1", "Teo Varn")),
            List.of(profile("name:teo varn", "Teo Varn", "40", "one source")));
    assertThat(cards).extracting(EntityCard::id).containsExactly("e:a:1", "name:teo varn");
    assertThat(cards.get(0).attributes()).isEmpty();
    assertThat(cards.get(1).type()).isEqualTo(EntityCard.OTHER);
  }
}
