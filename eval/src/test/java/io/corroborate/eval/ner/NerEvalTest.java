package io.corroborate.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.DependencyParse;
import io.corroborate.annotate.EntityMention;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.eval.EvalReport;
import io.corroborate.eval.Figure;
import io.corroborate.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerEvalTest {
  private static final String CONLL =
      "Olena NNP B-NP B-PER\nKovalenko NNP I-NP I-PER\nvisited VBD B-VP O\nLviv NNP B-NP B-LOC\n. . O O\n\n"
          + "The DT B-NP O\nRed NNP I-NP B-ORG\nCross NNP I-NP I-ORG\nhelped VBD B-VP O\n. . O O\n";

  /** A layer that tags capitalised pairs as people and "Lviv" as a place: enough to score. */
  private static final class FakeLayer implements LanguageLayer {
    @Override
    public String name() {
      return "fake";
    }

    @Override
    public Annotation annotate(String text, Optional<LocalDate> published) {
      List<EntityMention> es = new ArrayList<>();
      Matcher m = Pattern.compile("Olena Kovalenko|Lviv|Red").matcher(text);
      while (m.find()) {
        EntityType t =
            m.group().equals("Lviv")
                ? EntityType.LOCATION
                : m.group().equals("Red") ? EntityType.AGENCY : EntityType.PERSON;
        es.add(new EntityMention(new Span(m.start(), m.end()), t, m.group()));
      }
      return new Annotation(text, published, List.of(), List.of(), es, List.of(), List.of());
    }

    @Override
    public List<DependencyParse> parse(Annotation annotation, Collection<Integer> sentences) {
      return List.of();
    }
  }

  @Test
  void conllFilesBecomeTextWithGoldTokenRanges(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("eng.testa");
    Files.writeString(f, CONLL);
    List<ConllDocument> docs = ConllDocument.readAll(f);
    assertThat(docs).hasSize(1);
    ConllDocument d = docs.get(0);
    assertThat(d.text()).isEqualTo("Olena Kovalenko visited Lviv .\nThe Red Cross helped .\n");
    assertThat(d.gold())
        .containsExactly(
            new ConllDocument.Entity(0, 2, "PER"),
            new ConllDocument.Entity(3, 4, "LOC"),
            new ConllDocument.Entity(6, 8, "ORG"));
  }

  @Test
  void onlyExactRangesWithTheRightClassCount(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("eng.testa");
    Files.writeString(f, CONLL);
    EvalReport r = new NerEval(FakeLayer::new).run(f);
    // Person and place are right; "Red" alone is an organisation with the wrong extent.
    assertThat(value(r, "precision"))
        .isCloseTo(200.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(value(r, "recall")).isCloseTo(200.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(value(r, "per_f1")).isEqualTo(100.0);
    assertThat(value(r, "org_f1")).isEqualTo(0.0);
  }

  @Test
  void finerTypesScoreAsTheirConllClass() {
    assertThat(NerEval.conllClass(EntityType.MILITARY_UNIT)).isEqualTo("ORG");
    assertThat(NerEval.conllClass(EntityType.AGENCY)).isEqualTo("ORG");
    assertThat(NerEval.conllClass(EntityType.NATIONALITY)).isEqualTo("MISC");
  }

  private static double value(EvalReport r, String name) {
    return r.figures().stream()
        .filter(x -> x.name().equals(name))
        .findFirst()
        .map(Figure::value)
        .orElseThrow();
  }
}
