package io.corroborate.analyze;

import io.corroborate.link.Link;
import io.corroborate.link.LinkOptions;
import io.corroborate.link.LinkResult;
import io.corroborate.pipeline.Capability;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Resolves the entities named across the story's articles, each merge with its reason, and which
 * entity each name its claims give stands for.
 *
 * <pre>{@code StoryPipeline.builder().add(new LinkEntities(LinkOptions.defaults()))}</pre>
 */
public final class LinkEntities extends StoryStep {
  private final Link link;

  public LinkEntities(LinkOptions options) {
    super(
        "entities",
        Set.of(Capability.OUTLETS, Capability.TIMES_ANCHORED, Capability.CLAIMS),
        Set.of(Capability.ENTITIES));
    this.link = new Link(Objects.requireNonNull(options, "options"));
  }

  @Override
  public StoryWork apply(StoryWork work) {
    return work.withEntities(
        work.annotations().isEmpty()
            ? new LinkResult(List.of(), List.of()).forStory(work.articles(), work.expectClaims())
            : link.link(
                work.articles(), work.annotations(), work.expectClaims(), work.memo().link()));
  }
}
