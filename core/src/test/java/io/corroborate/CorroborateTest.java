package io.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.annotate.DependencyParse;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.ingest.Input;
import io.corroborate.model.Article;
import io.corroborate.model.Rejection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorroborateTest {
  @TempDir Path dir;

  @Test
  void streamingHandsEveryArticleAndRejectionToTheListenerAndCountsWhatRunWouldKeep()
      throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2026-03-09 The river rose two metres overnight and the lower town was evacuated.\n");
    Files.writeString(
        dir.resolve("b.txt"),
        " date 2026-03-10 Engineers opened two spillway gates at dawn, the water authority said.\n");
    Files.writeString(dir.resolve("c.txt"), "Read more\n");
    Corroborate c = Corroborate.create();
    List<String> seen = new ArrayList<>();
    RunCounts counts =
        c.stream(
            List.of(dir.toString()),
            new RunListener() {
              @Override
              public void article(Article a) {
                seen.add("article " + a.origin().file());
              }

              @Override
              public void rejected(Rejection r) {
                seen.add("rejected " + r.file());
              }
            });
    RunSummary run = c.run(List.of(dir.toString()), new RunListener() {});
    assertThat(counts).isEqualTo(new RunCounts(3, 2, 1));
    assertThat(run.articles()).hasSize(counts.articles());
    assertThat(run.rejections()).hasSize(counts.rejections());
    assertThat(seen).hasSize(3).anyMatch(l -> l.startsWith("rejected") && l.endsWith("c.txt"));
  }

  @Test
  void readingOnSeveralThreadsTellsTheListenerWhatASequentialRunTellsInTheSameOrder()
      throws Exception {
    for (int i = 0; i < 9; i++) {
      Files.writeString(
          dir.resolve("report-" + i + ".txt"),
          " date 2026-03-1"
              + i
              + " The river at Velmora rose "
              + (i + 2)
              + " metres overnight and "
              + (100 * i + 40)
              + " people left the lower town, Anna Kovel of the water authority said.\n");
    }
    Files.writeString(dir.resolve("report-5b.txt"), "Read more\n");
    assertThat(events(4)).hasSize(29).isEqualTo(events(1));
  }

  @Test
  void severalThreadsAnnotateArticlesAtOnce() throws Exception {
    for (int i = 0; i < 2; i++) {
      Files.writeString(
          dir.resolve("report-" + i + ".txt"),
          " date 2026-03-1" + i + " The dam at Ostrand held after " + (i + 3) + " days of rain.\n");
    }
    CountDownLatch both = new CountDownLatch(2);
    List<Boolean> met = java.util.Collections.synchronizedList(new ArrayList<>());
    LanguageLayer waiting =
        new LanguageLayer() {
          private final PlainLanguageLayer plain = new PlainLanguageLayer();

          @Override
          public String name() {
            return "waiting";
          }

          @Override
          public Annotation annotate(String text, Optional<LocalDate> published) {
            both.countDown();
            try {
              // Each article ends only once the other has started: one thread alone would wait out.
              met.add(both.await(20, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return plain.annotate(text, published);
          }

          @Override
          public List<DependencyParse> parse(Annotation a, Collection<Integer> sentences) {
            return plain.parse(a, sentences);
          }
        };
    Corroborate c =
        Corroborate.builder().annotate(waiting, AnnotationCache.none()).threads(2).build();
    assertThat(c.run(List.of(dir.toString()), new RunListener() {}).articles()).hasSize(2);
    assertThat(met).containsExactly(true, true);
  }

  /** What a run on {@code threads} threads tells its listener, in order. */
  private List<String> events(int threads) {
    List<String> seen = new ArrayList<>();
    Corroborate c =
        Corroborate.builder()
            .annotate(new PlainLanguageLayer(), AnnotationCache.none())
            .threads(threads)
            .build();
    c.stream(
        List.of(dir.toString()),
        new RunListener() {
          @Override
          public void annotated(Article a, Annotation an) {
            seen.add("annotated " + a.origin().file() + " " + an.quantities().size());
          }

          @Override
          public void article(Article a) {
            seen.add("article " + a.origin().file());
          }

          @Override
          public void rejected(Rejection r) {
            seen.add("rejected " + r.file());
          }

          @Override
          public void inputDone(Input in) {
            seen.add("done " + in);
          }
        });
    return seen;
  }
}
