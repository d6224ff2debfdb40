package io.corroborate.eval.dossier;

import io.corroborate.reconcile.Support;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The per-story Markdown report of {@code eval dossier}: why each figure is what it is. */
final class Reports {
  private Reports() {}

  static String markdown(String stem, DossierScorer.Output out, DossierScorer.Result r) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(stem).append("\n\n## Figures\n\n");
    for (Map.Entry<String, Double> e : r.tally().figures().entrySet()) {
      b.append(String.format(Locale.ROOT, "- %s %.4f%n", e.getKey(), e.getValue()));
    }
    b.append("\n## Facts\n\n");
    for (DossierScorer.FactResult f : r.facts()) {
      b.append("- **")
          .append(f.verdict())
          .append("** `")
          .append(f.fact().id())
          .append("` (")
          .append(f.fact().kind())
          .append(", ")
          .append(f.fact().claims().size())
          .append(" claims: ")
          .append(
              f.fact().claims().stream()
                  .map(Gold.GoldClaim::display)
                  .distinct()
                  .collect(Collectors.joining(", ")))
          .append("): ")
          .append(f.reason());
      if (!f.findingIds().isEmpty()) {
        b.append("; findings ").append(String.join(", ", f.findingIds()));
      }
      b.append('\n');
    }
    b.append("\n## Conflicts and updates judged\n\n");
    for (DossierScorer.Judged j : r.judged()) {
      b.append("- ")
          .append(j.isFalse() ? "**false** " : "right ")
          .append(j.finding().kind().name().toLowerCase(Locale.ROOT))
          .append(" `")
          .append(j.finding().id())
          .append("` ")
          .append(j.finding().variable().label())
          .append(": ")
          .append(
              j.finding().support().stream()
                  .map(Support::value)
                  .distinct()
                  .collect(Collectors.joining(" / ")))
          .append(" — ")
          .append(j.reason())
          .append("\n  - the dossier says: ")
          .append(j.finding().explanation())
          .append('\n');
    }
    b.append("\n## Gold claims not read as claims\n\n");
    for (DossierScorer.Missed m : r.missed()) {
      b.append("- `")
          .append(m.factId())
          .append("` ")
          .append(m.language())
          .append(" ")
          .append(m.claim().display())
          .append(": \"")
          .append(m.claim().quote())
          .append("\" (")
          .append(m.claim().url())
          .append(")\n");
    }
    b.append("\n## Gold claims read without their source\n\n");
    for (DossierScorer.SourceMissed m : r.sourcesMissed()) {
      b.append("- `")
          .append(m.factId())
          .append("` ")
          .append(m.language())
          .append(" ")
          .append(m.claim().display())
          .append(": gold source \"")
          .append(m.claim().source())
          .append("\", claims say ")
          .append(m.chains().stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", ")))
          .append(" (")
          .append(m.claim().url())
          .append(")\n");
    }
    b.append("\n## Entities\n\n");
    for (DossierScorer.EntityMerge e : r.entities()) {
      int all = e.entity().spellings().size();
      b.append("- ")
          .append(e.entity().type())
          .append(" **")
          .append(e.entity().name())
          .append("**: ")
          .append(e.merged().size())
          .append('/')
          .append(all)
          .append(" spellings on ")
          .append(e.card().map(c -> "the card \"" + c + "\"").orElse("no card"));
      if (!e.merged().isEmpty()) {
        b.append("; merged ").append(quoted(e.merged()));
      }
      if (!e.missed().isEmpty()) {
        b.append("; missed ")
            .append(
                e.missed().entrySet().stream()
                    .map(
                        m ->
                            "\""
                                + m.getKey()
                                + "\" ("
                                + (m.getValue().isEmpty()
                                    ? "on no card"
                                    : "on " + quoted(m.getValue()))
                                + ")")
                    .collect(Collectors.joining(", ")));
      }
      b.append('\n');
    }
    b.append("\n## Relays\n\n");
    for (io.corroborate.dossier.Dossier d : out.dossiers()) {
      for (io.corroborate.reconcile.Relay relay : d.relays()) {
        b.append("- ")
            .append(d.storyId())
            .append(": ")
            .append(relay.line())
            .append(" via ")
            .append(relay.via())
            .append('\n');
      }
    }
    b.append("\n## Stories formed\n\n");
    Map<String, List<DossierScorer.Placed>> byStory =
        out.articles().stream().collect(Collectors.groupingBy(DossierScorer.Placed::storyId));
    List<Map.Entry<String, List<DossierScorer.Placed>>> stories =
        byStory.entrySet().stream()
            .sorted(
                Comparator.comparingInt(
                        (Map.Entry<String, List<DossierScorer.Placed>> e) -> -e.getValue().size())
                    .thenComparing(Map.Entry::getKey))
            .toList();
    for (int i = 0; i < stories.size(); i++) {
      Map.Entry<String, List<DossierScorer.Placed>> e = stories.get(i);
      b.append("- ")
          .append(e.getKey())
          .append(": ")
          .append(e.getValue().size())
          .append(" articles\n");
      if (i == 0) {
        continue; // the main story: its articles are where they belong
      }
      // an article outside the largest story, with the clusterer's reason, to see why it stayed out
      for (DossierScorer.Placed p : e.getValue()) {
        b.append("  - ")
            .append(p.language())
            .append(" ")
            .append(p.url())
            .append(" (")
            .append(out.claims().getOrDefault(p.id(), List.of()).size())
            .append(" claims): ")
            .append(p.reason())
            .append('\n');
      }
    }
    b.append("\n## Articles with at most one claim\n\n");
    out.articles().stream()
        .filter(p -> out.claims().getOrDefault(p.id(), List.of()).size() <= 1)
        .forEach(
            p ->
                b.append("- ")
                    .append(p.language())
                    .append(" ")
                    .append(p.url())
                    .append(" (")
                    .append(out.claims().getOrDefault(p.id(), List.of()).size())
                    .append(" claims)\n"));
    return b.toString();
  }

  private static String quoted(List<String> names) {
    return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
  }
}
