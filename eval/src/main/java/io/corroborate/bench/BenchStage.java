package io.corroborate.bench;

import java.io.IOException;
import java.nio.file.Path;

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
