package io.corroborate.annotate;

import java.util.Optional;

/**
 * Where annotations are kept between runs, keyed by article id and the layer that made them, so
 * re-analysing a story does not re-annotate what is unchanged. The store implements it.
 */
public interface AnnotationCache {
  Optional<Annotation> annotation(String articleId, String layer);

  /**
   * The layers that annotated {@code articleId}, in a stable order: a store analysed with one layer
   * and opened with another still reads what the first one made.
   */
  default java.util.List<String> layers(String articleId) {
    return java.util.List.of();
  }

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
