package io.corroborate.reconcile;

import io.corroborate.extract.ClaimValue;
import io.corroborate.link.LinkResult;
import io.corroborate.link.NameIndex;
import io.corroborate.link.Pairing;
import io.corroborate.link.Pairings;
import io.corroborate.link.Subjects;
import io.corroborate.reconcile.Reconciler.Item;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Entity profiles: the attributes every source gives an entity, checked against one another and
 * against time ("21" in February 2025 means born in 2003 or 2004, not in 2005).
 */
final class Profiles {
  private Profiles() {}

  record Result(List<EntityProfile> profiles, List<Finding> findings, List<Variable> variables) {}

  /** Attributes whose values are years: a birth, a start of service. */
  private static final Set<String> YEARS = Set.of("born", "serving-since");

  /** Attributes told in free words, where two wordings are rarely a contradiction. */
  private static final Set<String> DESCRIPTIVE = Set.of("injuries", "documents", "unit", "origin");

  /**
   * Attributes whose pronoun subject the linker paired with a named person ("Soldier Ivo Marek was
   * captured … he was found injured in the hand") are that person's; why goes with the profile.
   * Unnamed people paired by their attributes join once the names of one person are joined.
   */
  private static List<Item> paired(
      List<Item> attributes, LinkResult links, Map<String, List<String>> merges) {
    List<Item> out = new ArrayList<>();
    for (Item it : attributes) {
      Optional<Pairing> p = links.pairing(it.article().id(), it.index());
      if (p.isEmpty() || Pairings.unnamedReferent(it.claim().subject().text()).isPresent()) {
        out.add(it);
        continue;
      }
      Subjects.Key k = Subjects.key(p.get().name(), links.names());
      out.add(it.withSubject(k.key(), k.label()));
      List<String> why = merges.computeIfAbsent(k.key(), x -> new ArrayList<>());
      if (!why.contains(p.get().reason())) {
        why.add(p.get().reason());
      }
    }
    return out;
  }

  static Result build(List<Item> attributes, LinkResult links) {
    NameIndex names = links.names();
    Map<String, List<Item>> byEntity = new TreeMap<>();
    Map<String, List<String>> merges = new TreeMap<>();
    Map<String, Set<String>> extraAliases = new TreeMap<>();
    List<Item> unnamed = new ArrayList<>();
    for (Item it : paired(attributes, links, merges)) {
      if (Pairings.isPronoun(it.subjectKey())) {
        continue; // a pronoun with no named person before it says nothing of anyone
      }
      if (Pairings.unnamedReferent(it.claim().subject().text()).isPresent()) {
        unnamed.add(it);
        continue;
      }
      if (it.subjectKey().isBlank()) {
        continue;
      }
      byEntity.computeIfAbsent(it.subjectKey(), k -> new ArrayList<>()).add(it);
    }
    // Which subjects name one person twice (a surname alone, two romanisations) is the linker's
    // call; its reasons go with the profile.
    NameIndex.SameNames same = names.sameNames(byEntity.keySet());
    same.into().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> byEntity.get(e.getValue()).addAll(byEntity.remove(e.getKey())));
    same.reasons()
        .forEach((key, why) -> merges.computeIfAbsent(key, k -> new ArrayList<>()).addAll(why));
    same.aliases().forEach((key, spelled) -> extraAliases.put(key, new TreeSet<>(spelled)));
    // Unnamed people ("one of the captured soldiers", "the other soldier") the linker took for
    // named ones where the attributes leave one way to pair them, in article and referent order.
    List<Item> left = new ArrayList<>();
    List<Item> inOrder = new ArrayList<>(unnamed);
    inOrder.sort(
        Comparator.comparing((Item i) -> i.article().id())
            .thenComparing(i -> Pairings.unnamedReferent(i.claim().subject().text()).get()));
    for (Item it : inOrder) {
      Optional<String> key =
          links
              .pairing(it.article().id(), it.index())
              .map(p -> Subjects.key(p.name(), names).key())
              .map(k -> same.into().getOrDefault(k, k))
              .filter(byEntity::containsKey);
      if (key.isEmpty()) {
        left.add(it);
        continue;
      }
      byEntity.get(key.get()).add(it);
      List<String> why = merges.computeIfAbsent(key.get(), k -> new ArrayList<>());
      String reason = links.pairing(it.article().id(), it.index()).get().reason();
      if (!why.contains(reason)) {
        why.add(reason);
      }
    }
    for (Item it : left) {
      String key =
          "unnamed "
              + it.article().id()
              + " "
              + Pairings.unnamedReferent(it.claim().subject().text()).get();
      byEntity.computeIfAbsent(key, k -> new ArrayList<>()).add(it);
    }
    List<EntityProfile> profiles = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<Variable> variables = new ArrayList<>();
    for (Map.Entry<String, List<Item>> e : byEntity.entrySet()) {
      boolean isUnnamed = e.getKey().startsWith("unnamed ");
      String name =
          isUnnamed
              ? e.getValue().get(0).claim().subject().text().strip()
                  + " ("
                  + e.getValue().get(0).article().outletShown()
                  + ")"
              : e.getValue().stream()
                  .filter(i -> Pairings.unnamedReferent(i.claim().subject().text()).isEmpty())
                  .findFirst()
                  .orElse(e.getValue().get(0))
                  .subjectLabel();
      Set<String> aliases = new TreeSet<>();
      e.getValue().stream()
          .map(i -> i.claim().subject().text().strip())
          .filter(t -> !Pairings.isPronoun(t))
          .forEach(aliases::add);
      aliases.addAll(extraAliases.getOrDefault(e.getKey(), Set.of()));
      aliases.remove(name);
      Map<String, List<Item>> byAttr = new TreeMap<>();
      e.getValue().forEach(i -> byAttr.computeIfAbsent(i.measure(), k -> new ArrayList<>()).add(i));
      List<EntityProfile.Attribute> out = new ArrayList<>();
      // Birth years every age and birth claim allows; an empty meet is a conflict.
      List<Item> ages = byAttr.getOrDefault("age", List.of());
      List<Item> born = byAttr.getOrDefault("born", List.of());
      String clash = birthClash(ages, born);
      for (Map.Entry<String, List<Item>> a : byAttr.entrySet()) {
        List<Item> items = a.getValue();
        Set<String> values = new LinkedHashSet<>();
        items.forEach(i -> values.add(value(i)));
        boolean consistent;
        String why;
        boolean timed = a.getKey().equals("age") || a.getKey().equals("born");
        if (timed && clash != null) {
          consistent = false;
          why = clash;
        } else if (YEARS.contains(a.getKey()) && values.size() > 1) {
          consistent = false;
          why = "sources give different years: " + String.join(", ", values);
        } else if (timed && !ages.isEmpty() && !born.isEmpty()) {
          consistent = true;
          why =
              "the age"
                  + (ages.size() > 1 ? "s" : "")
                  + " and the birth year agree at the dates of the articles";
        } else if (values.size() > 1 && DESCRIPTIVE.contains(a.getKey())) {
          // "injuries to his hand and jaw" and "injured in the hand and jaw" tell one thing twice;
          // descriptions are shown side by side, not judged.
          consistent = true;
          why = "described in " + values.size() + " ways; read them side by side";
        } else if (values.size() > 1 && !a.getKey().equals("role")) {
          consistent = a.getKey().equals("age");
          why = consistent ? "ages given at different dates" : "sources give different values";
        } else {
          consistent = true;
          why = items.size() == 1 ? "one source" : Reconciler.origins(items) + " origin(s)";
        }
        out.add(
            new EntityProfile.Attribute(
                a.getKey(), List.copyOf(values), Reconciler.supports(items), consistent, why));
      }
      profiles.add(
          new EntityProfile(
              entityId(e.getKey(), extraAliases.getOrDefault(e.getKey(), Set.of()), names),
              name,
              List.copyOf(aliases),
              merges.getOrDefault(e.getKey(), List.of()),
              out));
      if (!ages.isEmpty() && !born.isEmpty()) {
        List<Item> both = new ArrayList<>(ages);
        both.addAll(born);
        Variable v =
            new Variable(
                e.getKey() + "|age-born|attribute",
                name,
                "age-born",
                "attribute",
                name + ": age against birth year");
        variables.add(v);
        findings.add(
            Verdicts.finding(
                clash != null ? FindingKind.CONFLICT : FindingKind.AGREE,
                v,
                Reconciler.supports(both),
                Reconciler.origins(both),
                clash != null
                    ? name + ": " + clash
                    : name + ": the age and the birth year agree at the dates of the articles"));
      }
    }
    return new Result(profiles, findings, variables);
  }

  /**
   * The linked entity a profile is of, as the linker resolved its name: the entity its key names,
   * else the one a linked name spelled another way names ("Baek" for a subject written "Paek"),
   * else {@code name:} and the key, for a person known only from claims.
   */
  private static String entityId(String key, Set<String> spelledOtherwise, NameIndex names) {
    if (key.startsWith("unnamed ")) {
      return "name:" + key;
    }
    return names
        .entityId(key)
        .or(
            () ->
                spelledOtherwise.stream()
                    .map(names::entityId)
                    .flatMap(java.util.Optional::stream)
                    .findFirst())
        .orElse("name:" + key);
  }

  /** Why the ages and birth years of one entity cannot all hold, or null when they can. */
  static String birthClash(List<Item> ages, List<Item> born) {
    Set<Integer> allowed = null;
    Item firstAge = null;
    for (Item age : ages) {
      if (!(age.claim().value() instanceof ClaimValue.Amount a) || age.asOf().isEmpty()) {
        continue;
      }
      LocalDate at = age.asOf().get();
      int years = (int) Math.round(a.value());
      Set<Integer> these = Set.of(at.getYear() - years - 1, at.getYear() - years);
      if (allowed == null) {
        allowed = new TreeSet<>(these);
        firstAge = age;
      } else {
        allowed.retainAll(these);
        if (allowed.isEmpty()) {
          return "aged "
              + value(firstAge)
              + " and "
              + value(age)
              + " at the dates given cannot both hold";
        }
      }
    }
    if (allowed == null) {
      return null;
    }
    for (Item b : born) {
      if (b.claim().value() instanceof ClaimValue.When w) {
        int y = w.interval().startDate().getYear();
        if (!allowed.contains(y)) {
          return "aged "
              + value(firstAge)
              + " as of "
              + firstAge.asOf().get()
              + " means born in "
              + String.join(" or ", allowed.stream().map(String::valueOf).toList())
              + ", not in "
              + y;
        }
      }
    }
    return null;
  }

  static String value(Item it) {
    return ClaimValue.shown(it.claim().value());
  }
}
