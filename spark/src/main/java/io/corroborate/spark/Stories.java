package io.corroborate.spark;

import io.corroborate.Corroborate;
import io.corroborate.RunSummary;
import io.corroborate.analyze.StoryAnalysis;
import io.corroborate.annotate.Annotation;
import io.corroborate.cluster.Story;
import io.corroborate.cluster.StoryClusterer;
import io.corroborate.dossier.Dossier;
import io.corroborate.extract.Claim;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.reconcile.Finding;
import io.corroborate.reconcile.Support;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Stories at scale. Articles that share a block key ({@link Blocking}) are clustered together by
 * the core's clusterer ({@link Corroborate#clusterer}); stories of different blocks that share an
 * article are merged (union-find over article ids, on the driver, over the multi-article stories
 * only); each merged group then goes through the core's {@link Corroborate#dossiers} whole, which
 * clusters it once more and reconciles each story, so a group gives the dossiers the CLI would give
 * for it.
 *
 * <p>Block sizes are capped: keys are counted first (ids only, never texts), and a key with more
 * than {@code maxBlock} articles is split into stricter keys, level by level; what is still too big
 * at the last level is cut into pieces. The driver sees only the oversized keys and the
 * multi-article stories' ids.
 *
 * <pre>{@code
 * Stories.Run run = Stories.dossiers(sc, annotatedRows, BlockingOptions.defaults(), timings);
 * }</pre>
 */
public final class Stories {
  /** The story half with its default options, built once per JVM (driver or executor). */
  private static final Corroborate STORIES = Corroborate.create();

  /** One annotated article as it travels between stages: the core's JSON of both values. */
  public record Item(String id, String article, String annotation) implements Serializable {}

  /** What blocking needs of an article: its id, MinHash signature and epoch day (or null). */
  record Signed(String id, long[] signature, Long day) implements Serializable {
    OptionalLong epochDay() {
      return day == null ? OptionalLong.empty() : OptionalLong.of(day);
    }
  }

  /**
   * One story's outputs: its dossier as JSON, its {@code stories} row, {@code findings} rows, and
   * its articles' {@code articles} and {@code claims} rows, the claims read in the story as its
   * dossier reads them.
   */
  public record Result(
      String dossier, Row story, List<Row> findings, List<Row> articles, List<Row> claims)
      implements Serializable {}

  /**
   * How the articles were blocked.
   *
   * @param blocks blocks of two or more articles that were clustered
   * @param largest the most articles in one of them
   * @param split keys that held more than the cap and were replaced by stricter keys
   * @param cut blocks of the last level still over the cap, cut into pieces
   */
  public record BlockStats(long blocks, long largest, long split, long cut)
      implements Serializable {}

  /** The dossiers (lazy: written by the caller) and how the articles were blocked. */
  public record Run(JavaRDD<Result> results, BlockStats blocks) {}

  private Stories() {}

  /** The dossiers of the articles in {@code annotated} (rows of {@link Tables#ANNOTATED}). */
  public static Run dossiers(
      JavaSparkContext sc,
      JavaRDD<Row> annotated,
      Blocking.BlockingOptions options,
      Timings timings) {
    JavaPairRDD<String, Item> items =
        annotated.mapToPair(
            r -> {
              Item i = new Item(r.getString(0), r.getString(1), r.getString(2));
              return new Tuple2<>(i.id(), i);
            });
    JavaRDD<Signed> signed =
        annotated
            .map(
                r ->
                    new Signed(
                        r.getString(0), (long[]) r.get(3), r.isNullAt(4) ? null : r.getLong(4)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Blocking blocking = new Blocking(options);
      int cap = options.maxBlock();
      // 1. Count each key's articles and split the oversized ones, a level at a time: the driver
      //    collects only the oversized keys.
      Set<String> split = new HashSet<>();
      List<String> cut = List.of();
      for (int level = 0; level <= options.lastLevel(); level++) {
        Broadcast<Set<String>> known = sc.broadcast(Set.copyOf(split));
        List<String> over =
            signed
                .flatMapToPair(
                    s ->
                        blocking.keys(s.signature(), s.epochDay(), known.value()).stream()
                            .map(k -> new Tuple2<>(k, 1L))
                            .iterator())
                .reduceByKey(Long::sum)
                .filter(kv -> kv._2() > cap)
                .keys()
                .collect();
        known.destroy();
        List<String> deeper = over.stream().filter(blocking::splittable).toList();
        cut = over.stream().filter(k -> !blocking.splittable(k)).toList();
        if (deeper.isEmpty()) {
          break;
        }
        split.addAll(deeper);
      }
      // 2. The blocks: ids per final key, oversized last-level blocks cut into pieces; identical
      //    blocks (one pair sharing many bands) once.
      Broadcast<Set<String>> splitKeys = sc.broadcast(Set.copyOf(split));
      JavaRDD<List<String>> blocks =
          signed
              .flatMapToPair(
                  s ->
                      blocking.keys(s.signature(), s.epochDay(), splitKeys.value()).stream()
                          .map(k -> new Tuple2<>(k, s.id()))
                          .iterator())
              .groupByKey()
              .flatMap(
                  kv -> {
                    List<String> ids = new ArrayList<>(new TreeSet<String>(iterable(kv._2())));
                    return ids.size() > cap
                        ? blocking.chunks(ids).iterator()
                        : List.of(ids).iterator();
                  })
              .filter(ids -> ids.size() > 1)
              .distinct()
              .persist(StorageLevel.MEMORY_AND_DISK());
      long blockCount = blocks.count();
      long largest = blockCount == 0 ? 0 : blocks.map(List::size).reduce(Math::max);
      BlockStats stats = new BlockStats(blockCount, largest, split.size(), cut.size());
      // 3. Cluster each block with the core's clusterer; only multi-article stories' ids return.
      JavaPairRDD<Long, Item> blocked =
          blocks
              .zipWithIndex()
              .flatMapToPair(
                  b -> {
                    List<Tuple2<String, Long>> out = new ArrayList<>();
                    for (String id : b._1()) {
                      out.add(new Tuple2<>(id, b._2()));
                    }
                    return out.iterator();
                  })
              .join(items)
              .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
      List<List<String>> clustered =
          blocked
              .groupByKey()
              .flatMap(
                  b -> {
                    long t0 = System.nanoTime();
                    Parsed p = parse(b._2());
                    StoryClusterer c = STORIES.clusterer();
                    c.addBatch(p.articles(), id -> Optional.ofNullable(p.annotations().get(id)));
                    List<List<String>> out = new ArrayList<>();
                    for (Story s : c.stories()) {
                      if (s.articleIds().size() > 1) {
                        out.add(new ArrayList<>(s.articleIds()));
                      }
                    }
                    timings.clusterNanos().add(System.nanoTime() - t0);
                    return out.iterator();
                  })
              .collect();
      blocks.unpersist(false);
      splitKeys.destroy();
      // 4. Merge stories sharing an article; analyse each merged group whole.
      Broadcast<Map<String, String>> roots = sc.broadcast(roots(clustered));
      JavaRDD<Result> results =
          items
              .mapToPair(t -> new Tuple2<>(roots.value().getOrDefault(t._1(), t._1()), t._2()))
              .groupByKey()
              .flatMap(g -> analyse(parse(g._2()), timings).iterator());
      return new Run(results, stats);
    } finally {
      signed.unpersist(false);
    }
  }

  private static <T> List<T> iterable(Iterable<T> it) {
    List<T> out = new ArrayList<>();
    it.forEach(out::add);
    return out;
  }

  /**
   * Each article of a multi-article story mapped to its group's smallest article id: union-find
   * with path halving, so the groups do not depend on the order the stories arrive in.
   */
  static Map<String, String> roots(List<List<String>> stories) {
    Map<String, String> parent = new HashMap<>();
    for (List<String> s : stories) {
      String first = find(parent, s.get(0));
      for (String id : s.subList(1, s.size())) {
        String other = find(parent, id);
        if (!other.equals(first)) {
          String lo = first.compareTo(other) < 0 ? first : other;
          String hi = lo.equals(first) ? other : first;
          parent.put(hi, lo);
          first = lo;
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    for (String id : parent.keySet()) {
      out.put(id, find(parent, id));
    }
    return out;
  }

  private static String find(Map<String, String> parent, String id) {
    String x = parent.computeIfAbsent(id, k -> k);
    while (!parent.get(x).equals(x)) {
      String up = parent.get(parent.get(x));
      parent.put(x, up);
      x = up;
    }
    return x;
  }

  /**
   * A group's articles (one per id) and their annotations, and every record read with its id (two
   * records of one text share an id: each keeps its own row in the articles table).
   */
  private record Parsed(
      List<Article> articles,
      Map<String, Annotation> annotations,
      Map<String, List<Article>> records) {}

  /** The group's articles in input order (file, then byte offset), whatever order Spark gave. */
  private static Parsed parse(Iterable<Item> items) {
    Map<String, Annotation> annotations = new HashMap<>();
    Map<String, Article> byId = new LinkedHashMap<>();
    Map<String, List<Article>> records = new HashMap<>();
    for (Item i : items) {
      Article a = ModelJson.read(i.article(), Article.class);
      byId.putIfAbsent(a.id(), a);
      records.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a);
      annotations.putIfAbsent(a.id(), ModelJson.read(i.annotation(), Annotation.class));
    }
    List<Article> articles = new ArrayList<>(byId.values());
    articles.sort(
        Comparator.comparing((Article a) -> a.origin().file())
            .thenComparingLong(a -> a.origin().offset())
            .thenComparing(Article::id));
    return new Parsed(articles, annotations, records);
  }

  /**
   * The group's dossiers, and for each story its articles' claims as the dossier reads them (an
   * undated report's times at its story's date, chains ending with the outlet's learnt name).
   */
  private static List<Result> analyse(Parsed p, Timings timings) {
    long t0 = System.nanoTime();
    List<StoryAnalysis.Report> reports =
        STORIES.reports(new RunSummary(0, p.articles(), p.annotations(), List.of()));
    timings.analyseNanos().add(System.nanoTime() - t0);
    List<Result> out = new ArrayList<>();
    for (StoryAnalysis.Report report : reports) {
      Dossier d = report.dossier();
      List<String> ids = d.articles().stream().map(Article::id).toList();
      Row story = RowFactory.create(d.storyId(), d.title(), ids.size(), ids.toArray(String[]::new));
      List<Row> findings = new ArrayList<>();
      for (Finding f : d.findings()) {
        findings.add(
            RowFactory.create(
                d.storyId(),
                f.id(),
                f.kind().name().toLowerCase(Locale.ROOT),
                f.variable().key(),
                f.variable().label(),
                f.independentOrigins(),
                f.explanation(),
                f.support().size(),
                f.support().stream().map(Support::value).toArray(String[]::new)));
      }
      List<Row> articleRows = new ArrayList<>();
      List<Row> claimRows = new ArrayList<>();
      for (String id : ids) {
        List<Claim> own = report.claims().getOrDefault(id, List.of());
        for (Article a : p.records().getOrDefault(id, List.of())) {
          articleRows.add(Tables.articleRow(a, own.size()));
          own.forEach(c -> claimRows.add(Tables.claimRow(a, c)));
        }
      }
      out.add(new Result(ModelJson.write(d), story, findings, articleRows, claimRows));
    }
    return out;
  }
}
