package io.corroborate.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.lang.LanguagePack;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The words that tell unnamed people apart and fold names come from the English pack. */
class UnnamedWordsTest {
  private static final LanguagePack EN = LanguagePack.english();

  @Test
  void everyOtherWordMakesTheSubjectTheOtherOne() {
    for (String the : io.corroborate.lang.Lexicon.definiteArticles(EN)) {
      for (String other : EN.category("unnamed-others.tsv", "opens")) {
        assertThat(Pairings.unnamedReferent(other + " captives")).contains("other");
        assertThat(Pairings.unnamedReferent(the + " " + other + " prisoner")).contains("other");
      }
      assertThat(Pairings.unnamedReferent(the + " younger")).contains("younger");
    }
    for (String another : EN.category("unnamed-others.tsv", "alone")) {
      assertThat(Pairings.unnamedReferent(another)).contains("other");
      assertThat(Pairings.unnamedReferent(another + " soldier")).isEmpty();
    }
    for (String of : EN.category("partitive-words.tsv", "preposition")) {
      assertThat(Pairings.unnamedReferent("one " + of + " the captives")).contains("one");
    }
    assertThat(Pairings.unnamedReferent("a younger")).isEqualTo(Optional.empty());
    assertThat(Pairings.unnamedReferent("Teo Varn")).isEmpty();
  }

  @Test
  void theDefiniteArticleAndPossessiveEndingsFallOffANormalName() {
    for (String the : io.corroborate.lang.Lexicon.definiteArticles(EN)) {
      for (String s : EN.list("possessive-endings.txt")) {
        assertThat(NameIndex.normal(the + " Lumen Post" + s)).isEqualTo("lumen post");
      }
    }
    for (String s : EN.list("possessive-endings.txt")) {
      assertThat(Names.words("Ri" + s + " unit")).containsExactly("Ri", "unit");
    }
    assertThat(NameIndex.normal("A Lumen Post")).isEqualTo("a lumen post");
  }
}
