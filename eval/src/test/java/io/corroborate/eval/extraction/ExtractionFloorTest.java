package io.corroborate.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.eval.EvalReport;
import io.corroborate.eval.Figure;
import io.corroborate.testkit.Repo;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The regression gate: the extractor's F1 on trafilatura's evaluation set may not fall below the
 * floor recorded in {@code eval-floors.properties} for the same data (by checksum). Lowering a
 * floor is an explicit edit of that file.
 */
@Tag("slow")
class ExtractionFloorTest {
  @Test
  void f1OnTrafilaturasSetStaysAboveItsFloor() throws Exception {
    Path data = Repo.sharedOrSkip("bench/trafilatura-eval");
    Properties floors = new Properties();
    try (InputStream in =
        ExtractionFloorTest.class.getResourceAsStream("/eval-floors.properties")) {
      floors.load(in);
    }
    EvalReport r = new ExtractionSuite().run(data);
    for (Figure f : r.figures()) {
      System.out.println(
          f.line() + f.published().map(p -> "  (" + f.peer() + ": " + p + ")").orElse(""));
    }
    assertThat(r.checksum())
        .as(
            "trafilatura-eval data changed: re-measure and re-pin extraction.trafilatura.* in eval-floors.properties")
        .isEqualTo(floors.getProperty("extraction.trafilatura.checksum"));
    double f1 =
        r.figures().stream().filter(f -> f.name().equals("f1")).findFirst().orElseThrow().value();
    assertThat(f1)
        .isGreaterThanOrEqualTo(
            Double.parseDouble(floors.getProperty("extraction.trafilatura.f1")));
    double precision =
        r.figures().stream()
            .filter(f -> f.name().equals("precision"))
            .findFirst()
            .orElseThrow()
            .value();
    assertThat(precision)
        .isGreaterThanOrEqualTo(
            Double.parseDouble(floors.getProperty("extraction.trafilatura.precision")));
  }
}
