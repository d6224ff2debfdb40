package io.corroborate.dossier;

import io.corroborate.reconcile.EntityProfile;
import java.util.List;
import java.util.Objects;

/**
 * A person, organisation, place or unit of the story under all its names, with what the sources say
 * of it: the dossier's one list of entities.
 *
 * @param type {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}…, or {@code OTHER} for one
 *     known only from claims made about it (an unnamed soldier's age)
 * @param aliases its other names, and descriptions taken for it ("the other soldier")
 * @param mentions how many times it is named across the articles
 * @param articleIds the articles that name it
 * @param reasons why its names were merged: one line per merge, with rule and evidence, the
 *     linker's first, then why a description or a spelling was taken for it
 * @param attributes what the sources say of it (age, role…), checked against one another and time
 */
public record EntityCard(
    String id,
    String name,
    String type,
    List<String> aliases,
    int mentions,
    List<String> articleIds,
    List<String> reasons,
    List<EntityProfile.Attribute> attributes) {
  /** The type of an entity known only from claims made about it. */
  public static final String OTHER = "OTHER";

  public EntityCard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    articleIds = List.copyOf(articleIds);
    reasons = List.copyOf(reasons);
    attributes = List.copyOf(attributes);
  }

  /** A card with nothing yet said of the entity. */
  public EntityCard(
      String id,
      String name,
      String type,
      List<String> aliases,
      int mentions,
      List<String> articleIds,
      List<String> reasons) {
    this(id, name, type, aliases, mentions, articleIds, reasons, List.of());
  }
}
