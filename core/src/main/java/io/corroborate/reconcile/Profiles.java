package io.corroborate.reconcile;

import io.corroborate.extract.BirthYears;
import io.corroborate.extract.ClaimValue;
import io.corroborate.link.LinkResult;
import io.corroborate.link.SubjectGroups;
import io.corroborate.reconcile.Reconciler.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
   * The profiles of the people the linker grouped the attribute claims into ({@link
   * LinkResult#subjectGroups}), in the order of its groups: each one's attributes checked against
   * one another and against time, with the linker's reasons for every name taken for it. A claim
   * the linker left out of every group (its subject names no one) is in no profile.
   */
  static Result build(List<Item> attributes, LinkResult links) {
    Map<SubjectGroups.Member, Item> byClaim = new HashMap<>();
    for (Item it : attributes) {
      byClaim.put(new SubjectGroups.Member(it.article().id(), it.index()), it);
    }
    Map<SubjectGroups.Group, List<Item>> byEntity = new LinkedHashMap<>();
    for (SubjectGroups.Group g : links.subjectGroups().groups()) {
      List<Item> items = g.members().stream().map(byClaim::get).filter(Objects::nonNull).toList();
      if (!items.isEmpty()) {
        byEntity.put(g, items);
      }
    }
    List<EntityProfile> profiles = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<Variable> variables = new ArrayList<>();
    for (Map.Entry<SubjectGroups.Group, List<Item>> e : byEntity.entrySet()) {
      SubjectGroups.Group group = e.getKey();
      String name = group.name();
      Map<String, List<Item>> byAttr = new TreeMap<>();
      e.getValue().forEach(i -> byAttr.computeIfAbsent(i.measure(), k -> new ArrayList<>()).add(i));
      List<EntityProfile.Attribute> out = new ArrayList<>();
      // Birth years every age and birth claim allows; an empty meet is a conflict.
      List<Item> ages = byAttr.getOrDefault("age", List.of());
      List<Item> born = byAttr.getOrDefault("born", List.of());
      String clash = birthClash(ages, born).orElse(null);
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
      profiles.add(new EntityProfile(group.entityId(), name, group.aliases(), group.merges(), out));
      if (!ages.isEmpty() && !born.isEmpty()) {
        List<Item> both = new ArrayList<>(ages);
        both.addAll(born);
        Variable v =
            new Variable(
                group.key() + "|age-born|attribute",
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

  /** Why the ages and birth years of one entity cannot all hold ({@link BirthYears#clash}). */
  static Optional<String> birthClash(List<Item> ages, List<Item> born) {
    return BirthYears.clash(dated(ages), dated(born));
  }

  private static List<BirthYears.Dated> dated(List<Item> items) {
    return items.stream().map(i -> new BirthYears.Dated(i.claim(), i.asOf())).toList();
  }

  static String value(Item it) {
    return ClaimValue.shown(it.claim().value());
  }
}
