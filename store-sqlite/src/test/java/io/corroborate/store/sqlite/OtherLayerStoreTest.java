package io.corroborate.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.model.ModelJson;
import io.corroborate.store.StorySummary;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store analysed with one language layer and opened with another (a CoreNLP store served with
 * {@code --plain}) keeps its articles' claims when a new article rewrites their story: the older
 * articles are read with the annotation the store holds, not as if they had none.
 */
class OtherLayerStoreTest {
  @TempDir Path dir;

  /** Annotates exactly as the plain layer does, under another name, as a second layer would. */
  private static final class Renamed implements LanguageLayer {
    private final LanguageLayer plain = new PlainLanguageLayer();

    @Override
    public String name() {
      return "renamed-plain";
    }

    @Override
    public Annotation annotate(String text, Optional<LocalDate> published) {
      return plain.annotate(text, published);
    }

    @Override
    public List<io.corroborate.annotate.DependencyParse> parse(
        Annotation annotation, java.util.Collection<Integer> sentences) {
      return plain.parse(annotation, sentences);
    }
  }

  @Test
  void anUploadThroughAnotherLayerKeepsTheStoryDossierWhole() throws IOException {
    List<String> inputs = Repo.exampleArticles("kaldor-dam");
    List<String> first = inputs.subList(0, inputs.size() - 1);
    List<String> last = inputs.subList(inputs.size() - 1, inputs.size());

    String expected;
    try (SqliteStore one = SqliteStore.open(dir.resolve("one-layer.db"))) {
      Corroborate plain = Corroborate.builder().annotate(new PlainLanguageLayer(), one).build();
      plain.session(one).add(first, new RunListener() {});
      plain.session(one).add(last, new RunListener() {});
      expected = largestDossier(one);
    }

    try (SqliteStore two = SqliteStore.open(dir.resolve("two-layers.db"))) {
      Corroborate plain = Corroborate.builder().annotate(new PlainLanguageLayer(), two).build();
      plain.session(two).add(first, new RunListener() {});
      Corroborate other = Corroborate.builder().annotate(new Renamed(), two).build();
      other.session(two).add(last, new RunListener() {});
      assertThat(ModelJson.read(expected, io.corroborate.dossier.Dossier.class).findings())
          .isNotEmpty();
      assertThat(largestDossier(two)).isEqualTo(expected);
    }
  }

  private static String largestDossier(SqliteStore store) {
    StorySummary largest =
        store.stories().stream().max(Comparator.comparingInt(StorySummary::articles)).orElseThrow();
    return store.dossierJson(largest.id()).orElseThrow();
  }
}
