package io.corroborate.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.eval.EvalReport;
import io.corroborate.eval.EvalSuites;
import io.corroborate.eval.Figure;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The regression gate for attribution: every figure pinned as {@code attribution.polnear.<figure>}
 * in {@code eval-floors.properties} holds on PolNeAR's dev split, for the same data (by checksum).
 * Lowering a floor is an explicit edit of that file.
 */
@Tag("slow")
class AttributionFloorTest {
  private static final String PREFIX = "attribution.polnear.";

  @Test
  void thePolnearDevSplitScoresAboveItsFloors() throws IOException {
    Path polnear = Repo.sharedOrSkip("bench/polnear");
    Properties floors = new Properties();
    try (InputStream in =
        AttributionFloorTest.class.getResourceAsStream("/eval-floors.properties")) {
      floors.load(in);
    }
    EvalReport r = EvalSuites.expect("attribution").run(polnear);
    r.figures().forEach(f -> System.out.println(f.line()));
    r.notes().forEach(n -> System.out.println("note " + n));
    assertThat(r.checksum())
        .as("PolNeAR dev changed: re-measure and re-pin " + PREFIX + "* in eval-floors.properties")
        .isEqualTo(floors.getProperty(PREFIX + "checksum"));
    Map<String, Double> figures =
        r.figures().stream().collect(Collectors.toMap(Figure::name, Figure::value));
    int pinned = 0;
    for (String key : floors.stringPropertyNames()) {
      if (!key.startsWith(PREFIX) || key.endsWith(".checksum")) {
        continue;
      }
      String name = key.substring(PREFIX.length());
      assertThat(figures).as("figure " + name).containsKey(name);
      assertThat(figures.get(name))
          .as(name)
          .isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty(key)));
      pinned++;
    }
    assertThat(pinned).isGreaterThan(3);
  }
}
