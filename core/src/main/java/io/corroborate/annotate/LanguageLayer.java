package io.corroborate.annotate;

import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the core needs from a natural-language backend. The CoreNLP implementation lives in its own
 * module ({@code annotate-corenlp}) so the backend can be swapped or made cheaper. Implementations
 * are thread-safe and load their models once per process.
 *
 * <pre>{@code
 * LanguageLayer layer = CoreNlpLayer.shared();
 * Annotation a = layer.annotate(article);
 * List<DependencyParse> parses = layer.parse(a, List.of(0, 4));  // only the sentences that need it
 * }</pre>
 */
public interface LanguageLayer {
  /** A short name for logs and reports, e.g. {@code corenlp-4.5.10}. */
  String name();

  /**
   * Annotates a text: sentences, tokens with POS and lemma, entities, times resolved against {@code
   * published}, quantities.
   */
  Annotation annotate(String text, Optional<LocalDate> published);

  /** Annotates an article's main text, anchoring times on its publication date. */
  default Annotation annotate(Article article) {
    return annotate(article.text(), article.published().map(DateStamp::date));
  }

  /**
   * Parses the chosen sentences of an annotation (by {@link Sentence#index()}), in the order given;
   * unknown indexes fail with a message naming them.
   */
  List<DependencyParse> parse(Annotation annotation, Collection<Integer> sentences);
}
