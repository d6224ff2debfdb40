package io.corroborate.cluster;

import java.io.Serializable;
import java.util.Map;

/**
 * Word statistics of some reports as a {@link StoryClusterer} keeps them: how many reports, and in
 * how many of them each word, entity and name key occurs.
 *
 * <pre>{@code
 * WordCounts one = clusterer.counts(article, Optional.of(annotation));
 * other.assume(one);
 * }</pre>
 *
 * @param docs reports counted
 * @param terms reports per word
 * @param entities reports per entity
 * @param names reports per name key
 */
public record WordCounts(
    int docs, Map<String, Integer> terms, Map<String, Integer> entities, Map<String, Integer> names)
    implements Serializable {
  public WordCounts {
    terms = Map.copyOf(terms);
    entities = Map.copyOf(entities);
    names = Map.copyOf(names);
  }
}
