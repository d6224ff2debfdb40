package io.corroborate.spark;

import java.io.Serializable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Where the executors' time goes, summed over all tasks: reading and parsing the input files, the
 * pipeline (clean and annotate), claim extraction. Spark accumulators, so the driver sees the
 * totals once an action has run.
 *
 * <pre>{@code
 * Timings t = Timings.register(sc);
 * }</pre>
 */
public record Timings(
    LongAccumulator readNanos,
    LongAccumulator pipelineNanos,
    LongAccumulator extractNanos,
    LongAccumulator files)
    implements Serializable {
  public static Timings register(JavaSparkContext sc) {
    return new Timings(
        sc.sc().longAccumulator("corroborate.read.nanos"),
        sc.sc().longAccumulator("corroborate.pipeline.nanos"),
        sc.sc().longAccumulator("corroborate.extract.nanos"),
        sc.sc().longAccumulator("corroborate.files"));
  }

  /** The totals in milliseconds: read, pipeline, extract. */
  public Stages millis() {
    return new Stages(
        readNanos.value() / 1_000_000,
        pipelineNanos.value() / 1_000_000,
        extractNanos.value() / 1_000_000);
  }

  /** Executor milliseconds per stage, summed over tasks. */
  public record Stages(long read, long pipeline, long extract) {}
}
