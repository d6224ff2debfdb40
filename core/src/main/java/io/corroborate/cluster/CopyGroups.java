package io.corroborate.cluster;

import java.util.List;
import java.util.Map;

/**
 * The copy groups of a set of articles.
 *
 * <pre>{@code
 * CopyGroups g = new Syndication(SyndicationOptions.defaults()).group(articles);
 * g.groupOf().get(article.id());  // its group id, its own id when nothing copies it
 * }</pre>
 *
 * @param groupOf every article id given to its group's id
 * @param groups every group, single articles included, by the original's date and id
 */
public record CopyGroups(Map<String, String> groupOf, List<CopyGroup> groups) {
  public CopyGroups {
    groupOf = Map.copyOf(groupOf);
    groups = List.copyOf(groups);
  }
}
