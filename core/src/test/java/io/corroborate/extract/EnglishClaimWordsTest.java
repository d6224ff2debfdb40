package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.Annotation;
import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The English claim readers take their words from the language pack: each word of a list, put in an
 * invented sentence, makes the claim the list is for. A word dropped from its file makes its
 * sentence yield nothing, so these fail when a reader stops reading its file.
 */
class EnglishClaimWordsTest {
  private static final LanguagePack EN = LanguagePack.english();

  private static String line(Claim c) {
    String value =
        c.value() instanceof ClaimValue.Amount a
            ? String.valueOf(Math.round(a.value()))
            : c.value() instanceof ClaimValue.Text t ? t.text() : c.value().toString();
    return c.subject().text()
        + " | "
        + c.measure()
        + " | "
        + value
        + (c.hedging().negated() ? " | negated" : "");
  }

  private static List<String> claims(String sentence) {
    return Varnesia.claims(sentence).stream().map(EnglishClaimWordsTest::line).toList();
  }

  private static List<String> lines(String file) {
    List<String> words = EN.list(file);
    assertThat(words).as(file).isNotEmpty();
    return words;
  }

  @Test
  void anIndefiniteArticleOfTheListOpensARoleInApposition() {
    for (String article : EN.category("articles.tsv", "indefinite")) {
      String s = "Tomas Reder, " + article + " sniper, crossed the river at night.";
      assertThat(claims(s)).as(s).contains("Tomas Reder | role | sniper");
    }
  }

  @Test
  void aPersonDeterminerOpensADescriptionByNationality() {
    for (String determiner : Lexicon.capitalised(lines("person-determiners.txt"))) {
      String s = determiner + " Varnesian soldier was wounded in the jaw.";
      assertThat(claims(s)).as(s).contains("soldier | nationality | Varnesian");
    }
  }

  @Test
  void aCitizenshipNounAndItsKindsAreRead() {
    for (String noun : lines("citizenship-nouns.txt")) {
      String s = "Petr Lasko holds Ostrelese " + noun + ".";
      assertThat(claims(s)).as(s).contains("Petr Lasko | nationality | Ostrelese");
    }
    for (String kind : lines("citizenship-kinds.txt")) {
      String s = "Petr Lasko holds " + kind + " Ostrelese citizenship.";
      assertThat(claims(s)).as(s).contains("Petr Lasko | nationality | Ostrelese");
    }
  }

  @Test
  void anOriginNounGivesThePlaceOfOrigin() {
    for (String noun : lines("origin-nouns.txt")) {
      String s = "Jana Voss, a " + noun + " of Kaldor, drove the first boat.";
      assertThat(claims(s)).as(s).contains("Jana Voss | origin | Kaldor");
    }
  }

  @Test
  void aMemberNounOrPrepositionTiesAPersonToAUnit() {
    for (String noun : lines("member-nouns.txt")) {
      String s = "Lena Dostal, a " + noun + " of the 11th Airborne Corps, led the convoy.";
      assertThat(claims(s)).as(s).contains("Lena Dostal | unit | the 11th Airborne Corps");
    }
    for (String preposition : lines("member-prepositions.txt")) {
      String s =
          "Lena Dostal, a member " + preposition + " the 11th Airborne Corps, led the convoy.";
      assertThat(claims(s)).as(s).contains("Lena Dostal | unit | the 11th Airborne Corps");
    }
  }

  @Test
  void aHoldersUnitIsNamedAfterItsPossessiveNounAndVerb() {
    for (String verb : lines("unit-apposition-verbs.txt")) {
      String s = "Marek said his unit " + verb + " the 3rd battalion.";
      assertThat(claims(s)).as(s).contains("Marek | unit | the 3rd battalion");
    }
    for (String noun : EN.category("unit-nouns.tsv", "possessed")) {
      String s = "Marek said his " + noun + ", the 3rd battalion, reached the dam at dawn.";
      assertThat(claims(s)).as(s).contains("Marek | unit | the 3rd battalion");
    }
    Set<String> possessives =
        Lexicon.pronouns(EN, Set.of("personal", "plural"), Set.of("determiner"));
    assertThat(possessives).contains("his").doesNotContain("hers", "its");
    for (String p : Lexicon.capitalised(possessives)) {
      String s = "Marek waited. " + p + " unit, the 3rd battalion, reached the dam at dawn.";
      assertThat(claims(s)).as(s).anyMatch(c -> c.endsWith("| unit | the 3rd battalion"));
    }
  }

  @Test
  void aNegatingAdverbNegatesServiceAndInjury() {
    for (String negation : EN.category("negations.tsv", "adverb")) {
      String s = "He " + negation + " served in the 94th Brigade, the ministry said.";
      assertThat(claims(s)).as(s).contains("He | unit | the 94th Brigade | negated");
      String w = "The pilot was " + negation + " wounded.";
      assertThat(claims(w)).as(w).contains("The pilot | injuries | wounded | negated");
    }
  }

  @Test
  void aRoleIsReadAfterEachOfItsVerbs() {
    for (String verb : EN.category("service.tsv", "role")) {
      String s = "Tomas Reder " + verb + " a sniper in the valley.";
      assertThat(claims(s)).as(s).anyMatch(c -> c.contains("| role | sniper"));
    }
  }

  @Test
  void aDeathTollTakesItsFigureAfterEachLinkWord() {
    for (String link : EN.category("death-tolls.tsv", "link")) {
      String s = "The death toll from the dam failure rose " + link + " 17 on Monday.";
      assertThat(claims(s)).as(s).anyMatch(c -> c.endsWith("| dead | 17"));
    }
    for (String direct : EN.category("death-tolls.tsv", "direct")) {
      String s = "The latest figures put the death toll " + direct + " 14.";
      assertThat(claims(s)).as(s).anyMatch(c -> c.endsWith("| dead | 14"));
    }
  }

  @Test
  void aCommaConjunctionStartsTheSubjectOfItsClause() {
    for (String conjunction : lines("comma-conjunctions.txt")) {
      String s = "Rescuers reached the dam, " + conjunction + " Ivo Marek was not wounded.";
      assertThat(claims(s)).as(s).contains("Ivo Marek | injuries | wounded | negated");
    }
  }

  @Test
  void aWordOfAnAdverbsShapeOpeningTheSentenceIsNoName() {
    String named = "Marek, a sniper in the 94th Brigade, was wounded.";
    assertThat(claims(named)).as(named).contains("Marek | unit | the 94th Brigade");
    for (String ending : lines("adverb-endings.txt")) {
      String adverb = "Marek" + ending;
      String s = adverb + ", a sniper in the 94th Brigade, was wounded.";
      assertThat(claims(s)).as(s).noneMatch(c -> c.startsWith(adverb + " | unit"));
    }
  }

  @Test
  void aNameParticleJoinsTheWordsOfAPartysName() {
    for (String particle : lines("name-particles.txt")) {
      String name = "Front " + particle + " Varn";
      String s = "The " + name + " claimed responsibility for the bombing in Velmora.";
      Annotation a = PlainLayer.annotate(s, Optional.of(LocalDate.of(2031, 5, 9)));
      assertThat(WordClaims.of("en").read("a1", "Example News", a, List.of()))
          .as(s)
          .anyMatch(c -> WordClaims.shown(c.value()).equals(name));
    }
  }
}
