package io.corroborate.link;

import io.corroborate.extract.AsOf;
import io.corroborate.extract.Claim;
import io.corroborate.extract.ClaimKind;
import io.corroborate.extract.ClaimValue;
import io.corroborate.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
 * <pre>{@code List<Pairing> p = Unnamed.pairings(articles, claims, names, pronounPairings);}</pre>
 */
final class Unnamed {
  private Unnamed() {}

  /**
   * One attribute claim: its subject's key ({@link Subjects#key}, or the name a pronoun was paired
   * with), the name as written, and the day it holds as of.
   */
  private record Attr(
      Claim claim,
      Article article,
      int index,
      String measure,
      Optional<LocalDate> asOf,
      String key,
      String written) {}

  /** How well one unnamed person's attributes fit one named person's. */
  private record Fit(int clashes, int fits, List<String> why) {}

  /**
   * The unnamed subjects of attribute claims paired with named people, in article id, referent and
   * claim order. 1. The named people: the subjects of attribute claims keyed by {@link
   * Subjects#key}, pronouns taking the name {@code pronouns} paired them with, one person's
   * subjects joined as {@link NameIndex#sameNames} says; 2. the unnamed people of each report, by
   * referent; 3. the one pairing of a report's unnamed people with the named people that fits best.
   */
  static List<Pairing> pairings(
      List<Article> articles,
      Map<String, List<Claim>> claims,
      NameIndex names,
      List<Pairing> pronouns) {
    List<Article> sorted = articles.stream().sorted(Comparator.comparing(Article::id)).toList();
    // An undated report is read at its story's date, as reconciling reads it.
    Map<String, LocalDate> estimated = AsOf.estimates(sorted, claims);
    Map<String, List<Attr>> named = new TreeMap<>();
    List<Attr> unnamed = new ArrayList<>();
    // 1. and 2.
    for (Article a : sorted) {
      List<Claim> mine = claims.getOrDefault(a.id(), List.of());
      for (int i = 0; i < mine.size(); i++) {
        Claim c = mine.get(i);
        if (c.kind() != ClaimKind.ATTRIBUTE) {
          continue;
        }
        String written = c.subject().text();
        for (Pairing p : pronouns) {
          if (p.claim() == i && p.articleId().equals(a.id())) {
            written = p.name();
            break;
          }
        }
        Attr it =
            new Attr(
                c,
                a,
                i,
                c.measure(),
                AsOf.day(c, a, Optional.ofNullable(estimated.get(a.id()))),
                Subjects.key(written, names).key(),
                written);
        if (Pairings.isPronoun(it.key())) {
          continue;
        }
        if (Pairings.unnamedReferent(c.subject().text()).isPresent()) {
          unnamed.add(it);
        } else if (!it.key().isBlank()) {
          named.computeIfAbsent(it.key(), k -> new ArrayList<>()).add(it);
        }
      }
    }
    if (unnamed.isEmpty()) {
      return List.of();
    }
    NameIndex.SameNames same = names.sameNames(named.keySet());
    same.into().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> named.get(e.getValue()).addAll(named.remove(e.getKey())));
    return match(unnamed, named, names);
  }

  private static List<Pairing> match(
      List<Attr> unnamed, Map<String, List<Attr>> named, NameIndex names) {
    List<Pairing> out = new ArrayList<>();
    // By article, then by referent: the unnamed people of one report.
    Map<String, Map<String, List<Attr>>> byArticle = new TreeMap<>();
    for (Attr it : unnamed) {
      String ref = Pairings.unnamedReferent(it.claim().subject().text()).orElseThrow();
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
          out.add(new Pairing(it.article().id(), it.index(), name, reason));
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
      if (agesFitBirths(ages, born)) {
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

  /**
   * Whether one birth year fits every dated age and every birth year: "21" as of February 2025
   * allows 2003 or 2004.
   */
  private static boolean agesFitBirths(List<Attr> ages, List<Attr> born) {
    Set<Integer> allowed = null;
    for (Attr age : ages) {
      if (!(age.claim().value() instanceof ClaimValue.Amount a) || age.asOf().isEmpty()) {
        continue;
      }
      int year = age.asOf().get().getYear();
      int years = (int) Math.round(a.value());
      Set<Integer> these = Set.of(year - years - 1, year - years);
      if (allowed == null) {
        allowed = new TreeSet<>(these);
      } else {
        allowed.retainAll(these);
        if (allowed.isEmpty()) {
          return false;
        }
      }
    }
    if (allowed == null) {
      return true;
    }
    for (Attr b : born) {
      if (b.claim().value() instanceof ClaimValue.When w
          && !allowed.contains(w.interval().startDate().getYear())) {
        return false;
      }
    }
    return true;
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
