package io.corroborate.cli;

import io.corroborate.Corroborate;
import io.corroborate.ingest.IngestOptions;
import io.corroborate.store.Store;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
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
      description =
          "Stop at the first bad input instead of rejecting it and going on; the store is left as"
              + " it was before the run.")
  boolean strict;

  @Option(
      names = "--max-record-bytes",
      paramLabel = "N",
      defaultValue = "16777216",
      description =
          "Reject a file or record larger than this many bytes (default: ${DEFAULT-VALUE}).")
  long maxRecordBytes;

  @Mixin LimitOptions limits;

  /**
   * Runs {@code work} against {@code store} (null: none): with --strict as one write that is undone
   * whole when the run stops at a bad input.
   */
  <T> T inStore(Store store, Supplier<T> work) {
    return strict && store != null ? store.atomically(work) : work.get();
  }

  Corroborate corroborate() {
    return builder().build();
  }

  Corroborate.Builder builder() {
    IngestOptions o =
        IngestOptions.defaults()
            .withMaxRecordBytes(maxRecordBytes)
            .withOutlet(outlet)
            .withStrict(strict);
    return Corroborate.builder().ingest(limits.apply(o)).clean(limits.clean());
  }
}
