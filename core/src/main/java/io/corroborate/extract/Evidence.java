package io.corroborate.extract;

import io.corroborate.model.Span;
import java.util.Objects;

/**
 * Where a claim was read: the article, its sentence and the claim's own words in it.
 *
 * <pre>{@code evidence.claim().of(article.text())}</pre>
 */
public record Evidence(String articleId, int sentenceIndex, Span sentence, Span claim) {
  public Evidence {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(claim, "claim");
    if (sentenceIndex < 0 || claim.start() < sentence.start() || claim.end() > sentence.end()) {
      throw new IllegalArgumentException(
          "claim span "
              + claim
              + " must lie inside its sentence "
              + sentenceIndex
              + " "
              + sentence);
    }
  }
}
