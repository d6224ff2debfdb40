package io.corroborate.cli;

import io.corroborate.clean.CleanLimits;
import io.corroborate.clean.CleanOptions;
import io.corroborate.ingest.IngestOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The limits that keep hostile or broken input from holding up a run, as options: what reaches one
 * is rejected with its reason and the run goes on. The defaults are the core's ({@link
 * IngestOptions#defaults()}, {@link CleanLimits#defaults()}); the help prints them.
 */
final class LimitOptions {
  private static final IngestOptions INGEST = IngestOptions.defaults();
  private static final CleanLimits CLEAN = CleanLimits.defaults();

  @Option(
      names = "--max-file-bytes",
      paramLabel = "N",
      description =
          "Do not read past this many bytes of one file, or of what a gzip expands to (default:"
              + " ${DEFAULT-VALUE}).")
  long maxFileBytes = INGEST.maxFileBytes();

  @Option(
      names = "--max-records",
      paramLabel = "N",
      description =
          "Read at most this many records (JSON lines, WARC records, feed items) from one file;"
              + " the rest is rejected (default: ${DEFAULT-VALUE}).")
  long maxRecords = INGEST.maxRecordsPerContainer();

  @Option(
      names = "--max-nesting",
      paramLabel = "N",
      description = "Reject markup or JSON nested deeper than this (default: ${DEFAULT-VALUE}).")
  int maxNesting = INGEST.maxNestingDepth();

  @Option(
      names = "--max-lines",
      paramLabel = "N",
      description = "Reject a plain text with more lines than this (default: ${DEFAULT-VALUE}).")
  int maxLines = CLEAN.maxLines();

  @Option(
      names = "--max-line-chars",
      paramLabel = "N",
      description = "Reject a plain text with a line longer than this (default: ${DEFAULT-VALUE}).")
  int maxLineChars = CLEAN.maxLineChars();

  @Option(
      names = "--max-token-chars",
      paramLabel = "N",
      description =
          "Remove a passage holding a run of this many characters without a space as junk"
              + " (default: ${DEFAULT-VALUE}).")
  int maxTokenChars = CLEAN.maxTokenChars();

  @Option(
      names = "--max-article-seconds",
      paramLabel = "S",
      description =
          "Give up cleaning one page after this many seconds and reject it (default:"
              + " ${DEFAULT-VALUE}).")
  long maxArticleSeconds = CLEAN.maxArticleTime().toSeconds();

  /** {@code options} with these limits. */
  IngestOptions apply(IngestOptions options) {
    atLeastOne("--max-file-bytes", maxFileBytes);
    atLeastOne("--max-records", maxRecords);
    atLeastOne("--max-nesting", maxNesting);
    return options
        .withMaxFileBytes(maxFileBytes)
        .withMaxRecordsPerContainer(maxRecords)
        .withMaxNestingDepth(maxNesting);
  }

  /** The default cleaning options with these limits. */
  CleanOptions clean() {
    atLeastOne("--max-lines", maxLines);
    atLeastOne("--max-line-chars", maxLineChars);
    atLeastOne("--max-token-chars", maxTokenChars);
    atLeastOne("--max-article-seconds", maxArticleSeconds);
    CleanLimits l =
        new CleanLimits(
            CLEAN.maxCombiningMarks(),
            maxLines,
            maxLineChars,
            maxTokenChars,
            CLEAN.maxTitleChars(),
            Duration.ofSeconds(maxArticleSeconds));
    return CleanOptions.defaults().withLimits(l);
  }

  private static void atLeastOne(String option, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(option + " must be at least 1, got " + value);
    }
  }
}
