package io.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.annotate.quantity.QuantityTagger;
import io.corroborate.annotate.time.TimeTagger;
import io.corroborate.pipeline.Annotate;
import io.corroborate.pipeline.PipelineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateStageTest {
  @TempDir Path dir;

  /** A language layer made of the core's own time and quantity taggers, counting its calls. */
  static final class TaggerLayer implements LanguageLayer {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String name() {
      return "taggers";
    }

    @Override
    public Annotation annotate(String text, Optional<LocalDate> published) {
      calls.incrementAndGet();
      return new Annotation(
          text,
          published,
          List.of(),
          List.of(),
          List.of(),
          new TimeTagger().find(text, published),
          new QuantityTagger().find(text, List.of()));
    }

    @Override
    public List<DependencyParse> parse(Annotation annotation, Collection<Integer> sentences) {
      return List.of();
    }
  }

  /** An annotation cache kept in a map, as the store keeps one in a table. */
  static final class MapCache implements AnnotationCache {
    final Map<String, Annotation> map = new HashMap<>();

    @Override
    public Optional<Annotation> annotation(String articleId, String layer) {
      return Optional.ofNullable(map.get(articleId + "/" + layer));
    }

    @Override
    public void putAnnotation(String articleId, String layer, Annotation annotation) {
      map.put(articleId + "/" + layer, annotation);
    }
  }

  @Test
  void reAnalysingUnchangedArticlesTakesTheirAnnotationsFromTheCache() throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2026-03-09 On Thursday about 3,000 people left Brenitsa, the civil protection authority said.\n");
    Files.writeString(
        dir.resolve("b.txt"),
        " date 2026-03-12 Engineers began draining the reservoir late last month, and 4,760 people remain evacuated.\n");
    TaggerLayer layer = new TaggerLayer();
    MapCache cache = new MapCache();
    Corroborate c = Corroborate.builder().annotate(layer, cache).build();
    RunSummary first = c.run(List.of(dir.toString()), new RunListener() {});
    assertThat(layer.calls).hasValue(2);
    assertThat(first.annotations()).hasSize(2);
    RunSummary second = c.run(List.of(dir.toString()), new RunListener() {});
    assertThat(layer.calls).as("no article is annotated twice").hasValue(2);
    assertThat(second.annotations()).isEqualTo(first.annotations());
    Annotation a = first.annotations().get(first.articles().get(0).id());
    assertThat(a.times()).extracting(t -> t.text()).contains("Thursday");
    assertThat(a.anchor()).contains(LocalDate.of(2026, 3, 9));
  }

  @Test
  void annotateNeedsAnArticleFirst() {
    var b =
        io.corroborate.pipeline.Pipeline.builder()
            .add(new Annotate(new TaggerLayer(), AnnotationCache.none()));
    org.assertj.core.api.Assertions.assertThatThrownBy(b::build)
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("ARTICLE");
  }
}
