package io.corroborate.model;

import java.util.Objects;

/**
 * Where an input came from: the file (or {@code -} for standard input), the byte offset of the
 * record inside it (0 for a whole file; the record's offset in a WARC; the line's offset in JSON
 * Lines), and the format it was read as.
 */
public record Origin(String file, long offset, Format format) {
  public Origin {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
  }

  /** {@code file:offset}, the way errors name their place. */
  public String where() {
    return offset == 0 ? file : file + ":" + offset;
  }
}
