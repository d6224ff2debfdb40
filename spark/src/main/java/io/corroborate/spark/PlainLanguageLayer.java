package io.corroborate.spark;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.DependencyParse;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.extract.PlainLayer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The core's model-free annotator ({@link PlainLayer}) behind the {@link LanguageLayer} interface,
 * so the pipeline can annotate with it: fast, no models to ship to executors.
 *
 * <pre>{@code
 * Corroborate c = Corroborate.builder().annotate(new PlainLanguageLayer(), AnnotationCache.none()).build();
 * }</pre>
 */
public final class PlainLanguageLayer implements LanguageLayer {
  @Override
  public String name() {
    return "plain";
  }

  @Override
  public Annotation annotate(String text, Optional<LocalDate> published) {
    return PlainLayer.annotate(text, published);
  }

  /** The plain layer has no parser: only an empty request can be answered. */
  @Override
  public List<DependencyParse> parse(Annotation annotation, Collection<Integer> sentences) {
    if (!sentences.isEmpty()) {
      throw new IllegalArgumentException("the plain layer parses no sentences, asked " + sentences);
    }
    return List.of();
  }
}
