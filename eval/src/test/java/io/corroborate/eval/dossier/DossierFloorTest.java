package io.corroborate.eval.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.eval.EvalReport;
import io.corroborate.eval.Figure;
import io.corroborate.testkit.Repo;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regression gate of the dossier on real coverage: every figure pinned in {@code
 * eval-floors.properties} as {@code dossier.real.<figure>.min} (or {@code .max} for shares that
 * must stay low, such as false conflicts) holds on the same data (by checksum), with the CoreNLP
 * layer as {@code analyze} uses it. Lowering a floor is an explicit edit of that file.
 */
@Tag("slow")
class DossierFloorTest {
  @Test
  void realCoverageFiguresStayWithinTheirFloors(@TempDir Path reports) throws Exception {
    Path data = Repo.sharedOrSkip("corpus/real");
    Properties floors = new Properties();
    try (InputStream in = DossierFloorTest.class.getResourceAsStream("/eval-floors.properties")) {
      floors.load(in);
    }
    EvalReport r = new DossierSuite(CoreNlpLayer::shared, Optional.of(reports)).run(data);
    r.figures().forEach(f -> System.out.println(f.line()));
    r.notes().forEach(n -> System.out.println("note " + n));
    assertThat(r.checksum())
        .as(
            "real-coverage data changed: re-measure and re-pin dossier.real.* in eval-floors.properties")
        .isEqualTo(floors.getProperty("dossier.real.checksum"));
    int pinned = 0;
    for (String key : floors.stringPropertyNames()) {
      if (!key.startsWith("dossier.real.") || key.endsWith(".checksum")) {
        continue;
      }
      String rest = key.substring("dossier.real.".length());
      String figure = rest.substring(0, rest.lastIndexOf('.'));
      double bound = Double.parseDouble(floors.getProperty(key));
      double v = value(r, figure);
      if (rest.endsWith(".min")) {
        assertThat(v).as(figure + " (floor)").isGreaterThanOrEqualTo(bound);
      } else {
        assertThat(v).as(figure + " (ceiling)").isLessThanOrEqualTo(bound);
      }
      pinned++;
    }
    assertThat(pinned).as("figures pinned").isGreaterThanOrEqualTo(5);
    assertThat(Files.list(reports).count()).as("one report per story").isEqualTo(4);
  }

  private static double value(EvalReport r, String name) {
    return r.figures().stream()
        .filter(f -> f.name().equals(name))
        .map(Figure::value)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + name + " in " + r.figures()));
  }
}
