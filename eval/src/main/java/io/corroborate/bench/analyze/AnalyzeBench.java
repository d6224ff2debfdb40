package io.corroborate.bench.analyze;

import io.corroborate.AnalyzeResult;
import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.bench.BenchStage;
import io.corroborate.bench.news.SyntheticNews;
import io.corroborate.model.Article;
import io.corroborate.store.sqlite.SqliteStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What {@code corroborate analyze} costs end to end: every repetition reads the corpus into a new,
 * empty store, annotates it with CoreNLP, puts the articles in stories and writes their dossiers.
 * The thread count is how many articles are read (cleaned and annotated) at once, as {@code
 * Corroborate.Builder#threads} sets it; stories and dossiers are made on the run's thread.
 *
 * <p>The corpus is every input given, read as one, plus as many made-up reports as asked ({@link
 * SyntheticNews}, twenty a story), written once to a file before timing; they are as long as the
 * given articles are at the median, so a corpus of hundreds of articles can be made from a few real
 * stories. The header states the corpus's size and its articles' median length.
 */
public final class AnalyzeBench implements BenchStage {
  /** Made-up reports a story, about as many as a developing story has in a day. */
  static final int GENERATED_PER_STORY = 20;

  private final List<String> inputs = new ArrayList<>();
  private int articles;
  private String summary;

  @Override
  public String name() {
    return "analyze";
  }

  @Override
  public String description() {
    return "end to end: ingest, clean, annotate (CoreNLP), store, stories and dossiers, into a new store";
  }

  @Override
  public String unit() {
    return "articles";
  }

  @Override
  public int prepare(Path corpus) throws IOException {
    return prepare(List.of(corpus), 0);
  }

  @Override
  public int prepare(List<Path> corpus, int generated) throws IOException {
    if (generated < 0) {
      throw new IllegalArgumentException("--generated must be 0 or more, got " + generated);
    }
    inputs.clear();
    corpus.forEach(p -> inputs.add(p.toString()));
    List<Integer> read = inputs.isEmpty() ? List.of() : lengths(inputs);
    List<Integer> madeUp = List.of();
    if (generated > 0) {
      int median = read.isEmpty() ? SyntheticNews.DEFAULT_MEDIAN_CHARS : median(read);
      Path file = writeGenerated(generated, median);
      madeUp = lengths(List.of(file.toString()));
      inputs.add(file.toString());
    }
    CoreNlpLayer.shared();
    articles = read.size() + madeUp.size();
    List<Integer> all = new ArrayList<>(read);
    all.addAll(madeUp);
    summary =
        String.format(
            Locale.ROOT,
            "%d articles (%d read, %d made up); median length %d characters (read %s, made up %s)",
            articles,
            read.size(),
            madeUp.size(),
            all.isEmpty() ? 0 : median(all),
            read.isEmpty() ? "-" : String.valueOf(median(read)),
            madeUp.isEmpty() ? "-" : String.valueOf(median(madeUp)));
    return articles;
  }

  @Override
  public Optional<String> corpusSummary() {
    return Optional.ofNullable(summary);
  }

  @Override
  public int runOnce(int threads) throws Exception {
    Path dir = Files.createTempDirectory("corroborate-bench-analyze");
    try (SqliteStore store = SqliteStore.open(dir.resolve("bench.db"))) {
      Corroborate c =
          Corroborate.builder().annotate(CoreNlpLayer.shared(), store).threads(threads).build();
      AnalyzeResult r = c.session(store).add(inputs, new RunListener() {});
      return r.articles().size();
    } finally {
      delete(dir);
    }
  }

  /** The cleaned text's length of each article the inputs hold, as a run reads them. */
  private static List<Integer> lengths(List<String> inputs) {
    return Corroborate.create().run(inputs, new RunListener() {}).articles().stream()
        .map(Article::textWithoutCaptions)
        .map(String::length)
        .toList();
  }

  /** Writes {@code n} made-up reports to a file that lives as long as this process. */
  private static Path writeGenerated(int n, int medianChars) throws IOException {
    Path dir = Files.createTempDirectory("corroborate-bench-generated");
    Path file = dir.resolve("generated.jsonl");
    SyntheticNews news = new SyntheticNews(7, medianChars);
    List<String> lines = new ArrayList<>(n);
    for (int story = 0; lines.size() < n; story++) {
      lines.addAll(news.story(story, Math.min(GENERATED_PER_STORY, n - lines.size())));
    }
    // deleted at exit in the reverse order of asking: the file, then its folder
    dir.toFile().deleteOnExit();
    file.toFile().deleteOnExit();
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  static int median(List<Integer> values) {
    List<Integer> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
