package io.corroborate.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * How inputs are read. Every threshold and limit of the ingest stage lives here; what reaches a
 * limit is rejected with its reason (file and offset) and the run goes on.
 *
 * <pre>{@code IngestOptions o = IngestOptions.defaults().withOutlet("Kyiv Post").withStrict(true);}
 * </pre>
 *
 * @param maxRecordBytes a record (a file, a WARC record, a JSON line, a feed) larger than this is
 *     rejected as too large without being held in memory
 * @param outlet the outlet the caller names for inputs that do not say their own
 * @param strict when true the first rejection stops the run with an {@link IngestException}
 * @param maxBadCharRatio the share of characters that may be U+FFFD replacement characters (or
 *     bytes undefined in windows-1252) before a text is rejected as undecodable
 * @param maxControlRatio the share of control bytes (other than tab, newline, form feed and
 *     carriage return; NUL included) in the first kilobytes above which content counts as binary
 * @param maxFileBytes a file larger than this on disk, or a gzip that expands past it, is not read
 *     (past it): the bytes a reader may pull through one input
 * @param maxRecordsPerContainer records read from one file (JSON Lines, WARC, feed items); the rest
 *     is rejected in one rejection, so that a small gzip of millions of lines cannot hold a run
 * @param maxNestingDepth markup or JSON nested deeper than this is rejected: no article needs it,
 *     and parsers spend time (and stack) on every level
 * @param minCharsetConfidence the confidence (0 to 100) ICU's charset detector must reach for its
 *     guess to be used on bytes that are not UTF-8; below it they are read as windows-1252
 * @param minUtf8Evidence bytes that are not valid UTF-8 are still read as UTF-8 (each bad byte
 *     replaced) when they hold at least this many valid multi-byte characters per bad byte
 * @param minCharsetPlausibility the share of letters in well-formed words (0 to 1) that text
 *     decoded with a guessed single-byte charset must reach; below it for every charset, the bytes
 *     are read as windows-1252 or rejected
 * @param charsetScoreMargin two guessed charsets whose texts' shares of well-formed words differ by
 *     less than this are a tie, which ICU's confidence decides
 */
public record IngestOptions(
    long maxRecordBytes,
    Optional<String> outlet,
    boolean strict,
    double maxBadCharRatio,
    double maxControlRatio,
    long maxFileBytes,
    long maxRecordsPerContainer,
    int maxNestingDepth,
    int minCharsetConfidence,
    int minUtf8Evidence,
    double minCharsetPlausibility,
    double charsetScoreMargin) {
  /** 16 MiB: far above any news article, small enough to hold a few in memory at once. */
  public static final long DEFAULT_MAX_RECORD_BYTES = 16L << 20;

  /** 8 GiB: a CC-NEWS WARC file is about 1 GiB; a larger input is more likely a mistake. */
  public static final long DEFAULT_MAX_FILE_BYTES = 8L << 30;

  /** A CC-NEWS WARC file holds some tens of thousands of records; a feed a few hundred items. */
  public static final long DEFAULT_MAX_RECORDS_PER_CONTAINER = 200_000;

  /** Real pages nest a few dozen levels; browsers stop building the tree at 512. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 512;

  private static final double DEFAULT_MAX_BAD_CHAR_RATIO = 0.01;
  private static final double DEFAULT_MAX_CONTROL_RATIO = 0.05;

  /** ICU gives its weakest guesses 10 or less; a page of Cyrillic or CJK text scores far above. */
  private static final int DEFAULT_MIN_CHARSET_CONFIDENCE = 25;

  /** Accidental UTF-8 sequences in windows-1252 text are rare and seldom outnumber bad bytes. */
  private static final int DEFAULT_MIN_UTF8_EVIDENCE = 2;

  /**
   * Text in the right charset has nearly all its letters in well-formed words (a name in another
   * script, a stray symbol cost little); text in the wrong one loses a third or more.
   */
  private static final double DEFAULT_MIN_CHARSET_PLAUSIBILITY = 0.6;

  /** Decodings that differ only in a few letters (Turkish read as Latin-1) score within this. */
  private static final double DEFAULT_CHARSET_SCORE_MARGIN = 0.02;

  public IngestOptions {
    Objects.requireNonNull(outlet, "outlet");
    if (maxRecordBytes <= 0 || maxFileBytes <= 0 || maxRecordsPerContainer <= 0) {
      throw new IllegalArgumentException(
          "maxRecordBytes, maxFileBytes and maxRecordsPerContainer must be > 0");
    }
    if (minCharsetConfidence < 0 || minCharsetConfidence > 100 || minUtf8Evidence < 0) {
      throw new IllegalArgumentException(
          "minCharsetConfidence must be in [0, 100] and minUtf8Evidence >= 0");
    }
    if (maxNestingDepth < 1) {
      throw new IllegalArgumentException("maxNestingDepth must be >= 1, got " + maxNestingDepth);
    }
    if (!(maxBadCharRatio >= 0 && maxBadCharRatio <= 1)) {
      throw new IllegalArgumentException(
          "maxBadCharRatio must be in [0, 1], got " + maxBadCharRatio);
    }
    if (!(minCharsetPlausibility >= 0 && minCharsetPlausibility <= 1)
        || !(charsetScoreMargin >= 0 && charsetScoreMargin <= 1)) {
      throw new IllegalArgumentException(
          "minCharsetPlausibility and charsetScoreMargin must be in [0, 1], got "
              + minCharsetPlausibility
              + " and "
              + charsetScoreMargin);
    }
    if (!(maxControlRatio >= 0 && maxControlRatio <= 1)) {
      throw new IllegalArgumentException(
          "maxControlRatio must be in [0, 1], got " + maxControlRatio);
    }
  }

  /**
   * The record size limit, outlet and strictness, with the default text-quality thresholds and
   * limits.
   */
  public IngestOptions(long maxRecordBytes, Optional<String> outlet, boolean strict) {
    this(
        maxRecordBytes,
        outlet,
        strict,
        DEFAULT_MAX_BAD_CHAR_RATIO,
        DEFAULT_MAX_CONTROL_RATIO,
        DEFAULT_MAX_FILE_BYTES,
        DEFAULT_MAX_RECORDS_PER_CONTAINER,
        DEFAULT_MAX_NESTING_DEPTH,
        DEFAULT_MIN_CHARSET_CONFIDENCE,
        DEFAULT_MIN_UTF8_EVIDENCE,
        DEFAULT_MIN_CHARSET_PLAUSIBILITY,
        DEFAULT_CHARSET_SCORE_MARGIN);
  }

  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_RECORD_BYTES, Optional.empty(), false);
  }

  public IngestOptions withOutlet(String outlet) {
    return new IngestOptions(
        maxRecordBytes,
        Optional.ofNullable(outlet),
        strict,
        maxBadCharRatio,
        maxControlRatio,
        maxFileBytes,
        maxRecordsPerContainer,
        maxNestingDepth,
        minCharsetConfidence,
        minUtf8Evidence,
        minCharsetPlausibility,
        charsetScoreMargin);
  }

  public IngestOptions withStrict(boolean strict) {
    return new IngestOptions(
        maxRecordBytes,
        outlet,
        strict,
        maxBadCharRatio,
        maxControlRatio,
        maxFileBytes,
        maxRecordsPerContainer,
        maxNestingDepth,
        minCharsetConfidence,
        minUtf8Evidence,
        minCharsetPlausibility,
        charsetScoreMargin);
  }

  public IngestOptions withMaxRecordBytes(long maxRecordBytes) {
    return new IngestOptions(
        maxRecordBytes,
        outlet,
        strict,
        maxBadCharRatio,
        maxControlRatio,
        maxFileBytes,
        maxRecordsPerContainer,
        maxNestingDepth,
        minCharsetConfidence,
        minUtf8Evidence,
        minCharsetPlausibility,
        charsetScoreMargin);
  }

  public IngestOptions withMaxFileBytes(long maxFileBytes) {
    return new IngestOptions(
        maxRecordBytes,
        outlet,
        strict,
        maxBadCharRatio,
        maxControlRatio,
        maxFileBytes,
        maxRecordsPerContainer,
        maxNestingDepth,
        minCharsetConfidence,
        minUtf8Evidence,
        minCharsetPlausibility,
        charsetScoreMargin);
  }

  public IngestOptions withMaxRecordsPerContainer(long maxRecordsPerContainer) {
    return new IngestOptions(
        maxRecordBytes,
        outlet,
        strict,
        maxBadCharRatio,
        maxControlRatio,
        maxFileBytes,
        maxRecordsPerContainer,
        maxNestingDepth,
        minCharsetConfidence,
        minUtf8Evidence,
        minCharsetPlausibility,
        charsetScoreMargin);
  }

  public IngestOptions withMaxNestingDepth(int maxNestingDepth) {
    return new IngestOptions(
        maxRecordBytes,
        outlet,
        strict,
        maxBadCharRatio,
        maxControlRatio,
        maxFileBytes,
        maxRecordsPerContainer,
        maxNestingDepth,
        minCharsetConfidence,
        minUtf8Evidence,
        minCharsetPlausibility,
        charsetScoreMargin);
  }
}
