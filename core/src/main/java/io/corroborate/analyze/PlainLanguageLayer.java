package io.corroborate.analyze;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.DependencyParse;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.extract.PlainLayer;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The model-free annotator ({@link PlainLayer}) as a language layer, for runs that must be fast
 * more than precise: bulk loads, the web server's tests, benchmarks of the stages after annotation.
 * It has no parser: every parse it returns has no edges, and the claim extractor falls back on its
 * word-order rules.
 *
 * <pre>{@code Corroborate.builder().annotate(new PlainLanguageLayer(), store).build()}</pre>
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

  /** Annotates an article with its own language's abbreviations ({@link PlainLayer#annotate}). */
  @Override
  public Annotation annotate(Article article) {
    return PlainLayer.annotate(
        article.text(), article.published().map(DateStamp::date), article.language());
  }

  @Override
  public List<DependencyParse> parse(Annotation annotation, Collection<Integer> sentences) {
    List<DependencyParse> out = new ArrayList<>();
    for (int i : sentences) {
      if (i < 0 || i >= annotation.sentences().size()) {
        throw new IllegalArgumentException(
            "no sentence " + i + " in an annotation of " + annotation.sentences().size());
      }
      out.add(new DependencyParse(i, List.of()));
    }
    return out;
  }
}
