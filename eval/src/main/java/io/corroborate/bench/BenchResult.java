package io.corroborate.bench;

import java.util.List;

/**
 * Throughput of one stage at one thread count.
 *
 * @param perSecond items per second of every timed repetition, in run order
 * @param median median of {@code perSecond}
 * @param spread (max - min) / median of {@code perSecond}, as a fraction
 * @param peakHeapBytes the highest used heap seen while it ran
 */
public record BenchResult(
    String stage,
    int threads,
    int items,
    String unit,
    List<Double> perSecond,
    double median,
    double spread,
    long peakHeapBytes) {
  public BenchResult {
    perSecond = List.copyOf(perSecond);
  }
}
