package io.corroborate.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.corenlp.AttributionFeatures;
import io.corroborate.annotate.corenlp.LearnedAttribution;
import io.corroborate.annotate.corenlp.PosLayer;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model shipped in the jar is the one {@code corroborate train attribution} makes from the
 * PolNeAR data here: same data checksum, same settings, same tags on held-out articles.
 */
@Tag("slow")
class ShippedAttributionModelTest {
  @Test
  void theShippedModelIsWhatTrainingOnPolnearReproduces(@TempDir Path out) throws IOException {
    Path polnear = Repo.sharedOrSkip("bench/polnear");
    AttributionTrainer.Result r =
        new AttributionTrainer(AttributionTrainer.Options.defaults()).train(polnear, out);
    Properties shipped = new Properties();
    try (InputStream in =
        LearnedAttribution.class
            .getClassLoader()
            .getResourceAsStream(LearnedAttribution.INFO_RESOURCE)) {
      assertThat(in).as(LearnedAttribution.INFO_RESOURCE).isNotNull();
      shipped.load(in);
    }
    Properties made = new Properties();
    try (InputStream in = Files.newInputStream(r.info())) {
      made.load(in);
    }
    assertThat(made).isEqualTo(shipped);
    LearnedAttribution rebuilt;
    try (InputStream in = Files.newInputStream(r.model())) {
      rebuilt = new LearnedAttribution(LearnedAttribution.read(in));
    }
    LearnedAttribution inJar = LearnedAttribution.shipped();
    List<Path[]> dev = AttributionTrainer.pairs(polnear.resolve("data/dev"));
    for (Path[] p : dev.subList(0, Math.min(8, dev.size()))) {
      Annotation a = PosLayer.shared().annotate(Files.readString(p[0]));
      for (AttributionFeatures.Run run : AttributionFeatures.runs(a)) {
        assertThat(rebuilt.tags(a, run)).as(p[0].toString()).isEqualTo(inJar.tags(a, run));
      }
    }
  }
}
