package io.corroborate.model;

import java.util.Objects;

/**
 * Where one metadata field's value came from, e.g. {@code ("published", "2025-02-19", "leading date
 * line")} or {@code ("outlet", "Kyiv Post", "json-ld publisher.name")}.
 */
public record FieldSource(String field, String value, String source) {
  public FieldSource {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }
}
