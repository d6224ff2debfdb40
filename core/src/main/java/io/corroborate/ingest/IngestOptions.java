package io.corroborate.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * How inputs are read. Every threshold of the ingest stage lives here.
 *
 * <pre>{@code IngestOptions o = IngestOptions.defaults().withOutlet("Kyiv Post").withStrict(true);}
 * </pre>
 *
 * @param maxRecordBytes a record (a file, a WARC record, a JSON line) larger than this is rejected
 *     as too large without being held in memory
 * @param outlet the outlet the caller names for inputs that do not say their own
 * @param strict when true the first rejection stops the run with an {@link IngestException}
 * @param maxBadCharRatio the share of characters that may be U+FFFD replacement characters (or
 *     bytes undefined in windows-1252) before a text is rejected as undecodable
 * @param maxControlRatio the share of control bytes (other than tab, newline, form feed and
 *     carriage return) in the first kilobytes above which content counts as binary
 */
public record IngestOptions(
    long maxRecordBytes,
    Optional<String> outlet,
    boolean strict,
    double maxBadCharRatio,
    double maxControlRatio) {
  /** 16 MiB: far above any news article, small enough to hold a few in memory at once. */
  public static final long DEFAULT_MAX_RECORD_BYTES = 16L << 20;

  public IngestOptions {
    Objects.requireNonNull(outlet, "outlet");
    if (maxRecordBytes <= 0) {
      throw new IllegalArgumentException("maxRecordBytes must be > 0");
    }
    if (!(maxBadCharRatio >= 0 && maxBadCharRatio <= 1)) {
      throw new IllegalArgumentException(
          "maxBadCharRatio must be in [0, 1], got " + maxBadCharRatio);
    }
    if (!(maxControlRatio >= 0 && maxControlRatio <= 1)) {
      throw new IllegalArgumentException(
          "maxControlRatio must be in [0, 1], got " + maxControlRatio);
    }
  }

  /** The record size limit, outlet and strictness, with the default text-quality thresholds. */
  public IngestOptions(long maxRecordBytes, Optional<String> outlet, boolean strict) {
    this(maxRecordBytes, outlet, strict, 0.01, 0.05);
  }

  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_RECORD_BYTES, Optional.empty(), false);
  }

  public IngestOptions withOutlet(String outlet) {
    return new IngestOptions(
        maxRecordBytes, Optional.ofNullable(outlet), strict, maxBadCharRatio, maxControlRatio);
  }

  public IngestOptions withStrict(boolean strict) {
    return new IngestOptions(maxRecordBytes, outlet, strict, maxBadCharRatio, maxControlRatio);
  }

  public IngestOptions withMaxRecordBytes(long maxRecordBytes) {
    return new IngestOptions(maxRecordBytes, outlet, strict, maxBadCharRatio, maxControlRatio);
  }
}
