package io.corroborate.dossier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.reconcile.Finding;
import io.corroborate.reconcile.FindingKind;
import io.corroborate.reconcile.Support;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Each finding as a schema.org {@code ClaimReview} in JSON-LD, the form fact-checking tools and
 * search engines exchange: the claim ({@code claimReviewed}), the articles it appeared in ({@code
 * itemReviewed}, a {@code Claim} with its {@code appearance}s), a rating on a three-step scale
 * whose {@code alternateName} says it in words, who reviewed it and when. The output is one JSON
 * array, one object per finding, conflicts first.
 *
 * <p>The rating: 1 "sources disagree" (a conflict), 2 "single source" (one independent origin), 3
 * "agreed by N independent sources" (agreement, an update over time or a breakdown that adds up,
 * told by two origins or more). {@code ratingExplanation} carries the finding's explanation.
 *
 * <pre>
 * {@code String jsonLd = new ClaimReviewRenderer("Newsroom desk", "https://example.org/d.html",
 *     LocalDate.now()).render(dossier);}</pre>
 *
 * @see <a href="https://schema.org/ClaimReview">schema.org ClaimReview</a>
 */
public final class ClaimReviewRenderer implements DossierRenderer {
  /** Who reviews when no one is named: the tool itself. */
  public static final String DEFAULT_REVIEWER = "Corroborate (automated)";

  static final int WORST = 1;
  static final int BEST = 3;

  private final String reviewer;
  private final Optional<String> pageUrl;
  private final LocalDate date;

  /**
   * @param reviewer the review's author, an organisation or a person's name
   * @param pageUrl where the dossier is published; each review's {@code url} is this with the
   *     finding's anchor ({@code #f-ID}, as in the HTML dossier). Null: a {@code urn:corroborate:}
   *     name of the story and finding
   * @param date the review's {@code datePublished}
   */
  public ClaimReviewRenderer(String reviewer, String pageUrl, LocalDate date) {
    this.reviewer = Objects.requireNonNull(reviewer, "reviewer");
    this.pageUrl = Optional.ofNullable(pageUrl).filter(u -> !u.isBlank());
    this.date = Objects.requireNonNull(date, "date");
  }

  /** The tool as reviewer, no page, today. */
  public ClaimReviewRenderer() {
    this(DEFAULT_REVIEWER, null, LocalDate.now());
  }

  @Override
  public String render(Dossier d) {
    ArrayNode all = ModelJson.mapper().createArrayNode();
    for (Finding f : d.findings()) {
      all.add(review(d, f));
    }
    return ModelJson.writePretty(all) + "\n";
  }

  ObjectNode review(Dossier d, Finding f) {
    ObjectNode r = ModelJson.mapper().createObjectNode();
    r.put("@context", "https://schema.org");
    r.put("@type", "ClaimReview");
    r.put("url", url(d, f));
    r.put("claimReviewed", claimReviewed(f));
    r.put("datePublished", date.toString());
    ObjectNode author = r.putObject("author");
    author.put("@type", "Organization");
    author.put("name", reviewer);
    ObjectNode item = r.putObject("itemReviewed");
    item.put("@type", "Claim");
    List<Article> seen = appearances(d, f);
    ArrayNode appearance = item.putArray("appearance");
    seen.forEach(a -> appearance.add(work(a)));
    seen.stream()
        .filter(a -> a.published().isPresent())
        .min(Comparator.comparing((Article a) -> a.published().get().date()))
        .ifPresent(
            first -> {
              item.set("firstAppearance", work(first));
              item.put("datePublished", first.published().get().date().toString());
            });
    ObjectNode rating = r.putObject("reviewRating");
    rating.put("@type", "Rating");
    rating.put("ratingValue", ratingValue(f));
    rating.put("bestRating", BEST);
    rating.put("worstRating", WORST);
    rating.put("alternateName", alternateName(f));
    rating.put("ratingExplanation", f.explanation());
    return r;
  }

  /** "dead, cumulative as of date: at least 20; 14", the variable and the values reported. */
  static String claimReviewed(Finding f) {
    Set<String> values = new LinkedHashSet<>();
    for (Support s : f.support()) {
      if (!s.value().isBlank()) {
        values.add(s.value().strip());
      }
    }
    String label = f.variable().label();
    return values.isEmpty() ? label : label + ": " + String.join("; ", values);
  }

  /** The verdict in words, as {@code alternateName} gives it. */
  static String alternateName(Finding f) {
    if (f.kind() == FindingKind.CONFLICT) {
      return "sources disagree";
    }
    if (f.kind() == FindingKind.SCOPE) {
      return "figures of different scopes";
    }
    int n = f.independentOrigins();
    if (f.kind() == FindingKind.SINGLE_SOURCE || n <= 1) {
      return "single source";
    }
    return "agreed by " + n + " independent sources";
  }

  static int ratingValue(Finding f) {
    return switch (alternateName(f)) {
      case "sources disagree" -> WORST;
      case "single source", "figures of different scopes" -> 2;
      default -> BEST;
    };
  }

  private String url(Dossier d, Finding f) {
    if (pageUrl.isPresent()) {
      return pageUrl.get() + "#f-" + URLEncoder.encode(f.id(), StandardCharsets.UTF_8);
    }
    return "urn:corroborate:"
        + (d.storyId().isEmpty() ? "dossier" : d.storyId())
        + ":"
        + URLEncoder.encode(f.id(), StandardCharsets.UTF_8);
  }

  /** The articles the finding's claims were read from, in the dossier's order, once each. */
  private static List<Article> appearances(Dossier d, Finding f) {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Support s : f.support()) {
      d.article(s.articleId()).ifPresent(a -> byId.putIfAbsent(a.id(), a));
    }
    List<Article> out = new ArrayList<>(byId.values());
    out.sort(Comparator.comparingInt(a -> d.articles().indexOf(a)));
    return out;
  }

  /** One appearance: the article with what is known of it. */
  private static ObjectNode work(Article a) {
    ObjectNode w = ModelJson.mapper().createObjectNode();
    w.put("@type", "NewsArticle");
    a.url().ifPresent(u -> w.put("url", u));
    a.title().ifPresent(t -> w.put("headline", t));
    a.published().ifPresent(p -> w.put("datePublished", p.toString()));
    if (!a.outlet().equals(Article.UNKNOWN_OUTLET)) {
      ObjectNode publisher = w.putObject("publisher");
      publisher.put("@type", "Organization");
      publisher.put("name", a.outlet());
    }
    if (!a.authors().isEmpty()) {
      ArrayNode authors = w.putArray("author");
      for (String name : a.authors()) {
        ObjectNode p = authors.addObject();
        p.put("@type", "Person");
        p.put("name", name);
      }
    }
    w.put("identifier", a.id());
    return w;
  }
}
