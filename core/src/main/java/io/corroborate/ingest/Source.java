package io.corroborate.ingest;

import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.Rejection;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * The input a reader is working on: its name as the user wrote it, its file when there is one, and
 * whether its bytes come through gzip (then offsets count uncompressed bytes, except in WARC files,
 * whose records are addressed by their compressed offset as CDX indexes do), and for a fetched
 * response what the server said about it.
 *
 * <pre>{@code Source s = new Source("a.txt", Optional.of(Path.of("a.txt")), false);}</pre>
 */
record Source(
    String name,
    Optional<Path> path,
    boolean gzipped,
    Optional<Remote> remote,
    Optional<Reopenable> reopenable) {
  Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(reopenable, "reopenable");
  }

  Source(String name, Optional<Path> path, boolean gzipped, Optional<Remote> remote) {
    this(name, path, gzipped, remote, Optional.empty());
  }

  Source(String name, Optional<Path> path, boolean gzipped) {
    this(name, path, gzipped, Optional.empty());
  }

  /** The same input read through gzip or not. */
  Source gzipped(boolean gz) {
    return new Source(name, path, gz, remote, reopenable);
  }

  /** The input's bytes for reading again from an offset: its regular file, or what was given. */
  Optional<Reopenable> seekable() {
    if (reopenable.isPresent()) {
      return reopenable;
    }
    return path.filter(java.nio.file.Files::isRegularFile).map(Reopenable::of);
  }

  /** The charset the HTTP response declared, first among the declared ones when fetched. */
  java.util.List<Charsets.Declared> containerDeclared() {
    return remote
        .flatMap(Remote::charset)
        .map(c -> java.util.List.of(new Charsets.Declared(c, "HTTP Content-Type charset")))
        .orElse(java.util.List.of());
  }

  /** The {@code url} and {@code fetched} hints of a fetched response. */
  Hints remoteHints(Hints h) {
    remote.ifPresent(
        r -> {
          h.add("url", r.finalUrl(), "fetched address");
          h.add("fetched", r.fetched().toString(), "fetch time");
        });
    return h;
  }

  Origin origin(long offset, Format format) {
    return new Origin(name, offset, format);
  }

  Rejection reject(long offset, Rejection.Kind kind, String reason) {
    return new Rejection(name, offset, kind, reason);
  }

  /**
   * The whole input as one record, or a rejection: too large (decided from the file size when it is
   * known, so such a file is never read), truncated gzip, or a read error.
   */
  Whole readWhole(InputStream in, long knownSize, IngestOptions options) {
    long max = options.maxRecordBytes();
    if (knownSize > max) {
      return Whole.rejected(
          reject(
              0,
              Rejection.Kind.TOO_LARGE,
              "file is " + knownSize + " bytes, over the " + max + "-byte record limit"));
    }
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        return Whole.rejected(
            reject(
                0,
                Rejection.Kind.TOO_LARGE,
                (gzipped ? "uncompressed content is" : "input is")
                    + " over the "
                    + max
                    + "-byte record limit"));
      }
      return new Whole(bytes, Optional.empty());
    } catch (IOException e) {
      return Whole.rejected(readFailure(0, e));
    }
  }

  /**
   * The rejection for an I/O failure at {@code offset}: truncation, corrupt gzip, or unreadable.
   */
  Rejection readFailure(long offset, IOException e) {
    if (e instanceof Bounded.LimitReached r) {
      return reject(
          offset,
          Rejection.Kind.TOO_LARGE,
          "limit: "
              + (gzipped ? "gzip content expands" : "input runs")
              + " past the "
              + r.limit()
              + "-byte file limit; the rest is not read");
    }
    if (e instanceof EOFException) {
      return reject(
          offset,
          Rejection.Kind.TRUNCATED,
          (gzipped ? "gzip stream ends early" : "file ends early")
              + " (truncated)"
              + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
    if (e instanceof ZipException) {
      return reject(offset, Rejection.Kind.UNREADABLE, "corrupt gzip data: " + e.getMessage());
    }
    return reject(
        offset,
        Rejection.Kind.UNREADABLE,
        "read error: " + (e.getMessage() == null ? "I/O failure" : e.getMessage()));
  }

  /** A whole record's bytes, or why there are none. */
  record Whole(byte[] bytes, Optional<Rejection> rejection) {
    static Whole rejected(Rejection r) {
      return new Whole(new byte[0], Optional.of(r));
    }
  }
}
