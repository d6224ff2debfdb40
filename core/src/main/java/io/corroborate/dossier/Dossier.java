package io.corroborate.dossier;

import io.corroborate.annotate.Annotation;
import io.corroborate.cluster.CopyGroup;
import io.corroborate.cluster.CopyGroups;
import io.corroborate.extract.Claim;
import io.corroborate.extract.ReadLanguages;
import io.corroborate.link.LinkResult;
import io.corroborate.model.Article;
import io.corroborate.model.Rejection;
import io.corroborate.reconcile.Finding;
import io.corroborate.reconcile.Reconciliation;
import io.corroborate.reconcile.Relay;
import io.corroborate.reconcile.TimelineEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A story's report: its articles with their metadata and evidence, the outlets and which of them
 * ran copies of one text, the findings on every variable (conflicts first), one timeline, the
 * entities under all their names with their attributes, who relays whom, every figure reported, and
 * the inputs that were rejected with why. Every line carries the article id and character span of
 * its evidence.
 *
 * <pre>{@code
 * Dossier d = corroborate.dossier(storyId, "Kaldor Dam", articles, annotations, rejections);
 * new MarkdownRenderer().render(d);
 * }</pre>
 *
 * @param schema the JSON schema id and version, see {@link #SCHEMA}
 * @param storyId the story's id in the store ("" for a dossier of loose articles)
 * @param copies groups of articles that run one text (wire copy, mirrors), each with its original
 * @param findings the verdict on each variable, conflicts first
 * @param timeline dated events merged across articles, oldest first
 * @param entities people, organisations, places and units under all their names, each with why its
 *     names are one and what the sources say of it (attributes checked against time)
 * @param relays which outlet relays which source, and how often
 * @param figures every numeric claim, grouped by what it measures
 */
public record Dossier(
    String schema,
    String storyId,
    String title,
    List<Article> articles,
    List<Source> sources,
    List<CopyGroup> copies,
    List<Finding> findings,
    List<TimelineEvent> timeline,
    List<EntityCard> entities,
    List<Relay> relays,
    List<DateMention> dates,
    List<ClaimLine> figures,
    List<Rejection> rejections) {
  /** The version of the JSON form; bumped whenever a field changes meaning or is removed. */
  public static final String SCHEMA = "corroborate.dossier/4";

  /** An outlet and the articles it published in this dossier. */
  /**
   * The line that says in which languages of the story's articles claims are not read yet (see
   * {@link ReadLanguages}); empty when every article's language is read.
   */
  public Optional<String> unreadLanguagesLine() {
    return ReadLanguages.note(articles);
  }

  /**
   * "12 articles from 10 outlets", or "5 articles from 2 outlets and 3 that name no outlet": the
   * header line of every rendering.
   */
  public String articlesLine() {
    long unnamed = articles.stream().filter(a -> a.outlet().equals(Article.UNKNOWN_OUTLET)).count();
    long named =
        articles.stream()
            .map(Article::outlet)
            .filter(o -> !o.equals(Article.UNKNOWN_OUTLET))
            .map(o -> o.toLowerCase(java.util.Locale.ROOT))
            .distinct()
            .count();
    String line =
        articles.size()
            + (articles.size() == 1 ? " article from " : " articles from ")
            + named
            + (named == 1 ? " outlet" : " outlets");
    if (unnamed > 0) {
      line += " and " + unnamed + (unnamed == 1 ? " that names" : " that name") + " no outlet";
    }
    return line;
  }

  public record Source(String outlet, List<String> articleIds) {
    public Source {
      Objects.requireNonNull(outlet, "outlet");
      articleIds = List.copyOf(articleIds);
    }
  }

  public Dossier {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(title, "title");
    articles = List.copyOf(articles);
    sources = List.copyOf(sources);
    copies = List.copyOf(copies);
    findings = List.copyOf(findings);
    timeline = List.copyOf(timeline);
    entities = List.copyOf(entities);
    relays = List.copyOf(relays);
    dates = List.copyOf(dates);
    figures = List.copyOf(figures);
    rejections = List.copyOf(rejections);
  }

  /** The article with {@code id}, if the dossier holds it. */
  public Optional<Article> article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * Assembles a dossier from what the stages made of a story: articles ordered by publication date
   * (undated last), outlets grouped, entity cards of the linked entities, resolved dates and the
   * numeric claims. The story pipeline computes the parts (its last stage calls this); call {@code
   * Corroborate.dossier} rather than this.
   */
  public static Dossier of(
      String storyId,
      String title,
      List<Article> articles,
      Map<String, Annotation> annotations,
      Map<String, List<Claim>> claims,
      CopyGroups copies,
      LinkResult links,
      Reconciliation reconciliation,
      List<Rejection> rejections) {
    return of(
        storyId,
        title,
        articles,
        annotations,
        claims,
        copies,
        links,
        reconciliation,
        rejections,
        new Facts.Memo());
  }

  /**
   * The dossier as {@link #of(String, String, List, Map, Map, CopyGroups, LinkResult,
   * Reconciliation, List)} writes it, with what {@code memo} kept from this story's last dossier.
   */
  public static Dossier of(
      String storyId,
      String title,
      List<Article> articles,
      Map<String, Annotation> annotations,
      Map<String, List<Claim>> claims,
      CopyGroups copies,
      LinkResult links,
      Reconciliation reconciliation,
      List<Rejection> rejections,
      Facts.Memo memo) {
    List<Article> sorted =
        articles.stream()
            .sorted(
                Comparator.comparing(
                        (Article a) -> a.published().map(p -> p.date().toString()).orElse("9999"))
                    .thenComparing(a -> a.outlet())
                    .thenComparing(Article::id))
            .toList();
    Map<String, List<String>> byOutlet = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Article a : sorted) {
      // An article whose outlet is not given is a source of its own, named by its file.
      byOutlet.computeIfAbsent(a.outletShown(), k -> new ArrayList<>()).add(a.id());
    }
    List<Source> sources =
        byOutlet.entrySet().stream().map(e -> new Source(e.getKey(), e.getValue())).toList();
    List<DateMention> dates;
    List<ClaimLine> lines;
    synchronized (memo) {
      dates = Facts.dates(sorted, annotations, memo);
      lines = Facts.claims(sorted, claims, memo);
    }
    return new Dossier(
        SCHEMA,
        storyId,
        title,
        sorted,
        sources,
        copies.groups().stream().filter(g -> g.articleIds().size() > 1).toList(),
        reconciliation.findings(),
        reconciliation.timeline(),
        Facts.withProfiles(Facts.entities(links), reconciliation.profiles()),
        reconciliation.relays(),
        dates,
        lines,
        rejections);
  }
}
