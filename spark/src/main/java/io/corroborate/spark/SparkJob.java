package io.corroborate.spark;

import io.corroborate.spark.Tables.Out;
import io.corroborate.spark.Tables.Table;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Runs Corroborate's per-article stages over a crawl on Apache Spark: reads WARC / WARC.gz,
 * news-please JSON Lines, HTML or text files from any Hadoop file system, and writes the articles,
 * claims and entity mentions as Parquet and every rejected input to a JSON Lines quarantine; then
 * clusters the articles into stories ({@link Stories}) and writes one dossier per story as JSON
 * Lines and the stories and their findings as Parquet.
 *
 * <pre>{@code
 * spark-submit --class io.corroborate.spark.SparkJob corroborate-spark-all.jar \
 *     --annotate plain 's3a://commoncrawl/crawl-data/CC-NEWS/2024/01/*.warc.gz' s3a://me/out
 * }</pre>
 */
public final class SparkJob {
  /** Output sub-directories of the story stage. */
  static final String DOSSIERS = "dossiers";

  static final String STORIES = "stories";
  static final String FINDINGS = "findings";

  /** Spark's setting for its log level from start-up on. */
  static final String LOG_LEVEL = "spark.log.level";

  static final String DEFAULT_LOG_LEVEL = "WARN";

  private SparkJob() {}

  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession.Builder b = SparkSession.builder().appName("corroborate");
    options.master().ifPresent(b::master);
    // Spark logs at INFO unless told otherwise: over a thousand lines for a small run. The job
    // prints warnings, errors and its one summary line, unless spark.log.level is set (spark-submit
    // --conf spark.log.level=INFO, or -Dspark.log.level=INFO).
    if (System.getProperty(LOG_LEVEL) == null) {
      b.config(LOG_LEVEL, DEFAULT_LOG_LEVEL);
    }
    SparkSession spark = b.getOrCreate();
    try {
      System.out.println(run(spark, options).describe());
    } finally {
      spark.stop();
    }
  }

  /**
   * The input files as streams, in at least as many partitions as the job has cores (or as {@code
   * --partitions} asks). {@code binaryFiles} packs small files into one partition whatever minimum
   * it is asked for (it counts 4 MB of opening cost per file), which left every core but one idle
   * in this stage and in the story stage that inherits its partitioning; the streams are handles,
   * so spreading them is cheap.
   */
  static JavaPairRDD<String, PortableDataStream> readFiles(
      JavaSparkContext sc, JobOptions options) {
    String paths = String.join(",", options.inputs());
    JavaPairRDD<String, PortableDataStream> files =
        options.partitions() > 0
            ? sc.binaryFiles(paths, options.partitions())
            : sc.binaryFiles(paths);
    int wanted = Math.max(options.partitions(), sc.defaultParallelism());
    return files.getNumPartitions() < wanted ? files.repartition(wanted) : files;
  }

  /** Runs the job in {@code spark} and writes its tables under {@code options.output()}. */
  public static JobResult run(SparkSession spark, JobOptions options) {
    long start = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Timings timings = Timings.register(sc);
    LayerKind layer = options.layer();
    JavaPairRDD<String, PortableDataStream> files = readFiles(sc, options);
    Blocking.BlockingOptions blocking = options.blocking();
    // Sidecar metadata is read by the core beside its article, not as an input: the executors
    // learn from the listing (names only) which files have one.
    Broadcast<Sidecars> sidecars =
        sc.broadcast(Sidecars.of(files.keys().filter(Sidecars::isSidecar).collect()));
    JavaRDD<Out> rows =
        files
            .filter(f -> !Sidecars.isSidecar(f._1()))
            .mapPartitions(it -> new FileRows(it, layer, blocking, sidecars.value(), timings))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Map<Table, Long> counts = new EnumMap<>(Table.class);
    long storyCount;
    long findingCount;
    Stories.BlockStats blockStats;
    long tablesDone;
    try {
      for (Table t : Table.WRITTEN) {
        JavaRDD<Row> part = rows.filter(o -> o.table() == t).map(Out::row);
        Dataset<Row> df = spark.createDataFrame(part, Tables.schema(t));
        String dir = options.output() + "/" + t.dir();
        if (t == Table.QUARANTINE) {
          df.write().mode(SaveMode.Overwrite).json(dir);
        } else {
          df.write().mode(SaveMode.Overwrite).parquet(dir);
        }
        counts.put(t, spark.read().schema(Tables.schema(t)).format(format(t)).load(dir).count());
      }
      tablesDone = System.nanoTime();
      Stories.Run run =
          Stories.dossiers(
              sc, rows.filter(o -> o.table() == Table.ANNOTATED).map(Out::row), blocking, timings);
      blockStats = run.blocks();
      JavaRDD<Stories.Result> stories = run.results().persist(StorageLevel.MEMORY_AND_DISK());
      try {
        String dossiers = options.output() + "/" + DOSSIERS;
        spark
            .createDataset(stories.map(Stories.Result::dossier).rdd(), Encoders.STRING())
            .write()
            .mode(SaveMode.Overwrite)
            .text(dossiers);
        String storiesDir = options.output() + "/" + STORIES;
        spark
            .createDataFrame(stories.map(Stories.Result::story), Tables.STORIES)
            .write()
            .mode(SaveMode.Overwrite)
            .parquet(storiesDir);
        for (Table t : List.of(Table.ARTICLES, Table.CLAIMS)) {
          JavaRDD<Row> part =
              stories.flatMap(r -> (t == Table.ARTICLES ? r.articles() : r.claims()).iterator());
          String dir = options.output() + "/" + t.dir();
          spark
              .createDataFrame(part, Tables.schema(t))
              .write()
              .mode(SaveMode.Overwrite)
              .parquet(dir);
          counts.put(t, spark.read().parquet(dir).count());
        }
        String findingsDir = options.output() + "/" + FINDINGS;
        spark
            .createDataFrame(stories.flatMap(r -> r.findings().iterator()), Tables.FINDINGS)
            .write()
            .mode(SaveMode.Overwrite)
            .parquet(findingsDir);
        storyCount = spark.read().parquet(storiesDir).count();
        findingCount = spark.read().parquet(findingsDir).count();
      } finally {
        stories.unpersist(false);
      }
    } finally {
      rows.unpersist(false);
    }
    return new JobResult(
        timings.files().value(),
        counts.get(Table.ARTICLES),
        counts.get(Table.CLAIMS),
        counts.get(Table.ENTITIES),
        counts.get(Table.QUARANTINE),
        storyCount,
        findingCount,
        blockStats,
        (tablesDone - start) / 1_000_000,
        (System.nanoTime() - start) / 1_000_000,
        timings.millis());
  }

  private static String format(Table t) {
    return t == Table.QUARANTINE ? "json" : "parquet";
  }
}
