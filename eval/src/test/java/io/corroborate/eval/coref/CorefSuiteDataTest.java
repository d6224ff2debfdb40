package io.corroborate.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The figures on ECB+ topics 1–35 have floors: a change that drops one below fails here. */
@Tag("slow")
class CorefSuiteDataTest {
  @Test
  void ecbPlusScoresStayAboveTheirFloorsAndTheLinkerBeatsTheLemmaBaselineOnEvents()
      throws IOException {
    EcbPlus.Corpus c = EcbPlus.read(Repo.sharedOrSkip("bench/ecbplus"));
    Map<String, CorefScores> s = new CorefSuite().score(c);
    System.out.println(CorefSuite.table(s));
    assertThat(c.documents().size()).isGreaterThan(700);
    assertThat(100 * s.get("events.cross-subtopic.linker").conllF1()).isGreaterThan(78.5);
    assertThat(100 * s.get("events.within-doc.linker").conllF1()).isGreaterThan(86.0);
    assertThat(100 * s.get("entities.within-doc.linker").conllF1()).isGreaterThan(78.5);
    assertThat(100 * s.get("entities.cross-subtopic.linker").conllF1()).isGreaterThan(70.5);
    assertThat(s.get("events.cross-subtopic.linker").conllF1())
        .isGreaterThan(s.get("events.cross-subtopic.baseline").conllF1());
  }
}
