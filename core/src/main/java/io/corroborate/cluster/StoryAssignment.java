package io.corroborate.cluster;

import java.util.Objects;

/**
 * Where {@link StoryClusterer#add} put one article, and why.
 *
 * <pre>{@code
 * StoryAssignment a = clusterer.add(article, Optional.of(annotation));
 * if (a.started()) { ... } else { System.out.println(a.reason()); }
 * }</pre>
 *
 * @param started whether the article started a new story
 * @param score the combined similarity to the chosen story (for a started story: to the best other
 *     candidate, or 0)
 * @param reason a sentence for a human: the shared entities, text and embedding similarity, days
 *     apart
 */
public record StoryAssignment(
    String articleId, String storyId, boolean started, double score, String reason) {
  public StoryAssignment {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(reason, "reason");
  }
}
