package io.corroborate.reconcile;

import io.corroborate.extract.ClaimValue;
import io.corroborate.link.NameIndex;
import io.corroborate.link.Pairings;
import io.corroborate.reconcile.Reconciler.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * People a report describes without naming: "one of the captured soldiers was born in 2005 … the
 * other soldier was born in 1999". When another report names the same few people ("21-year-old Paek
 * and 26-year-old Ri"), the attributes often leave one way to pair them: born 1999 fits Ri at 26,
 * so the one born in 2005 is Paek, and Paek's "21" can then be checked against it.
 *
 * <p>A pairing is made only when an article's unnamed people are as many as the named candidates,
 * and one pairing fits strictly better than every other; otherwise the unnamed stay apart.
 */
final class Unnamed {
  private Unnamed() {}

  /** Which unnamed person a subject is ("one", "other", "younger"…), or empty for a name. */
  static Optional<String> referent(String subject) {
    return Pairings.unnamedReferent(subject);
  }

  record Matches(
      Map<String, List<Item>> assigned, Map<String, List<String>> reasons, List<Item> left) {}

  /** How well one unnamed person's attributes fit one named person's. */
  private record Fit(int clashes, int fits, List<String> why) {}

  static Matches match(List<Item> unnamed, Map<String, List<Item>> named, NameIndex names) {
    Map<String, List<Item>> assigned = new TreeMap<>();
    Map<String, List<String>> reasons = new TreeMap<>();
    List<Item> left = new ArrayList<>();
    // By article, then by referent: the unnamed people of one report.
    Map<String, Map<String, List<Item>>> byArticle = new TreeMap<>();
    for (Item it : unnamed) {
      String ref = referent(it.claim().subject().text()).orElseThrow();
      byArticle
          .computeIfAbsent(it.article().id(), k -> new TreeMap<>())
          .computeIfAbsent(ref, k -> new ArrayList<>())
          .add(it);
    }
    // Candidates: named people with a life to compare (an age, a birth year, years of service).
    List<String> candidates =
        named.entrySet().stream()
            .filter(
                e ->
                    e.getValue().stream()
                        .anyMatch(
                            i ->
                                i.measure().equals("age")
                                    || i.measure().equals("born")
                                    || i.measure().equals("serving-since")))
            .map(Map.Entry::getKey)
            .toList();
    for (Map<String, List<Item>> people : byArticle.values()) {
      List<String> refs = List.copyOf(people.keySet());
      if (refs.size() < 2 || refs.size() != candidates.size() || refs.size() > 4) {
        people.values().forEach(left::addAll);
        continue;
      }
      List<String> best = null;
      Fit bestFit = null;
      boolean tie = false;
      for (List<String> perm : permutations(candidates)) {
        int clashes = 0;
        int fits = 0;
        List<String> why = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
          Fit f = fit(people.get(refs.get(i)), named.get(perm.get(i)), names.display(perm.get(i)));
          clashes += f.clashes();
          fits += f.fits();
          why.addAll(f.why());
        }
        Fit total = new Fit(clashes, fits, why);
        int cmp = bestFit == null ? -1 : compare(total, bestFit);
        if (cmp < 0) {
          best = perm;
          bestFit = total;
          tie = false;
        } else if (cmp == 0) {
          tie = true;
        }
      }
      if (best == null || tie || bestFit.fits() == 0) {
        people.values().forEach(left::addAll);
        continue;
      }
      for (int i = 0; i < refs.size(); i++) {
        List<Item> items = people.get(refs.get(i));
        String key = best.get(i);
        assigned.computeIfAbsent(key, k -> new ArrayList<>()).addAll(items);
        Item first = items.get(0);
        reasons
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(
                "\u201c"
                    + first.claim().subject().text().strip()
                    + "\u201d ("
                    + first.article().outletShown()
                    + ") is taken for "
                    + names.display(key)
                    + ": of the ways to pair that report's unnamed people with "
                    + String.join(" and ", candidates.stream().map(names::display).toList())
                    + ", this pairing alone fits best ("
                    + String.join("; ", bestFit.why())
                    + ")");
      }
    }
    return new Matches(assigned, reasons, left);
  }

  private static int compare(Fit a, Fit b) {
    if (a.clashes() != b.clashes()) {
      return Integer.compare(a.clashes(), b.clashes());
    }
    return Integer.compare(b.fits(), a.fits());
  }

  /** Fits and clashes of birth years, ages, years of service and roles. */
  private static Fit fit(List<Item> unnamed, List<Item> named, String name) {
    int clashes = 0;
    int fits = 0;
    List<String> why = new ArrayList<>();
    List<Item> ages = new ArrayList<>();
    List<Item> born = new ArrayList<>();
    for (Item it : concat(unnamed, named)) {
      if (it.measure().equals("age")) {
        ages.add(it);
      } else if (it.measure().equals("born")) {
        born.add(it);
      }
    }
    boolean anyBorn = unnamed.stream().anyMatch(i -> i.measure().equals("born"));
    boolean anyAge = !ages.isEmpty();
    if (anyBorn && anyAge) {
      if (Profiles.birthClash(ages, born) == null) {
        fits++;
        why.add(
            "born "
                + born.stream().map(Profiles::value).distinct().reduce((x, y) -> x + "/" + y).get()
                + " fits "
                + name
                + " aged "
                + ages.stream()
                    .map(Profiles::value)
                    .distinct()
                    .reduce((x, y) -> x + "/" + y)
                    .get());
      } else {
        clashes++;
      }
    }
    for (String measure : List.of("serving-since", "role")) {
      List<String> mine = values(unnamed, measure);
      List<String> theirs = values(named, measure);
      if (mine.isEmpty() || theirs.isEmpty()) {
        continue;
      }
      boolean meet =
          mine.stream()
              .anyMatch(m -> theirs.stream().anyMatch(t -> t.contains(m) || m.contains(t)));
      if (meet) {
        fits++;
        why.add(measure + " " + String.join("/", mine) + " fits " + name);
      } else {
        clashes++;
      }
    }
    return new Fit(clashes, fits, why);
  }

  private static List<String> values(List<Item> items, String measure) {
    return items.stream()
        .filter(i -> i.measure().equals(measure))
        .map(
            i ->
                i.claim().value() instanceof ClaimValue.Text t
                    ? t.text().strip().toLowerCase(Locale.ROOT)
                    : Profiles.value(i))
        .distinct()
        .toList();
  }

  private static List<Item> concat(List<Item> a, List<Item> b) {
    List<Item> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static List<List<String>> permutations(List<String> items) {
    if (items.size() <= 1) {
      return List.of(List.copyOf(items));
    }
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<String> rest = new ArrayList<>(items);
      String head = rest.remove(i);
      for (List<String> p : permutations(rest)) {
        List<String> q = new ArrayList<>();
        q.add(head);
        q.addAll(p);
        out.add(q);
      }
    }
    return out;
  }
}
