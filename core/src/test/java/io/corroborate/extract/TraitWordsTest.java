package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.lang.LanguagePack;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words that negate or qualify a person's traits come from the English pack. */
class TraitWordsTest {
  private static final LanguagePack EN = LanguagePack.english();

  private static List<String> traits(String sentence, String measure) {
    return Varnesia.claims(sentence).stream()
        .filter(c -> c.kind() == ClaimKind.ATTRIBUTE && c.measure().equals(measure))
        .map(TraitWordsTest::line)
        .toList();
  }

  private static String line(Claim c) {
    return ((ClaimValue.Text) c.value()).text() + (c.hedging().negated() ? " | negated" : "");
  }

  @Test
  void everyParticipleAdverbMayStandBeforeTheInjury() {
    int read = 0;
    for (String adverb : EN.category("participle-adverbs.tsv", "word")) {
      String s = "The pilot was " + adverb + " wounded in the jaw.";
      assertThat(traits(s, "injuries")).as(s).containsExactly("wounded in the jaw");
      read++;
    }
    for (String ending : EN.category("participle-adverbs.tsv", "ending")) {
      String s = "The pilot was bad" + ending + " wounded in the jaw.";
      assertThat(traits(s, "injuries")).as(s).containsExactly("wounded in the jaw");
      read++;
    }
    assertThat(read).isGreaterThanOrEqualTo(2);
  }

  @Test
  void everyNegatingDeterminerNegatesTheDocumentsAndEveryPolarityOneIsLeftOut() {
    for (String no : EN.category("negations.tsv", "determiner")) {
      String s = "The second engineer had " + no + " documents when he was found.";
      assertThat(traits(s, "documents")).as(s).containsExactly("documents | negated");
    }
    for (String any : EN.category("negations.tsv", "polarity")) {
      String s = "The second engineer had " + any + " documents when he was found.";
      assertThat(traits(s, "documents")).as(s).containsExactly("documents");
    }
  }

  @Test
  void everyNegatingPrepositionNegatesWhatItGoverns() {
    for (String without : EN.category("negations.tsv", "preposition")) {
      String s = "The diver was found " + without + " his passport.";
      assertThat(traits(s, "documents")).as(s).containsExactly("his passport | negated");
    }
  }

  @Test
  void aVerbOfLackingNegatesTheDocuments() {
    for (String lacks : EN.category("possession-verbs.tsv", 2, "lacks")) {
      String s = "The diver " + lacks + " a passport.";
      assertThat(traits(s, "documents")).as(s).allMatch(x -> x.endsWith("| negated"));
    }
  }
}
