package io.corroborate.dossier;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation, place or unit of the story under all its names.
 *
 * @param mentions how many times it is named across the articles
 * @param articleIds the articles that name it
 * @param reasons why its names were merged: one line per merge, with rule and evidence
 */
public record EntityCard(
    String name,
    String type,
    List<String> aliases,
    int mentions,
    List<String> articleIds,
    List<String> reasons) {
  public EntityCard {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    articleIds = List.copyOf(articleIds);
    reasons = List.copyOf(reasons);
  }
}
