package io.corroborate.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The predicted-mention figures on ECB+ topics 1–35 have floors (about half a minute: the language
 * layer annotates the listed sentences of 772 documents).
 */
@Tag("slow")
class PredictedCorefSuiteDataTest {
  @Test
  void predictedMentionScoresOnEcbPlusStayAboveTheirFloors() throws IOException {
    EcbPlus.Corpus c = EcbPlus.read(Repo.sharedOrSkip("bench/ecbplus"));
    PredictedCorefSuite suite = new PredictedCorefSuite();
    PredictedCorefSuite.Prediction p = suite.predict(c);
    Map<String, CorefScores> s = suite.score(c, p);
    Map<String, Predicted.Detection> md = PredictedCorefSuite.detection(c, p);
    System.out.println(PredictedCorefSuite.table(s, md));
    assertThat(100 * md.get("events.exact").prf().f1()).isGreaterThan(65.0);
    assertThat(100 * md.get("entities.exact").prf().precision()).isGreaterThan(45.0);
    assertThat(100 * s.get("events.cross-subtopic.exact").conllF1()).isGreaterThan(52.0);
    assertThat(100 * s.get("entities.cross-subtopic.exact").conllF1()).isGreaterThan(18.0);
    // Head matching only ever adds twins to exact matching.
    assertThat(md.get("entities.head").matched())
        .isGreaterThanOrEqualTo(md.get("entities.exact").matched());
  }
}
