package io.corroborate.pipeline;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.internal.TimeLimit;
import io.corroborate.model.Article;
import io.corroborate.model.Rejection;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * The annotate stage: runs the language layer over an article's text, or takes the annotation a
 * cache already holds for the same article and layer. It stands beside the pipeline rather than in
 * {@code annotate}, so that the layer's interface and values do not depend on the pipeline that
 * carries them.
 *
 * <p>One article's annotation is given at most {@code maxTime}: past it the article is rejected
 * ({@code too_large}, with the limit in its reason) and the run goes on with the next. A run whose
 * thread is interrupted while an article is being annotated (a server stopping an upload) stops the
 * annotation too and throws {@link CancellationException}, which the pipeline passes on instead of
 * taking it for a bad article.
 *
 * <pre>
 * {@code Pipeline.builder().add(new Clean(opts)).add(new Annotate(CoreNlpLayer.shared(), store)).build();}
 * </pre>
 */
public final class Annotate implements DocumentStage {
  /**
   * Bumped whenever the core's own taggers (times, quantities) change what they produce, so cached
   * annotations from older rules are not reused.
   */
  public static final String RULES_VERSION = "1";

  /**
   * The default time for one article: CoreNLP's lean setup annotates a long article (10,000 words)
   * in a few seconds on a busy machine; two minutes is far above that and still stops a text made
   * to hold it up.
   */
  public static final Duration DEFAULT_MAX_TIME = Duration.ofMinutes(2);

  private final LanguageLayer layer;
  private final AnnotationCache cache;
  private final Duration maxTime;

  /** Annotates with {@code layer} within {@link #DEFAULT_MAX_TIME} an article. */
  public Annotate(LanguageLayer layer, AnnotationCache cache) {
    this(layer, cache, DEFAULT_MAX_TIME);
  }

  /**
   * Annotates with {@code layer}, giving up an article whose annotation takes over {@code maxTime}.
   */
  public Annotate(LanguageLayer layer, AnnotationCache cache, Duration maxTime) {
    this.layer = Objects.requireNonNull(layer, "layer");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.maxTime = Objects.requireNonNull(maxTime, "maxTime");
    if (maxTime.isNegative() || maxTime.isZero()) {
      throw new IllegalArgumentException(
          "the annotation time limit must be positive, got " + maxTime);
    }
  }

  /** The key annotations are cached under: the layer's name and the core rules' version. */
  public String layerKey() {
    return layer.name() + "+rules" + RULES_VERSION;
  }

  /** The most time one article's annotation may take. */
  public Duration maxTime() {
    return maxTime;
  }

  @Override
  public String name() {
    return "annotate";
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.ARTICLE);
  }

  @Override
  public Set<Capability> provides() {
    return Set.of(Capability.ANNOTATION);
  }

  @Override
  public Outcome apply(Doc doc) {
    Article a = doc.expectArticle();
    String key = layerKey();
    java.util.Optional<Annotation> cached =
        cache.annotation(a.id(), key).filter(c -> c.text().equals(a.text()));
    if (cached.isPresent()) {
      return Outcome.done(doc.withAnnotation(cached.get()));
    }
    Annotation fresh;
    try {
      fresh = within(a);
    } catch (TimeoutException e) {
      return Outcome.rejected(
          Rejection.of(
              a.origin(),
              Rejection.Kind.TOO_LARGE,
              "limit: annotating the article took longer than the "
                  + seconds(maxTime)
                  + " limit for one article and was given up"));
    }
    cache.putAnnotation(a.id(), key, fresh);
    return Outcome.done(doc.withAnnotation(fresh));
  }

  private Annotation within(Article a) throws TimeoutException {
    try {
      // Past the limit the annotating thread is asked to stop (CoreNLP checks between annotators).
      return TimeLimit.call(() -> layer.annotate(a), maxTime);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("stopped while annotating " + a.origin().file());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
