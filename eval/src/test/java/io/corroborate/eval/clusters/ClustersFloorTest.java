package io.corroborate.eval.clusters;

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
 * The regression gate: story clustering's B³ F1 on ECB+ without embeddings may not fall below the
 * floor in {@code eval-floors.properties} for the same data (by checksum).
 */
@Tag("slow")
class ClustersFloorTest {
  @Test
  void b3F1OnEcbPlusStaysAboveItsFloor() throws Exception {
    Path data = Repo.sharedOrSkip("bench/ecbplus");
    Properties floors = new Properties();
    try (InputStream in = ClustersFloorTest.class.getResourceAsStream("/eval-floors.properties")) {
      floors.load(in);
    }
    EvalReport r = new ClustersSuite().run(data);
    r.figures().forEach(f -> System.out.println(f.line()));
    r.notes().forEach(n -> System.out.println("note " + n));
    assertThat(r.checksum())
        .as("ECB+ data changed: re-measure and re-pin clusters.ecbplus.* in eval-floors.properties")
        .isEqualTo(floors.getProperty("clusters.ecbplus.checksum"));
    assertThat(value(r, "b3_f1"))
        .isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty("clusters.ecbplus.b3_f1")));
  }

  private static double value(EvalReport r, String name) {
    return r.figures().stream()
        .filter(f -> f.name().equals(name))
        .map(Figure::value)
        .findFirst()
        .orElseThrow();
  }
}
