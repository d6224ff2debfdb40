package io.corroborate.store;

import java.util.Objects;

/**
 * One match of a full-text search: an article, or one of its claims.
 *
 * <pre>{@code store.search("evacuated Brenitsa", 20).get(0).snippet()}</pre>
 *
 * @param kind what matched: {@link Kind#ARTICLE} (title or text) or {@link Kind#CLAIM}
 * @param title the article title, or the claim's measure and value
 * @param snippet the matching words with some context, plain text as written in the article
 */
public record SearchHit(Kind kind, String articleId, String title, String snippet) {
  public enum Kind {
    ARTICLE,
    CLAIM
  }

  public SearchHit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(snippet, "snippet");
  }
}
