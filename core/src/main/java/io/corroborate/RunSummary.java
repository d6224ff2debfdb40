package io.corroborate;

import io.corroborate.annotate.Annotation;
import io.corroborate.model.Article;
import io.corroborate.model.Rejection;
import java.util.List;
import java.util.Map;

/**
 * What a run read: the articles made and the inputs rejected, in input order, and the annotation of
 * each article by id when the run annotated.
 */
public record RunSummary(
    int inputs,
    List<Article> articles,
    Map<String, Annotation> annotations,
    List<Rejection> rejections) {
  public RunSummary {
    articles = List.copyOf(articles);
    annotations = Map.copyOf(annotations);
    rejections = List.copyOf(rejections);
  }
}
