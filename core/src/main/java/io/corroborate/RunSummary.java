package io.corroborate;

import io.corroborate.model.Article;
import io.corroborate.model.Rejection;
import java.util.List;

/** What a run read: the articles made and the inputs rejected, in input order. */
public record RunSummary(int inputs, List<Article> articles, List<Rejection> rejections) {
  public RunSummary {
    articles = List.copyOf(articles);
    rejections = List.copyOf(rejections);
  }
}
