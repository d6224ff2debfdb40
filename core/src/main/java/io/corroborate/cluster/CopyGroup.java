package io.corroborate.cluster;

import java.util.List;
import java.util.Objects;

/**
 * Articles that run one text: a wire copy, its mirrors and light rewrites.
 *
 * <pre>{@code
 * for (CopyGroup g : syndication.group(articles).groups()) { g.original(); }
 * }</pre>
 *
 * @param id the original's article id
 * @param articleIds the members, original first, then by date and id
 * @param original the earliest-published member (ties: the smallest id)
 * @param similarity the lowest shingle similarity of the links that joined the group (1 for a
 *     single article)
 */
public record CopyGroup(String id, List<String> articleIds, String original, double similarity) {
  public CopyGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(original, "original");
    articleIds = List.copyOf(articleIds);
    if (articleIds.isEmpty()) {
      throw new IllegalArgumentException("a copy group has at least one article");
    }
  }
}
