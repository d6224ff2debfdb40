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
 * @param closest for a started story, the story it came closest to joining when it was added (""
 *     when none shared anything with it): a lone report's nearest story, for a caller that clusters
 *     a part of the input and gathers its reports again
 */
public record StoryAssignment(
    String articleId,
    String storyId,
    boolean started,
    double score,
    String reason,
    String closest) {
  public StoryAssignment {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(closest, "closest");
  }

  /** An assignment with no closest story noted. */
  public StoryAssignment(
      String articleId, String storyId, boolean started, double score, String reason) {
    this(articleId, storyId, started, score, reason, "");
  }
}
