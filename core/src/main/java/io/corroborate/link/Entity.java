package io.corroborate.link;

import java.util.List;
import java.util.Objects;

/**
 * One person, organisation, place, unit, document or event, under all the names it was given, with
 * the reason for every merge that built it.
 *
 * <pre>{@code entity.canonical(); // "Security Service of Ukraine"
 * entity.aliases();   // [SBU, SSU]
 * entity.reasons();   // [acronym-introduced …, initials …]}</pre>
 *
 * @param id stable within one linking: the id of its first mention in input order, prefixed {@code
 *     e:}
 * @param canonical the most complete name, the most frequent among equally complete ones
 * @param aliases the other surface forms, without the canonical one
 * @param mentionIds its mentions, in input order
 * @param type the most frequent non-empty type of its mentions (empty when none has one)
 * @param reasons one per merge; empty only for a single-mention entity
 */
public record Entity(
    String id,
    Mention.Kind kind,
    String canonical,
    List<String> aliases,
    List<String> mentionIds,
    String type,
    List<MergeReason> reasons) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    mentionIds = List.copyOf(mentionIds);
    reasons = List.copyOf(reasons);
    if (mentionIds.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " has no mention");
    }
    if (mentionIds.size() > 1 && reasons.isEmpty()) {
      throw new IllegalArgumentException(
          "entity " + id + " merges " + mentionIds.size() + " mentions without a reason");
    }
  }

  /** The lowest confidence among its merges; 1 for a single mention. */
  public double confidence() {
    return reasons.stream().mapToDouble(MergeReason::confidence).min().orElse(1.0);
  }
}
