package io.corroborate.annotate;

import io.corroborate.model.Span;
import java.util.Objects;

/**
 * One token of an article's text with its part of speech (Penn Treebank tag) and lemma.
 *
 * <pre>{@code new Token(new Span(0, 5), "Ri", "NNP", "Ri")}</pre>
 *
 * @param word the token as the tokenizer saw it (may differ from the covered text, e.g. joined
 *     thousands "12 000" become "12000")
 */
public record Token(Span span, String word, String pos, String lemma) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(lemma, "lemma");
    if (span.length() == 0) {
      throw new IllegalArgumentException("token '" + word + "' has an empty span " + span);
    }
  }
}
