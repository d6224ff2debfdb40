package io.corroborate.annotate;

import io.corroborate.model.Span;
import java.util.Objects;

/**
 * A named-entity mention: the span it covers, its type and the covered text.
 *
 * <pre>{@code new EntityMention(new Span(10, 27), EntityType.PERSON, "Kyrylo Budanov")}</pre>
 */
public record EntityMention(Span span, EntityType type, String text) {
  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (span.length() == 0 || text.isBlank()) {
      throw new IllegalArgumentException(
          "entity mention needs a non-empty span and text, got " + span + " '" + text + "'");
    }
  }
}
