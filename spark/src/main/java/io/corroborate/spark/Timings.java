package io.corroborate.spark;

import java.io.Serializable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Where the executors' time goes, summed over all tasks: reading and parsing the input files, the
 * pipeline (clean and annotate), clustering inside blocks and analysing each story group (cluster,
 * claims read in the story, reconcile, dossier). Spark accumulators, so the driver sees the totals
 * once an action has run.
 *
 * <pre>{@code
 * Timings t = Timings.register(sc);
 * }</pre>
 */
public record Timings(
    LongAccumulator readNanos,
    LongAccumulator pipelineNanos,
    LongAccumulator clusterNanos,
    LongAccumulator analyseNanos,
    LongAccumulator files)
    implements Serializable {
  public static Timings register(JavaSparkContext sc) {
    return new Timings(
        sc.sc().longAccumulator("corroborate.read.nanos"),
        sc.sc().longAccumulator("corroborate.pipeline.nanos"),
        sc.sc().longAccumulator("corroborate.cluster.nanos"),
        sc.sc().longAccumulator("corroborate.analyse.nanos"),
        sc.sc().longAccumulator("corroborate.files"));
  }

  /** The totals in milliseconds. */
  public Stages millis() {
    return new Stages(
        readNanos.value() / 1_000_000,
        pipelineNanos.value() / 1_000_000,
        clusterNanos.value() / 1_000_000,
        analyseNanos.value() / 1_000_000);
  }

  /** Executor milliseconds per stage, summed over tasks. */
  public record Stages(long read, long pipeline, long cluster, long analyse) {
    /** The per-article stages: read, clean+annotate. */
    public long perArticle() {
      return read + pipeline;
    }
  }
}
