package io.corroborate.annotate;

import java.util.Optional;

/**
 * Where annotations are kept between runs, keyed by article id and the layer that made them, so
 * re-analysing a story does not re-annotate what is unchanged. The store implements it.
 */
public interface AnnotationCache {
  Optional<Annotation> annotation(String articleId, String layer);

  void putAnnotation(String articleId, String layer, Annotation annotation);

  /** A cache that keeps nothing. */
  static AnnotationCache none() {
    return new AnnotationCache() {
      @Override
      public Optional<Annotation> annotation(String articleId, String layer) {
        return Optional.empty();
      }

      @Override
      public void putAnnotation(String articleId, String layer, Annotation annotation) {}
    };
  }
}
