package io.corroborate.analyze;

import io.corroborate.dossier.Outlets;
import io.corroborate.extract.Claim;
import io.corroborate.model.Article;
import io.corroborate.pipeline.Capability;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every article of a story its outlet's name: one known only by its domain takes the name
 * another article of that domain gives ({@link Outlets#resolve}). Articles given twice count once.
 *
 * <pre>{@code StoryPipeline.builder().add(new NameOutlets())}</pre>
 */
public final class NameOutlets extends StoryStep {
  public NameOutlets() {
    super("outlets", Set.of(Capability.STORY), Set.of(Capability.OUTLETS));
  }

  @Override
  public StoryWork apply(StoryWork work) {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : work.articles()) {
      byId.putIfAbsent(a.id(), a);
    }
    List<Article> named = Outlets.resolve(List.copyOf(byId.values()));
    Map<String, List<Claim>> known = new LinkedHashMap<>();
    for (Article a : named) {
      List<Claim> done = work.known().get(a.id());
      // An outlet's name learnt from a report added since (its domain was all there was) ends every
      // chain of the claims read before: those are read again.
      if (done != null
          && done.stream().allMatch(c -> c.attribution().outlet().equals(a.outlet()))) {
        known.put(a.id(), done);
      }
    }
    return work.withArticles(named).withKnown(known);
  }
}
