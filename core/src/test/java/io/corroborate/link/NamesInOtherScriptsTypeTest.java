package io.corroborate.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A name that another script writes joins the entity its Latin name is most often tagged as: one
 * mention the language layer tagged with another type, first in the story, does not take the name's
 * spellings in other scripts away from the person the rest of the story names.
 */
class NamesInOtherScriptsTypeTest {

  private static Story story() {
    return new Story()
        .doc("a", "Teo Varn spoke in Ostrand.")
        .ent("org", "Teo Varn", "ORGANIZATION")
        .doc("b", "Teo Varn said the dam held.")
        .ent("teo", "Teo Varn", "PERSON")
        .doc("c", "Later Teo Varn visited the dam.")
        .ent("teo2", "Teo Varn", "PERSON");
  }

  @Test
  void aNameInAnotherScriptJoinsTheTypeMostOfItsMentionsHave() {
    LinkResult r =
        story()
            .doc("ru", "Тео Варн заявил, что плотина выдержала.")
            .doc("ja", "テオ・ヴァーン氏が説明した。")
            .link();
    Entity teo = r.expectEntityOf("teo");
    assertThat(teo.aliases()).contains("Тео Варн", "ヴァーン");
    assertThat(r.expectEntityOf("org").aliases()).doesNotContain("Тео Варн", "ヴァーン");
    assertThat(teo.reasons())
        .anySatisfy(m -> assertThat(m.detail()).contains("\"Тео Варн\" is \"Teo Varn\""));
  }

  @Test
  void withEveryMentionOfOneTypeTheFirstIsTheTarget() {
    LinkResult r =
        new Story()
            .doc("a", "Anna Kovel spoke in Ostrand.")
            .ent("anna", "Anna Kovel", "PERSON")
            .doc("ru", "Анна Ковель заявила, что плотина выдержала.")
            .link();
    assertThat(r.expectEntityOf("anna").aliases()).contains("Анна Ковель");
  }
}
