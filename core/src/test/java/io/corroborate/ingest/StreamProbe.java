package io.corroborate.ingest;

import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the files named on the command line with default options, keeping nothing, and prints what
 * came out and the peak heap. {@link LargeInputTest} runs it in a JVM with a small heap.
 */
public final class StreamProbe {
  private StreamProbe() {}

  public static void main(String[] args) {
    Ingest ingest = new Ingest(IngestOptions.defaults());
    for (Input input : ingest.expand(List.of(args)).inputs()) {
      long start = System.nanoTime();
      long[] docs = {0};
      Map<String, Integer> rejected = new TreeMap<>();
      ingest.read(
          input,
          new Sink() {
            @Override
            public void accept(RawDocument doc) {
              docs[0]++;
            }

            @Override
            public void reject(Rejection r) {
              rejected.merge(r.kind() + "@" + r.offset(), 1, Integer::sum);
            }
          });
      System.out.println(
          input.path().orElseThrow().getFileName()
              + " docs="
              + docs[0]
              + " rejected="
              + rejected
              + " seconds="
              + (System.nanoTime() - start) / 1_000_000 / 1000.0);
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("peak-heap-mb=" + (peak >> 20));
  }
}
