package io.corroborate.ingest;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Bytes that can be read again from any offset: a local file, or a file on a distributed file
 * system. A WARC read from such bytes resumes at the next record after a broken one (a corrupt gzip
 * member, a record cut short) instead of stopping there, as a plain stream must.
 *
 * <pre>{@code ingest.read("crawl.warc.gz", Reopenable.of(Path.of("crawl.warc.gz")), sink);}</pre>
 */
@FunctionalInterface
public interface Reopenable {
  /** A fresh channel on the bytes, at offset 0; the caller closes it. */
  SeekableByteChannel open() throws IOException;

  /** A local file's bytes. */
  static Reopenable of(Path file) {
    Objects.requireNonNull(file, "file");
    return () -> FileChannel.open(file);
  }
}
