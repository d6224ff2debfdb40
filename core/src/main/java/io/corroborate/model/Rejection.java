package io.corroborate.model;

import java.util.Objects;

/**
 * An input that did not become an article, with the reason. Rejections are values: they are printed
 * in the summary, kept in the store and never silently dropped.
 *
 * <pre>{@code new Rejection("feed.xml", 0, Kind.UNREADABLE, "not a feed: unexpected end of file")}
 * </pre>
 */
public record Rejection(String file, long offset, Kind kind, String reason) {
  /** Broad classes of rejection, for counting and filtering. */
  public enum Kind {
    UNREADABLE,
    EMPTY,
    BINARY,
    TRUNCATED,
    ENCODING,
    NO_ARTICLE,
    TOO_LARGE,
    LOOP,
    UNSUPPORTED,
    /** An address that could not be fetched: an HTTP error, a timeout, robots.txt says no. */
    FETCH
  }

  public Rejection {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
  }

  public static Rejection of(Origin origin, Kind kind, String reason) {
    return new Rejection(origin.file(), origin.offset(), kind, reason);
  }

  /** {@code file:offset: reason}. */
  public String describe() {
    return (offset == 0 ? file : file + ":" + offset)
        + ": "
        + kind.name().toLowerCase(java.util.Locale.ROOT)
        + ": "
        + reason;
  }
}
