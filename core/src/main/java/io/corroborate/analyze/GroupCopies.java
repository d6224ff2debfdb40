package io.corroborate.analyze;

import io.corroborate.cluster.SyndicationOptions;
import io.corroborate.pipeline.Capability;
import java.util.Objects;
import java.util.Set;

/**
 * Groups the story's articles that are copies of one text (near-duplicates over word shingles),
 * comparing only what the story's {@link StoryMemo} has not compared before.
 *
 * <pre>{@code StoryPipeline.builder().add(new GroupCopies(SyndicationOptions.defaults()))}</pre>
 */
public final class GroupCopies extends StoryStep {
  private final SyndicationOptions options;

  public GroupCopies(SyndicationOptions options) {
    super("copies", Set.of(Capability.OUTLETS), Set.of(Capability.COPIES));
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public StoryWork apply(StoryWork work) {
    return work.withCopies(work.memo().syndication(options).group(work.articles()));
  }
}
