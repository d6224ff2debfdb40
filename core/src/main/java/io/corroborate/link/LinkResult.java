package io.corroborate.link;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.corroborate.extract.Claim;
import io.corroborate.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * What linking returns: every input mention in exactly one entity, the input mentions it set aside
 * (a duplicate id) with the reason, the story's name index: which written name (a claim's subject,
 * speaker or cited source, an outlet) is which entity, the claims whose subject names no one (a
 * pronoun, an unnamed person) paired with the person they stand for, and the story's attribute
 * claims grouped by the person they are about. Later stages read names through {@link #names()} and
 * people through {@link #subjectGroups()}, and never resolve either again.
 *
 * <pre>{@code LinkResult r = new Link(LinkOptions.defaults()).link(articles, annotations, claims);
 * r.entities().forEach(e -> System.out.println(e.canonical() + " " + e.aliases()));
 * r.names().entityId("the Post");}</pre>
 *
 * @param names the names resolved against these entities; the two-argument constructor gives an
 *     index of the entities alone, {@link #forStory} one that also knows the story's outlets and
 *     the sources its claims cite
 * @param subjectGroups the story's attribute claims grouped into people, each join with its reason
 *     ({@link SubjectGroups}); none for a result not made {@link #forStory}
 */
public record LinkResult(
    List<Entity> entities,
    List<String> warnings,
    // Derived from the entities and the story's names: a lookup, not part of the written result.
    @JsonIgnore NameIndex names,
    // Written in the dossier as the reasons on the cards of the people paired with.
    @JsonIgnore List<Pairing> pairings,
    // Read by reconciling as the people whose attributes it checks; shown through their profiles.
    @JsonIgnore SubjectGroups subjectGroups) {
  public LinkResult {
    entities = List.copyOf(entities);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(names, "names");
    pairings = List.copyOf(pairings);
    Objects.requireNonNull(subjectGroups, "subjectGroups");
  }

  /** A result whose name index knows only its entities. */
  public LinkResult(List<Entity> entities, List<String> warnings) {
    this(
        entities,
        warnings,
        NameIndex.builder().entities(entities).build(),
        List.of(),
        SubjectGroups.none());
  }

  /**
   * This result with the name index of one story: its entities, then its outlets, then the speakers
   * and cited sources of its claims (by article id, in claim order), so that a name two sources
   * abbreviate alike resolves the same every run; and with its claims' pronoun subjects paired with
   * the people they stand for ({@link Pairings#pronouns}), then its unnamed people ("one of the
   * captives", "the other soldier") with the named people their attributes fit ({@link
   * Unnamed#match}); and with its attribute claims grouped into people in the same pass ({@link
   * SubjectGroups}).
   */
  public LinkResult forStory(List<Article> articles, Map<String, List<Claim>> claims) {
    NameIndex.Builder b = NameIndex.builder().entities(entities);
    articles.stream().map(Article::outlet).sorted().forEach(b::outlet);
    claims.keySet().stream()
        .sorted()
        .forEach(
            id -> {
              for (Claim c : claims.get(id)) {
                c.attribution().speakers().forEach(v -> b.speaker(v.name()));
                c.attribution().cited().forEach(v -> b.cited(v.name()));
              }
            });
    NameIndex names = b.build();
    List<Pairing> pairings = new ArrayList<>(Pairings.pronouns(articles, claims, names));
    SubjectGroups.Resolved people = SubjectGroups.resolve(articles, claims, names, pairings);
    pairings.addAll(people.unnamed());
    return new LinkResult(entities, warnings, names, pairings, people.groups());
  }

  /** The entity holding {@code mentionId}, if any. */
  public Optional<Entity> entityOf(String mentionId) {
    return entities.stream().filter(e -> e.mentionIds().contains(mentionId)).findFirst();
  }

  /** Like {@link #entityOf} but fails with the id when no entity holds it. */
  public Entity expectEntityOf(String mentionId) {
    return entityOf(mentionId)
        .orElseThrow(() -> new NoSuchElementException("no entity holds mention " + mentionId));
  }

  /** The pairing of the {@code claim}-th claim of an article, if its subject was paired. */
  public Optional<Pairing> pairing(String articleId, int claim) {
    return pairings.stream()
        .filter(p -> p.claim() == claim && p.articleId().equals(articleId))
        .findFirst();
  }

  /** The entity with {@code id}, if any. */
  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
