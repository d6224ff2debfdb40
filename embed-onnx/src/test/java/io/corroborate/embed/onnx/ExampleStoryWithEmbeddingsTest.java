package io.corroborate.embed.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.annotate.Annotation;
import io.corroborate.cluster.Embedder;
import io.corroborate.dossier.Dossier;
import io.corroborate.extract.PlainLayer;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.testkit.Repo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our fictional Kaldor Dam story with the real MiniLM model: embeddings add evidence for a match,
 * they never pull apart reports that words, names and dates already put together (the engineer's
 * interview and the first flood reports are phrased very differently).
 */
class ExampleStoryWithEmbeddingsTest {
  private static List<Dossier> dossiers(Embedder embedder) {
    RunSummary run =
        Corroborate.create()
            .run(List.of(Repo.examples().resolve("kaldor-dam").toString()), new RunListener() {});
    Map<String, Annotation> annotations = new LinkedHashMap<>();
    for (Article a : run.articles()) {
      annotations.put(a.id(), PlainLayer.annotate(a.text(), a.published().map(DateStamp::date)));
    }
    return Corroborate.builder()
        .embedder(embedder)
        .build()
        .dossiers(new RunSummary(run.inputs(), run.articles(), annotations, List.of()));
  }

  @Test
  void theExampleIsOneStoryWithAndWithoutEmbeddings() {
    List<Dossier> plain = dossiers(Embedder.none());
    List<Dossier> embedded = dossiers(OnnxEmbedder.shared());
    assertThat(plain).hasSize(1);
    assertThat(embedded).hasSize(1);
    assertThat(embedded.get(0).articles()).hasSameSizeAs(plain.get(0).articles()).hasSize(12);
  }
}
