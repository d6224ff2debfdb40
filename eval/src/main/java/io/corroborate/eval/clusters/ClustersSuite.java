package io.corroborate.eval.clusters;

import io.corroborate.cluster.ClusterOptions;
import io.corroborate.cluster.Embedder;
import io.corroborate.cluster.StoryAssignment;
import io.corroborate.cluster.StoryClusterer;
import io.corroborate.embed.onnx.OnnxEmbedder;
import io.corroborate.eval.Checksums;
import io.corroborate.eval.EvalReport;
import io.corroborate.eval.EvalSuite;
import io.corroborate.eval.Figure;
import io.corroborate.eval.coref.EcbPlus;
import io.corroborate.eval.coref.EcbPlus.EcbDocument;
import io.corroborate.model.Article;
import io.corroborate.model.Block;
import io.corroborate.model.Format;
import io.corroborate.model.Ids;
import io.corroborate.model.Origin;
import io.corroborate.model.Role;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Scores story clustering on ECB+: each topic's documents of sub-topic {@code ecb} form one gold
 * story and those of {@code ecbplus} another (two similar events, such as two earthquakes, so the
 * pairs are hard on purpose). Documents are added one at a time in a fixed shuffled order (by the
 * hash of their names), as news would arrive. Without and, when an embedder is given, with
 * embeddings.
 *
 * <pre>{@code
 * corroborate eval clusters ../shared/bench/ecbplus
 * }</pre>
 */
public final class ClustersSuite implements EvalSuite {
  private final ClusterOptions options;
  private final Supplier<Optional<Embedder>> embedder;

  /** The default options, scored without and with the shared ONNX embedder. */
  public ClustersSuite() {
    this(ClusterOptions.defaults(), () -> Optional.of(OnnxEmbedder.shared()));
  }

  /** {@code embedder} is asked for only when the suite runs, so models load lazily. */
  public ClustersSuite(ClusterOptions options, Supplier<Optional<Embedder>> embedder) {
    this.options = options;
    this.embedder = embedder;
  }

  @Override
  public String name() {
    return "clusters";
  }

  @Override
  public String description() {
    return "story clustering on ECB+ (ecb and ecbplus sub-topics of each topic as gold stories):"
        + " B3 and pairwise precision, recall, F1";
  }

  @Override
  public EvalReport run(Path data) throws IOException {
    EcbPlus.Corpus corpus = EcbPlus.read(data);
    List<EcbDocument> docs = new ArrayList<>(corpus.documents());
    docs.sort(Comparator.comparing((EcbDocument d) -> Ids.sha256(d.name())));
    Map<String, String> gold = new HashMap<>();
    List<Article> articles = new ArrayList<>();
    for (EcbDocument d : docs) {
      articles.add(article(d));
      gold.put(d.name(), d.topic() + d.subtopic());
    }
    List<String> ids = articles.stream().map(Article::id).toList();
    List<Figure> figures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    ClusterScores plain = score(articles, gold, Embedder.none(), notes);
    add(figures, "", plain);
    Optional<Embedder> e = embedder.get();
    if (e.isPresent()) {
      ClusterScores with = score(articles, gold, e.get(), notes);
      add(figures, "embedding_", with);
      notes.add("embeddings: " + e.get().model());
    }
    notes.add(
        docs.size()
            + " documents, "
            + gold.values().stream().distinct().count()
            + " gold stories; weights text "
            + options.textWeight()
            + " entities "
            + options.entityWeight()
            + " embedding "
            + options.embeddingWeight()
            + ", join at "
            + options.joinThreshold());
    return new EvalReport(
        name(), data.toString(), Checksums.of(corpus.files()), ids.size(), figures, notes);
  }

  private ClusterScores score(
      List<Article> articles, Map<String, String> gold, Embedder embedder, List<String> notes) {
    StoryClusterer c = new StoryClusterer(options, embedder);
    Map<String, String> predicted = new HashMap<>();
    for (Article a : articles) {
      StoryAssignment s = c.add(a, Optional.empty());
      predicted.put(a.id(), s.storyId());
    }
    notes.add(embedder.model() + ": " + c.stories().size() + " predicted stories");
    return ClusterScores.of(articles.stream().map(Article::id).toList(), predicted, gold);
  }

  private void add(List<Figure> figures, String prefix, ClusterScores s) {
    figures.add(Figure.of(name(), prefix + "b3_precision", s.b3Precision()));
    figures.add(Figure.of(name(), prefix + "b3_recall", s.b3Recall()));
    figures.add(Figure.of(name(), prefix + "b3_f1", s.b3F1()));
    figures.add(Figure.of(name(), prefix + "pair_precision", s.pairPrecision()));
    figures.add(Figure.of(name(), prefix + "pair_recall", s.pairRecall()));
    figures.add(Figure.of(name(), prefix + "pair_f1", s.pairF1()));
  }

  /** ECB+ documents have no title line of their own: the first line stands in for one. */
  private static Article article(EcbDocument d) {
    String text = d.text().strip();
    int nl = text.indexOf('\n');
    String title = nl > 0 && nl < 200 ? text.substring(0, nl).strip() : "";
    Article.Builder b =
        Article.builder()
            .id(d.name())
            .origin(new Origin(d.name(), 0, Format.TEXT))
            .blocks(List.of(new Block(text, Role.BODY, 1.0, "paragraph")));
    if (!title.isEmpty()) {
      b.title(title);
    }
    return b.build();
  }
}
