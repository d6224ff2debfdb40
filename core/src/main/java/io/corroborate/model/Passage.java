package io.corroborate.model;

import java.util.Objects;

/**
 * A paragraph of an article's main text: where it lies in {@link Article#text()}, its role and the
 * cleaner's confidence. {@code index} is the block's position among all blocks of the page.
 */
public record Passage(int index, Span span, Role role, double confidence) {
  public Passage {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(role, "role");
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, got " + index);
    }
  }
}
