package io.corroborate.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which tagged sentences the entity tagger reads ({@link CoreNlpLayer#canCarryName}). */
class NameSentencesTest {
  /** Tokens from "word/TAG" pairs. */
  private static List<CoreLabel> tagged(String... wordSlashTag) {
    List<CoreLabel> out = new ArrayList<>();
    for (String wt : wordSlashTag) {
      int slash = wt.lastIndexOf('/');
      CoreLabel l = new CoreLabel();
      l.setWord(wt.substring(0, slash));
      l.setValue(wt.substring(0, slash));
      l.setTag(wt.substring(slash + 1));
      out.add(l);
    }
    return out;
  }

  @Test
  void aSentenceInLowerCaseAfterItsCapitalCannotCarryAName() {
    assertThat(
            CoreNlpLayer.canCarryName(
                tagged("The/DT", "dam/NN", "held/VBD", "for/IN", "three/CD", "days/NNS", "./.")))
        .isFalse();
    assertThat(CoreNlpLayer.canCarryName(tagged("water/NN", "rose/VBD", "again/RB"))).isFalse();
  }

  @Test
  void aNameAtTheStartIsFoundByItsProperNounTag() {
    assertThat(CoreNlpLayer.canCarryName(tagged("Kovel/NNP", "said/VBD", "so/RB", "./."))).isTrue();
  }

  @Test
  void aNationalityOpeningTheSentenceIsReadThoughTaggedAsAnAdjective() {
    assertThat(
            CoreNlpLayer.canCarryName(
                tagged("Ostrandian/JJ", "divers/NNS", "searched/VBD", "all/DT", "night/NN")))
        .isTrue();
  }

  @Test
  void aCapitalisedWordAfterTheFirstCanBeAName() {
    // The tagger's mistake does not hide the name: the capital does.
    assertThat(
            CoreNlpLayer.canCarryName(
                tagged("Rescuers/NNS", "reached/VBD", "Velmora/NN", "late/RB", "./.")))
        .isTrue();
  }

  @Test
  void lettersOfAScriptWithoutCaseCanBeAName() {
    assertThat(CoreNlpLayer.canCarryName(tagged("قال/NN", "الوزير/NN"))).isTrue();
    assertThat(CoreNlpLayer.canCarryName(tagged("東京/NN", "で/NN"))).isTrue();
  }

  @Test
  void anEmptySentenceCannotCarryAName() {
    assertThat(CoreNlpLayer.canCarryName(List.of())).isFalse();
  }
}
