package io.corroborate.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One name written in several languages or with a slip of the hand: translated common words of
 * names, one typo in a long name, katakana spellings of a foreign t.
 */
class LinkerNameWordsTest {

  private static List<String> rules(Entity e) {
    return e.reasons().stream().map(MergeReason::rule).toList();
  }

  @Test
  void anOrganisationNameWithItsCommonWordsTranslatedIsOneOrganisation() {
    LinkResult r =
        new Story()
            .doc("en", "The Velmoran State claimed the raid.")
            .ent("en", "Velmoran State", "ORGANIZATION")
            .doc("es", "El Estado Velmoran reivindicó el ataque.")
            .ent("es", "Estado Velmoran", "ORGANIZATION")
            .doc("de", "Der Velmoran Staat bekannte sich.")
            .ent("de", "Velmoran Staat", "ORGANIZATION")
            .link();
    Entity e = r.expectEntityOf("en");
    assertThat(e.mentionIds()).containsExactlyInAnyOrder("en", "es", "de");
    assertThat(rules(e)).contains("word-order");
  }

  @Test
  void aMinistryNamedInSpanishIsTheMinistryNamedInEnglish() {
    LinkResult r =
        new Story()
            .doc("en", "The Velmora Ministry of Health gave the toll.")
            .ent("en", "Velmora Ministry of Health", "ORGANIZATION")
            .doc("es", "El Ministerio de Salud Velmora dio la cifra.")
            .ent("es", "Ministerio de Salud Velmora", "ORGANIZATION")
            .link();
    assertThat(r.expectEntityOf("en").mentionIds()).containsExactlyInAnyOrder("en", "es");
  }

  @Test
  void aTranslatedCommonWordDoesNotJoinNamesWhoseOwnWordsDiffer() {
    LinkResult r =
        new Story()
            .doc("en", "The Ostrand River flooded.")
            .ent("en", "Ostrand River", "LOCATION")
            .doc("pt", "O Rio Velmora transbordou.")
            .ent("pt", "Rio Velmora", "LOCATION")
            .link();
    assertThat(r.expectEntityOf("en").mentionIds()).containsExactly("en");
  }

  @Test
  void aCompanysGroupAndPrivateLimitedFormsAreGenericWords() {
    LinkResult r =
        new Story()
            .doc("a", "Kestrel Marine Group manages the ship.")
            .ent("group", "Kestrel Marine Group", "ORGANIZATION")
            .doc("b", "Kestrel Marine Private Ltd owns it.")
            .ent("ltd", "Kestrel Marine Private Ltd", "ORGANIZATION")
            .doc("c", "Kestrel Marine declined to comment.")
            .ent("plain", "Kestrel Marine", "ORGANIZATION")
            .link();
    assertThat(r.expectEntityOf("group").mentionIds())
        .containsExactlyInAnyOrder("group", "ltd", "plain");
  }

  @Test
  void oneTypoInALongNameIsTheSamePersonWithTheReasonShown() {
    LinkResult r =
        new Story()
            .doc("a", "Dorian Velas Castor Ostrand was found.")
            .ent("a", "Dorian Velas Castor Ostrand", "PERSON")
            .doc("b", "Dorlian Velas Castor Ostrand was named.")
            .ent("b", "Dorlian Velas Castor Ostrand", "PERSON")
            .doc("c", "Officer Roland Kestner spoke.")
            .ent("c", "Roland Kestner", "PERSON")
            .doc("d", "Officer Roland Kesnter spoke again.")
            .ent("d", "Roland Kesnter", "PERSON")
            .doc("e", "Roland L. Kestner left.")
            .ent("e", "Roland L. Kestner", "PERSON")
            .link();
    Entity dorian = r.expectEntityOf("a");
    assertThat(dorian.mentionIds()).containsExactlyInAnyOrder("a", "b");
    assertThat(dorian.reasons())
        .anySatisfy(
            m -> {
              assertThat(m.rule()).isEqualTo("typo-in-long-name");
              assertThat(m.detail()).contains("\"dorian\" / \"dorlian\"");
            });
    // Two letters swapped in a surname; the name with a middle initial is the same person still.
    assertThat(r.expectEntityOf("c").mentionIds()).containsExactlyInAnyOrder("c", "d", "e");
  }

  @Test
  void aShortNameOneLetterApartIsAnotherPerson() {
    LinkResult r =
        new Story()
            .doc("a", "Teo Varn spoke.")
            .ent("a", "Teo Varn", "PERSON")
            .doc("b", "Teo Vark spoke.")
            .ent("b", "Teo Vark", "PERSON")
            .doc("c", "Anna Kovel Ostrand spoke.")
            .ent("c", "Anna Kovel Ostrand", "PERSON")
            .doc("d", "Anna Korel Ostrind spoke.")
            .ent("d", "Anna Korel Ostrind", "PERSON")
            .link();
    // Too short for a typo to be told from another name.
    assertThat(r.expectEntityOf("a").mentionIds()).containsExactly("a");
    // Long, but two words differ: another person.
    assertThat(r.expectEntityOf("c").mentionIds()).containsExactly("c");
  }

  @Test
  void aRiverWithItsKindWordBeforeItAfterItOrLeftOutIsOneRiver() {
    LinkResult r =
        new Story()
            .doc("en", "The Ostrand River is closed. Divers searched the Ostrand.")
            .ent("river", "Ostrand River", "LOCATION")
            .ent("bare", "Ostrand", "LOCATION")
            .doc("fr", "Les plongeurs ont fouillé la rivière Ostrand.")
            .ent("fr", "rivière Ostrand", "LOCATION")
            .doc("es", "El río Ostrand sigue cerrado.")
            .ent("es", "río Ostrand", "LOCATION")
            .link();
    Entity e = r.expectEntityOf("river");
    assertThat(e.mentionIds()).containsExactlyInAnyOrder("river", "bare", "fr", "es");
    // The kind word stays in the name as written.
    assertThat(e.aliases()).contains("rivière Ostrand", "río Ostrand");
  }

  @Test
  void aBridgeIsNotThePlaceItIsNamedAfter() {
    LinkResult r =
        new Story()
            .doc("en", "The Ostrand Bridge fell near Ostrand.")
            .ent("bridge", "Ostrand Bridge", "LOCATION")
            .ent("town", "Ostrand", "LOCATION")
            .doc("fr", "Le pont Ostrand s'est effondré.")
            .ent("pont", "pont Ostrand", "LOCATION")
            .link();
    assertThat(r.expectEntityOf("bridge").mentionIds()).containsExactlyInAnyOrder("bridge", "pont");
    assertThat(r.expectEntityOf("town").mentionIds()).containsExactly("town");
  }

  @Test
  void aBodysNameTaggedAPersonInOneLanguageJoinsTheOrganisationOfTheSameWords() {
    LinkResult r =
        new Story()
            .doc("en", "The Velmoran State claimed the raid.")
            .ent("en", "Velmoran State", "ORGANIZATION")
            .doc("es", "El Estado Velmoran reivindicó el ataque.")
            .ent("es", "Estado Velmoran", "PERSON")
            .link();
    Entity e = r.expectEntityOf("en");
    assertThat(e.mentionIds()).containsExactlyInAnyOrder("en", "es");
    assertThat(rules(e)).contains("body-tagged-person");
    assertThat(e.reasons().stream().map(MergeReason::detail).toList())
        .anyMatch(d -> d.contains("\"Estado Velmoran\" was tagged a person"));
  }

  @Test
  void aPersonsNameWithoutAWordOfBodiesStaysApartFromAnOrganisationOfTheSameWords() {
    LinkResult r =
        new Story()
            .doc("en", "Kovel Ostrand bought the shares.")
            .ent("org", "Kovel Ostrand", "ORGANIZATION")
            .doc("de", "Ostrand Kovel sprach mit Reportern.")
            .ent("person", "Ostrand Kovel", "PERSON")
            .link();
    assertThat(r.expectEntityOf("org").mentionIds()).containsExactly("org");
    assertThat(r.expectEntityOf("person").mentionIds()).containsExactly("person");
  }

  @Test
  void aKatakanaNameThatLeavesOutAnROfItsLatinSpellingIsFound() {
    LinkResult r =
        new Story()
            .doc("en", "Floods reached Ostrander on Monday.")
            .ent("en", "Ostrander", "LOCATION")
            .doc("ja", "洪水はオストランダーに達した。")
            .link();
    Entity e = r.expectEntityOf("en");
    assertThat(e.aliases()).contains("オストランダー");
    assertThat(rules(e)).contains("transliteration");
  }

  @Test
  void onlyKatakanaLeavesOutAnR() {
    // Cyrillic writes the r it hears: "Остранде" is another name than "Ostrander".
    LinkResult r =
        new Story()
            .doc("en", "Floods reached Ostrander on Monday.")
            .ent("en", "Ostrander", "LOCATION")
            .doc("ru", "Наводнение дошло до Остранде в понедельник.")
            .link();
    assertThat(r.expectEntityOf("en").aliases()).isEmpty();
  }

  @Test
  void aLowerCaseWordOfAPlacesKindRightBeforeATaggedNameIsTakenIntoIt() {
    String fr = "Les plongeurs ont fouillé la rivière Ostrand hier.";
    int at = fr.indexOf("Ostrand");
    Span tagged = new Span(at, at + "Ostrand".length());
    assertThat(Link.kindWordBefore(fr, tagged)).isEqualTo(fr.indexOf("rivière"));
    // Any other word before a name is not the name's.
    String other = "Le président Ostrand a parlé.";
    int p = other.indexOf("Ostrand");
    assertThat(Link.kindWordBefore(other, new Span(p, p + 7))).isEqualTo(p);
    assertThat(Link.kindWordBefore("Ostrand", new Span(0, 7))).isZero();
  }
}
