package io.corroborate.annotate;

import io.corroborate.model.Span;
import java.util.Objects;

/**
 * One sentence: its span in the text and the half-open range of its tokens in {@link
 * Annotation#tokens()}.
 *
 * <pre>{@code annotation.tokensOf(annotation.sentences().get(0))}</pre>
 */
public record Sentence(int index, Span span, int firstToken, int endToken) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    if (index < 0 || firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException(
          "sentence "
              + index
              + " needs index >= 0 and 0 <= firstToken <= endToken, got ["
              + firstToken
              + ", "
              + endToken
              + ")");
    }
  }

  public int tokenCount() {
    return endToken - firstToken;
  }
}
