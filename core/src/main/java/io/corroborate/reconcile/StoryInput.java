package io.corroborate.reconcile;

import io.corroborate.extract.Claim;
import io.corroborate.link.LinkResult;
import io.corroborate.model.Article;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the reconciler reads: one story's articles, their claims, which articles are copies of one
 * another and the entities linked across them.
 *
 * <pre>
 * {@code new StoryInput("s1", articles, claimsById, Map.of(),
 *     new LinkResult(List.of(), List.of()).forStory(articles, claimsById))}
 * </pre>
 *
 * @param claims by article id, each list as the extractor returned it (claim links index into it)
 * @param copyGroupOf article id → copy group id; an article absent from the map is its own group
 * @param entities the linked entities, with the name index that resolves the story's names against
 *     them (see {@link LinkResult#forStory}); may hold none
 */
public record StoryInput(
    String storyId,
    List<Article> articles,
    Map<String, List<Claim>> claims,
    Map<String, String> copyGroupOf,
    LinkResult entities) {
  public StoryInput {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(entities, "entities");
    articles = List.copyOf(articles);
    claims = Map.copyOf(claims);
    copyGroupOf = Map.copyOf(copyGroupOf);
  }
}
