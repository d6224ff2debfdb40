package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.lang.LanguagePack;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words that open a person's birth or age, and the irregular past forms that end a subject
 * after an adverb, are read from the English pack: each entry, put in an invented sentence, gives
 * the claim it is for, and a sentence without such a word gives none.
 */
class EnglishPersonWordsTest {
  private static final LanguagePack EN = LanguagePack.english();

  private static List<String> measures(String sentence) {
    return Varnesia.claims(sentence).stream()
        .map(c -> c.subject().text() + " | " + c.measure())
        .toList();
  }

  @Test
  void eachBirthOpenerDatesAPersonsBirth() {
    List<String> openers = EN.category("person-attribute-openers.tsv", "born");
    assertThat(openers).isNotEmpty();
    for (String opener : openers) {
      String s = "Tomas Reder was " + opener + " 1991 in a village near the river.";
      assertThat(measures(s)).as(s).anyMatch(l -> l.endsWith("| born"));
    }
    assertThat(measures("Tomas Reder was seen in 1991 in a village near the river."))
        .noneMatch(l -> l.endsWith("| born"));
  }

  @Test
  void eachAgeOpenerGivesAnAge() {
    List<String> openers = EN.category("person-attribute-openers.tsv", "age");
    assertThat(openers).isNotEmpty();
    for (String opener : openers) {
      String s = "A fisherman " + opener + " 26 was rescued from the river on Monday.";
      assertThat(measures(s)).as(s).anyMatch(l -> l.endsWith("| age"));
    }
    assertThat(measures("A fisherman with 26 nets was rescued from the river on Monday."))
        .noneMatch(l -> l.endsWith("| age"));
  }

  @Test
  void everyIrregularPastFormIsMarkedWithItsBaseForm() {
    List<String> pasts = EN.category("irregular-forms.tsv", 2, "past");
    assertThat(pasts).contains("died", "fled", "lay");
    assertThat(EN.pairs("irregular-forms.tsv")).containsKeys(pasts.toArray(String[]::new));
  }
}
