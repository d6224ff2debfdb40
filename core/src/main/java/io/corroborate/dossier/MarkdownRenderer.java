package io.corroborate.dossier;

import io.corroborate.cluster.CopyGroup;
import io.corroborate.model.Article;
import io.corroborate.model.Rejection;
import io.corroborate.reconcile.EntityProfile;
import io.corroborate.reconcile.Finding;
import io.corroborate.reconcile.FindingKind;
import io.corroborate.reconcile.Relay;
import io.corroborate.reconcile.Support;
import io.corroborate.reconcile.TimelineEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The dossier as Markdown, for reading in a terminal or pasting into notes. */
public final class MarkdownRenderer implements DossierRenderer {
  /** Entities named in fewer articles than this stay in the JSON form only. */
  static final int MIN_ARTICLES = 2;

  /** How many of the best supported findings the key facts list. */
  static final int KEY_FACTS = 8;

  @Override
  public String render(Dossier d) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Dossier: ").append(inline(d.title())).append("\n\n");
    sb.append(inline(d.articlesLine()));
    if (!d.rejections().isEmpty()) {
      sb.append("; ").append(d.rejections().size()).append(" inputs rejected");
    }
    sb.append(".\n\n");
    d.unreadLanguagesLine().ifPresent(l -> sb.append("Note: ").append(inline(l)).append(".\n\n"));
    findings(sb, d);
    timeline(sb, d);
    sb.append("## Articles\n\n");
    sb.append("| date | outlet | title | authors | language | words | removed | id |\n");
    sb.append("|---|---|---|---|---|---|---|---|\n");
    for (Article a : d.articles()) {
      sb.append("| ")
          .append(Words.date(a))
          .append(" | ")
          .append(cell(a.outletShown()))
          .append(" | ")
          .append(cell(a.title().orElse("(untitled)")))
          .append(" | ")
          .append(cell(a.authors().isEmpty() ? "—" : String.join(", ", a.authors())))
          .append(" | ")
          .append(a.language())
          .append(" | ")
          .append(Words.count(a.text()))
          .append(" | ")
          .append(a.removed().size())
          .append(" | `")
          .append(a.id())
          .append("` |\n");
    }
    if (!d.entities().isEmpty()) {
      sb.append("\n## Who and what\n\n");
      sb.append("People, organisations, places and units named in at least ")
          .append(MIN_ARTICLES)
          .append(" articles, under all their names.\n\n");
      sb.append(
          "| name | type | also written | mentions | articles | why the names were merged |\n|---|---|---|---|---|---|\n");
      for (EntityCard e : d.entities()) {
        if (e.articleIds().size() < MIN_ARTICLES) {
          continue;
        }
        sb.append("| ")
            .append(cell(e.name()))
            .append(" | ")
            .append(e.type().toLowerCase(java.util.Locale.ROOT))
            .append(" | ")
            .append(cell(String.join("; ", e.aliases())))
            .append(" | ")
            .append(e.mentions())
            .append(" | ")
            .append(e.articleIds().size())
            .append(" | ")
            .append(cell(e.reasons().stream().limit(2).reduce((x, y) -> x + "; " + y).orElse("—")))
            .append(e.reasons().size() > 2 ? " (+" + (e.reasons().size() - 2) + " more)" : "")
            .append(" |\n");
      }
    }
    profiles(sb, d);
    if (!d.figures().isEmpty()) {
      sb.append("\n## Figures reported\n\n");
      sb.append(
          "Every figure the articles report, grouped by what it measures, with who says it and when it holds.\n\n");
      sb.append(
          "| measure | value | interval | holds | who says it | sentence |\n|---|---|---|---|---|---|\n");
      for (ClaimLine c : d.figures()) {
        sb.append("| ")
            .append(cell(c.measure()))
            .append(" | ")
            .append(cell(c.value()))
            .append(" | ")
            .append(cell(c.interval()))
            .append(" | ")
            .append(cell(c.holds()))
            .append(" | ")
            .append(cell(c.chain()))
            .append(" | ")
            .append(cell(Words.clip(c.sentence(), 160)))
            .append(" |\n");
      }
    }
    if (!d.dates().isEmpty()) {
      sb.append("\n## Dates mentioned\n\n");
      sb.append(
          "Every time expression resolved to the calendar, earliest first, with the sentence it comes from.\n\n");
      sb.append("| when | as written | article | sentence |\n|---|---|---|---|\n");
      for (DateMention m : d.dates()) {
        sb.append("| ")
            .append(Words.when(m))
            .append(" | ")
            .append(cell(m.text()))
            .append(" | `")
            .append(m.articleId())
            .append("` | ")
            .append(cell(Words.clip(m.sentence(), 160)))
            .append(" |\n");
      }
    }
    sb.append("\n## Where each field came from\n\n");
    for (Article a : d.articles()) {
      sb.append("- `").append(a.id()).append("` ").append(inline(a.origin().where())).append(": ");
      sb.append("outlet ← ").append(inline(Words.source(a, "outlet")));
      sb.append("; date ← ").append(inline(Words.source(a, "published")));
      sb.append("; title ← ").append(inline(Words.source(a, "title")));
      sb.append("; language ← ").append(inline(Words.source(a, "language")));
      sb.append("\n");
    }
    sb.append("\n## Sources\n\n");
    for (Dossier.Source s : d.sources()) {
      sb.append("- ")
          .append(inline(s.outlet()))
          .append(": ")
          .append(s.articleIds().size())
          .append(" article(s)\n");
    }
    if (!d.relays().isEmpty()) {
      sb.append("\n### Who relays whom\n\n");
      for (Relay r : d.relays()) {
        sb.append("- ").append(inline(r.line())).append("\n");
      }
    }
    if (!d.copies().isEmpty()) {
      sb.append("\n### Copies of one text\n\n");
      sb.append("Articles that run the same text count as one origin.\n\n");
      for (CopyGroup g : d.copies()) {
        sb.append("- original `")
            .append(g.original())
            .append("` (")
            .append(inline(outletOf(d, g.original())))
            .append("), copied by ");
        List<String> others = new ArrayList<>();
        for (String id : g.articleIds()) {
          if (!id.equals(g.original())) {
            others.add("`" + id + "` (" + inline(outletOf(d, id)) + ")");
          }
        }
        sb.append(String.join(", ", others))
            .append(String.format(Locale.ROOT, "; similarity %.2f%n", g.similarity()));
      }
    }
    if (!d.rejections().isEmpty()) {
      sb.append("\n## Rejected inputs\n\n");
      for (Rejection r : d.rejections()) {
        sb.append("- ").append(inline(r.describe())).append("\n");
      }
    }
    return sb.toString();
  }

  private static void findings(StringBuilder sb, Dossier d) {
    if (d.findings().isEmpty()) {
      return;
    }
    List<Finding> key = keyFacts(d);
    if (!key.isEmpty()) {
      sb.append("## Key facts\n\n");
      sb.append("What independent sources agree on, the best supported first.\n\n");
      for (Finding f : key) {
        sb.append("- ")
            .append(inline(f.variable().label()))
            .append(": ")
            .append(inline(f.explanation()))
            .append(" (")
            .append(Words.origins(f.independentOrigins()))
            .append(")\n");
      }
      sb.append("\n");
    }
    sb.append("## Findings\n\n");
    long conflicts = d.findings().stream().filter(f -> f.kind() == FindingKind.CONFLICT).count();
    sb.append(d.findings().size())
        .append(" findings, ")
        .append(conflicts)
        .append(conflicts == 1 ? " conflict" : " conflicts")
        .append("; conflicts first. Each line's evidence is `article id@start-end`.\n\n");
    for (Finding f : d.findings()) {
      sb.append("### ")
          .append(Words.kind(f.kind()))
          .append(": ")
          .append(inline(f.variable().label()))
          .append("\n\n")
          .append(inline(f.explanation()))
          .append(" — ")
          .append(Words.origins(f.independentOrigins()))
          .append(".\n\n");
      sb.append("| value | holds | who says it | sentence | evidence |\n|---|---|---|---|---|\n");
      for (Support s : f.support()) {
        sb.append("| ")
            .append(cell(s.value()))
            .append(" | ")
            .append(cell(s.holds()))
            .append(" | ")
            .append(cell(s.chain()))
            .append(" | ")
            .append(cell(Words.clip(s.sentence(), 160)))
            .append(" | ")
            .append(Words.evidence(s.evidence()))
            .append(" |\n");
      }
      sb.append("\n");
    }
  }

  /** What independent sources agree on, the best supported first; every rendering lists these. */
  static List<Finding> keyFacts(Dossier d) {
    return d.findings().stream()
        .filter(f -> f.kind() != FindingKind.CONFLICT && f.kind() != FindingKind.SINGLE_SOURCE)
        .sorted(Comparator.comparing((Finding f) -> -f.independentOrigins()))
        .limit(KEY_FACTS)
        .toList();
  }

  private static void timeline(StringBuilder sb, Dossier d) {
    if (d.timeline().isEmpty()) {
      return;
    }
    sb.append("## Timeline\n\n");
    sb.append("| when | what | sources | evidence |\n|---|---|---|---|\n");
    for (TimelineEvent e : d.timeline()) {
      sb.append("| ")
          .append(Words.span(e.start(), e.end()))
          .append(" | ")
          .append(cell(e.label()))
          .append(" | ")
          .append(cell(Words.outlets(e.support())))
          .append(" | ")
          .append(
              e.support().stream()
                  .map(s -> Words.evidence(s.evidence()))
                  .distinct()
                  .limit(3)
                  .reduce((a, b) -> a + " " + b)
                  .orElse("—"))
          .append(" |\n");
    }
    sb.append("\n");
  }

  private static void profiles(StringBuilder sb, Dossier d) {
    List<EntityCard> shown = d.entities().stream().filter(e -> !e.attributes().isEmpty()).toList();
    if (shown.isEmpty()) {
      return;
    }
    sb.append("\n## People and units: attributes\n\n");
    sb.append("What each source says about them, checked against time.\n");
    for (EntityCard e : shown) {
      sb.append("\n### ").append(inline(e.name()));
      if (!e.aliases().isEmpty()) {
        sb.append(" (also ").append(inline(String.join(", ", e.aliases()))).append(")");
      }
      sb.append("\n\n");
      // Why the names are one is in the table above for the entities it lists.
      if (e.articleIds().size() < MIN_ARTICLES) {
        e.reasons().forEach(r -> sb.append("- ").append(inline(r)).append("\n"));
        sb.append(e.reasons().isEmpty() ? "" : "\n");
      }
      sb.append("| attribute | values | consistent | why | sources |\n|---|---|---|---|---|\n");
      for (EntityProfile.Attribute a : e.attributes()) {
        sb.append("| ")
            .append(cell(a.name()))
            .append(" | ")
            .append(cell(String.join("; ", a.values())))
            .append(" | ")
            .append(a.consistent() ? "yes" : "**no**")
            .append(" | ")
            .append(cell(a.explanation()))
            .append(" | ")
            .append(cell(Words.outlets(a.support())))
            .append(" |\n");
      }
    }
  }

  private static String outletOf(Dossier d, String articleId) {
    return d.article(articleId).map(Article::outlet).orElse(articleId);
  }

  /** Keeps article text from breaking the Markdown around it. */
  private static String inline(String s) {
    return s.replace("\r", " ").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String cell(String s) {
    return inline(s).replace("|", "\\|");
  }
}
