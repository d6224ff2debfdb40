package io.corroborate.bench.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.DependencyParse;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.bench.BenchStages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateBenchTest {
  private final ConcurrentLinkedQueue<Optional<LocalDate>> seen = new ConcurrentLinkedQueue<>();

  private final LanguageLayer recording =
      new LanguageLayer() {
        @Override
        public String name() {
          return "recording";
        }

        @Override
        public Annotation annotate(String text, Optional<LocalDate> published) {
          seen.add(published);
          return Annotation.empty(text, published);
        }

        @Override
        public List<DependencyParse> parse(Annotation annotation, Collection<Integer> sentences) {
          return List.of();
        }
      };

  @Test
  void everyArticleIsAnnotatedOncePerRunWithItsDateLine(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2025-02-19 The unit moved to the river on Thursday, the regional governor said.");
    Files.writeString(
        dir.resolve("b.txt"),
        "No date here, but a long enough sentence about the flood in the valley town.");
    Files.writeString(dir.resolve("notes.md"), "not an article");
    AnnotateBench b = new AnnotateBench(() -> recording);
    assertThat(b.prepare(dir)).isEqualTo(2);
    assertThat(b.runOnce(2)).isEqualTo(2);
    assertThat(seen)
        .containsExactlyInAnyOrder(Optional.of(LocalDate.of(2025, 2, 19)), Optional.empty());
  }

  @Test
  void aMissingFolderIsAnErrorNamingIt() {
    AnnotateBench b = new AnnotateBench(() -> recording);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.prepare(Path.of("no/such/folder")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no/such/folder");
  }

  @Test
  void theStageIsRegisteredByName() {
    assertThat(BenchStages.expect("annotate").unit()).isEqualTo("articles");
  }
}
