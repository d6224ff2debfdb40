package io.corroborate.pipeline;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.model.Article;
import java.util.Set;

/**
 * The annotate stage: runs the language layer over an article's text, or takes the annotation a
 * cache already holds for the same article and layer. It stands beside the pipeline rather than in
 * {@code annotate}, so that the layer's interface and values do not depend on the pipeline that
 * carries them.
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

  private final LanguageLayer layer;
  private final AnnotationCache cache;

  public Annotate(LanguageLayer layer, AnnotationCache cache) {
    this.layer = layer;
    this.cache = cache;
  }

  /** The key annotations are cached under: the layer's name and the core rules' version. */
  public String layerKey() {
    return layer.name() + "+rules" + RULES_VERSION;
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
    Annotation an =
        cache
            .annotation(a.id(), key)
            .filter(cached -> cached.text().equals(a.text()))
            .orElseGet(
                () -> {
                  Annotation fresh = layer.annotate(a);
                  cache.putAnnotation(a.id(), key, fresh);
                  return fresh;
                });
    return Outcome.done(doc.withAnnotation(an));
  }
}
