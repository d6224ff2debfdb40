package io.corroborate.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.DependencyParse;
import io.corroborate.annotate.EntityMention;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.Token;
import io.corroborate.eval.EvalReport;
import io.corroborate.eval.EvalSuites;
import io.corroborate.eval.Figure;
import io.corroborate.link.Mention;
import io.corroborate.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictedTest {
  /**
   * A hand-written ECB+ document: "Omar Pell boarded the ferry ." / "He left Tarvik". Omar Pell and
   * the boarding are linked across documents, "He" to Omar Pell within it.
   */
  private static String doc(String name, String verb) {
    return """
        <Document doc_name="%1$s.xml" doc_id="X">
        <token t_id="1" sentence="1" number="0">Omar</token>
        <token t_id="2" sentence="1" number="1">Pell</token>
        <token t_id="3" sentence="1" number="2">%2$s</token>
        <token t_id="4" sentence="1" number="3">the</token>
        <token t_id="5" sentence="1" number="4">ferry</token>
        <token t_id="6" sentence="1" number="5">.</token>
        <token t_id="7" sentence="2" number="0">He</token>
        <token t_id="8" sentence="2" number="1">left</token>
        <token t_id="9" sentence="2" number="2">Tarvik</token>
        <Markables>
        <HUMAN_PART_PER m_id="2"><token_anchor t_id="1"/><token_anchor t_id="2"/></HUMAN_PART_PER>
        <ACTION_OCCURRENCE m_id="3"><token_anchor t_id="3"/></ACTION_OCCURRENCE>
        <NON_HUMAN_PART m_id="4"><token_anchor t_id="4"/><token_anchor t_id="5"/></NON_HUMAN_PART>
        <HUMAN_PART_PER m_id="5"><token_anchor t_id="7"/></HUMAN_PART_PER>
        <ACTION_OCCURRENCE m_id="6"><token_anchor t_id="8"/></ACTION_OCCURRENCE>
        <LOC_GEO m_id="10"><token_anchor t_id="9"/></LOC_GEO>
        <HUMAN_PART_PER m_id="7" TAG_DESCRIPTOR="t9_omar" instance_id="HUM1"/>
        <ACTION_OCCURRENCE m_id="8" TAG_DESCRIPTOR="t9_board" instance_id="ACT1"/>
        </Markables>
        <Relations>
        <CROSS_DOC_COREF r_id="1" note="HUM1"><source m_id="2"/><target m_id="7"/></CROSS_DOC_COREF>
        <CROSS_DOC_COREF r_id="2" note="ACT1"><source m_id="3"/><target m_id="8"/></CROSS_DOC_COREF>
        <INTRA_DOC_COREF r_id="3"><source m_id="5"/><target m_id="2"/></INTRA_DOC_COREF>
        </Relations>
        </Document>
        """
        .formatted(name, verb);
  }

  private static EcbPlus.Corpus corpus(Path dir) throws IOException {
    Path topic = Files.createDirectories(dir.resolve("ECB+").resolve("9"));
    Files.writeString(topic.resolve("9_1ecb.xml"), doc("9_1ecb", "boarded"));
    Files.writeString(topic.resolve("9_2ecb.xml"), doc("9_2ecb", "boarded"));
    return EcbPlus.read(dir);
  }

  private static final Map<String, String[]> VERBS =
      Map.of("boarded", new String[] {"VBD", "board"}, "left", new String[] {"VBD", "leave"});

  /**
   * A stand-in language layer: a line is a sentence, spaces split tokens; capitalised words other
   * than "He" are proper nouns and a run of them a name (two words: a person, one: a place).
   */
  private static final class FakeLayer implements LanguageLayer {
    @Override
    public String name() {
      return "fake";
    }

    @Override
    public Annotation annotate(String text, Optional<LocalDate> published) {
      List<Sentence> sentences = new ArrayList<>();
      List<Token> tokens = new ArrayList<>();
      List<EntityMention> entities = new ArrayList<>();
      int offset = 0;
      for (String line : text.split("\n", -1)) {
        int first = tokens.size();
        int at = offset;
        List<Token> run = new ArrayList<>();
        for (String w : (line + " ").split(" ", -1)) {
          if (w.isEmpty()) {
            flush(run, entities, text);
            at++;
            continue;
          }
          boolean proper = Character.isUpperCase(w.charAt(0)) && !w.equals("He");
          String[] verb = VERBS.get(w);
          Token t =
              new Token(
                  new Span(at, at + w.length()),
                  w,
                  verb != null ? verb[0] : proper ? "NNP" : "NN",
                  verb != null ? verb[1] : w.toLowerCase());
          tokens.add(t);
          if (proper) {
            run.add(t);
          } else {
            flush(run, entities, text);
          }
          at += w.length() + 1;
        }
        sentences.add(
            new Sentence(
                sentences.size(), new Span(offset, offset + line.length()), first, tokens.size()));
        offset += line.length() + 1;
      }
      return new Annotation(text, published, sentences, tokens, entities, List.of(), List.of());
    }

    private static void flush(List<Token> run, List<EntityMention> out, String text) {
      if (run.isEmpty()) {
        return;
      }
      Span s = new Span(run.get(0).span().start(), run.get(run.size() - 1).span().end());
      out.add(
          new EntityMention(
              s, run.size() > 1 ? EntityType.PERSON : EntityType.LOCATION, s.of(text)));
      run.clear();
    }

    @Override
    public List<DependencyParse> parse(Annotation annotation, Collection<Integer> sentences) {
      return List.of();
    }
  }

  @Test
  void namesAndEventWordsOfTheAnnotationBecomeLinkerMentions(@TempDir Path dir) throws IOException {
    EcbPlus.EcbDocument d = corpus(dir).documents().get(0);
    List<Mention> ms =
        Predicted.mentions(d.name(), new FakeLayer().annotate(d.text(), Optional.empty()));
    assertThat(ms)
        .extracting(Mention::text)
        .containsExactly("Omar Pell", "Tarvik", "boarded", "left");
    assertThat(ms.get(0).type()).isEqualTo("PERSON");
    assertThat(ms.get(0).head()).isEqualTo("Pell");
    assertThat(ms.get(3).kind()).isEqualTo(Mention.Kind.EVENT);
    assertThat(ms.get(3).sentence()).isEqualTo(1);
  }

  @Test
  void exactMatchNeedsTheSameSpanWhileHeadMatchTakesANameInsideALongerGoldSpan(@TempDir Path dir)
      throws IOException {
    EcbPlus.EcbDocument d = corpus(dir).documents().get(0);
    Span pell = new Span(5, 9);
    assertThat(pell.of(d.text())).isEqualTo("Pell");
    Mention p = Mention.entity("p", d.name(), pell, "Pell", "Pell", "PERSON", 1);
    assertThat(Predicted.align(d.mentions(), List.of(p), Predicted.Match.EXACT)).isEmpty();
    assertThat(Predicted.align(d.mentions(), List.of(p), Predicted.Match.HEAD))
        .containsEntry("p", "9_1ecb#2");
    // "Omar" is inside the gold span but is not its head word.
    Mention omar = Mention.entity("o", d.name(), new Span(0, 4), "Omar", "Omar", "PERSON", 1);
    assertThat(Predicted.align(d.mentions(), List.of(omar), Predicted.Match.HEAD)).isEmpty();
  }

  @Test
  void alignmentIsOneToOneAndKeepsKindsAndDocumentsApart(@TempDir Path dir) throws IOException {
    EcbPlus.EcbDocument d = corpus(dir).documents().get(0);
    Span name = new Span(0, 9);
    Mention a = Mention.entity("a", d.name(), name, "Omar Pell", "Pell", "PERSON", 1);
    Mention b = Mention.entity("b", d.name(), name, "Omar Pell", "Pell", "PERSON", 1);
    Mention asEvent = Mention.event("v", d.name(), name, "Omar Pell", "Pell", 1, List.of());
    Mention elsewhere = Mention.entity("x", "9_2ecb", name, "Omar Pell", "Pell", "PERSON", 1);
    assertThat(
            Predicted.align(d.mentions(), List.of(a, b, asEvent, elsewhere), Predicted.Match.HEAD))
        .containsOnlyKeys("a");
  }

  @Test
  void twinlessPredictedMentionsCostPrecisionAndTwinlessGoldMentionsCostRecall() {
    // Key: {g1, g2} and {g3}. Response: p1, p2 (twins of g1, g2) together, p3 twinless alone.
    Clustering key = Clustering.of(List.of(List.of("g1", "g2"), List.of("g3")));
    Clustering response =
        Predicted.response(Map.of("p1", "A", "p2", "A", "p3", "B"), Map.of("p1", "g1", "p2", "g2"));
    assertThat(response.mentions()).containsExactlyInAnyOrder("g1", "g2", "p3");
    CorefScores s = CorefScores.of(key, response);
    // MUC counts links only: the singletons on both sides change nothing.
    assertThat(s.muc().precision()).isEqualTo(1.0);
    assertThat(s.muc().recall()).isEqualTo(1.0);
    // B³: g3 scores 0 for recall, p3 scores 0 for precision.
    assertThat(s.bcubed().recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.bcubed().precision()).isCloseTo(2.0 / 3, within(1e-9));
    // CEAF-e: one of two key clusters and one of two response clusters aligned.
    assertThat(s.ceafe().recall()).isCloseTo(0.5, within(1e-9));
    assertThat(s.ceafe().precision()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void verbsAndDeverbalNounsAreEventWordsButAuxiliariesAndNamesAreNot() {
    Span s = new Span(0, 1);
    assertThat(Predicted.isEventWord(new Token(s, "arrested", "VBN", "arrest"))).isTrue();
    assertThat(Predicted.isEventWord(new Token(s, "election", "NN", "election"))).isTrue();
    assertThat(Predicted.isEventWord(new Token(s, "earthquake", "NN", "earthquake"))).isTrue();
    assertThat(Predicted.isEventWord(new Token(s, "was", "VBD", "be"))).isFalse();
    assertThat(Predicted.isEventWord(new Token(s, "Fleming", "NNP", "Fleming"))).isFalse();
    assertThat(Predicted.isEventWord(new Token(s, "ferry", "NN", "ferry"))).isFalse();
  }

  @Test
  void theSuiteIsRegisteredAndScoresATinyCorpusWithAStandInLayer(@TempDir Path dir)
      throws IOException {
    assertThat(EvalSuites.find("coref-predicted")).isPresent();
    corpus(dir);
    EvalReport r = new PredictedCorefSuite(CorefSuite.ecbOptions(), FakeLayer::new).run(dir);
    assertThat(r.items()).isEqualTo(2);
    assertThat(r.figures()).allSatisfy(f -> assertThat(f.value()).isBetween(0.0, 100.0));
    Map<String, Double> v =
        r.figures().stream()
            .collect(java.util.stream.Collectors.toMap(Figure::name, Figure::value));
    // Two names found of four gold entity mentions a document, both exact.
    assertThat(v.get("entities.predicted.exact.mention_detection.precision")).isEqualTo(100.0);
    assertThat(v.get("entities.predicted.exact.mention_detection.recall")).isEqualTo(50.0);
    assertThat(v.get("events.predicted.exact.mention_detection.f1")).isEqualTo(100.0);
    // Within a document no two gold entity mentions corefer here and the linker joins none.
    assertThat(v.get("entities.predicted.exact.within-doc.muc_f1")).isEqualTo(0.0);
    assertThat(v.get("entities.predicted.exact.within-doc.b3_f1"))
        .isCloseTo(100.0 * 2 / 3, within(1e-9));
    assertThat(Set.copyOf(r.notes())).anyMatch(n -> n.contains("twinless"));
    // Omar Pell and Tarvik of four: "He" and "the ferry" are not names.
    assertThat(PredictedCorefSuite.namedShare(EcbPlus.read(dir))).isEqualTo(0.5);
  }
}
