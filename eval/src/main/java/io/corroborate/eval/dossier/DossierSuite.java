package io.corroborate.eval.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.dossier.ClaimLine;
import io.corroborate.dossier.Dossier;
import io.corroborate.eval.Checksums;
import io.corroborate.eval.EvalReport;
import io.corroborate.eval.EvalSuite;
import io.corroborate.eval.Figure;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.store.Membership;
import io.corroborate.store.StorySummary;
import io.corroborate.store.sqlite.SqliteStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Scores the dossier itself on real coverage: each story file ({@code <story>.jsonl}, news-please
 * fields with a hand-assigned {@code language}) is analysed into a fresh store with the language
 * layer {@code analyze} uses, then scored against {@code <story>.gold.json} beside it by {@link
 * DossierScorer}. A story file with no gold beside it is analysed and described without scores.
 *
 * <pre>{@code
 * corroborate eval dossier ../shared/corpus/real --report target/eval-dossier
 * }</pre>
 *
 * <p>Writes one Markdown report per story (every fact found, partial or missed with the findings
 * and the reason; every conflict and update judged against the gold) to the report folder.
 */
public final class DossierSuite implements EvalSuite {
  private final Supplier<LanguageLayer> layer;
  private final Optional<Path> reportDir;

  /** The CoreNLP layer, as {@code analyze} uses it; reports go to a temporary folder. */
  public DossierSuite() {
    this(CoreNlpLayer::shared, Optional.empty());
  }

  /** {@code layer} is asked for only when the suite runs, so models load lazily. */
  public DossierSuite(Supplier<LanguageLayer> layer, Optional<Path> reportDir) {
    this.layer = Objects.requireNonNull(layer, "layer");
    this.reportDir = Objects.requireNonNull(reportDir, "reportDir");
  }

  @Override
  public String name() {
    return "dossier";
  }

  @Override
  public String description() {
    return "the dossier on real multi-outlet stories (DIR of <story>.jsonl + <story>.gold.json, or"
        + " one .jsonl): fragmentation, facts found, false conflicts, claims found, entities merged";
  }

  @Override
  public EvalSuite withReportDir(Path dir) {
    return new DossierSuite(layer, Optional.of(dir));
  }

  @Override
  public EvalReport run(Path data) throws IOException {
    List<Path> stories = storyFiles(data);
    Path reports =
        reportDir.isPresent()
            ? Files.createDirectories(reportDir.get())
            : Files.createTempDirectory("corroborate-eval-dossier");
    DossierScorer.Tally all = new DossierScorer.Tally();
    List<String> notes = new ArrayList<>();
    List<Path> read = new ArrayList<>();
    int articles = 0;
    boolean anyGold = false;
    LanguageLayer l = layer.get();
    for (Path story : stories) {
      read.add(story);
      DossierScorer.Output out = analyse(story, l);
      articles += out.articles().size();
      Path goldFile = goldOf(story);
      String stem = stem(story);
      if (!Files.exists(goldFile)) {
        notes.add(stem + ": no gold beside it; " + describe(out));
        Files.writeString(
            reports.resolve(stem + ".md"), "# " + stem + "\n\n" + describe(out) + "\n");
        continue;
      }
      anyGold = true;
      read.add(goldFile);
      Gold gold = Gold.read(goldFile);
      DossierScorer.Result r = DossierScorer.score(out, gold);
      all.add(r.tally());
      Files.writeString(reports.resolve(stem + ".md"), Reports.markdown(stem, out, r));
      Map<String, Double> f = r.tally().figures();
      notes.add(
          String.format(
              Locale.ROOT,
              "%s: %s; largest story %.2f, facts %.2f, false conflicts %.2f of %d, claims %.2f",
              stem,
              describe(out),
              f.get("largest_story_share"),
              f.getOrDefault("facts_found", 0.0),
              f.get("false_conflicts"),
              f.get("conflicts").intValue(),
              f.getOrDefault("claims_found", 0.0)));
    }
    notes.add("per-fact reports in " + reports);
    notes.add("language layer: " + l.name());
    List<Figure> figures = new ArrayList<>();
    if (anyGold) {
      all.figures().forEach((k, v) -> figures.add(Figure.of(name(), k, v)));
    }
    if (stories.size() > 1) {
      Mixed mixed = mixed(stories, l);
      figures.add(Figure.of(name(), "mixed_batch_own_story_share", mixed.ownShare()));
      figures.add(Figure.of(name(), "mixed_batch_stray_articles", mixed.stray()));
      notes.add(mixed.describe());
    }
    return new EvalReport(name(), data.toString(), Checksums.of(read), articles, figures, notes);
  }

  private static String describe(DossierScorer.Output out) {
    long stories = out.articles().stream().map(DossierScorer.Placed::storyId).distinct().count();
    long findings = out.dossiers().stream().mapToLong(d -> d.findings().size()).sum();
    long claims = out.claims().values().stream().mapToLong(List::size).sum();
    return out.articles().size()
        + " articles in "
        + stories
        + " stories, "
        + claims
        + " claims, "
        + findings
        + " findings";
  }

  static List<Path> storyFiles(Path data) throws IOException {
    if (!Files.exists(data)) {
      throw new NoSuchFileException(data + " (no story file or folder)");
    }
    if (Files.isRegularFile(data)) {
      return List.of(data);
    }
    try (Stream<Path> s = Files.list(data)) {
      List<Path> files =
          s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
      if (files.isEmpty()) {
        throw new NoSuchFileException(data + " (holds no <story>.jsonl file)");
      }
      return files;
    }
  }

  static Path goldOf(Path story) {
    return story.resolveSibling(stem(story) + ".gold.json");
  }

  static String stem(Path story) {
    String n = story.getFileName().toString();
    return n.endsWith(".jsonl") ? n.substring(0, n.length() - ".jsonl".length()) : n;
  }

  /** Analyses one story file into a fresh store and reads back what the run made of it. */
  static DossierScorer.Output analyse(Path story, LanguageLayer layer) throws IOException {
    Map<String, String> languageOf = languages(story);
    Path dir = Files.createTempDirectory("corroborate-eval-store");
    Path db = dir.resolve("story.db");
    try (SqliteStore store = SqliteStore.open(db)) {
      Corroborate c = Corroborate.builder().annotate(layer, store).build();
      c.session(store).add(List.of(story.toString()), new RunListener() {});
      Map<String, String> storyOf = new HashMap<>();
      Map<String, String> reasonOf = new HashMap<>();
      for (Membership m : store.memberships()) {
        storyOf.put(m.articleId(), m.storyId());
        reasonOf.put(m.articleId(), m.reason());
      }
      List<DossierScorer.Placed> placed = new ArrayList<>();
      Map<String, List<ClaimLine>> claims = new HashMap<>();
      for (Article a : store.articles()) {
        String url = a.url().orElse("");
        placed.add(
            new DossierScorer.Placed(
                a.id(),
                url,
                languageOf.getOrDefault(url, a.language()),
                storyOf.getOrDefault(a.id(), ""),
                reasonOf.getOrDefault(a.id(), "")));
        claims.put(a.id(), store.claims(a.id()));
      }
      placed.sort(Comparator.comparing(DossierScorer.Placed::url));
      List<Dossier> dossiers = new ArrayList<>();
      for (StorySummary s : store.stories()) {
        store.dossierJson(s.id()).ifPresent(j -> dossiers.add(ModelJson.read(j, Dossier.class)));
      }
      return new DossierScorer.Output(placed, dossiers, claims);
    } finally {
      deleteQuietly(dir);
    }
  }

  /**
   * What one run over every story file at once makes of them, as a user who feeds several
   * developing stories together gets it: each article's event is its file, and an article is stray
   * when the story it was put in holds more articles of another event than of its own.
   */
  record Mixed(int articles, int stray, List<String> mixedStories) {
    double ownShare() {
      return articles == 0 ? 0 : (articles - stray) / (double) articles;
    }

    String describe() {
      return "all files in one run: "
          + articles
          + " articles, "
          + stray
          + " in a story that mostly tells another event"
          + (mixedStories.isEmpty() ? "" : "; stories mixing events: " + mixedStories);
    }
  }

  static Mixed mixed(List<Path> stories, LanguageLayer layer) throws IOException {
    Map<String, String> eventOf = new HashMap<>();
    for (Path story : stories) {
      for (String url : languages(story).keySet()) {
        eventOf.put(url, stem(story));
      }
    }
    Path dir = Files.createTempDirectory("corroborate-eval-mixed");
    try (SqliteStore store = SqliteStore.open(dir.resolve("all.db"))) {
      Corroborate c = Corroborate.builder().annotate(layer, store).build();
      c.session(store).add(stories.stream().map(Path::toString).toList(), new RunListener() {});
      Map<String, String> storyOf = new HashMap<>();
      for (Membership m : store.memberships()) {
        storyOf.put(m.articleId(), m.storyId());
      }
      Map<String, Map<String, Integer>> events = new TreeMap<>();
      Map<String, String> articleEvent = new HashMap<>();
      for (Article a : store.articles()) {
        String event = eventOf.get(a.url().orElse(""));
        String storyId = storyOf.get(a.id());
        if (event == null || storyId == null) {
          continue;
        }
        articleEvent.put(a.id(), event);
        events.computeIfAbsent(storyId, k -> new TreeMap<>()).merge(event, 1, Integer::sum);
      }
      int stray = 0;
      for (Map.Entry<String, String> e : articleEvent.entrySet()) {
        Map<String, Integer> held = events.get(storyOf.get(e.getKey()));
        int own = held.get(e.getValue());
        if (held.values().stream().anyMatch(n -> n > own)) {
          stray++;
        }
      }
      List<String> mixedStories = new ArrayList<>();
      for (Map<String, Integer> held : events.values()) {
        if (held.size() > 1) {
          mixedStories.add(held.toString());
        }
      }
      return new Mixed(articleEvent.size(), stray, mixedStories);
    } finally {
      deleteQuietly(dir);
    }
  }

  /** The hand-assigned language of each page, by url, from the story file itself. */
  static Map<String, String> languages(Path story) throws IOException {
    Map<String, String> out = new HashMap<>();
    int line = 0;
    for (String l : Files.readAllLines(story, StandardCharsets.UTF_8)) {
      line++;
      if (l.isBlank()) {
        continue;
      }
      try {
        JsonNode n = ModelJson.mapper().readTree(l);
        if (n.hasNonNull("url") && n.hasNonNull("language")) {
          out.put(n.get("url").asText(), n.get("language").asText());
        }
      } catch (IOException e) {
        // The analysis itself reports the bad line as a rejection with its offset.
        continue;
      }
    }
    return out;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}
