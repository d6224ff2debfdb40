package io.corroborate.link;

import io.corroborate.extract.AsOf;
import io.corroborate.extract.Claim;
import io.corroborate.extract.ClaimKind;
import io.corroborate.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The subjects of a story's attribute claims grouped into the people (and things) they are, once,
 * when the story's names are resolved: a name written two ways ("Vell", "Tomas Vell"; "Paek",
 * "Baek"), a pronoun and the person named before it, an unnamed person ("the other man") and the
 * named one the attributes fit, each join with the reason why. Reconciling reads these groups to
 * check each one's attributes over time, and never groups names itself.
 *
 * <pre>{@code links.subjectGroups().of("a2", 1).map(SubjectGroups.Group::name); // "Tomas Vell"}
 * </pre>
 */
public final class SubjectGroups {
  private final List<Group> groups;
  private final Map<Member, Group> byMember = new HashMap<>();

  /**
   * @param groups in key order; a claim in at most one of them
   */
  public SubjectGroups(List<Group> groups) {
    this.groups = List.copyOf(groups);
    for (Group g : this.groups) {
      for (Member m : g.members()) {
        if (byMember.put(m, g) != null) {
          throw new IllegalArgumentException("claim " + m + " is in two groups");
        }
      }
    }
  }

  /** The groups, in key order. */
  public List<Group> groups() {
    return groups;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubjectGroups other && groups.equals(other.groups);
  }

  @Override
  public int hashCode() {
    return groups.hashCode();
  }

  @Override
  public String toString() {
    return "SubjectGroups" + groups;
  }

  /** No attribute claims: nothing grouped. */
  public static SubjectGroups none() {
    return new SubjectGroups(List.of());
  }

  /** One attribute claim: the {@code claim}-th claim of an article, as the extractor listed it. */
  public record Member(String articleId, int claim) {
    public Member {
      Objects.requireNonNull(articleId, "articleId");
      if (claim < 0) {
        throw new IllegalArgumentException("claim index must be >= 0, got " + claim);
      }
    }
  }

  /**
   * One person (or thing) the attribute claims are about.
   *
   * @param key what its subjects are compared by: a subject key ({@link Subjects#key}), or {@code
   *     unnamed <article id> <referent>} for an unnamed person no named one was taken for
   * @param entityId the linked entity it is, or {@code name:} and the key when no linked entity is
   * @param name how it is shown: the label of its first named subject, or an unnamed person's words
   *     and outlet
   * @param members its attribute claims: its own subjects' in article id and claim order, then
   *     those of the names joined into it, then the unnamed people taken for it
   * @param aliases the other ways its subjects are written (pronouns left out), and linked
   *     entities' names spelled another way, in alphabetical order; the name itself not among them
   * @param merges why each other name, pronoun or unnamed person was taken for it, one line each
   */
  public record Group(
      String key,
      String entityId,
      String name,
      List<Member> members,
      List<String> aliases,
      List<String> merges) {
    public Group {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(entityId, "entityId");
      Objects.requireNonNull(name, "name");
      members = List.copyOf(members);
      aliases = List.copyOf(aliases);
      merges = List.copyOf(merges);
      if (members.isEmpty()) {
        throw new IllegalArgumentException("a group holds at least one claim: " + key);
      }
    }

    /** Whether it is an unnamed person no named one was taken for. */
    public boolean unnamed() {
      return key.startsWith(UNNAMED);
    }
  }

  private static final String UNNAMED = "unnamed ";

  /**
   * The group the {@code claim}-th claim of an article is in; empty for a claim that is not an
   * attribute, or whose subject names no one (a pronoun with no name before it, no subject).
   */
  public Optional<Group> of(String articleId, int claim) {
    return Optional.ofNullable(byMember.get(new Member(articleId, claim)));
  }

  /** What grouping found: the groups, and the unnamed people paired with named ones. */
  record Resolved(SubjectGroups groups, List<Pairing> unnamed) {}

  /**
   * The grouping, in one pass. 1. Every attribute claim's subject keyed by {@link Subjects#key}, a
   * pronoun taking the name {@code pronouns} paired it with; a pronoun left unpaired or a blank
   * subject names no one; 2. the subjects that name one person twice joined as {@link
   * NameIndex#sameNames} says; 3. each report's unnamed people paired with the named ones their
   * attributes fit ({@link Unnamed#match}); 4. the groups, with why each name joined.
   */
  static Resolved resolve(
      List<Article> articles,
      Map<String, List<Claim>> claims,
      NameIndex names,
      List<Pairing> pronouns) {
    List<Article> sorted = articles.stream().sorted(Comparator.comparing(Article::id)).toList();
    // An undated report is read at its story's date, as reconciling reads it.
    Map<String, LocalDate> estimated = AsOf.estimates(sorted, claims);
    Map<Member, Pairing> pronounOf = new HashMap<>();
    pronouns.forEach(p -> pronounOf.putIfAbsent(new Member(p.articleId(), p.claim()), p));
    Map<String, List<Unnamed.Attr>> named = new TreeMap<>();
    List<Unnamed.Attr> unnamed = new ArrayList<>();
    // 1.
    for (Article a : sorted) {
      List<Claim> mine = claims.getOrDefault(a.id(), List.of());
      for (int i = 0; i < mine.size(); i++) {
        Claim c = mine.get(i);
        if (c.kind() != ClaimKind.ATTRIBUTE) {
          continue;
        }
        Optional<Pairing> paired = Optional.ofNullable(pronounOf.get(new Member(a.id(), i)));
        String written = paired.map(Pairing::name).orElse(c.subject().text());
        Subjects.Key k = Subjects.key(written, names);
        Unnamed.Attr it =
            new Unnamed.Attr(
                c,
                a,
                i,
                c.measure(),
                AsOf.day(c, a, Optional.ofNullable(estimated.get(a.id()))),
                k.key(),
                k.label(),
                written,
                paired.map(Pairing::reason));
        if (Pairings.isPronoun(it.key())) {
          continue; // a pronoun with no named person before it says nothing of anyone
        }
        if (Pairings.unnamedReferent(c.subject().text()).isPresent()) {
          unnamed.add(it);
        } else if (!it.key().isBlank()) {
          named.computeIfAbsent(it.key(), x -> new ArrayList<>()).add(it);
        }
      }
    }
    // 2. The first subject of a group stays its own: its written name keys to the group.
    NameIndex.SameNames same = names.sameNames(named.keySet());
    same.into().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> named.get(e.getValue()).addAll(named.remove(e.getKey())));
    // 3.
    List<Unnamed.Match> matches =
        unnamed.isEmpty() ? List.of() : Unnamed.match(unnamed, named, names);
    Map<Member, Unnamed.Match> matchOf = new HashMap<>();
    matches.forEach(m -> matchOf.put(member(m.attr()), m));
    // 4. Named groups: their own and joined subjects, then the unnamed people taken for them, in
    // article and referent order; the unnamed left over are a person each, by article and referent.
    Map<String, List<Unnamed.Attr>> members = new TreeMap<>();
    Map<String, List<String>> merges = new TreeMap<>();
    named.forEach(
        (key, items) -> {
          members.put(key, new ArrayList<>(items));
          List<String> why = merges.computeIfAbsent(key, x -> new ArrayList<>());
          for (Unnamed.Attr it : items) {
            it.pairedBecause().filter(r -> !why.contains(r)).ifPresent(why::add);
          }
          why.addAll(same.reasons().getOrDefault(key, List.of()));
        });
    List<Unnamed.Attr> inOrder = new ArrayList<>(unnamed);
    inOrder.sort(
        Comparator.comparing((Unnamed.Attr i) -> i.article().id())
            .thenComparing(i -> i.referent()));
    for (Unnamed.Attr it : inOrder) {
      Unnamed.Match m = matchOf.get(member(it));
      if (m != null) {
        members.get(m.key()).add(it);
        List<String> why = merges.get(m.key());
        if (!why.contains(m.pairing().reason())) {
          why.add(m.pairing().reason());
        }
      } else {
        members
            .computeIfAbsent(
                UNNAMED + it.article().id() + " " + it.referent(), x -> new ArrayList<>())
            .add(it);
      }
    }
    List<Group> groups = new ArrayList<>();
    members.forEach(
        (key, items) -> {
          Unnamed.Attr first = items.get(0);
          boolean isUnnamed = key.startsWith(UNNAMED);
          String name =
              isUnnamed
                  ? first.claim().subject().text().strip()
                      + " ("
                      + first.article().outletShown()
                      + ")"
                  : first.label();
          Set<String> spelledOtherwise = same.aliases().getOrDefault(key, new TreeSet<>());
          Set<String> aliases = new TreeSet<>();
          items.stream()
              .map(i -> i.claim().subject().text().strip())
              .filter(t -> !Pairings.isPronoun(t))
              .forEach(aliases::add);
          aliases.addAll(spelledOtherwise);
          aliases.remove(name);
          groups.add(
              new Group(
                  key,
                  isUnnamed ? "name:" + key : entityId(key, spelledOtherwise, names),
                  name,
                  items.stream().map(SubjectGroups::member).toList(),
                  List.copyOf(aliases),
                  merges.getOrDefault(key, List.of())));
        });
    return new Resolved(
        new SubjectGroups(groups), matches.stream().map(Unnamed.Match::pairing).toList());
  }

  private static Member member(Unnamed.Attr it) {
    return new Member(it.article().id(), it.index());
  }

  /**
   * The linked entity a group is, as the linker resolved its name: the entity its key names, else
   * the one a linked name spelled another way names ("Baek" for a subject written "Paek"), else
   * {@code name:} and the key, for a person known only from claims.
   */
  private static String entityId(String key, Set<String> spelledOtherwise, NameIndex names) {
    return names
        .entityId(key)
        .or(
            () ->
                spelledOtherwise.stream()
                    .map(names::entityId)
                    .flatMap(Optional::stream)
                    .findFirst())
        .orElse("name:" + key);
  }
}
