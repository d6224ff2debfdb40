package io.corroborate.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.reconcile.Finding;
import io.corroborate.reconcile.FindingKind;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ClaimReview form checked against the schema.org vocabulary: every property written belongs to
 * its type (or a type it inherits from), every nested value has a type the property expects, and
 * the properties Google's ClaimReview structured data requires are there. The table below is the
 * part of schema.org the output uses (see docs/output-formats.md).
 */
class ClaimReviewRendererTest {
  /** Properties per type, with those inherited from Thing, CreativeWork, Review. */
  static final Map<String, Set<String>> PROPERTIES =
      Map.of(
          "ClaimReview",
          Set.of(
              "url",
              "claimReviewed",
              "datePublished",
              "author",
              "itemReviewed",
              "reviewRating",
              "name",
              "publisher"),
          "Claim",
          Set.of("appearance", "firstAppearance", "datePublished", "author", "url", "name"),
          "Rating",
          Set.of(
              "ratingValue",
              "bestRating",
              "worstRating",
              "alternateName",
              "ratingExplanation",
              "author",
              "name"),
          "NewsArticle",
          Set.of("url", "headline", "datePublished", "publisher", "author", "identifier", "name"),
          "Organization",
          Set.of("name", "url"),
          "Person",
          Set.of("name", "url"));

  /** The types each object-valued property expects (schema.org ranges, subtypes included). */
  static final Map<String, Set<String>> RANGES =
      Map.of(
          "author", Set.of("Organization", "Person"),
          "publisher", Set.of("Organization", "Person"),
          "itemReviewed", Set.of("Claim"),
          "reviewRating", Set.of("Rating"),
          "appearance", Set.of("NewsArticle"),
          "firstAppearance", Set.of("NewsArticle"));

  /** What Google's ClaimReview structured data requires of each review. */
  static final List<String> REQUIRED = List.of("claimReviewed", "reviewRating", "url", "author");

  private static Dossier kaldor;

  @BeforeAll
  static void analyzeTheExample() {
    kaldor = KaldorDossier.get();
  }

  private static JsonNode render(ClaimReviewRenderer r) throws Exception {
    return ModelJson.mapper().readTree(r.render(kaldor));
  }

  @Test
  void everyReviewUsesOnlySchemaOrgPropertiesOfItsTypes() throws Exception {
    JsonNode all = render(new ClaimReviewRenderer());
    assertThat(all.isArray()).isTrue();
    assertThat(all).hasSize(kaldor.findings().size());
    for (JsonNode review : all) {
      assertThat(review.get("@context").asText()).isEqualTo("https://schema.org");
      check(review, "ClaimReview");
    }
  }

  private static void check(JsonNode node, String expectedType) {
    String type = node.path("@type").asText();
    assertThat(type).isEqualTo(expectedType);
    Set<String> allowed = PROPERTIES.get(type);
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String p = e.getKey();
      if (p.startsWith("@")) {
        continue;
      }
      assertThat(allowed).as("%s is a property of %s", p, type).contains(p);
      for (JsonNode v : e.getValue().isArray() ? e.getValue() : List.of(e.getValue())) {
        if (v.isObject()) {
          assertThat(RANGES).as("%s takes objects", p).containsKey(p);
          assertThat(RANGES.get(p)).contains(v.path("@type").asText());
          check(v, v.path("@type").asText());
        } else {
          assertThat(v.asText()).as("%s.%s", type, p).isNotBlank();
        }
      }
    }
  }

  @Test
  void everyReviewHasWhatGoogleRequires() throws Exception {
    for (JsonNode review : render(new ClaimReviewRenderer())) {
      for (String p : REQUIRED) {
        assertThat(review.has(p)).as("%s present", p).isTrue();
      }
      assertThat(review.get("author").get("name").asText()).isNotBlank();
      JsonNode rating = review.get("reviewRating");
      assertThat(rating.get("alternateName").asText()).isNotBlank();
      int value = rating.get("ratingValue").asInt();
      assertThat(value)
          .isBetween(rating.get("worstRating").asInt(), rating.get("bestRating").asInt());
      LocalDate.parse(review.get("datePublished").asText());
      assertThat(review.get("itemReviewed").get("appearance")).isNotEmpty();
    }
  }

  @Test
  void theRatingSaysAgreedByNSourcesDisagreeOrSingleSource() throws Exception {
    JsonNode all = render(new ClaimReviewRenderer());
    for (int i = 0; i < kaldor.findings().size(); i++) {
      Finding f = kaldor.findings().get(i);
      String name = all.get(i).get("reviewRating").get("alternateName").asText();
      if (f.kind() == FindingKind.CONFLICT) {
        assertThat(name).isEqualTo("sources disagree");
      } else if (f.kind() == FindingKind.SCOPE) {
        assertThat(name).isEqualTo("figures of different scopes");
      } else if (f.independentOrigins() <= 1 || f.kind() == FindingKind.SINGLE_SOURCE) {
        assertThat(name).isEqualTo("single source");
      } else {
        assertThat(name).isEqualTo("agreed by " + f.independentOrigins() + " independent sources");
      }
    }
    assertThat(all.findValuesAsText("alternateName"))
        .contains("sources disagree")
        .anyMatch(n -> n.matches("agreed by [2-9]\\d* independent sources"));
  }

  @Test
  void appearancesAreTheArticlesWithTheirAddressOutletAndAuthors() throws Exception {
    JsonNode first = render(new ClaimReviewRenderer()).get(0);
    Finding f = kaldor.findings().get(0);
    List<String> ids = f.support().stream().map(s -> s.articleId()).distinct().toList();
    JsonNode appearance = first.get("itemReviewed").get("appearance");
    assertThat(appearance).hasSize(ids.size());
    for (JsonNode a : appearance) {
      Article article = kaldor.article(a.get("identifier").asText()).orElseThrow();
      article.url().ifPresent(u -> assertThat(a.get("url").asText()).isEqualTo(u));
      if (!article.outlet().equals(Article.UNKNOWN_OUTLET)) {
        assertThat(a.get("publisher").get("name").asText()).isEqualTo(article.outlet());
      }
      assertThat(a.path("author").findValuesAsText("name")).isEqualTo(article.authors());
    }
  }

  @Test
  void reviewerPageAndDateAreTheOnesGiven() throws Exception {
    JsonNode first =
        render(
                new ClaimReviewRenderer(
                    "Harbor Desk", "https://desk.example/d.html", LocalDate.of(2031, 5, 1)))
            .get(0);
    assertThat(first.get("author").get("name").asText()).isEqualTo("Harbor Desk");
    assertThat(first.get("datePublished").asText()).isEqualTo("2031-05-01");
    assertThat(first.get("url").asText()).startsWith("https://desk.example/d.html#f-");
  }
}
