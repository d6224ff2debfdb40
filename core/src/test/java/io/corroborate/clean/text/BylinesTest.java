package io.corroborate.clean.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {
  @Test
  void readsSeveralAuthors() {
    assertThat(Bylines.parse("By Marta Vell and Oskar Lind", 12).get().names())
        .containsExactly("Marta Vell", "Oskar Lind");
  }

  @Test
  void separatesAnOutletNamedBeforeTheAuthor() {
    Bylines.Byline b = Bylines.parse("By Aldine Herald Ines Kora", 12).get();
    assertThat(b.names()).containsExactly("Ines Kora");
    assertThat(b.outlet()).contains("Aldine Herald");
  }

  @Test
  void dropsJobTitlesAndAgencies() {
    Bylines.Byline b = Bylines.parse("By Oskar Lind, Staff Writer, Reuters", 12).get();
    assertThat(b.names()).containsExactly("Oskar Lind");
    assertThat(b.outlet()).contains("Reuters");
  }

  @Test
  void readsAuthorLabelsAndReportingCreditsButNotEditors() {
    assertThat(Bylines.parse("Author: Ines Kora", 12).get().names()).containsExactly("Ines Kora");
    assertThat(Bylines.parse("Reporting by Ines Kora; Editing by Tomas Reyes", 12).get().names())
        .containsExactly("Ines Kora");
  }

  @Test
  void sentencesOpeningWithByAreNotBylines() {
    assertThat(Bylines.parse("By the end of the week the bridge reopened.", 12)).isEmpty();
    assertThat(Bylines.parse("By March the repairs were done", 12)).isEmpty();
    assertThat(
            Bylines.parse(
                "By then, nobody was left on the pier and the lights of the harbour went out", 12))
        .isEmpty();
  }
}
