package io.corroborate.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One entity under all its spellings: other scripts, case endings, short and long forms. */
class LinkerSpellingsTest {

  private static List<String> rules(Entity e) {
    return e.reasons().stream().map(MergeReason::rule).toList();
  }

  private static List<String> names(Entity e) {
    List<String> out = new java.util.ArrayList<>(e.aliases());
    out.add(e.canonical());
    return out;
  }

  private static Optional<Entity> carrying(LinkResult r, String name) {
    return r.entities().stream().filter(e -> names(e).contains(name)).findFirst();
  }

  @Test
  void aNameInCyrillicTheLayerDidNotTagJoinsTheEntityWhoseLatinNameItWrites() {
    LinkResult r =
        Story.english("Teo Varn spoke in Velmora on Monday.", "teo", "Teo Varn", "PERSON")
            .ent("velmora", "Velmora", "LOCATION")
            .linkWith("ru", "Тео Варн выступил в Вельморе в понедельник. Вчера Варн уехал.");
    Entity teo = r.expectEntityOf("teo");
    assertThat(teo.aliases()).contains("Тео Варн", "Варн");
    assertThat(rules(teo)).contains("transliteration");
    assertThat(teo.reasons())
        .anySatisfy(m -> assertThat(m.detail()).contains("in another script", "\"teo varn\""));
    // An inflected form (a Russian case ending) is the same place.
    assertThat(r.expectEntityOf("velmora").aliases()).contains("Вельморе");
    // A capitalised word that writes no name of the story gives no entity.
    assertThat(carrying(r, "Вчера")).isEmpty();
  }

  @Test
  void namesInAnotherScriptAreFoundAgainWhenALinkedDocumentsTextChanges() {
    Linker linker = new Linker(LinkOptions.defaults());
    List<Mention> ms =
        List.of(
            Mention.entity("en:0", "en", new Span(0, 8), "Teo Varn", "", "PERSON", 0),
            Mention.entity("en:1", "en", new Span(18, 25), "Velmora", "", "LOCATION", 0));
    String en = "Teo Varn spoke in Velmora on Monday.";
    Linker.Memo memo = new Linker.Memo();
    // The first reading of the story: the Russian report names only the town.
    LinkResult first =
        linker.link(ms, Map.of("en", en, "ru", "Паром стоял в Вельморе утром."), memo);
    assertThat(first.expectEntityOf("en:0").aliases()).doesNotContain("Варн");
    assertThat(first.expectEntityOf("en:1").aliases()).contains("Вельморе");
    // The same report, corrected: now it names the man, and the town no more.
    Map<String, String> corrected = Map.of("en", en, "ru", "Вчера Варн уехал.");
    LinkResult again = linker.link(ms, corrected, memo);
    assertThat(again).isEqualTo(linker.link(ms, corrected));
    assertThat(again.expectEntityOf("en:0").aliases()).contains("Варн");
    assertThat(again.expectEntityOf("en:1").aliases()).doesNotContain("Вельморе");
  }

  @Test
  void namesInScriptsWithoutCaseJoinByTheirConsonants() {
    LinkResult r =
        Story.english("The ferry reached Ostrand at dawn.", "ostrand", "Ostrand", "LOCATION")
            .linkWith("ar", "وصلت العبارة إلى أوستراند فجرا", "ja", "フェリーは夜明けにオストランドに着いた。");
    assertThat(r.expectEntityOf("ostrand").aliases()).contains("أوستراند", "オストランド");
    assertThat(r.entities()).hasSize(1);
  }

  @Test
  void aKatakanaWordWithFewConsonantsDoesNotJoinANameItOnlyResembles() {
    LinkResult r =
        Story.english("Teo Messak spoke first.", "teo", "Teo Messak", "PERSON")
            .linkWith("ja", "マースクの船が着いた。");
    assertThat(carrying(r, "マースク")).isEmpty();
    assertThat(r.expectEntityOf("teo").mentionIds()).containsExactly("teo");
  }

  @Test
  void aSurnameInAnotherScriptThatTwoPeopleShareJoinsNeither() {
    LinkResult r =
        Story.english("Anna Kovel and Tomas Kovel were questioned.", "anna", "Anna Kovel", "PERSON")
            .ent("tomas", "Tomas Kovel", "PERSON")
            .linkWith("ru", "Ковель отказался от комментариев.");
    assertThat(carrying(r, "Ковель")).isEmpty();
    assertThat(r.expectEntityOf("anna").mentionIds()).containsExactly("anna");
    assertThat(r.expectEntityOf("tomas").mentionIds()).containsExactly("tomas");
  }

  @Test
  void aGenitiveEndingIsTheSameName() {
    LinkResult r =
        new Story()
            .doc("en", "The port of Ostrand reopened.")
            .ent("en", "Ostrand", "LOCATION")
            .doc("de", "Die Hafenbehörde Ostrands meldete die Öffnung.")
            .ent("de", "Ostrands", "LOCATION")
            .link();
    assertThat(r.expectEntityOf("de").mentionIds()).containsExactly("en", "de");
    assertThat(rules(r.expectEntityOf("de"))).contains("spelling-variant");
  }

  @Test
  void aFullNameWithoutItsMiddleNameOrWithAShortFirstNameJoinsTheOnePersonWithIt() {
    LinkResult r =
        new Story()
            .doc("a", "Teodor Anis Varn opened the session.")
            .ent("long", "Teodor Anis Varn", "PERSON")
            .doc("b", "Anis Varn said the vote would wait.")
            .ent("mid", "Anis Varn", "PERSON")
            .doc("c", "Teo Varn left early.")
            .ent("short", "Teo Varn", "PERSON")
            .doc("d", "Mira Varn, his sister, stayed.")
            .ent("mira", "Mira Varn", "PERSON")
            .link();
    Entity e = r.expectEntityOf("long");
    assertThat(e.mentionIds()).containsExactlyInAnyOrder("long", "mid", "short");
    assertThat(rules(e)).contains("full-name-in-longer");
    assertThat(r.expectEntityOf("mira").mentionIds()).containsExactly("mira");
  }

  @Test
  void aShortNameInsideTwoLongerNamesOfDifferentPeopleStaysApart() {
    LinkResult r =
        new Story()
            .doc("a", "Anna Maria Kovel and Anna Lise Kovel spoke.")
            .ent("maria", "Anna Maria Kovel", "PERSON")
            .ent("lise", "Anna Lise Kovel", "PERSON")
            .doc("b", "Anna Kovel said nothing.")
            .ent("anna", "Anna Kovel", "PERSON")
            .link();
    assertThat(r.expectEntityOf("anna").mentionIds()).containsExactly("anna");
  }

  @Test
  void anOrganisationOrPlaceNameWithAWordLeftOutJoinsTheOneLongerName() {
    LinkResult r =
        new Story()
            .doc("a", "The Velm Harbour Bridge was closed, and the Ostrand Bridge too.")
            .ent("long", "Velm Harbour Bridge", "LOCATION")
            .ent("other", "Ostrand Bridge", "LOCATION")
            .doc("b", "Traffic left the Velm Bridge at noon.")
            .ent("short", "Velm Bridge", "LOCATION")
            .link();
    assertThat(r.expectEntityOf("long").mentionIds()).containsExactly("long", "short");
    assertThat(rules(r.expectEntityOf("long"))).contains("short-name");
    assertThat(r.expectEntityOf("other").mentionIds()).containsExactly("other");
  }

  @Test
  void aCompanysLegalFormIsAGenericWordAndItsNameIsShownAsWritten() {
    LinkResult r =
        new Story()
            .doc("a", "The ship belongs to Kestrel Shipping Pte. Limited of Ostrand.")
            .ent("long", "Kestrel Shipping Pte. Limited", "ORGANIZATION")
            .doc("b", "Kestrel Shipping declined to comment.")
            .ent("short", "Kestrel Shipping", "ORGANIZATION")
            .link();
    Entity e = r.expectEntityOf("long");
    assertThat(e.mentionIds()).containsExactly("long", "short");
    assertThat(names(e)).contains("Kestrel Shipping Pte. Limited", "Kestrel Shipping");
  }

  @Test
  void theSameWordsInAnotherOrderNameOneOrganisation() {
    LinkResult r =
        new Story()
            .doc("a", "The Court of Velm Appeals ruled.")
            .ent("of", "Court of Velm Appeals", "ORGANIZATION")
            .doc("b", "The Velm Appeals Court ruled again.")
            .ent("plain", "Velm Appeals Court", "ORGANIZATION")
            .link();
    assertThat(r.expectEntityOf("of").mentionIds()).containsExactly("of", "plain");
    assertThat(rules(r.expectEntityOf("of"))).contains("word-order");
  }

  @Test
  void aLongNameWrittenOnceDoesNotNameAnEntityWhoseShorterNameIsWrittenAgain() {
    LinkResult r =
        new Story()
            .doc("a", "Teo Varn spoke. Later Teo Varn left.")
            .ent("a1", "Teo Varn", "PERSON")
            .ent("a2", "Teo Varn", "PERSON")
            .doc("b", "Denn Teo Varn sprach.")
            .ent("b1", "Denn Teo Varn", "PERSON")
            .link();
    Entity e = r.expectEntityOf("a1");
    assertThat(e.mentionIds()).containsExactly("a1", "a2", "b1");
    assertThat(e.canonical()).isEqualTo("Teo Varn");
    assertThat(e.aliases()).containsExactly("Denn Teo Varn");
  }

  @Test
  void aFullNameInHebrewOrKatakanaIsFoundWordByWord() {
    LinkResult r =
        Story.english("Ilan Varnak spoke first.", "en", "Ilan Varnak", "PERSON")
            .linkWith("he", "אילן ורנק דיבר ראשון.", "ja", "イラン・ヴァルナクが最初に話した。");
    assertThat(r.expectEntityOf("en").aliases()).contains("אילן ורנק", "イラン・ヴァルナク");
  }
}
