package io.corroborate;

import io.corroborate.model.Rejection;
import io.corroborate.store.StorySummary;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link Session#add} call did.
 *
 * @param articles the ids of the run's articles, in input order, whether new or already stored
 * @param added how many of them were new in the store
 * @param touched the stories those articles belong to, with their rewritten summaries
 */
public record AnalyzeResult(
    RunCounts counts,
    List<String> articles,
    int added,
    List<StorySummary> touched,
    List<Rejection> rejections) {
  public AnalyzeResult {
    Objects.requireNonNull(counts, "counts");
    articles = List.copyOf(articles);
    touched = List.copyOf(touched);
    rejections = List.copyOf(rejections);
  }
}
