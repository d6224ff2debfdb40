package io.corroborate.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * How inputs are read.
 *
 * @param maxRecordBytes a record (a file, a WARC record, a JSON line) larger than this is rejected
 *     as too large without being held in memory
 * @param outlet the outlet the caller names for inputs that do not say their own
 * @param strict when true the first rejection stops the run with an exception
 */
public record IngestOptions(long maxRecordBytes, Optional<String> outlet, boolean strict) {
  public IngestOptions {
    Objects.requireNonNull(outlet, "outlet");
    if (maxRecordBytes <= 0) {
      throw new IllegalArgumentException("maxRecordBytes must be > 0");
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(16L << 20, Optional.empty(), false);
  }

  public IngestOptions withOutlet(String outlet) {
    return new IngestOptions(maxRecordBytes, Optional.ofNullable(outlet), strict);
  }

  public IngestOptions withStrict(boolean strict) {
    return new IngestOptions(maxRecordBytes, outlet, strict);
  }
}
