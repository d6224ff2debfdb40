package io.corroborate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.annotate.DependencyParse;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.model.Rejection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One article's annotation has a time limit, and a stopped run stops inside an annotation. */
class AnnotateLimitTest {
  @TempDir Path dir;

  /**
   * The model-free layer, except on a text holding {@code STALL}: there it waits until it is
   * interrupted (as CoreNLP stops between its annotators), and counts down {@code stalled} on
   * entering and {@code interrupted} on leaving.
   */
  static final class StallingLayer implements LanguageLayer {
    private final LanguageLayer plain = new PlainLanguageLayer();
    final CountDownLatch stalled = new CountDownLatch(1);
    final CountDownLatch interrupted = new CountDownLatch(1);

    /**
     * What the stall waits for before it says it has stalled: a run reads records on several
     * threads, so the record before the stalled one may still be on its way to the listener.
     */
    final CountDownLatch after;

    StallingLayer() {
      this(new CountDownLatch(0));
    }

    StallingLayer(CountDownLatch after) {
      this.after = after;
    }

    @Override
    public String name() {
      return "stalling";
    }

    @Override
    public Annotation annotate(String text, Optional<LocalDate> published) {
      if (text.contains("STALL")) {
        try {
          after.await(10, TimeUnit.SECONDS);
          stalled.countDown();
          new CountDownLatch(1).await();
        } catch (InterruptedException e) {
          interrupted.countDown();
          throw new IllegalStateException("interrupted");
        }
      }
      return plain.annotate(text, published);
    }

    @Override
    public List<DependencyParse> parse(Annotation annotation, Collection<Integer> sentences) {
      return plain.parse(annotation, sentences);
    }
  }

  private Path corpus() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("a-first.txt"),
        "The river at Velin rose two metres on Monday, the mayor of Velin said in the evening.\n");
    Files.writeString(
        in.resolve("b-stall.txt"),
        "STALL. The gates of the Tarn dam were opened on Tuesday, engineers of the dam said.\n");
    Files.writeString(
        in.resolve("c-last.txt"),
        "Two hundred people left their homes in Velin on Wednesday, the regional office said.\n");
    return in;
  }

  @Test
  void anArticleWhoseAnnotationOutrunsTheLimitIsRejectedWithItsReasonAndTheRunGoesOn()
      throws Exception {
    StallingLayer layer = new StallingLayer();
    Corroborate c =
        Corroborate.builder()
            .annotate(layer, AnnotationCache.none())
            .annotateTimeLimit(Duration.ofMillis(300))
            .build();
    RunSummary run = c.run(List.of(corpus().toString()), new RunListener() {});

    assertThat(run.articles()).extracting(a -> a.origin().file()).hasSize(2);
    assertThat(run.articles())
        .allSatisfy(a -> assertThat(a.origin().file()).doesNotContain("b-stall"));
    assertThat(run.rejections()).hasSize(1);
    Rejection r = run.rejections().get(0);
    assertThat(r.file()).endsWith("b-stall.txt");
    assertThat(r.kind()).isEqualTo(Rejection.Kind.TOO_LARGE);
    assertThat(r.reason())
        .isEqualTo(
            "limit: annotating the article took longer than the 300 ms limit for one article"
                + " and was given up");
    assertThat(layer.interrupted.await(10, TimeUnit.SECONDS))
        .as("the annotation given up is asked to stop")
        .isTrue();
  }

  @Test
  void aRunWhoseThreadIsInterruptedStopsInsideTheAnnotationAndKeepsNoRejectionForIt()
      throws Exception {
    CountDownLatch firstGiven = new CountDownLatch(1);
    StallingLayer layer = new StallingLayer(firstGiven);
    Corroborate c =
        Corroborate.builder()
            .annotate(layer, AnnotationCache.none())
            .annotateTimeLimit(Duration.ofMinutes(10))
            .build();
    Path in = corpus();
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread run =
        new Thread(
            () -> {
              try {
                c.stream(
                    List.of(in.toString()),
                    new RunListener() {
                      @Override
                      public void article(io.corroborate.model.Article a) {
                        seen.add("article " + a.origin().file());
                        firstGiven.countDown();
                      }

                      @Override
                      public void rejected(Rejection r) {
                        seen.add("rejected " + r.file());
                      }
                    });
              } catch (Throwable t) {
                thrown.set(t);
              }
            });
    run.start();
    assertThat(layer.stalled.await(10, TimeUnit.SECONDS)).isTrue();
    run.interrupt();
    run.join(TimeUnit.SECONDS.toMillis(10));

    assertThat(run.isAlive()).as("the run stopped").isFalse();
    assertThat(thrown.get()).isInstanceOf(CancellationException.class);
    assertThat(layer.interrupted.await(10, TimeUnit.SECONDS))
        .as("the annotation under way is stopped too")
        .isTrue();
    // the article before is given; the stalled one is neither an article nor a rejection, and the
    // run does not go on to the one after
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0)).startsWith("article ").endsWith("a-first.txt");
  }

  @Test
  void aTimeLimitThatIsNotPositiveIsRefused() {
    assertThatThrownBy(
            () -> new Annotate(new PlainLanguageLayer(), AnnotationCache.none(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be positive");
  }
}
