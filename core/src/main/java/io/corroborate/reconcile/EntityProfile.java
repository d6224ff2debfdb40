package io.corroborate.reconcile;

import java.util.List;
import java.util.Objects;

/**
 * What the sources say about one entity: its attributes with their sources, checked against one
 * another and against time.
 *
 * <pre>{@code profile.attributes().get(0).name(); // "age"}</pre>
 *
 * @param entityId the linked entity's id, or {@code name:<key>} when no linked entity covers it
 * @param aliases other names it was given
 * @param merges why each alias or unnamed mention was taken for this entity, one line each
 */
public record EntityProfile(
    String entityId,
    String name,
    List<String> aliases,
    List<String> merges,
    List<Attribute> attributes) {
  public EntityProfile {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    merges = List.copyOf(merges);
    attributes = List.copyOf(attributes);
  }

  /**
   * One attribute with every value given for it.
   *
   * @param name {@code age}, {@code born}, {@code role}, {@code serving-since}…
   * @param values the distinct values as a reader says them
   * @param consistent false when two values cannot both hold (an age against a birth year)
   * @param explanation one line: why consistent or not
   */
  public record Attribute(
      String name,
      List<String> values,
      List<Support> support,
      boolean consistent,
      String explanation) {
    public Attribute {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(explanation, "explanation");
      values = List.copyOf(values);
      support = List.copyOf(support);
    }
  }
}
