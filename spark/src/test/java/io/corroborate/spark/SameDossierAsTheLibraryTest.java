package io.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.dossier.Dossier;
import io.corroborate.model.ModelJson;
import io.corroborate.testkit.JsonDiff;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job gives the dossier the library gives for the same articles and language layer: the
 * example story through {@link SparkJob} in local mode against {@code Corroborate.run} and {@code
 * dossiers}, field for field (the origin file compared by name: the job reads through Hadoop's
 * paths).
 */
@Tag("slow")
class SameDossierAsTheLibraryTest {
  @TempDir Path tmp;

  @Test
  void theJobAndTheLibraryGiveOneDossierForTheExampleStory() throws IOException {
    Path story = Repo.examples().resolve("kaldor-dam");
    Path out = tmp.resolve("out");
    JobResult r =
        SparkJob.run(
            LocalSpark.session(),
            JobOptions.of(List.of(story.toString()), out.toString(), LayerKind.PLAIN)
                .withPartitions(2));
    assertThat(r.rejections()).isZero();

    List<JsonNode> fromJob = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out.resolve(SparkJob.DOSSIERS))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(part)) {
          if (!line.isBlank()) {
            fromJob.add(comparable(ModelJson.mapper().readTree(line)));
          }
        }
      }
    }

    Corroborate library =
        Corroborate.builder().annotate(new PlainLanguageLayer(), AnnotationCache.none()).build();
    RunSummary run = library.run(List.of(story.toString()), new RunListener() {});
    List<Dossier> dossiers = library.dossiers(run);

    assertThat(dossiers).hasSize(1);
    assertThat(fromJob).hasSize(1);
    JsonNode fromLibrary =
        comparable(
            ModelJson.mapper().readTree(ModelJson.mapper().writeValueAsString(dossiers.get(0))));
    assertThat(fromLibrary.get("figures")).isNotEmpty();
    assertThat(JsonDiff.first(fromJob.get(0), fromLibrary)).as("job against library").isEmpty();
  }

  /** The dossier with each article's origin file reduced to its name. */
  private static JsonNode comparable(JsonNode dossier) {
    JsonNode copy = dossier.deepCopy();
    for (JsonNode a : copy.get("articles")) {
      ObjectNode origin = (ObjectNode) a.get("origin");
      origin.put("file", Path.of(origin.get("file").asText()).getFileName().toString());
    }
    return copy;
  }
}
