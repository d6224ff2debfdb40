package io.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.dossier.Dossier;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.reconcile.Support;
import io.corroborate.testkit.DossierJson;
import io.corroborate.testkit.JsonDiff;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class SparkJobTest {
  @TempDir Path tmp;

  private JobResult run(Path out, Path... inputs) {
    return run(Blocking.BlockingOptions.defaults(), out, inputs);
  }

  private JobResult run(Blocking.BlockingOptions blocking, Path out, Path... inputs) {
    List<String> in = java.util.Arrays.stream(inputs).map(Path::toString).toList();
    return SparkJob.run(
        LocalSpark.session(),
        JobOptions.of(in, out.toString(), LayerKind.PLAIN)
            .withPartitions(2)
            .withBlocking(blocking));
  }

  private List<Row> table(Path out, Tables.Table t) {
    SparkSession s = LocalSpark.session();
    String dir = out.resolve(t.dir()).toString();
    return (t == Tables.Table.QUARANTINE
            ? s.read().schema(Tables.QUARANTINE).json(dir)
            : s.read().parquet(dir))
        .collectAsList();
  }

  @Test
  void warcJsonLinesAndTextInputsBecomeArticlesAndClaims() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Fixtures.warc(in.resolve("crawl.warc.gz"), Fixtures.ferryPages());
    Files.writeString(
        in.resolve("feed.jsonl"),
        "{\"url\": \"https://www.varrowpost.example/ferry\", \"source_domain\":"
            + " \"www.varrowpost.example\", \"title\": \"Varrow waits for its ferry\","
            + " \"date_publish\": \"2031-05-02 16:00:00\", \"language\": \"en\", \"maintext\":"
            + " \"The island town of Varrow has been cut off since the ferry Saint Brannoch ran"
            + " aground on Friday, the mayor Ilse Darrow said. She said 40 families were waiting"
            + " for supplies. Orvel Lines said the ferry would sail again on Sunday.\"}\n");
    Files.writeString(
        in.resolve("kessin-radio.txt"),
        "---\ntitle: Tugs free the Saint Brannoch\noutlet: Kessin Radio\npublished:"
            + " 2031-05-03T09:00:00+00:00\n---\nThree tugs pulled the ferry Saint Brannoch free"
            + " late on Friday, ending a 14-hour ordeal for 212 passengers, Orvel Lines said.\n\n"
            + "The company said the ship would be inspected in Kessin before it sails again.\n");
    Path out = tmp.resolve("out");

    JobResult r = run(out, in);

    assertThat(r.files()).isEqualTo(3);
    assertThat(r.articles()).isEqualTo(4);
    assertThat(r.rejections()).isZero();
    assertThat(table(out, Tables.Table.ARTICLES))
        .extracting(row -> row.<String>getAs("outlet"))
        .contains("Orvel Gazette", "Lakeside Times", "Kessin Radio");
    List<Row> claims = table(out, Tables.Table.CLAIMS);
    assertThat(claims).hasSize((int) r.claims()).isNotEmpty();
    assertThat(claims).allSatisfy(c -> assertThat(c.<String>getAs("json")).startsWith("{"));
    assertThat(table(out, Tables.Table.ENTITIES)).hasSize((int) r.entities());
  }

  @Test
  void truncatedWarcAndGarbageGoToQuarantineWithFileAndOffset() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(
        Repo.root().resolve("examples/broken/truncated.warc.gz"), in.resolve("truncated.warc.gz"));
    byte[] garbage = new byte[4096];
    new Random(7).nextBytes(garbage);
    Files.write(in.resolve("garbage.bin"), garbage);
    Fixtures.warc(in.resolve("good.warc.gz"), Fixtures.ferryPages());
    Path out = tmp.resolve("out");

    JobResult r = run(out, in);

    List<Row> q = table(out, Tables.Table.QUARANTINE);
    assertThat(q)
        .anySatisfy(
            row -> {
              assertThat(row.<String>getAs("file")).endsWith("truncated.warc.gz");
              assertThat(row.<String>getAs("kind")).isEqualTo("truncated");
              assertThat(row.<Long>getAs("offset")).isPositive();
            })
        .anySatisfy(row -> assertThat(row.<String>getAs("file")).endsWith("garbage.bin"));
    assertThat(r.rejections()).isEqualTo(q.size());
    // The good file and the truncated file's complete records still make articles.
    assertThat(table(out, Tables.Table.ARTICLES))
        .extracting(row -> row.<String>getAs("outlet"))
        .contains("Orvel Gazette", "Lakeside Times");
  }

  @Test
  void aCorruptGzipMemberAndABadJsonLineAreQuarantinedWhileTheirNeighboursAreRead()
      throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    String[] pages = Fixtures.ferryPages();
    byte[] first = Files.readAllBytes(Fixtures.warc(tmp.resolve("1.warc.gz"), pages[0], pages[1]));
    byte[] second = Files.readAllBytes(Fixtures.warc(tmp.resolve("2.warc.gz"), pages[2], pages[3]));
    String after = "https://www.orvelgazette.example/news/2031/05/03/ferry-refloated";
    byte[] third =
        Files.readAllBytes(
            Fixtures.warc(
                tmp.resolve("3.warc.gz"), after, pages[1].replace("ferry", "stranded ferry")));
    byte[] warc = new byte[first.length + second.length + third.length];
    System.arraycopy(first, 0, warc, 0, first.length);
    System.arraycopy(second, 0, warc, first.length, second.length);
    System.arraycopy(third, 0, warc, first.length + second.length, third.length);
    // Scramble the middle of the second record's deflate data: its gzip member is corrupt.
    for (int i = first.length + second.length / 2; i < first.length + second.length / 2 + 24; i++) {
      warc[i] = (byte) 0xff;
    }
    Files.write(in.resolve("crawl.warc.gz"), warc);
    String good =
        "{\"url\": \"https://www.varrowpost.example/ferry\", \"title\": \"Varrow waits\","
            + " \"source_domain\": \"www.varrowpost.example\", \"maintext\": \"The island"
            + " town of Varrow has been cut off since the ferry ran aground on Friday, the mayor"
            + " Ilse Darrow said.\"}\n";
    String bad = "{\"url\": \"https://www.varrowpost.example/broken\", \"maintext\": \n";
    Files.writeString(in.resolve("feed.jsonl"), good + bad + good.replace("/ferry", "/ferry-2"));
    Path out = tmp.resolve("out");

    JobResult r = run(out, in);

    List<Row> q = table(out, Tables.Table.QUARANTINE);
    assertThat(q)
        .anySatisfy(
            row -> {
              assertThat(row.<String>getAs("file")).endsWith("crawl.warc.gz");
              assertThat(row.<Long>getAs("offset")).isEqualTo(first.length);
            })
        .anySatisfy(
            row -> {
              assertThat(row.<String>getAs("file")).endsWith("feed.jsonl");
              assertThat(row.<Long>getAs("offset"))
                  .isEqualTo(good.getBytes(StandardCharsets.UTF_8).length);
            });
    assertThat(table(out, Tables.Table.ARTICLES))
        .extracting(row -> row.<String>getAs("url"))
        .contains(
            pages[0],
            after,
            "https://www.varrowpost.example/ferry",
            "https://www.varrowpost.example/ferry-2")
        .doesNotContain(pages[2]);
    assertThat(r.files()).isEqualTo(2);
  }

  @Test
  void noStoryBlockHoldsMoreArticlesThanTheCap() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    StringBuilder lines = new StringBuilder();
    String[] outlets = {"Orvel Gazette", "Lakeside Times", "Kessin Radio", "Varrow Post"};
    for (int i = 0; i < 12; i++) {
      lines.append(
          ModelJson.mapper()
                  .writeValueAsString(
                      Map.of(
                          "url", "https://news" + i + ".example/ferry",
                          "source_domain", "news" + i + ".example",
                          "title", "Ferry aground, report " + i,
                          "date_publish", "2031-05-02 12:00:00",
                          "maintext",
                              "The ferry Saint Brannoch ran aground near Kessin Point on Friday"
                                  + " with "
                                  + (200 + i)
                                  + " passengers on board, "
                                  + outlets[i % 4]
                                  + " was told by the lake authority. Harbour master Tomas Elund"
                                  + " said "
                                  + (2 + i % 3)
                                  + " tugs had failed to pull the ship free by noon."))
              + "\n");
    }
    Files.writeString(in.resolve("wire.jsonl"), lines.toString());

    // Blocked even though twelve articles are few enough to cluster whole.
    Blocking.BlockingOptions blocked = Blocking.BlockingOptions.defaults().withWholeInput(0);
    JobResult uncapped = run(blocked, tmp.resolve("uncapped"), in);
    JobResult capped = run(blocked.withMaxBlock(4), tmp.resolve("capped"), in);
    JobResult whole = run(tmp.resolve("whole"), in);

    assertThat(whole.blocks().blocks()).as("clustered whole, no block is formed").isZero();
    assertThat(uncapped.blocks().largest()).isEqualTo(12);
    assertThat(capped.articles()).isEqualTo(12);
    assertThat(capped.blocks().largest()).isBetween(2L, 4L);
    assertThat(capped.blocks().split()).isPositive();
  }

  @Test
  void claimsEqualWhatTheCoreReadsInEachStoryFromTheSameFiles() throws IOException {
    Path story = Repo.root().resolve("examples/kaldor-dam");
    Path out = tmp.resolve("out");
    run(out, story);

    Corroborate core =
        Corroborate.builder().annotate(new PlainLanguageLayer(), AnnotationCache.none()).build();
    RunSummary summary = core.run(List.of(story.toString()), new RunListener() {});
    // What the core's front door reads of each article in its story, as the dossier reads it.
    Map<String, List<String>> expected = new TreeMap<>();
    core.claims(summary)
        .forEach(
            (id, claims) ->
                expected.put(id, claims.stream().map(ModelJson::write).sorted().toList()));
    Map<String, List<String>> actual =
        table(out, Tables.Table.CLAIMS).stream()
            .collect(
                Collectors.groupingBy(
                    row -> row.<String>getAs("article_id"),
                    TreeMap::new,
                    Collectors.mapping(row -> row.<String>getAs("json"), Collectors.toList())));
    actual.replaceAll((k, v) -> v.stream().sorted().toList());
    expected.values().removeIf(List::isEmpty);

    assertThat(expected).isNotEmpty();
    assertThat(actual).isEqualTo(expected);
    // The article with a sidecar takes its outlet, title and date from it, as in the CLI.
    assertThat(table(out, Tables.Table.ARTICLES))
        .anySatisfy(
            row -> {
              assertThat(row.<String>getAs("file")).endsWith("brenicavoice-2026-03-13.txt");
              assertThat(row.<String>getAs("outlet")).isEqualTo("Brenica Voice");
              assertThat(row.<String>getAs("title")).startsWith("Prosecutors open negligence");
              assertThat(row.<String>getAs("published")).isEqualTo("2026-03-13");
            });
  }

  @Test
  void storiesAndFindingsEqualTheClisOnEveryExampleArticle() throws IOException {
    Path story = Repo.root().resolve("examples/kaldor-dam");
    Path out = tmp.resolve("out");
    JobResult r = run(out, story);

    // What `corroborate analyze examples/kaldor-dam` computes (with the plain layer).
    Corroborate core =
        Corroborate.builder().annotate(new PlainLanguageLayer(), AnnotationCache.none()).build();
    RunSummary summary = core.run(List.of(story.toString()), new RunListener() {});
    List<Dossier> cli = core.dossiers(summary);
    Map<String, List<String>> expected = new TreeMap<>();
    Map<String, JsonNode> expectedJson = new TreeMap<>();
    for (Dossier d : cli) {
      String key = storyKey(d.articles().stream().map(Article::id).toList());
      expected.put(
          key,
          d.findings().stream()
              .map(
                  f ->
                      findingKey(
                          f.kind().name(),
                          f.variable().key(),
                          f.support().stream().map(Support::value).toList(),
                          f.independentOrigins()))
              .sorted()
              .toList());
      expectedJson.put(
          key, DossierJson.comparable(ModelJson.mapper().readTree(ModelJson.write(d))));
    }

    SparkSession s = LocalSpark.session();
    Map<String, String> storyOf = new TreeMap<>();
    Map<String, List<String>> actual = new TreeMap<>();
    for (Row row : s.read().parquet(out.resolve(SparkJob.STORIES).toString()).collectAsList()) {
      String key = storyKey(row.<String>getList(row.fieldIndex("article_ids")));
      storyOf.put(row.getAs("story_id"), key);
      actual.put(key, new ArrayList<>());
    }
    for (Row row : s.read().parquet(out.resolve(SparkJob.FINDINGS).toString()).collectAsList()) {
      actual
          .get(storyOf.get(row.<String>getAs("story_id")))
          .add(
              findingKey(
                  row.<String>getAs("kind").toUpperCase(java.util.Locale.ROOT),
                  row.getAs("variable_key"),
                  row.<String>getList(row.fieldIndex("values")),
                  row.<Integer>getAs("independent_origins")));
    }
    actual.replaceAll((k, v) -> v.stream().sorted().toList());
    Map<String, JsonNode> actualJson = new TreeMap<>();
    for (String line : Files.readAllLines(onlyPart(out.resolve(SparkJob.DOSSIERS)))) {
      Dossier d = ModelJson.read(line, Dossier.class);
      actualJson.put(
          storyKey(d.articles().stream().map(Article::id).toList()),
          DossierJson.comparable(ModelJson.mapper().readTree(line)));
    }

    assertThat(summary.articles()).hasSize((int) r.articles());
    assertThat(expected.values()).anySatisfy(f -> assertThat(f).isNotEmpty());
    assertThat(actual).isEqualTo(expected);
    assertThat(r.stories()).isEqualTo(expected.size());
    // Whole dossiers too (findings with their support, chains and evidence, figures, entities,
    // timeline, sources), field for field through their JSON.
    assertThat(actualJson.keySet()).isEqualTo(expectedJson.keySet());
    for (String key : expectedJson.keySet()) {
      assertThat(JsonDiff.first(actualJson.get(key), expectedJson.get(key)))
          .as("the job's dossier against the library's")
          .isEmpty();
    }
  }

  @Test
  void storiesEqualTheClisOnMadeUpNews() throws IOException {
    // Thirty made-up stories of three reports each, a story's reports spread over the files, as
    // the bench writes them: many stories whose blocks and groups hold a few of the input's
    // reports. Words common in the whole input must weigh as little in a group as in the CLI's
    // one clusterer, or two stories sharing them come out as one.
    Path in = SparkBench.synthetic(tmp.resolve("news"), 90, 30, 3);
    Path out = tmp.resolve("out");
    JobResult r = run(out, in);
    // The same input blocked, as an input too large to cluster whole would be.
    Path blockedOut = tmp.resolve("blocked");
    run(Blocking.BlockingOptions.defaults().withWholeInput(0), blockedOut, in);

    Corroborate core =
        Corroborate.builder().annotate(new PlainLanguageLayer(), AnnotationCache.none()).build();
    RunSummary summary = core.run(List.of(in.toString()), new RunListener() {});
    java.util.Set<String> expected = new java.util.TreeSet<>();
    for (Dossier d : core.dossiers(summary)) {
      expected.add(storyKey(d.articles().stream().map(Article::id).toList()));
    }
    java.util.Set<String> actual = stories(out);

    assertThat(summary.articles()).hasSize(90).hasSize((int) r.articles());
    assertThat(expected).hasSizeGreaterThanOrEqualTo(25);
    assertThat(actual).isEqualTo(expected);
    assertThat(stories(blockedOut)).as("blocked").isEqualTo(expected);
  }

  private static java.util.Set<String> stories(Path out) {
    java.util.Set<String> actual = new java.util.TreeSet<>();
    for (Row row :
        LocalSpark.session()
            .read()
            .parquet(out.resolve(SparkJob.STORIES).toString())
            .collectAsList()) {
      actual.add(storyKey(row.<String>getList(row.fieldIndex("article_ids"))));
    }
    return actual;
  }

  @Test
  void storiesEqualTheClisOnRealCoverage() throws IOException {
    // Real coverage of four stories in twenty languages, many reports undated: reports of one story
    // in different languages share few words, and dated and undated reports no time window, so the
    // blocks must still bring them together for the groups to form the CLI's stories.
    Path real = Repo.sharedOrSkip("corpus/real");
    List<Path> files;
    try (var list = Files.list(real)) {
      files = list.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
    }
    Path out = tmp.resolve("out");
    JobResult r = run(out, files.toArray(Path[]::new));

    Corroborate core =
        Corroborate.builder().annotate(new PlainLanguageLayer(), AnnotationCache.none()).build();
    RunSummary summary =
        core.run(files.stream().map(Path::toString).toList(), new RunListener() {});
    java.util.Set<String> expected = new java.util.TreeSet<>();
    for (Dossier d : core.dossiers(summary)) {
      expected.add(storyKey(d.articles().stream().map(Article::id).toList()));
    }
    java.util.Set<String> actual = stories(out);

    assertThat(r.articles()).isEqualTo(summary.articles().size());
    assertThat(expected).as("the CLI's stories").hasSizeLessThan(20);
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void groupsAreSharedBetweenTasksByTheirArticles() {
    // Groups of 6, 3, 3 and 2 articles and 26 articles of their own, in 2 tasks.
    Map<String, String> roots = new java.util.HashMap<>();
    int[] sizes = {6, 3, 3, 2};
    int n = 0;
    for (int g = 0; g < sizes.length; g++) {
      String root = String.format(java.util.Locale.ROOT, "g%02d", n);
      for (int i = 0; i < sizes[g]; i++) {
        roots.put(String.format(java.util.Locale.ROOT, "g%02d", n++), root);
      }
    }
    Stories.Assignment a = Stories.Assignment.of(roots, 40, 2);
    int[] load = new int[2];
    for (int i = 0; i < 40; i++) {
      String id = String.format(java.util.Locale.ROOT, "g%02d", i);
      String root = a.root(id);
      load[a.task(root)]++;
      assertThat(a.task(root)).isEqualTo(a.task(a.root(root)));
    }
    // Largest first to the least loaded task: 6 + 2 against 3 + 3, then the single articles.
    assertThat(a.task("g00")).isEqualTo(a.task("g12"));
    assertThat(a.task("g06")).isEqualTo(a.task("g09")).isNotEqualTo(a.task("g00"));
    assertThat(Math.abs(load[0] - load[1])).isLessThanOrEqualTo(12);
    assertThat(load[0] + load[1]).isEqualTo(40);
  }

  @Test
  void aLoneReportJoinsTheGroupItStoodBesideMostOften() {
    List<List<String>> clustered =
        List.of(
            List.of("a1", "a2"),
            List.of("a2", "a3"),
            List.of("b1", "b2"),
            List.of(Stories.NEAR, "x", "a3"),
            List.of(Stories.NEAR, "x", "b2"),
            List.of(Stories.NEAR, "x", "a1"),
            List.of(Stories.NEAR, "y", "b1"),
            // a report already in a group stays in it
            List.of(Stories.NEAR, "a3", "b1"));
    Map<String, String> roots = Stories.withNearest(clustered);
    assertThat(roots)
        .containsEntry("x", "a1")
        .containsEntry("y", "b1")
        .containsEntry("a3", "a1")
        .containsEntry("b2", "b1")
        .hasSize(7);
  }

  @Test
  void aGroupCountsTheRestOfTheInputInItsWordStatistics() {
    // 10 articles: "tdam" in 6 of them, "tvelmora" in 2, "eOstrand" in 3.
    Stories.Background b =
        new Stories.Background(10, Map.of("tdam", 6, "tvelmora", 2, "eOstrand", 3));
    io.corroborate.cluster.WordCounts w =
        b.without(
            List.of(
                new String[] {"tdam", "tvelmora", "tflood"}, new String[] {"tdam", "eOstrand"}));
    assertThat(w.docs()).isEqualTo(8);
    assertThat(w.terms()).isEqualTo(Map.of("dam", 4, "velmora", 1));
    assertThat(w.entities()).isEqualTo(Map.of("Ostrand", 2));
    assertThat(w.names()).isEmpty();
  }

  private static Path onlyPart(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      List<Path> parts = files.filter(f -> f.getFileName().toString().startsWith("part-")).toList();
      Path all = dir.resolve("all.jsonl");
      for (Path p : parts) {
        Files.write(
            all,
            Files.readAllBytes(p),
            java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.APPEND);
      }
      return all;
    }
  }

  private static String storyKey(List<String> articleIds) {
    return articleIds.stream().sorted().collect(Collectors.joining(","));
  }

  private static String findingKey(String kind, String variable, List<String> values, int origins) {
    return kind + " " + variable + " " + values + " " + origins;
  }

  @Test
  void storiesSharingAnArticleMergeUnderTheirSmallestId() {
    Map<String, String> roots =
        Stories.roots(List.of(List.of("c", "d"), List.of("e", "d"), List.of("b", "a")));
    assertThat(roots)
        .containsEntry("e", "c")
        .containsEntry("d", "c")
        .containsEntry("c", "c")
        .containsEntry("b", "a");
  }

  @Test
  void smallInputFilesAreSpreadOverEveryCore() throws IOException {
    // binaryFiles alone puts these eight small files in one partition: one busy core.
    Path in = Files.createDirectories(tmp.resolve("many"));
    for (int i = 0; i < 8; i++) {
      Files.writeString(in.resolve("a" + i + ".txt"), "The river rose " + i + " metres overnight.");
    }
    org.apache.spark.api.java.JavaSparkContext sc =
        org.apache.spark.api.java.JavaSparkContext.fromSparkContext(
            LocalSpark.session().sparkContext());
    JobOptions o =
        JobOptions.of(List.of(in.toString()), tmp.resolve("o").toString(), LayerKind.PLAIN);
    assertThat(SparkJob.readFiles(sc, o).getNumPartitions())
        .isGreaterThanOrEqualTo(sc.defaultParallelism())
        .isGreaterThanOrEqualTo(2);
    assertThat(SparkJob.readFiles(sc, o.withPartitions(6)).getNumPartitions())
        .isGreaterThanOrEqualTo(6);
    assertThat(SparkJob.readFiles(sc, o).count()).isEqualTo(8);
  }

  @Test
  void oneExecutorBuildsItsPipelineOnce() {
    assertThat(Executor.tools(LayerKind.PLAIN)).isSameAs(Executor.tools(LayerKind.PLAIN));
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
