package io.corroborate.store;

import java.util.Objects;

/**
 * An article's place in a story, as the clusterer decided it: the story, how strongly the article
 * matched it and why, in words a reader can check.
 *
 * <pre>
 * {@code store.assign(new Membership(articleId, "s3f9a0c1d2e", 0.62, "joined: shares Kaldor Dam"))}
 * </pre>
 *
 * @param score the clusterer's match score; 1 for the article that started the story
 */
public record Membership(String articleId, String storyId, double score, String reason) {
  public Membership {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(reason, "reason");
    if (articleId.isBlank() || storyId.isBlank() || !Double.isFinite(score)) {
      throw new IllegalArgumentException(
          "membership needs an article, a story and a finite score, got "
              + articleId
              + " → "
              + storyId
              + " "
              + score);
    }
  }
}
