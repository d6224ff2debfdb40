package io.corroborate.spark;

/**
 * What a job run wrote and where the time went.
 *
 * <pre>{@code
 * JobResult r = SparkJob.run(spark, options);
 * r.articles();
 * }</pre>
 *
 * @param blocks how the articles were blocked for clustering
 * @param tablesMillis driver wall time until the per-article tables (entities, quarantine) were
 *     written; the rest of {@code wallMillis} is the story stage, which writes the dossiers,
 *     stories, findings, articles and claims
 * @param wallMillis driver wall time from reading to the last table written
 * @param stages executor time per stage, summed over tasks
 */
public record JobResult(
    long files,
    long articles,
    long claims,
    long entities,
    long rejections,
    long stories,
    long findings,
    Stories.BlockStats blocks,
    long tablesMillis,
    long wallMillis,
    Timings.Stages stages) {
  /** One line for logs: counts and timings. */
  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "%d files, %d articles, %d claims, %d entity mentions, %d quarantined, %d stories,"
            + " %d findings (%d blocks, largest %d, %d keys split, %d cut) in %d ms"
            + " (articles %d ms, stories %d ms; executors: read %d ms, clean+annotate %d ms,"
            + " cluster %d ms, analyse %d ms)",
        files,
        articles,
        claims,
        entities,
        rejections,
        stories,
        findings,
        blocks.blocks(),
        blocks.largest(),
        blocks.split(),
        blocks.cut(),
        wallMillis,
        tablesMillis,
        wallMillis - tablesMillis,
        stages.read(),
        stages.pipeline(),
        stages.cluster(),
        stages.analyse());
  }
}
