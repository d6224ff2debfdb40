package io.corroborate.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A stage whose throughput can be measured. {@link Bench} loads the corpus once with {@link
 * #prepare(Path)}, then times {@link #runOnce(int)} after warm-up, several times.
 */
public interface BenchStage {
  /** The name used on the command line, e.g. {@code ingest}. */
  String name();

  String description();

  /** Reads the corpus into memory (not timed). Returns the number of items per repetition. */
  int prepare(Path corpus) throws IOException;

  /**
   * Reads several inputs as one corpus and adds {@code generated} made-up items to it (not timed).
   * A stage that reads one corpus of its own kind refuses more; {@code analyze} takes them all.
   */
  default int prepare(List<Path> inputs, int generated) throws IOException {
    if (inputs.size() != 1 || generated != 0) {
      throw new IllegalArgumentException(
          "bench " + name() + " reads one corpus and adds no made-up items");
    }
    return prepare(inputs.get(0));
  }

  /** What the prepared corpus holds, for the report's header (size, lengths), when known. */
  default Optional<String> corpusSummary() {
    return Optional.empty();
  }

  /**
   * Processes every prepared item once with {@code threads} threads (timed).
   *
   * @return items processed, for items/s
   */
  int runOnce(int threads) throws Exception;

  /** The unit of an item, e.g. {@code articles} or {@code pages}. */
  default String unit() {
    return "items";
  }
}
