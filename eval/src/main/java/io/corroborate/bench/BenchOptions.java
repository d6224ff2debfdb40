package io.corroborate.bench;

import java.util.List;

/**
 * How a stage is measured.
 *
 * @param threads the thread counts to measure, each in turn
 * @param warmups untimed repetitions before timing, per thread count
 * @param repetitions timed repetitions, per thread count
 */
public record BenchOptions(List<Integer> threads, int warmups, int repetitions) {
  public BenchOptions {
    threads = List.copyOf(threads);
    if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
      throw new IllegalArgumentException(
          "threads must be a non-empty list of counts >= 1, got " + threads);
    }
    if (warmups < 0 || repetitions < 1) {
      throw new IllegalArgumentException("need warmups >= 0 and repetitions >= 1");
    }
  }

  public static BenchOptions defaults() {
    return new BenchOptions(List.of(1, 2), 2, 5);
  }
}
