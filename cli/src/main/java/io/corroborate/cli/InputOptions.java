package io.corroborate.cli;

import io.corroborate.Corroborate;
import io.corroborate.ingest.IngestOptions;
import picocli.CommandLine.Option;

/** Options on how inputs are read, shared by analyze, ingest and extract. */
final class InputOptions {
  @Option(
      names = "--outlet",
      paramLabel = "NAME",
      description = "Outlet for inputs that do not name their own.")
  String outlet;

  @Option(
      names = "--strict",
      description = "Stop at the first bad input instead of rejecting it and going on.")
  boolean strict;

  @Option(
      names = "--max-record-bytes",
      paramLabel = "N",
      defaultValue = "16777216",
      description =
          "Reject a file or record larger than this many bytes (default: ${DEFAULT-VALUE}).")
  long maxRecordBytes;

  Corroborate corroborate() {
    return builder().build();
  }

  Corroborate.Builder builder() {
    IngestOptions o =
        IngestOptions.defaults()
            .withMaxRecordBytes(maxRecordBytes)
            .withOutlet(outlet)
            .withStrict(strict);
    return Corroborate.builder().ingest(o);
  }
}
