package io.corroborate.clean.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {
  @Test
  void germanAndFrenchBylinesDropTheirNewsroomJobs() {
    assertThat(Bylines.parse("Von Anna Kovel, Korrespondentin", 12).get().names())
        .containsExactly("Anna Kovel");
    assertThat(Bylines.parse("Par Teo Varn, envoyé spécial", 12).get().names())
        .containsExactly("Teo Varn");
    assertThat(Bylines.parse("Par Teo Varn, notre correspondant", 12).get().names())
        .containsExactly("Teo Varn");
  }

  @Test
  void authorsAreSplitAtTheAndOfTheBylinesLanguage() {
    assertThat(Bylines.parse("Von Anna Kovel und Teo Varn", 12).get().names())
        .containsExactly("Anna Kovel", "Teo Varn");
    assertThat(Bylines.parse("Par Anna Kovel et Teo Varn", 12).get().names())
        .containsExactly("Anna Kovel", "Teo Varn");
  }

  @Test
  void monthNamesOfTheBylinesLanguageMakeItASentence() {
    assertThat(Bylines.parse("By Early March", 12)).isEmpty();
    assertThat(Bylines.parse("Von Mai An", 12)).isEmpty();
    // "Mai" is a month in German and French, not in English: an English byline keeps the name.
    assertThat(Bylines.parse("By Anna Mai", 12).get().names()).containsExactly("Anna Mai");
  }

  @Test
  void fromOpensABylineOnlyInAnAuthorField() {
    assertThat(Bylines.opens("From Velmora To Ostrand")).isFalse();
    assertThat(Bylines.parse("Posted by Anna Kovel", 12).get().names())
        .containsExactly("Anna Kovel");
  }

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
