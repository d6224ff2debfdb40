package io.corroborate.extract;

import io.corroborate.model.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * Who or what a claim is about, as written, with the named-entity mention it rests on if one covers
 * it.
 *
 * <pre>{@code new Subject("North Korean troops", new Span(40, 59), Optional.empty())}</pre>
 *
 * @param span the subject's words in the article text
 * @param entity the span of an entity mention inside or around the subject, if any
 */
public record Subject(String text, Span span, Optional<Span> entity) {
  public Subject {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(entity, "entity");
    if (text.isBlank()) {
      throw new IllegalArgumentException("subject needs text, got a blank one at " + span);
    }
  }
}
