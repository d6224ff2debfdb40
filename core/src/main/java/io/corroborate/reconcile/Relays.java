package io.corroborate.reconcile;

import io.corroborate.extract.Claim;
import io.corroborate.extract.Evidence;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.reconcile.Reconciler.Item;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Who relays whom: outlets that cite another source, and syndicated copies of an original. */
final class Relays {
  private Relays() {}

  private static final class Tally {
    int claims;
    final Set<String> articles = new LinkedHashSet<>();
    final List<Evidence> evidence = new ArrayList<>();
    String outlet;
    String source;
  }

  static List<Relay> build(
      List<Article> articles,
      Map<String, List<Item>> byArticle,
      Map<String, String> copyGroupOf,
      Names names,
      ReconcileOptions options) {
    Map<String, Tally> cited = new TreeMap<>();
    for (Article a : articles) {
      for (Item it : byArticle.getOrDefault(a.id(), List.of())) {
        Claim c = it.claim();
        if (c.attribution().cited().isEmpty()) {
          continue;
        }
        String key = names.key(c.attribution().cited().get(0).name());
        if (key.equals(names.key(a.outlet()))) {
          continue;
        }
        String outlet = a.outletShown();
        Tally t = cited.computeIfAbsent(names.key(outlet) + "\u0000" + key, k -> new Tally());
        t.outlet = t.outlet == null ? outlet : t.outlet;
        t.source = t.source == null ? names.display(key) : t.source;
        t.claims++;
        t.articles.add(a.id());
        if (t.evidence.size() < options.maxEvidencePerRelay()) {
          t.evidence.add(c.evidence());
        }
      }
    }
    List<Relay> out = new ArrayList<>();
    cited
        .values()
        .forEach(
            t ->
                out.add(
                    new Relay(
                        t.outlet,
                        t.source,
                        "cited",
                        t.claims,
                        List.copyOf(t.articles),
                        t.evidence)));
    // Copies: the earliest article of a copy group is its original.
    Map<String, List<Article>> groups = new TreeMap<>();
    for (Article a : articles) {
      String g = copyGroupOf.get(a.id());
      if (g != null) {
        groups.computeIfAbsent(g, k -> new ArrayList<>()).add(a);
      }
    }
    Map<String, Tally> copies = new TreeMap<>();
    for (List<Article> g : groups.values()) {
      g.sort(
          Comparator.comparing(
                  (Article a) -> a.published().map(DateStamp::date).orElse(LocalDate.MAX))
              .thenComparing(Article::id));
      Article original = g.get(0);
      for (Article copy : g.subList(1, g.size())) {
        String from = original.outletShown();
        String to = copy.outletShown();
        if (names.key(to).equals(names.key(from))) {
          continue;
        }
        Tally t =
            copies.computeIfAbsent(names.key(to) + "\u0000" + names.key(from), k -> new Tally());
        t.outlet = to;
        t.source = from;
        t.claims++;
        t.articles.add(copy.id());
      }
    }
    copies
        .values()
        .forEach(
            t ->
                out.add(
                    new Relay(
                        t.outlet, t.source, "copy", t.claims, List.copyOf(t.articles), List.of())));
    out.sort(
        Comparator.comparing((Relay r) -> -r.claims())
            .thenComparing(Relay::outlet)
            .thenComparing(Relay::source)
            .thenComparing(Relay::via));
    return out;
  }
}
