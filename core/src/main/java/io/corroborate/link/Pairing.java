package io.corroborate.link;

import java.util.Objects;

/**
 * A claim whose subject does not name anyone ("he was wounded in the hand", "the other soldier was
 * born in 1999") paired with the written name of the person it stands for, with why.
 *
 * <pre>{@code new Pairing("a1", 4, "Ivo Marek", "“he” is taken for Ivo Marek: …")}</pre>
 *
 * @param articleId the article of the claim
 * @param claim the claim's index in its article's claim list, as the extractor returned it
 * @param name the name it stands for, as another claim's subject writes it
 * @param reason one line: why the subject was taken for that name
 */
public record Pairing(String articleId, int claim, String name, String reason) {
  public Pairing {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reason, "reason");
    if (claim < 0) {
      throw new IllegalArgumentException("claim index must be >= 0, got " + claim);
    }
  }
}
