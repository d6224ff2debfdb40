package io.corroborate.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkerTest {

  private static List<String> rules(Entity e) {
    return e.reasons().stream().map(MergeReason::rule).toList();
  }

  @Test
  void titleSurnameAndSupportedRoleNounJoinTheFullName() {
    LinkResult r =
        new Story()
            .doc(
                "d1",
                "Tomas Ri, a sniper from the east, was captured on Monday.\nMr. Ri said he had been told little.\nThe sniper asked to stay.\nRi was moved later.")
            .ent("full", "Tomas Ri", "PERSON")
            .ent("role", "a sniper", "PERSON")
            .ent("mr", "Mr. Ri", "PERSON")
            .ent("the", "The sniper", "PERSON")
            .ent("bare", "Ri", "PERSON")
            .link();
    Entity e = r.expectEntityOf("full");
    assertThat(e.mentionIds()).containsExactly("full", "role", "mr", "the", "bare");
    assertThat(e.canonical()).isEqualTo("Tomas Ri");
    assertThat(rules(e))
        .contains("apposition", "surname-in-document")
        .containsAnyOf("role-in-document", "repeated-nominal");
  }

  @Test
  void roleNounWithoutSupportStaysApart() {
    LinkResult r =
        new Story()
            .doc("d1", "Tomas Ri was captured on Monday.\nThe sniper fled across the river.")
            .ent("full", "Tomas Ri", "PERSON")
            .ent("role", "The sniper", "PERSON")
            .link();
    assertThat(r.expectEntityOf("full").mentionIds()).containsExactly("full");
    assertThat(r.expectEntityOf("role").mentionIds()).containsExactly("role");
  }

  @Test
  void roleSupportedInOneArticleJoinsInAnotherWhenOnlyOneEntityHasIt() {
    LinkResult r =
        new Story()
            .doc("d1", "Tomas Ri, a sniper, was captured.")
            .ent("full", "Tomas Ri", "PERSON")
            .ent("role", "a sniper", "PERSON")
            .doc("d2", "The sniper was moved to the capital.")
            .ent("later", "The sniper", "PERSON")
            .link();
    Entity e = r.expectEntityOf("later");
    assertThat(e.mentionIds()).containsExactly("full", "role", "later");
    assertThat(rules(e)).contains("role-in-story");
  }

  @Test
  void aRoleTiedInAKeptArticleStillJoinsInTheArticleAddedAfterIt() {
    Story story =
        new Story()
            .doc("d1", "Tomas Ri, a sniper, was captured.")
            .ent("full", "Tomas Ri", "PERSON")
            .ent("role", "a sniper", "PERSON")
            .doc("d2", "The sniper was moved to the capital.")
            .ent("later", "The sniper", "PERSON");
    Linker linker = new Linker(LinkOptions.defaults());
    Linker.Memo memo = new Linker.Memo();
    linker.link(story.mentions.subList(0, 2), story.texts, memo);
    // The first article's groups are put back as they were, with the role they tied to the name.
    LinkResult r = linker.link(story.mentions, story.texts, memo);
    assertThat(r).isEqualTo(linker.link(story.mentions, story.texts));
    assertThat(r.expectEntityOf("later").mentionIds()).containsExactly("full", "role", "later");
  }

  @Test
  void twoPeopleSharingASurnameAreNotMerged() {
    LinkResult r =
        new Story()
            .doc("d1", "Anna Ri and Tomas Ri were both questioned.\nRi declined to comment.")
            .ent("anna", "Anna Ri", "PERSON")
            .ent("tomas", "Tomas Ri", "PERSON")
            .ent("ri", "Ri", "PERSON")
            .doc("d2", "Anna Ri spoke first.")
            .ent("anna2", "Anna Ri", "PERSON")
            .doc("d3", "Tomas Ri spoke second.")
            .ent("tomas2", "Tomas Ri", "PERSON")
            .link();
    assertThat(r.expectEntityOf("anna").mentionIds()).containsExactly("anna", "anna2");
    assertThat(r.expectEntityOf("tomas").mentionIds()).containsExactly("tomas", "tomas2");
    // "Ri" could be either of them: it stays on its own.
    assertThat(r.expectEntityOf("ri").mentionIds()).containsExactly("ri");
  }

  @Test
  void aSurnameAloneJoinsAFullNameOnlyWhenTheStoryHasOneWithIt() {
    Story unique =
        new Story()
            .doc("d1", "Anna Ri was questioned.")
            .ent("anna", "Anna Ri", "PERSON")
            .doc("d2", "Ri declined to comment.")
            .ent("ri", "Ri", "PERSON");
    assertThat(unique.link().expectEntityOf("ri").mentionIds()).containsExactly("anna", "ri");
    assertThat(rules(unique.link().expectEntityOf("ri")))
        .containsExactly("surname-unique-in-story");

    Story ambiguous =
        unique.doc("d3", "Tomas Ri was questioned too.").ent("tomas", "Tomas Ri", "PERSON");
    assertThat(ambiguous.link().expectEntityOf("ri").mentionIds()).containsExactly("ri");
  }

  @Test
  void aPlaceTaggedAPersonOnceJoinsThePlaceNotAPersonsSurname() {
    Story s =
        new Story()
            .doc("d1", "The water reached Brenitsa at dawn.")
            .ent("town", "Brenitsa", "LOCATION")
            .doc("d2", "His lawyer, Veronika Strand, spoke in Brenitsa.")
            .ent("lawyer", "Veronika Strand", "PERSON")
            .ent("tagged", "Brenitsa", "PERSON");
    Entity town = s.link().expectEntityOf("tagged");
    assertThat(town.mentionIds()).containsExactlyInAnyOrder("tagged", "town");
    assertThat(rules(town)).containsExactly("same-name-other-type");
    assertThat(s.link().expectEntityOf("lawyer").mentionIds()).containsExactly("lawyer");
  }

  @Test
  void anInitialJoinsTheFullNameWithThatInitialOnly() {
    LinkResult r =
        new Story()
            .doc("d1", "Anna Ri was questioned.")
            .ent("anna", "Anna Ri", "PERSON")
            .doc("d2", "A. Ri declined to comment.")
            .ent("a", "A. Ri", "PERSON")
            .doc("d3", "T. Ri declined too.")
            .ent("t", "T. Ri", "PERSON")
            .link();
    assertThat(r.expectEntityOf("anna").mentionIds()).containsExactly("anna", "a");
    assertThat(r.expectEntityOf("t").mentionIds()).containsExactly("t");
  }

  @Test
  void romanisationVariantsOfANameMeetAcrossArticles() {
    LinkResult r =
        new Story()
            .doc("d1", "Han Peom crossed the border.")
            .ent("p1", "Han Peom", "PERSON")
            .doc("d2", "Han Beom crossed the border.")
            .ent("p2", "Han Beom", "PERSON")
            .doc("d3", "Han Pom crossed the border.")
            .ent("p3", "Han Pom", "PERSON")
            .doc("d4", "Oleh Marensky, Oleh Marenskyy and Oleh Marenskiy are one man.")
            .ent("z1", "Oleh Marensky", "PERSON")
            .ent("z2", "Oleh Marenskyy", "PERSON")
            .ent("z3", "Oleh Marenskiy", "PERSON")
            .doc("d5", "Ilya Dravko met Ilia Dravco.")
            .ent("d1", "Ilya Dravko", "PERSON")
            .ent("d2", "Ilia Dravco", "PERSON")
            .link();
    assertThat(r.expectEntityOf("p1").mentionIds()).containsExactly("p1", "p2", "p3");
    assertThat(rules(r.expectEntityOf("p1"))).contains("spelling-variant");
    assertThat(r.expectEntityOf("z1").mentionIds()).containsExactly("z1", "z2", "z3");
    assertThat(r.expectEntityOf("d1").mentionIds()).containsExactly("d1", "d2");
  }

  @Test
  void placesMeetAcrossGenericWordsSpellingsAndCase() {
    LinkResult r =
        new Story()
            .doc("d1", "Fighting went on in the Veldan region and in Tuvra.\nkelvar was quiet.")
            .ent("v1", "the Veldan region", "LOCATION")
            .ent("t1", "Tuvra", "LOCATION")
            .ent("k1", "kelvar", "LOCATION")
            .doc("d2", "Troops left Veldan Oblast for Tyvra and Kelvar.")
            .ent("v2", "Veldan Oblast", "LOCATION")
            .ent("t2", "Tyvra", "LOCATION")
            .ent("k2", "Kelvar", "LOCATION")
            .doc("d3", "The Sorn Ilbo first reported it, and the Sorn Daily confirmed.")
            .ent("n1", "The Sorn Ilbo", "ORGANIZATION")
            .ent("n2", "the Sorn Daily", "ORGANIZATION")
            .link();
    assertThat(r.expectEntityOf("v1").mentionIds()).containsExactly("v1", "v2");
    assertThat(rules(r.expectEntityOf("v1"))).containsExactly("generic-word");
    assertThat(r.expectEntityOf("t1").mentionIds()).containsExactly("t1", "t2");
    assertThat(r.expectEntityOf("k1").mentionIds()).containsExactly("k1", "k2");
    assertThat(r.expectEntityOf("k1").canonical()).isEqualTo("Kelvar");
    assertThat(r.expectEntityOf("n1").mentionIds()).containsExactly("n1", "n2");
  }

  @Test
  void acronymIntroducedInParenthesesAndItsInitialsVariantJoinTheFullName() {
    LinkResult r =
        new Story()
            .doc(
                "d1",
                "The Security Service of Ostravia (SBO) detained two men.\nThe SBO said more would follow.")
            .ent("full", "The Security Service of Ostravia (SBO)", "ORGANIZATION")
            .ent("sbo", "SBO", "ORGANIZATION")
            .doc("d2", "Ostravia's SSO published a video.")
            .ent("sso", "SSO", "ORGANIZATION")
            .doc("d3", "The SBO declined to comment.")
            .ent("sbo2", "SBO", "ORGANIZATION")
            .link();
    Entity e = r.expectEntityOf("full");
    assertThat(e.mentionIds()).containsExactly("full", "sbo", "sso", "sbo2");
    assertThat(e.canonical()).isEqualTo("Security Service of Ostravia");
    assertThat(e.aliases()).contains("SBO", "SSO");
    assertThat(rules(e))
        .contains("acronym-introduced", "initials")
        .containsAnyOf("same-name", "same-acronym");
  }

  @Test
  void anAcronymIntroducedAsKnownAsInParenthesesJoinsTheFullName() {
    LinkResult r =
        new Story()
            .doc(
                "d1",
                "The Flood Protection Directorate (known as FPD) opened the gates. Later the FPD closed them.")
            .ent("full", "Flood Protection Directorate", "ORGANIZATION")
            .ent("fpd", "FPD", "ORGANIZATION")
            .ent("fpd2", "FPD", "ORGANIZATION")
            .link();
    assertThat(r.expectEntityOf("full").mentionIds()).containsExactly("full", "fpd", "fpd2");
    assertThat(rules(r.expectEntityOf("full"))).contains("acronym-introduced");
  }

  @Test
  void appositionTiesAPersonToHisRoleAndTheNestedAcronymToItsOrganisation() {
    LinkResult r =
        new Story()
            .doc(
                "d1",
                "Orest Valchuk, the head of the Main Intelligence Directorate (GUR), said the unit had moved.\nThe GUR gave no figures.")
            .ent("name", "Orest Valchuk", "PERSON")
            .entHead(
                "role", "the head of the Main Intelligence Directorate (GUR)", "head", "PERSON")
            .ent("org", "the Main Intelligence Directorate", "ORGANIZATION")
            .ent("acr", "GUR", "ORGANIZATION")
            .ent("acr2", "GUR", "ORGANIZATION")
            .doc("d2", "Ostravia's HUR confirmed the figures.")
            .ent("hur", "HUR", "ORGANIZATION")
            .link();
    assertThat(r.expectEntityOf("name").mentionIds()).containsExactly("name", "role");
    assertThat(rules(r.expectEntityOf("name"))).containsExactly("apposition");
    Entity org = r.expectEntityOf("org");
    assertThat(org.mentionIds()).containsExactly("org", "acr", "acr2", "hur");
    assertThat(rules(org)).contains("acronym-introduced", "acronym-transliteration");
  }

  @Test
  void theCanonicalNameIsTheMostCompleteThenTheMostFrequentForm() {
    LinkResult r =
        new Story()
            .doc("d1", "Marta Selin spoke.\nSelin left.\nSelin returned.")
            .ent("a", "Marta Selin", "PERSON")
            .ent("b", "Selin", "PERSON")
            .ent("c", "Selin", "PERSON")
            .link();
    Entity e = r.expectEntityOf("a");
    assertThat(e.canonical()).isEqualTo("Marta Selin");
    assertThat(e.aliases()).containsExactly("Selin");
    assertThat(e.type()).isEqualTo("PERSON");
    assertThat(e.confidence()).isEqualTo(Rule.SURNAME_IN_DOCUMENT.confidence());
  }

  @Test
  void aPlaceAndAPersonWithOneNameStayApart() {
    LinkResult r =
        new Story()
            .doc("d1", "Jordan Vale visited Vale.")
            .ent("person", "Jordan Vale", "PERSON")
            .ent("place", "Vale", "LOCATION")
            .doc("d2", "Vale welcomed him.")
            .ent("place2", "Vale", "LOCATION")
            .link();
    assertThat(r.expectEntityOf("person").mentionIds()).containsExactly("person");
    assertThat(r.expectEntityOf("place").mentionIds()).containsExactly("place", "place2");
  }

  @Test
  void aMentionIdGivenTwiceIsSetAsideWithAWarning() {
    Mention m = Mention.entity("m1", "d1", new Span(0, 4), "Vale", "Vale", "LOCATION", 0);
    LinkResult r = new Linker(LinkOptions.defaults()).link(List.of(m, m));
    assertThat(r.warnings()).singleElement().asString().contains("m1", "given twice");
    assertThat(r.entities())
        .singleElement()
        .extracting(Entity::mentionIds)
        .isEqualTo(List.of("m1"));
  }

  @Test
  void eventsWithTheSameOrSynonymousWordMergeUnlessTheirTimesDiffer() {
    LinkResult r =
        new Story()
            .doc("d1", "Gunmen attacked the depot on Monday.\nThe assault lasted an hour.")
            .event("e1", "attacked", "mon")
            .ent("mon", "Monday", "TIME")
            .event("e2", "assault")
            .doc(
                "d2", "The attack on Monday was claimed by no one.\nAnother attack came on Friday.")
            .event("e3", "attack", "mon2")
            .ent("mon2", "Monday", "TIME")
            .event("e4", "attack", "fri")
            .ent("fri", "Friday", "TIME")
            .link();
    Entity first = r.expectEntityOf("e1");
    assertThat(first.kind()).isEqualTo(Mention.Kind.EVENT);
    assertThat(first.mentionIds()).containsExactly("e1", "e2", "e3");
    assertThat(r.expectEntityOf("e4").mentionIds()).containsExactly("e4");
    assertThat(rules(first)).contains("same-event-word-in-document", "same-event-word");
  }

  @Test
  void twoSaidAreTwoStatementsNotOneEvent() {
    LinkResult r =
        new Story()
            .doc("d1", "The mayor said the bridge would reopen.")
            .event("s1", "said")
            .doc("d2", "The engineer said it was unsafe.")
            .event("s2", "said")
            .link();
    assertThat(r.expectEntityOf("s1").mentionIds()).containsExactly("s1");
  }

  @Test
  void aDocumentWhoseTextChangedIsLinkedAgainThoughItsMentionsAreTheSame() {
    Linker linker = new Linker(LinkOptions.defaults());
    Linker.Memo memo = new Linker.Memo();
    Story first = new Story().doc("d1", "Anna Kovel, the sniper, spoke.");
    first.ent("name", "Anna Kovel", "PERSON").entHead("role", "the sniper", "sniper", "PERSON");
    assertThat(rules(linker.link(first.mentions, first.texts, memo).expectEntityOf("name")))
        .containsExactly("apposition");
    // The same spans now hold words that tie no role to the name.
    Map<String, String> corrected = Map.of("d1", "Anna Kovel and the sniper spoke");
    LinkResult again = linker.link(first.mentions, corrected, memo);
    assertThat(again).isEqualTo(linker.link(first.mentions, corrected));
    assertThat(again.expectEntityOf("name").mentionIds()).containsExactly("name");
  }

  @Test
  void withoutTextsAppositionsAreNotLookedForButNamesStillMeet() {
    List<Mention> ms =
        List.of(
            Mention.entity("a", "d1", new Span(0, 8), "Anna Ri", "Ri", "PERSON", 0),
            Mention.entity("b", "d1", new Span(10, 17), "a sniper", "sniper", "PERSON", 0),
            Mention.entity("c", "d2", new Span(0, 7), "Anna Ri", "Ri", "PERSON", 0));
    LinkResult r = new Linker(LinkOptions.defaults()).link(ms);
    assertThat(r.expectEntityOf("a").mentionIds()).containsExactly("a", "c");
    assertThat(r.expectEntityOf("b").mentionIds()).containsExactly("b");
  }

  @Test
  void aPronounJoinsTheNearestNamedPersonBeforeIt() {
    LinkResult r =
        new Story()
            .doc("d1", "Dana Vell left the court.\nShe said nothing.\nIt was late.")
            .ent("dana", "Dana Vell", "PERSON")
            .ent("she", "She", "PERSON")
            .ent("it", "It", "")
            .link();
    assertThat(r.expectEntityOf("dana").mentionIds()).containsExactly("dana", "she");
    assertThat(rules(r.expectEntityOf("dana"))).containsExactly("pronoun");
    assertThat(r.expectEntityOf("it").mentionIds()).containsExactly("it");
  }

  @Test
  void aPronounTypedAsAnOrganisationJoinsTheNearestOrganisationNameAndSheMayJoinARoleNoun() {
    LinkResult r =
        new Story()
            .doc(
                "d1",
                "Dana Vell met the woman at Arvel Mills.\nThe woman said it would close and she left.")
            .ent("dana", "Dana Vell", "PERSON")
            .ent("woman", "the woman", "PERSON")
            .ent("mills", "Arvel Mills", "ORGANIZATION")
            .ent("woman2", "The woman", "PERSON")
            .ent("it", "it", "ORGANIZATION")
            .ent("she", "she", "PERSON")
            .link();
    assertThat(r.expectEntityOf("mills").mentionIds()).containsExactly("mills", "it");
    assertThat(r.expectEntityOf("woman").mentionIds()).containsExactly("woman", "woman2", "she");
    assertThat(r.expectEntityOf("dana").mentionIds()).containsExactly("dana");
  }

  @Test
  void aPronounTooFarFromAnyNameStaysAlone() {
    LinkResult r =
        new Story()
            .doc(
                "d1",
                "Dana Vell left the court.\nRain fell.\nThe square emptied.\nThe wind rose.\nShe said nothing.")
            .ent("dana", "Dana Vell", "PERSON")
            .ent("she", "She", "PERSON")
            .link();
    assertThat(r.expectEntityOf("she").mentionIds()).containsExactly("she");
  }

  @Test
  void aRoleWordRightBeforeANameSupportsThatRole() {
    LinkResult r =
        new Story()
            .doc("d1", "Film actress Dana Vell left the court.\nThe actress said nothing.")
            .ent("dana", "Dana Vell", "PERSON")
            .ent("role", "The actress", "PERSON")
            .link();
    assertThat(r.expectEntityOf("dana").mentionIds()).containsExactly("dana", "role");
  }

  @Test
  void aShortOrganisationNameJoinsTheOneLongerNameItEnds() {
    LinkResult r =
        new Story()
            .doc("d1", "The Port Arvel Herons won again.")
            .ent("long", "The Port Arvel Herons", "ORGANIZATION")
            .doc("d2", "The Herons lost once.")
            .ent("short", "The Herons", "ORGANIZATION")
            .link();
    assertThat(r.expectEntityOf("long").mentionIds()).containsExactly("long", "short");
    assertThat(rules(r.expectEntityOf("long"))).containsExactly("short-name");
  }

  @Test
  void noMentionsGiveNoEntities() {
    assertThat(new Linker(LinkOptions.defaults()).link(List.of()).entities()).isEmpty();
  }

  @Test
  void aCountryIsOneEntityUnderTheNamesOtherLanguagesGiveIt() {
    LinkResult r =
        new Story()
            .doc("d1", "Rescuers from Norway reached Velmora.")
            .ent("n1", "Norway", "LOCATION")
            .doc("d2", "Die Retter aus Norwegen erreichten Velmora.")
            .ent("n2", "Norwegen", "LOCATION")
            .doc("d3", "Les secouristes venus de Norvège sont arrivés.")
            .ent("n3", "Norvège", "LOCATION")
            .doc("d4", "Finland sent a team as well.")
            .ent("f1", "Finland", "LOCATION")
            .link();
    assertThat(r.expectEntityOf("n1").mentionIds()).containsExactly("n1", "n2", "n3");
    assertThat(rules(r.expectEntityOf("n1"))).containsOnly("same-country");
    assertThat(r.expectEntityOf("f1").mentionIds()).containsExactly("f1");
  }

  @Test
  void aCountrysForeignNameTaggedAPersonIsTheCountry() {
    LinkResult r =
        new Story()
            .doc("d1", "Rescuers from Norway reached Velmora.")
            .ent("n1", "Norway", "LOCATION")
            .doc("d2", "Les secouristes venus de Norvège sont arrivés.")
            .ent("n2", "Norvège", "PERSON")
            .doc("d3", "Jordan Varn led the team from Jordanie.")
            .ent("j1", "Jordan Varn", "PERSON")
            .ent("j2", "Jordanie", "LOCATION")
            .doc("d4", "Jordan said the team was safe.")
            .ent("j3", "Jordan", "PERSON")
            .link();
    assertThat(r.expectEntityOf("n1").mentionIds()).containsExactly("n1", "n2");
    // a name English gives a country too stays the person it was tagged
    assertThat(r.expectEntityOf("j3").mentionIds()).doesNotContain("j2");
  }

  @Test
  void aCountrysNameIsReadFromEveryBundledLanguage() {
    assertThat(CountryNames.code(List.of("norwegen"))).contains("NO");
    assertThat(CountryNames.code(List.of("norvege"))).contains("NO");
    assertThat(CountryNames.code(List.of("czech", "republic")))
        .isEqualTo(CountryNames.code(List.of("tschechien")));
    assertThat(CountryNames.code(List.of("velmora"))).isEmpty();
    assertThat(CountryNames.code(List.of())).isEmpty();
    assertThat(CountryNames.foreignCode(List.of("norvege"))).contains("NO");
    assertThat(CountryNames.foreignCode(List.of("jordan"))).isEmpty();
  }
}
