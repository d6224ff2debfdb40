package io.corroborate.pipeline;

import io.corroborate.annotate.Annotation;
import io.corroborate.model.Article;
import io.corroborate.model.RawDocument;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/** One document on its way through the pipeline: the raw record and what stages have added. */
public record Doc(RawDocument raw, Optional<Article> article, Optional<Annotation> annotation) {
  public Doc {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(annotation, "annotation");
  }

  public static Doc of(RawDocument raw) {
    return new Doc(raw, Optional.empty(), Optional.empty());
  }

  public Doc withArticle(Article a) {
    return new Doc(raw, Optional.of(a), annotation);
  }

  public Doc withAnnotation(Annotation a) {
    return new Doc(raw, article, Optional.of(a));
  }

  /** The article; fails naming the input if no stage has made one yet. */
  public Article expectArticle() {
    return article.orElseThrow(
        () -> new NoSuchElementException("no article yet for " + raw.origin().where()));
  }
}
