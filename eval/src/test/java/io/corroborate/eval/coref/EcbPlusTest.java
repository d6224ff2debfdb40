package io.corroborate.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.eval.EvalReport;
import io.corroborate.eval.EvalSuites;
import io.corroborate.eval.Figure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbPlusTest {
  /** A hand-written document in the ECB+ layout: sentence 0 is outside the sentence index. */
  private static String doc(String name, String person, String verb) {
    return """
        <Document doc_name="%1$s.xml" doc_id="X">
        <token t_id="1" sentence="0" number="0">headline</token>
        <token t_id="2" sentence="1" number="0">%2$s</token>
        <token t_id="3" sentence="1" number="1">Vell</token>
        <token t_id="4" sentence="1" number="2">%3$s</token>
        <token t_id="5" sentence="1" number="3">the</token>
        <token t_id="6" sentence="1" number="4">ferry</token>
        <token t_id="7" sentence="1" number="5">.</token>
        <token t_id="8" sentence="2" number="0">She</token>
        <token t_id="9" sentence="2" number="1">left</token>
        <Markables>
        <ACTION_OCCURRENCE m_id="1"><token_anchor t_id="1"/></ACTION_OCCURRENCE>
        <HUMAN_PART_PER m_id="2"><token_anchor t_id="2"/><token_anchor t_id="3"/></HUMAN_PART_PER>
        <ACTION_OCCURRENCE m_id="3"><token_anchor t_id="4"/></ACTION_OCCURRENCE>
        <NON_HUMAN_PART m_id="4"><token_anchor t_id="5"/><token_anchor t_id="6"/></NON_HUMAN_PART>
        <NON_HUMAN_PART m_id="9"><token_anchor t_id="5"/><token_anchor t_id="6"/></NON_HUMAN_PART>
        <HUMAN_PART_PER m_id="5"><token_anchor t_id="8"/></HUMAN_PART_PER>
        <ACTION_OCCURRENCE m_id="6"><token_anchor t_id="9"/></ACTION_OCCURRENCE>
        <HUMAN_PART_PER m_id="7" TAG_DESCRIPTOR="t9_dana" instance_id="HUM1"/>
        <ACTION_OCCURRENCE m_id="8" TAG_DESCRIPTOR="t9_board" instance_id="ACT1"/>
        </Markables>
        <Relations>
        <CROSS_DOC_COREF r_id="1" note="HUM1"><source m_id="2"/><target m_id="7"/></CROSS_DOC_COREF>
        <CROSS_DOC_COREF r_id="2" note="ACT1"><source m_id="3"/><target m_id="8"/></CROSS_DOC_COREF>
        <INTRA_DOC_COREF r_id="3"><source m_id="5"/><target m_id="2"/></INTRA_DOC_COREF>
        </Relations>
        </Document>
        """
        .formatted(name, person, verb);
  }

  private static Path corpus(Path dir) throws IOException {
    Path topic = Files.createDirectories(dir.resolve("ECB+").resolve("9"));
    Files.writeString(topic.resolve("9_1ecb.xml"), doc("9_1ecb", "Dana", "boarded"));
    Files.writeString(topic.resolve("9_2ecb.xml"), doc("9_2ecb", "Dana", "boards"));
    Files.writeString(topic.resolve("9_1ecbplus.xml"), doc("9_1ecbplus", "Dana", "boarded"));
    Files.writeString(
        dir.resolve("ECBplus_coreference_sentences.csv"),
        "Topic,File,Sentence Number\n9,1ecb,1\n9,1ecb,2\n9,2ecb,1\n9,2ecb,2\n9,1ecbplus,1\n9,1ecbplus,2\n");
    return dir;
  }

  @Test
  void mentionsTakeTheirClusterFromTheRelationsAndOnlyListedSentences(@TempDir Path dir)
      throws IOException {
    EcbPlus.Corpus c = EcbPlus.read(corpus(dir));
    assertThat(c.documents())
        .extracting(EcbPlus.EcbDocument::name)
        .containsExactly("9_1ecb", "9_1ecbplus", "9_2ecb");
    EcbPlus.EcbDocument d = c.documents().get(0);
    assertThat(d.subtopic()).isEqualTo("ecb");
    assertThat(d.topic()).isEqualTo("9");
    // The headline (sentence 0) is left out; "the ferry" annotated twice is kept once.
    assertThat(d.mentions())
        .extracting(EcbPlus.EcbMention::text)
        .containsExactly("Dana Vell", "boarded", "the ferry", "She", "left");
    assertThat(c.mentionsOutsideSentences()).isEqualTo(3);
    EcbPlus.EcbMention dana = d.mentions().get(0);
    assertThat(dana.cluster()).isEqualTo("9:HUM1");
    assertThat(dana.span().of(d.text())).isEqualTo("Dana Vell");
    assertThat(d.mentions().get(3).cluster()).isEqualTo("9_1ecb#intra2");
    assertThat(d.mentions().get(4).cluster()).startsWith("9_1ecb#single");
    assertThat(d.mentions().get(1).event()).isTrue();
    assertThat(d.text()).startsWith("headline\nDana Vell boarded the ferry .\nShe left");
    // Only the listed sentences were annotated: the others are blanked for predicted mentions.
    assertThat(d.annotatedText()).startsWith(" ".repeat(8) + "\nDana Vell boarded");
    assertThat(d.annotatedText()).hasSameSizeAs(d.text());
  }

  @Test
  void aMissingCorpusIsAnErrorThatNamesThePath(@TempDir Path dir) {
    assertThatThrownBy(() -> EcbPlus.read(dir.resolve("absent")))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("absent");
  }

  @Test
  void theSuiteIsRegisteredAndScoresATinyCorpus(@TempDir Path dir) throws IOException {
    EvalReport r = EvalSuites.expect("coref").run(corpus(dir));
    assertThat(r.items()).isEqualTo(3);
    assertThat(r.figures())
        .extracting(Figure::name)
        .contains(
            "events.cross-subtopic.conll_f1",
            "entities.within-doc.conll_f1",
            "events.cross-subtopic.lemma_baseline.conll_f1");
    assertThat(r.figures()).allSatisfy(f -> assertThat(f.value()).isBetween(0.0, 100.0));
    Figure events =
        r.figures().stream()
            .filter(f -> f.name().equals("events.cross-subtopic.conll_f1"))
            .findFirst()
            .orElseThrow();
    assertThat(events.published()).contains(CorefSuite.PUBLISHED_EVENTS_CONLL);
    assertThat(r.notes()).anyMatch(n -> n.contains("coref-predicted"));
  }

  @Test
  void headsAreTheEventWordAfterAuxiliariesAndTheNounBeforeAPreposition() {
    assertThat(CorefSuite.head(List.of("was", "arrested"), true)).isEqualTo("arrested");
    assertThat(CorefSuite.head(List.of("the", "head", "of", "the", "agency"), false))
        .isEqualTo("head");
    assertThat(CorefSuite.head(List.of("Dana", "Vell"), false)).isEqualTo("Vell");
  }
}
