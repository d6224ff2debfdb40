package io.corroborate.link;

import io.corroborate.extract.BirthYears;
import io.corroborate.extract.Claim;
import io.corroborate.extract.ClaimValue;
import io.corroborate.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * People a report describes without naming: "one of the captured soldiers was born in 2005 … the
 * other soldier was born in 1999". When another report names the same few people ("21-year-old Teo
 * Varn and 26-year-old Anna Kovel"), the attributes often leave one way to pair them: born 1999
 * fits Kovel at 26, so the one born in 2005 is Varn, and Varn's "21" can then be checked against
 * it.
 *
 * <p>A pairing is made only when an article's unnamed people are as many as the named candidates,
 * and one pairing fits strictly better than every other; otherwise the unnamed stay apart.
 *
 * <pre>{@code List<Unnamed.Match> m = Unnamed.match(unnamedClaims, namedPeople, names);}</pre>
 */
final class Unnamed {
  private Unnamed() {}

  /**
   * One attribute claim: its subject's key and label ({@link Subjects#key} of the name as written,
   * or of the name a pronoun was paired with), that name, the day it holds as of, and why a pronoun
   * was taken for the name, if it was.
   */
  record Attr(
      Claim claim,
      Article article,
      int index,
      String measure,
      Optional<LocalDate> asOf,
      String key,
      String label,
      String written,
      Optional<String> pairedBecause) {
    /** Which unnamed person its subject is ("one", "other"…); only for an unnamed subject. */
    String referent() {
      return Pairings.unnamedReferent(claim.subject().text()).orElseThrow();
    }
  }

  /** An unnamed person's claim taken for the named person of group {@code key}, with why. */
  record Match(Attr attr, String key, Pairing pairing) {}

  /** How well one unnamed person's attributes fit one named person's. */
  private record Fit(int clashes, int fits, List<String> why) {}

  /**
   * The unnamed subjects of attribute claims paired with named people, in article id, referent and
   * claim order: of the ways to pair a report's unnamed people (by referent) with the named people
   * that have a life to compare, the one that fits best.
   *
   * @param unnamed the attribute claims whose subject is an unnamed person
   * @param named the named people ({@link SubjectGroups#resolve}), by the key of their group, each
   *     group's own subjects first
   */
  static List<Match> match(List<Attr> unnamed, Map<String, List<Attr>> named, NameIndex names) {
    List<Match> out = new ArrayList<>();
    // By article, then by referent: the unnamed people of one report.
    Map<String, Map<String, List<Attr>>> byArticle = new TreeMap<>();
    for (Attr it : unnamed) {
      String ref = it.referent();
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
    for (Map<String, List<Attr>> people : byArticle.values()) {
      List<String> refs = List.copyOf(people.keySet());
      if (refs.size() < 2 || refs.size() != candidates.size() || refs.size() > 4) {
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
        continue;
      }
      for (int i = 0; i < refs.size(); i++) {
        List<Attr> items = people.get(refs.get(i));
        String key = best.get(i);
        // The group's first subject is one of its own, not one joined into it: its written name
        // keys to the group.
        String name = named.get(key).get(0).written();
        Attr first = items.get(0);
        String reason =
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
                + ")";
        for (Attr it : items) {
          out.add(new Match(it, key, new Pairing(it.article().id(), it.index(), name, reason)));
        }
      }
    }
    return List.copyOf(out);
  }

  private static int compare(Fit a, Fit b) {
    if (a.clashes() != b.clashes()) {
      return Integer.compare(a.clashes(), b.clashes());
    }
    return Integer.compare(b.fits(), a.fits());
  }

  /** Fits and clashes of birth years, ages, years of service and roles. */
  private static Fit fit(List<Attr> unnamed, List<Attr> named, String name) {
    int clashes = 0;
    int fits = 0;
    List<String> why = new ArrayList<>();
    List<Attr> ages = new ArrayList<>();
    List<Attr> born = new ArrayList<>();
    List<Attr> both = new ArrayList<>(unnamed);
    both.addAll(named);
    for (Attr it : both) {
      if (it.measure().equals("age")) {
        ages.add(it);
      } else if (it.measure().equals("born")) {
        born.add(it);
      }
    }
    boolean anyBorn = unnamed.stream().anyMatch(i -> i.measure().equals("born"));
    if (anyBorn && !ages.isEmpty()) {
      if (BirthYears.clash(dated(ages), dated(born)).isEmpty()) {
        fits++;
        why.add(
            "born "
                + String.join("/", born.stream().map(Unnamed::value).distinct().toList())
                + " fits "
                + name
                + " aged "
                + String.join("/", ages.stream().map(Unnamed::value).distinct().toList()));
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

  private static List<BirthYears.Dated> dated(List<Attr> items) {
    return items.stream().map(i -> new BirthYears.Dated(i.claim(), i.asOf())).toList();
  }

  private static List<String> values(List<Attr> items, String measure) {
    return items.stream()
        .filter(i -> i.measure().equals(measure))
        .map(
            i ->
                i.claim().value() instanceof ClaimValue.Text t
                    ? t.text().strip().toLowerCase(Locale.ROOT)
                    : value(i))
        .distinct()
        .toList();
  }

  /** A value as a profile shows it ({@link ClaimValue#shown}). */
  private static String value(Attr it) {
    return ClaimValue.shown(it.claim().value());
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
