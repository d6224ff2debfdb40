package io.corroborate.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One input record as read, before cleaning: its decoded content, where it came from, how it was
 * decoded and what its container already said about it (a JSON Lines record's {@code title}, a feed
 * item's author, a text file's leading date line…) as {@link FieldSource} hints.
 *
 * @param contentId hex SHA-256 of the record's payload bytes; the article id is derived from it
 * @param charset the charset the bytes were decoded with
 * @param charsetSource why that charset (HTTP header, meta tag, BOM, detected, JSON…)
 */
public record RawDocument(
    Origin origin,
    String contentId,
    String content,
    String charset,
    String charsetSource,
    List<FieldSource> hints) {
  public RawDocument {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(contentId, "contentId");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(charsetSource, "charsetSource");
    hints = List.copyOf(hints);
  }

  public Format format() {
    return origin.format();
  }

  /** The first hint for {@code field}, if the container gave one. */
  public Optional<FieldSource> hint(String field) {
    return hints.stream().filter(h -> h.field().equals(field)).findFirst();
  }

  /** All hints for {@code field}, in order (authors come one per hint). */
  public List<FieldSource> hints(String field) {
    return hints.stream().filter(h -> h.field().equals(field)).toList();
  }
}
