package io.corroborate.watch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a round changed in a story, with the evidence for it.
 *
 * <pre>{@code change.kind(); // NEW_CONFLICT
 * change.summary(); // "dead: Agency says 14; Governor says at least 20"}</pre>
 *
 * @param story the story's title
 * @param summary one line for a reader
 * @param evidence the articles or sentences behind it, with their outlets
 */
public record Change(
    Kind kind, String storyId, String story, String summary, List<Evidence> evidence) {
  /** What changed; declaration order is the order a story's changes are listed in. */
  public enum Kind {
    /** A story the store did not have. */
    NEW_STORY,
    /** Reports that joined a story already known. */
    NEW_ARTICLES,
    /** A page already read came back with different text (same address, new content). */
    REVISION,
    /** Independent sources now disagree on a figure they did not disagree on before. */
    NEW_CONFLICT,
    /** A figure that grows over time, or a source correcting itself, with new support. */
    UPDATE
  }

  /**
   * An article or sentence behind a change.
   *
   * @param value the claim's value as written, empty for a whole article
   * @param text the sentence, or the article's title
   * @param chain who says it: speaker ← cited source ← outlet, empty for a whole article
   */
  public record Evidence(
      String outlet,
      String articleId,
      Optional<String> url,
      String value,
      String text,
      String chain) {
    public Evidence {
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(chain, "chain");
    }
  }

  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(summary, "summary");
    evidence = List.copyOf(evidence);
  }
}
