package io.corroborate.link;

import java.util.List;

/**
 * What {@link Linker#link} returns: every input mention in exactly one entity, and the input
 * mentions it set aside (a duplicate id) with the reason.
 *
 * <pre>{@code LinkResult r = new Linker(LinkOptions.defaults()).link(mentions);
 * r.entities().forEach(e -> System.out.println(e.canonical() + " " + e.aliases()));}</pre>
 */
public record LinkResult(List<Entity> entities, List<String> warnings) {
  public LinkResult {
    entities = List.copyOf(entities);
    warnings = List.copyOf(warnings);
  }

  /** The entity holding {@code mentionId}, if any. */
  public java.util.Optional<Entity> entityOf(String mentionId) {
    return entities.stream().filter(e -> e.mentionIds().contains(mentionId)).findFirst();
  }

  /** Like {@link #entityOf} but fails with the id when no entity holds it. */
  public Entity expectEntityOf(String mentionId) {
    return entityOf(mentionId)
        .orElseThrow(
            () -> new java.util.NoSuchElementException("no entity holds mention " + mentionId));
  }
}
