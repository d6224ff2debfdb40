package io.corroborate.bench;

import io.corroborate.Corroborate;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures a stage's throughput: prepares the corpus once, then for each thread count runs warm-up
 * repetitions and timed ones, and reports items/s as median and spread with the peak heap.
 *
 * <pre>
 * {@code List<BenchResult> r = Bench.run(BenchStages.expect("ingest"), Path.of("examples"), BenchOptions.defaults());}
 * </pre>
 */
public final class Bench {
  private Bench() {}

  public static List<BenchResult> run(BenchStage stage, Path corpus, BenchOptions options)
      throws Exception {
    return run(stage, List.of(corpus), 0, options);
  }

  /** The same on several inputs read as one corpus, with {@code generated} made-up items added. */
  public static List<BenchResult> run(
      BenchStage stage, List<Path> inputs, int generated, BenchOptions options) throws Exception {
    int items = stage.prepare(inputs, generated);
    if (items == 0) {
      throw new IllegalArgumentException(
          "bench " + stage.name() + ": no items to measure in " + inputs);
    }
    List<BenchResult> out = new ArrayList<>();
    for (int threads : options.threads()) {
      for (int i = 0; i < options.warmups(); i++) {
        Corroborate.forgetMemos();
        stage.runOnce(threads);
      }
      System.gc();
      List<Double> rates = new ArrayList<>();
      long peak;
      try (HeapSampler sampler = new HeapSampler()) {
        for (int i = 0; i < options.repetitions(); i++) {
          // each repetition starts as a user's run would, remembering no word the last one read
          Corroborate.forgetMemos();
          long t0 = System.nanoTime();
          int done = stage.runOnce(threads);
          long t1 = System.nanoTime();
          rates.add(done / ((t1 - t0) / 1e9));
        }
        peak = sampler.peak();
      }
      List<Double> sorted = rates.stream().sorted().toList();
      double median = median(sorted);
      double spread = (sorted.get(sorted.size() - 1) - sorted.get(0)) / median;
      out.add(
          new BenchResult(stage.name(), threads, items, stage.unit(), rates, median, spread, peak));
    }
    return out;
  }

  static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Samples used heap every few milliseconds on a daemon thread; keeps the highest value seen. */
  private static final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    HeapSampler() {
      thread =
          new Thread(
              () -> {
                while (running.get()) {
                  peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(5);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "bench-heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    long peak() {
      peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      return peak.get();
    }

    @Override
    public void close() throws InterruptedException {
      running.set(false);
      thread.join();
    }
  }
}
