package io.corroborate.model;

import java.util.Objects;

/** A block of the page that is not part of the article's text, kept with why it was removed. */
public record RemovedPassage(int index, String text, Role role, double confidence, String reason) {
  public RemovedPassage {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(reason, "reason");
  }
}
