package io.corroborate.analyze;

import io.corroborate.annotate.Annotation;
import io.corroborate.cluster.Story;
import io.corroborate.cluster.StoryClusterer;
import io.corroborate.dossier.Dossier;
import io.corroborate.extract.Claim;
import io.corroborate.model.Article;
import io.corroborate.model.Rejection;
import io.corroborate.pipeline.Capability;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What happens to articles once they are annotated: clustered into stories, then each story through
 * the {@link StoryPipeline} (claims, copies, entities across articles, findings and timeline, and
 * the dossier that shows them). One is built by {@code Corroborate} from its options, and the CLI,
 * the web server and the Spark job reach it through there, so the same articles give the same
 * claims and dossier wherever they are analysed.
 *
 * <pre>{@code
 * StoryAnalysis s = new StoryAnalysis(StoryOptions.defaults());
 * List<Dossier> ds = s.dossiers(articles, annotations, rejections);
 * }</pre>
 */
public final class StoryAnalysis {
  private final StoryOptions options;
  private final StoryPipeline pipeline;
  private final StoryPipeline claims;

  public StoryAnalysis(StoryOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.pipeline = StoryPipeline.standard(options);
    this.claims = pipeline.through(Capability.CLAIMS);
  }

  public StoryOptions options() {
    return options;
  }

  public StoryPipeline pipeline() {
    return pipeline;
  }

  /**
   * A story's dossier and the claims read from each of its articles.
   *
   * @param claims by article id, in the articles' order
   */
  public record Report(Dossier dossier, Map<String, List<Claim>> claims) {}

  /** A clusterer with these options, holding no story yet. */
  public StoryClusterer clusterer() {
    return new StoryClusterer(options.cluster(), options.embedder());
  }

  /**
   * Analyses one story: every article given belongs to it. Articles without an annotation add their
   * metadata and copies but no claims. {@code known} (by article id) are claims already read from
   * some articles, so a story that grows by one article is not read again whole; {@code memo} is
   * what this story's previous analyses kept.
   */
  public Report analyze(
      String storyId,
      String title,
      List<Article> articles,
      Map<String, Annotation> annotations,
      Map<String, List<Claim>> known,
      List<Rejection> rejections,
      StoryMemo memo) {
    StoryWork w =
        pipeline.run(
            StoryWork.of(storyId, title, articles, annotations, rejections, memo).withKnown(known));
    return new Report(w.expectDossier(), w.expectClaims());
  }

  /** The dossier of one story; see {@link #analyze}. */
  public Dossier dossier(
      String storyId,
      String title,
      List<Article> articles,
      Map<String, Annotation> annotations,
      List<Rejection> rejections) {
    return analyze(storyId, title, articles, annotations, Map.of(), rejections, new StoryMemo())
        .dossier();
  }

  /**
   * The claims of one story's articles, by article id, read as its dossier reads them (outlets
   * named, times anchored on the story) without the stages after.
   */
  public Map<String, List<Claim>> storyClaims(
      List<Article> articles, Map<String, Annotation> annotations) {
    return claims
        .run(StoryWork.of("", "", articles, annotations, List.of(), new StoryMemo()))
        .expectClaims();
  }

  /**
   * Clusters the articles into stories, in the order given, and returns one dossier per story, the
   * story with the most articles first. The run's rejections go in every dossier.
   */
  public List<Dossier> dossiers(
      List<Article> articles, Map<String, Annotation> annotations, List<Rejection> rejections) {
    return reports(articles, annotations, rejections).stream().map(Report::dossier).toList();
  }

  /**
   * Like {@link #dossiers}, with each story's claims as its dossier read them: one pass over each
   * story for callers that need both.
   */
  public List<Report> reports(
      List<Article> articles, Map<String, Annotation> annotations, List<Rejection> rejections) {
    List<Report> out = new ArrayList<>();
    for (Members s : cluster(articles, annotations)) {
      out.add(
          analyze(
              s.story().id(),
              s.story().title(),
              s.articles(),
              annotations,
              Map.of(),
              rejections,
              new StoryMemo()));
    }
    return out;
  }

  /**
   * The claims of the articles, by article id in the order given, each read in its story as the
   * story's dossier reads it.
   */
  public Map<String, List<Claim>> claims(
      List<Article> articles, Map<String, Annotation> annotations) {
    Map<String, List<Claim>> byStory = new LinkedHashMap<>();
    for (Members s : cluster(articles, annotations)) {
      byStory.putAll(storyClaims(s.articles(), annotations));
    }
    Map<String, List<Claim>> out = new LinkedHashMap<>();
    for (Article a : articles) {
      out.putIfAbsent(a.id(), byStory.getOrDefault(a.id(), List.of()));
    }
    return out;
  }

  private record Members(Story story, List<Article> articles) {}

  /** The articles' stories, the one with the most articles first. */
  private List<Members> cluster(List<Article> articles, Map<String, Annotation> annotations) {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : articles) {
      byId.putIfAbsent(a.id(), a);
    }
    List<Article> unique = List.copyOf(byId.values());
    StoryClusterer clusterer = clusterer();
    clusterer.addBatch(unique, id -> Optional.ofNullable(annotations.get(id)));
    List<Story> stories = new ArrayList<>(clusterer.stories());
    stories.sort(
        Comparator.comparing((Story s) -> -s.articleIds().size()).thenComparing(Story::id));
    List<Members> out = new ArrayList<>();
    for (Story s : stories) {
      out.add(new Members(s, s.articleIds().stream().map(byId::get).toList()));
    }
    return out;
  }
}
