package io.corroborate.analyze;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.time.TimeTagger;
import io.corroborate.cluster.ClusterOptions;
import io.corroborate.cluster.CopyGroups;
import io.corroborate.cluster.Embedder;
import io.corroborate.cluster.Story;
import io.corroborate.cluster.StoryClusterer;
import io.corroborate.cluster.Syndication;
import io.corroborate.cluster.SyndicationOptions;
import io.corroborate.dossier.Dossier;
import io.corroborate.dossier.Outlets;
import io.corroborate.extract.Claim;
import io.corroborate.extract.ClaimExtractor;
import io.corroborate.extract.ExtractOptions;
import io.corroborate.link.Link;
import io.corroborate.link.LinkOptions;
import io.corroborate.link.LinkResult;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.model.Rejection;
import io.corroborate.reconcile.ReconcileOptions;
import io.corroborate.reconcile.Reconciler;
import io.corroborate.reconcile.Reconciliation;
import io.corroborate.reconcile.StoryInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happens to a story's articles once they are annotated: claims, copies, entities across
 * articles, findings and timeline, and the dossier that shows them. The CLI, the web server and the
 * Spark job all call this, so the same articles give the same dossier wherever they are analysed.
 *
 * <pre>{@code
 * List<Dossier> ds = StoryAnalysis.dossiers(articles, annotations, rejections, Embedder.none());
 * }</pre>
 */
public final class StoryAnalysis {
  private StoryAnalysis() {}

  /**
   * A story's dossier and the claims read from each of its articles.
   *
   * @param claims by article id, in the articles' order
   */
  public record Report(Dossier dossier, Map<String, List<Claim>> claims) {}

  /**
   * What analysing a story keeps for its next analysis: each article's shingles and the copies
   * confirmed among them, so a story that grows by one article compares only that article with its
   * candidates. Keep one per story and pass it to every analysis of that story; the dossier is the
   * same as without it.
   *
   * <pre>{@code StoryAnalysis.Memo memo = new StoryAnalysis.Memo();}</pre>
   */
  public static final class Memo {
    private final Syndication syndication = new Syndication(SyndicationOptions.defaults());
  }

  /**
   * Analyses one story: every article given belongs to it. Articles without an annotation add their
   * metadata and copies but no claims.
   */
  public static Report analyze(
      String storyId,
      String title,
      List<Article> articles,
      Map<String, Annotation> annotations,
      List<Rejection> rejections) {
    return analyze(storyId, title, articles, annotations, Map.of(), rejections);
  }

  /**
   * Like {@link #analyze(String, String, List, Map, List)}, reusing the claims already read from
   * some articles ({@code known}, by article id) so a story that grows by one article is not read
   * again whole.
   */
  public static Report analyze(
      String storyId,
      String title,
      List<Article> articles,
      Map<String, Annotation> annotations,
      Map<String, List<Claim>> known,
      List<Rejection> rejections) {
    return analyze(storyId, title, articles, annotations, known, rejections, Embedder.none());
  }

  /**
   * Like {@link #analyze(String, String, List, Map, Map, List)}, with sentence embeddings as one
   * more signal for reading two differently worded subjects as one (never alone; see {@link
   * Reconciler#Reconciler(ReconcileOptions, Embedder)}).
   */
  public static Report analyze(
      String storyId,
      String title,
      List<Article> articles,
      Map<String, Annotation> annotations,
      Map<String, List<Claim>> known,
      List<Rejection> rejections,
      Embedder embedder) {
    return analyze(storyId, title, articles, annotations, known, rejections, embedder, new Memo());
  }

  /**
   * Like {@link #analyze(String, String, List, Map, Map, List, Embedder)}, reusing what {@code
   * memo} kept from this story's previous analyses.
   */
  public static Report analyze(
      String storyId,
      String title,
      List<Article> articles,
      Map<String, Annotation> annotations,
      Map<String, List<Claim>> known,
      List<Rejection> rejections,
      Embedder embedder,
      Memo memo) {
    List<Article> unique = Outlets.resolve(distinct(articles));
    ClaimExtractor extractor = new ClaimExtractor(ExtractOptions.defaults());
    Map<String, List<Claim>> claims = new LinkedHashMap<>();
    Optional<LocalDate> storyDate = storyDate(unique);
    Map<String, Annotation> anchored = new LinkedHashMap<>(annotations);
    for (Article a : unique) {
      Annotation an = annotations.get(a.id());
      List<Claim> done = known.get(a.id());
      if (an != null && a.published().isEmpty() && an.anchor().isEmpty() && storyDate.isPresent()) {
        // An undated report is read at its story's date, so that its "January 9" and "last month"
        // land on the calendar. The story's date can move as it grows, so it is read again.
        an = anchor(an, storyDate);
        anchored.put(a.id(), an);
        done = null;
      }
      if (done != null
          && !done.stream().allMatch(c -> c.attribution().outlet().equals(a.outlet()))) {
        // The outlet's name was learnt from a report added since (its domain was all there was):
        // every chain ends with it, so the claims are read again.
        done = null;
      }
      claims.put(a.id(), done != null ? done : an == null ? List.of() : extractor.extract(a, an));
    }
    annotations = anchored;
    CopyGroups copies = memo.syndication.group(unique);
    LinkResult links =
        annotations.isEmpty()
            ? new LinkResult(List.of(), List.of())
            : new Link(LinkOptions.defaults()).link(unique, annotations);
    Reconciliation r =
        new Reconciler(ReconcileOptions.defaults(), embedder)
            .reconcile(new StoryInput(storyId, unique, claims, copies.groupOf(), links));
    Dossier d =
        Dossier.of(
            storyId, title, unique, annotations, claims, copies, links, r, List.copyOf(rejections));
    return new Report(d, claims);
  }

  /** The dossier of one story; see {@link #analyze}. */
  public static Dossier dossier(
      String storyId,
      String title,
      List<Article> articles,
      Map<String, Annotation> annotations,
      List<Rejection> rejections) {
    return analyze(storyId, title, articles, annotations, rejections).dossier();
  }

  /**
   * Clusters the articles into stories, in the order given, and returns one dossier per story, the
   * story with the most articles first. The run's rejections go in every dossier.
   */
  public static List<Dossier> dossiers(
      List<Article> articles,
      Map<String, Annotation> annotations,
      List<Rejection> rejections,
      Embedder embedder) {
    List<Article> unique = distinct(articles);
    StoryClusterer clusterer = new StoryClusterer(ClusterOptions.defaults(), embedder);
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : unique) {
      byId.put(a.id(), a);
    }
    clusterer.addBatch(unique, id -> Optional.ofNullable(annotations.get(id)));
    List<Story> stories = new ArrayList<>(clusterer.stories());
    stories.sort(
        java.util.Comparator.comparing((Story s) -> -s.articleIds().size())
            .thenComparing(Story::id));
    List<Dossier> out = new ArrayList<>();
    for (Story s : stories) {
      List<Article> members = s.articleIds().stream().map(byId::get).toList();
      out.add(
          analyze(s.id(), s.title(), members, annotations, Map.of(), rejections, embedder)
              .dossier());
    }
    return out;
  }

  private static final TimeTagger TIMES = new TimeTagger();

  /** The latest publication date of a story's articles, if any says when it was published. */
  static Optional<LocalDate> storyDate(List<Article> articles) {
    return articles.stream()
        .map(Article::published)
        .flatMap(Optional::stream)
        .map(DateStamp::date)
        .max(java.util.Comparator.naturalOrder());
  }

  /** The annotation with its times read again at {@code date}. */
  static Annotation anchor(Annotation an, Optional<LocalDate> date) {
    return new Annotation(
        an.text(),
        date,
        an.sentences(),
        an.tokens(),
        an.entities(),
        TIMES.find(an.text(), date),
        an.quantities());
  }

  private static List<Article> distinct(List<Article> articles) {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : articles) {
      byId.putIfAbsent(a.id(), a);
    }
    return List.copyOf(byId.values());
  }
}
