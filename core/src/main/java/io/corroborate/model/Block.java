package io.corroborate.model;

import java.util.Objects;

/**
 * One block of a page as a cleaner sees it, in document order, before the article's text is
 * assembled: its text, its role, how sure the cleaner is, and why it chose that role.
 */
public record Block(String text, Role role, double confidence, String reason) {
  public Block {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(reason, "reason");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within [0, 1], got " + confidence);
    }
  }
}
