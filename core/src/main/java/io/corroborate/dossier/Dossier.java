package io.corroborate.dossier;

import io.corroborate.annotate.Annotation;
import io.corroborate.model.Article;
import io.corroborate.model.Rejection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A story's report. At this stage it lists what the pipeline knows for sure: the articles with
 * their metadata and its evidence, the outlets, and the inputs that were rejected with why. Later
 * stages add claims, findings, a timeline and entities.
 *
 * <pre>
 * {@code Dossier d = Dossier.of("Examples", articles, rejections); new MarkdownRenderer().render(d);}
 * </pre>
 *
 * @param schema the JSON schema id and version, see {@link #SCHEMA}
 */
public record Dossier(
    String schema,
    String title,
    List<Article> articles,
    List<Source> sources,
    List<EntityCard> entities,
    List<DateMention> dates,
    List<ClaimLine> figures,
    List<Rejection> rejections) {
  /** The version of the JSON form; bumped whenever a field changes meaning or is removed. */
  public static final String SCHEMA = "corroborate.dossier/1";

  /** An outlet and the articles it published in this dossier. */
  public record Source(String outlet, List<String> articleIds) {
    public Source {
      Objects.requireNonNull(outlet, "outlet");
      articleIds = List.copyOf(articleIds);
    }
  }

  public Dossier {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(title, "title");
    articles = List.copyOf(articles);
    sources = List.copyOf(sources);
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
    figures = List.copyOf(figures);
    rejections = List.copyOf(rejections);
  }

  /** A dossier of articles without annotations: no entities, no dates. */
  /** A dossier of articles without annotations: no entities, no dates. */
  public static Dossier of(String title, List<Article> articles, List<Rejection> rejections) {
    return of(title, articles, Map.of(), rejections);
  }

  /**
   * Builds a dossier: outlets known only by their domain named as other articles of that domain
   * name them, articles ordered by publication date (undated last), outlets grouped, the entities
   * of the annotated articles linked across articles, and their resolved dates.
   */
  public static Dossier of(
      String title,
      List<Article> articles,
      Map<String, Annotation> annotations,
      List<Rejection> rejections) {
    articles = Outlets.resolve(articles);
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
      byOutlet.computeIfAbsent(a.outlet(), k -> new ArrayList<>()).add(a.id());
    }
    List<Source> sources =
        byOutlet.entrySet().stream().map(e -> new Source(e.getKey(), e.getValue())).toList();
    return new Dossier(
        SCHEMA,
        title,
        sorted,
        sources,
        Facts.entities(sorted, annotations),
        Facts.dates(sorted, annotations),
        Facts.claims(sorted, annotations),
        rejections);
  }
}
