package io.corroborate.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Subjects keyed by their head, whatever the language of the report that names it. */
class SubjectsTest {
  private static String key(String subject) {
    return Subjects.key(subject, NameIndex.builder().entities(List.of()).build()).key();
  }

  @Test
  void aSubjectInAnotherLanguageIsComparedAsEnglishs() {
    assertThat(key("users")).isEqualTo("user");
    assertThat(key("gebruikers")).isEqualTo(key("users"));
    assertThat(key("utilisateurs")).isEqualTo(key("users"));
    assertThat(key("nutzer")).isEqualTo(key("users"));
  }

  @Test
  void aSubjectNoLanguageListsKeepsItsOwnHead() {
    assertThat(key("turbines")).isEqualTo("turbine");
  }
}
