package io.corroborate.spark;

import io.corroborate.Corroborate;
import io.corroborate.analyze.StoryAnalysis;
import io.corroborate.analyze.StoryMemo;
import io.corroborate.annotate.Annotation;
import io.corroborate.cluster.Story;
import io.corroborate.cluster.StoryAssignment;
import io.corroborate.cluster.StoryClusterer;
import io.corroborate.cluster.WordCounts;
import io.corroborate.dossier.Dossier;
import io.corroborate.extract.Claim;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.reconcile.Finding;
import io.corroborate.reconcile.Support;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
import org.apache.spark.Partitioner;
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
 * only); each merged group is then clustered once more whole and each of its stories analysed as
 * the core's {@link Corroborate#dossiers} does, so a group gives the dossiers the CLI would give
 * for it. Every clusterer counts the rest of the input in its word statistics ({@link
 * StoryClusterer#assume}), so a word common in the whole input weighs as little in a block or group
 * as in the CLI's one clusterer of the whole input.
 *
 * <p>Both clustering and analysis run in one task per core: blocks are spread by a hash, an article
 * travelling to each task that has it in a block once and read there once; groups are shared by
 * their articles, the largest first to the least loaded task ({@link Assignment}).
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

  /**
   * One annotated article as it travels between stages: the core's JSON of both values, and what
   * story assignment counts of it in its word statistics ({@link #words}).
   */
  public record Item(String id, String article, String annotation, String[] words)
      implements Serializable {}

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
              Item i =
                  new Item(r.getString(0), r.getString(1), r.getString(2), (String[]) r.get(5));
              return new Tuple2<>(i.id(), i);
            });
    JavaRDD<Signed> signed =
        annotated
            .map(
                r ->
                    new Signed(
                        r.getString(0), (long[]) r.get(3), r.isNullAt(4) ? null : r.getLong(4)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    // One task per core for clustering and for analysing: many small tasks cost more in
    // scheduling and shuffling than they spread.
    int tasks = sc.defaultParallelism();
    try {
      // 0. The whole input's word statistics, so that a block or group weighs a word by how common
      //    it is in the whole input, as the CLI's one clusterer does. Only words of two reports or
      //    more reach the driver: a word of one report counts once, in that report's own group.
      Broadcast<Background> background = sc.broadcast(background(items));
      boolean wholly = background.value().docs() <= options.wholeInput();
      // An input small enough is clustered whole, in one task, as the CLI clusters it; no block
      // is formed for it. A larger one is blocked.
      List<Known> known = wholly ? whole(items, background, timings) : List.of();
      Blocked blocked =
          wholly
              ? new Blocked(
                  known.stream().map(Known::articleIds).toList(), new BlockStats(0, 0, 0, 0))
              : blocked(sc, signed, items, background, options, tasks, timings);
      List<List<String>> clustered = blocked.stories();
      BlockStats stats = blocked.stats();
      // 4. Merge stories sharing an article; analyse each merged group whole, the groups shared
      //    between the tasks by their articles (largest first, each to the least loaded task).
      Map<String, String> roots = withNearest(clustered);
      Broadcast<Assignment> assignment =
          sc.broadcast(Assignment.of(roots, background.value().docs(), tasks));
      // Clustered whole, each group is one of the whole input's stories, analysed as it is.
      Map<String, Known> byRoot = new HashMap<>();
      for (Known k : known) {
        byRoot.put(roots.get(k.articleIds().get(0)), k);
      }
      Broadcast<Map<String, Known>> formed = sc.broadcast(byRoot);
      JavaRDD<Result> results =
          items
              .mapToPair(t -> new Tuple2<>(assignment.value().root(t._1()), t._2()))
              .groupByKey(new Groups(assignment))
              .flatMap(
                  g ->
                      analyse(
                              parse(g._2()),
                              Optional.ofNullable(formed.value().get(g._1())),
                              background.value(),
                              timings)
                          .iterator());
      return new Run(results, stats);
    } finally {
      signed.unpersist(false);
    }
  }

  /** The blocks' multi-article stories (and lone reports beside them), and how it was blocked. */
  private record Blocked(List<List<String>> stories, BlockStats stats) {}

  /** Steps 1 to 3 of {@link #dossiers} for an input too large to cluster whole. */
  private static Blocked blocked(
      JavaSparkContext sc,
      JavaRDD<Signed> signed,
      JavaPairRDD<String, Item> items,
      Broadcast<Background> background,
      Blocking.BlockingOptions options,
      int tasks,
      Timings timings) {
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
    //    blocks (one pair sharing many bands) once; each block given to one of the tasks.
    Broadcast<Set<String>> splitKeys = sc.broadcast(Set.copyOf(split));
    JavaPairRDD<Integer, List<String>> blocks =
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
            .mapToPair(ids -> new Tuple2<>(Math.floorMod(ids.hashCode(), tasks), ids))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long blockCount = blocks.count();
    long largest = blockCount == 0 ? 0 : blocks.map(b -> b._2().size()).reduce(Math::max);
    BlockStats stats = new BlockStats(blockCount, largest, split.size(), cut.size());
    // 3. Cluster each block with the core's clusterer, a task's blocks together: an article
    //    travels to each task that has it in a block once (not once per block: it is in up to
    //    128) and is read there once. Only multi-article stories' ids return.
    JavaPairRDD<Integer, Item> shipped =
        blocks
            .flatMapToPair(b -> b._2().stream().map(id -> new Tuple2<>(id, b._1())).iterator())
            .distinct()
            .join(items)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
    List<List<String>> clustered =
        blocks
            .cogroup(shipped, new Bins(tasks))
            .flatMap(
                t -> {
                  long t0 = System.nanoTime();
                  Parsed p = parse(t._2()._2());
                  List<List<String>> out = new ArrayList<>();
                  for (List<String> ids : t._2()._1()) {
                    out.addAll(blockStories(p.subset(ids), background.value()));
                  }
                  timings.clusterNanos().add(System.nanoTime() - t0);
                  return out.iterator();
                })
            .collect();
    blocks.unpersist(false);
    splitKeys.destroy();
    return new Blocked(clustered, stats);
  }

  /** A task's index is its key. */
  static final class Bins extends Partitioner {
    private final int n;

    Bins(int n) {
      this.n = n;
    }

    @Override
    public int numPartitions() {
      return n;
    }

    @Override
    public int getPartition(Object key) {
      return (Integer) key;
    }
  }

  /** A group (its root id) goes to the task {@link Assignment} gives it. */
  static final class Groups extends Partitioner {
    private final Broadcast<Assignment> assignment;

    Groups(Broadcast<Assignment> assignment) {
      this.assignment = assignment;
    }

    @Override
    public int numPartitions() {
      return assignment.value().tasks();
    }

    @Override
    public int getPartition(Object key) {
      return assignment.value().task((String) key);
    }
  }

  /**
   * Which task analyses each group: the multi-article groups largest first, each to the task with
   * the fewest articles so far (ties to the lower index); then every other article (a story of its
   * own) to a task by a hash of its id, each task taking the share it lacks of an even split.
   *
   * @param roots each article of a multi-article group to the group's smallest id
   * @param tasks how many tasks
   * @param taskOf each multi-article group's task, by its root
   * @param quota each task's upper bound in the cumulative share of single articles
   */
  record Assignment(
      Map<String, String> roots, int tasks, Map<String, Integer> taskOf, double[] quota)
      implements Serializable {
    static Assignment of(Map<String, String> roots, long articles, int tasks) {
      Map<String, Integer> size = new HashMap<>();
      roots.values().forEach(r -> size.merge(r, 1, Integer::sum));
      List<String> groups = new ArrayList<>(size.keySet());
      groups.sort(
          Comparator.comparing((String r) -> -size.get(r))
              .thenComparing(Comparator.naturalOrder()));
      long[] load = new long[tasks];
      Map<String, Integer> taskOf = new HashMap<>();
      for (String g : groups) {
        int best = 0;
        for (int t = 1; t < tasks; t++) {
          if (load[t] < load[best]) {
            best = t;
          }
        }
        taskOf.put(g, best);
        load[best] += size.get(g);
      }
      double even = (double) Math.max(articles, roots.size()) / tasks;
      double[] lack = new double[tasks];
      double sum = 0;
      for (int t = 0; t < tasks; t++) {
        sum += Math.max(0, even - load[t]);
        lack[t] = sum;
      }
      if (sum == 0) {
        for (int t = 0; t < tasks; t++) {
          lack[t] = t + 1;
        }
        sum = tasks;
      }
      for (int t = 0; t < tasks; t++) {
        lack[t] /= sum;
      }
      return new Assignment(roots, tasks, taskOf, lack);
    }

    String root(String id) {
      return roots.getOrDefault(id, id);
    }

    int task(String root) {
      Integer t = taskOf.get(root);
      if (t != null) {
        return t;
      }
      double at = (Math.floorMod(root.hashCode() * 0x9E3779B9, 1 << 20) + 0.5) / (1 << 20);
      for (int i = 0; i < tasks; i++) {
        if (at < quota[i]) {
          return i;
        }
      }
      return tasks - 1;
    }
  }

  /**
   * What story assignment counts of an article in its word statistics (the core's {@link
   * StoryClusterer#counts}), one string per word, entity or name key, marked by its kind.
   */
  public static String[] words(Article a, Annotation an) {
    WordCounts c = STORIES.clusterer().counts(a, Optional.of(an));
    List<String> out = new ArrayList<>();
    c.terms().keySet().forEach(k -> out.add(TERM + k));
    c.entities().keySet().forEach(k -> out.add(ENTITY + k));
    c.names().keySet().forEach(k -> out.add(NAME + k));
    return out.toArray(String[]::new);
  }

  private static final char TERM = 't';
  private static final char ENTITY = 'e';
  private static final char NAME = 'n';

  /**
   * The input's word statistics: how many distinct articles, and in how many of them each word
   * occurs, for the words of two articles or more (a word not listed occurs in one).
   */
  record Background(long docs, Map<String, Integer> common) implements Serializable {
    /**
     * The statistics of every article of the input but {@code own}: what a clusterer of {@code own}
     * assumes it read before them.
     */
    WordCounts without(Collection<String[]> own) {
      Map<String, Integer> mine = new HashMap<>();
      for (String[] words : own) {
        for (String w : words) {
          mine.merge(w, 1, Integer::sum);
        }
      }
      Map<String, Integer> terms = new HashMap<>();
      Map<String, Integer> entities = new HashMap<>();
      Map<String, Integer> names = new HashMap<>();
      mine.forEach(
          (w, n) -> {
            int others = common.getOrDefault(w, 1) - n;
            if (others > 0) {
              Map<String, Integer> into =
                  switch (w.charAt(0)) {
                    case TERM -> terms;
                    case ENTITY -> entities;
                    default -> names;
                  };
              into.put(w.substring(1), others);
            }
          });
      return new WordCounts((int) Math.max(0, docs - own.size()), terms, entities, names);
    }
  }

  private static Background background(JavaPairRDD<String, Item> items) {
    JavaPairRDD<String, String[]> byId = items.mapValues(Item::words).reduceByKey((a, b) -> a);
    long docs = byId.count();
    Map<String, Integer> common =
        new HashMap<>(
            byId.values()
                .flatMapToPair(ws -> Arrays.stream(ws).map(w -> new Tuple2<>(w, 1)).iterator())
                .reduceByKey(Integer::sum)
                .filter(kv -> kv._2() > 1)
                .collectAsMap());
    return new Background(docs, common);
  }

  /** A story the whole input's clusterer formed: its id, title and articles in joining order. */
  record Known(String id, String title, List<String> articleIds) implements Serializable {}

  /** The multi-article stories of one clusterer over the whole input, in input order. */
  private static List<Known> whole(
      JavaPairRDD<String, Item> items, Broadcast<Background> background, Timings timings) {
    return items
        .values()
        .coalesce(1, true)
        .mapPartitions(
            it -> {
              long t0 = System.nanoTime();
              List<Item> all = new ArrayList<>();
              it.forEachRemaining(all::add);
              List<Known> out = new ArrayList<>();
              for (Story s : cluster(parse(all), background.value())) {
                if (s.articleIds().size() > 1) {
                  out.add(new Known(s.id(), s.title(), new ArrayList<>(s.articleIds())));
                }
              }
              timings.clusterNanos().add(System.nanoTime() - t0);
              return out.iterator();
            })
        .collect();
  }

  /**
   * A block's multi-article stories, and for each report left alone in it the story it came closest
   * to joining, else the block's largest ({@link #NEAR}, the report, an article of that story).
   */
  private static List<List<String>> blockStories(Parsed p, Background background) {
    StoryClusterer c = STORIES.clusterer();
    c.assume(background.without(p.words().values()));
    List<StoryAssignment> assigned =
        c.addBatch(p.articles(), id -> Optional.ofNullable(p.annotations().get(id)));
    List<List<String>> out = new ArrayList<>();
    Story largest = null;
    for (Story s : c.stories()) {
      if (s.articleIds().size() > 1) {
        out.add(new ArrayList<>(s.articleIds()));
        if (largest == null || s.articleIds().size() > largest.articleIds().size()) {
          largest = s;
        }
      }
    }
    for (StoryAssignment a : assigned) {
      if (c.story(a.storyId()).map(s -> s.articleIds().size() > 1).orElse(true)) {
        continue;
      }
      Optional<Story> near =
          a.closest().isEmpty()
              ? Optional.empty()
              : c.story(a.closest()).filter(s -> s.articleIds().size() > 1);
      Optional<Story> to = near;
      if (to.isEmpty() && largest != null) {
        to = Optional.of(largest);
      }
      to.ifPresent(s -> out.add(List.of(NEAR, a.articleId(), s.articleIds().get(0))));
    }
    return out;
  }

  /**
   * The stories of some articles (a block, a group), added in input order to a clusterer that
   * counts the rest of the input in its word statistics.
   */
  private static List<Story> cluster(Parsed p, Background background) {
    StoryClusterer c = STORIES.clusterer();
    c.assume(background.without(p.words().values()));
    c.addBatch(p.articles(), id -> Optional.ofNullable(p.annotations().get(id)));
    return c.stories();
  }

  private static <T> List<T> iterable(Iterable<T> it) {
    List<T> out = new ArrayList<>();
    it.forEach(out::add);
    return out;
  }

  /** Marks a block's lone report beside an article of the block's largest story. */
  static final String NEAR = "\u0000near";

  /**
   * The groups of {@link #roots} over the blocks' multi-article stories, each report that stood
   * alone in its blocks added to the group it stood beside most often (ties to the smaller root):
   * its group's clustering, which sees every report of the story, then decides whether it joins, as
   * the CLI's one clusterer decides with the whole story before it.
   */
  static Map<String, String> withNearest(List<List<String>> clustered) {
    Map<String, String> roots =
        roots(clustered.stream().filter(l -> !l.get(0).equals(NEAR)).toList());
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (List<String> l : clustered) {
      if (l.get(0).equals(NEAR) && !roots.containsKey(l.get(1)) && roots.containsKey(l.get(2))) {
        votes
            .computeIfAbsent(l.get(1), k -> new HashMap<>())
            .merge(roots.get(l.get(2)), 1, Integer::sum);
      }
    }
    votes.forEach(
        (id, byRoot) ->
            roots.put(
                id,
                byRoot.entrySet().stream()
                    .max(
                        Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow()
                    .getKey()));
    return roots;
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
   * Some articles (one per id, the first in input order) with their annotations and words, and
   * every record read with its id (two records of one text share an id: each keeps its own row in
   * the articles table).
   */
  private record Parsed(
      List<Article> articles,
      Map<String, Annotation> annotations,
      Map<String, String[]> words,
      Map<String, List<Article>> records) {
    /** The articles of {@code ids} among these, in the same order. */
    Parsed subset(Collection<String> ids) {
      Set<String> in = new HashSet<>(ids);
      List<Article> some = articles.stream().filter(a -> in.contains(a.id())).toList();
      Map<String, String[]> w = new HashMap<>();
      for (Article a : some) {
        w.put(a.id(), words.get(a.id()));
      }
      return new Parsed(some, annotations, w, records);
    }
  }

  /** The articles in input order (file, then byte offset), whatever order Spark gave. */
  private static Parsed parse(Iterable<Item> items) {
    List<Tuple2<Article, Item>> read = new ArrayList<>();
    for (Item i : items) {
      read.add(new Tuple2<>(ModelJson.read(i.article(), Article.class), i));
    }
    read.sort(
        Comparator.comparing((Tuple2<Article, Item> t) -> t._1().origin().file())
            .thenComparingLong(t -> t._1().origin().offset())
            .thenComparing(t -> t._1().id()));
    Map<String, Annotation> annotations = new HashMap<>();
    Map<String, String[]> words = new HashMap<>();
    Map<String, Article> byId = new LinkedHashMap<>();
    Map<String, List<Article>> records = new HashMap<>();
    for (Tuple2<Article, Item> t : read) {
      Article a = t._1();
      if (byId.putIfAbsent(a.id(), a) == null) {
        annotations.put(a.id(), ModelJson.read(t._2().annotation(), Annotation.class));
        words.put(a.id(), t._2().words());
      }
      records.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a);
    }
    return new Parsed(new ArrayList<>(byId.values()), annotations, words, records);
  }

  /**
   * The group's dossiers, and for each story its articles' claims as the dossier reads them (an
   * undated report's times at its story's date, chains ending with the outlet's learnt name).
   */
  private static List<Result> analyse(
      Parsed p, Optional<Known> known, Background background, Timings timings) {
    long t0 = System.nanoTime();
    // The group's stories as the core's analysis orders them: the most articles first. A group the
    // whole input's clusterer formed is its story already.
    List<Story> stories =
        known.isPresent()
            ? new ArrayList<>(
                List.of(
                    new Story(
                        known.get().id(),
                        known.get().title(),
                        known.get().articleIds(),
                        Optional.empty(),
                        Optional.empty())))
            : new ArrayList<>(cluster(p, background));
    stories.sort(
        Comparator.comparing((Story s) -> -s.articleIds().size()).thenComparing(Story::id));
    Map<String, Article> byId = new HashMap<>();
    p.articles().forEach(a -> byId.put(a.id(), a));
    List<StoryAnalysis.Report> reports = new ArrayList<>();
    for (Story s : stories) {
      reports.add(
          STORIES
              .stories()
              .analyze(
                  s.id(),
                  s.title(),
                  s.articleIds().stream().map(byId::get).toList(),
                  p.annotations(),
                  Map.of(),
                  List.of(),
                  new StoryMemo()));
    }
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
