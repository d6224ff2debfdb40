package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.model.Article;
import io.corroborate.model.Rejection;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every reproducer of {@code ../shared/repro/reliability} (inputs that once hung, crashed or lost
 * good text) goes through ingest and clean, and comes out read or rejected with its reason; the
 * time bound is a guard against a hang, far above what each takes. Skips when the folder is absent.
 * Each reproducer also stands as a test that makes its input itself, in {@link HostileInputTest}
 * and {@code HostileTextTest}.
 */
class ReproducersTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  /** What a run made of one input. */
  record Result(List<Article> articles, List<Rejection> rejections) {}

  @TestFactory
  Stream<DynamicTest> everyReproducerIsReadOrRejectedWithAReason() throws IOException {
    Path dir = Repo.sharedOrSkip("repro/reliability");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
    }
    assertThat(files).as("reproducers in %s", dir).isNotEmpty();
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private static Result run(Path file) {
    return assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          List<Article> articles = new ArrayList<>();
          List<Rejection> rejections = new ArrayList<>();
          Corroborate.create().stream(
              List.of(file.toString()),
              new RunListener() {
                @Override
                public void article(Article a) {
                  articles.add(a);
                }

                @Override
                public void rejected(Rejection r) {
                  rejections.add(r);
                }
              });
          return new Result(articles, rejections);
        });
  }

  private static void check(Path file) {
    Result r = run(file);
    assertThat(r.articles().size() + r.rejections().size())
        .as("something is said of %s", file)
        .isPositive();
    for (Rejection x : r.rejections()) {
      assertThat(x.file()).isEqualTo(file.toString());
      assertThat(x.reason()).as(x.describe()).doesNotContain("java.", "Exception:");
    }
    String name = file.getFileName().toString();
    // What each known reproducer must give; a new file only needs to be read or rejected.
    if (name.startsWith("01-")) {
      assertThat(r.articles())
          .singleElement()
          .satisfies(a -> assertThat(a.text()).contains("Veldan"));
    } else if (name.startsWith("02-")) {
      assertThat(r.rejections())
          .singleElement()
          .satisfies(x -> assertThat(x.kind()).isEqualTo(Rejection.Kind.TOO_LARGE));
    } else if (name.startsWith("03-")) {
      assertThat(r.articles())
          .singleElement()
          .satisfies(a -> assertThat(a.text()).contains("Veldan"));
    } else if (name.startsWith("04-")) {
      assertThat(r.articles()).hasSize(1);
      assertThat(r.rejections())
          .singleElement()
          .satisfies(x -> assertThat(x.reason()).contains("records in one file"));
    } else if (name.startsWith("05-")) {
      assertThat(r.articles())
          .singleElement()
          .satisfies(a -> assertThat(a.title().map(String::length).orElse(0)).isLessThan(1_000));
    } else if (name.startsWith("06-")) {
      assertThat(r.rejections())
          .singleElement()
          .satisfies(x -> assertThat(x.reason()).contains("token over the"));
    } else if (name.startsWith("07-")) {
      assertThat(r.articles())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.language()).isEqualTo("ru");
                assertThat(a.text()).containsPattern("\\p{IsCyrillic}{5}");
              });
    } else if (name.startsWith("08-")) {
      assertThat(r.rejections()).isEmpty();
      assertThat(r.articles())
          .singleElement()
          .satisfies(a -> assertThat(a.text()).contains("Veldan"));
    } else if (name.startsWith("09-")) {
      assertThat(r.articles())
          .as("the good records around the malformed one")
          .hasSizeGreaterThanOrEqualTo(2);
      assertThat(r.rejections())
          .singleElement()
          .satisfies(x -> assertThat(x.reason()).contains("reading resumes"));
    } else if (name.startsWith("10-")) {
      assertThat(r.rejections()).isEmpty();
      assertThat(r.articles()).hasSize(1);
    }
  }
}
