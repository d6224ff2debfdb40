package io.corroborate.dossier;

import io.corroborate.model.Article;
import io.corroborate.model.Rejection;

/** The dossier as Markdown, for reading in a terminal or pasting into notes. */
public final class MarkdownRenderer implements DossierRenderer {
  /** Entities named in fewer articles than this stay in the JSON form only. */
  static final int MIN_ARTICLES = 2;

  @Override
  public String render(Dossier d) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Dossier: ").append(inline(d.title())).append("\n\n");
    sb.append(d.articles().size())
        .append(" articles from ")
        .append(d.sources().size())
        .append(" outlets");
    if (!d.rejections().isEmpty()) {
      sb.append("; ").append(d.rejections().size()).append(" inputs rejected");
    }
    sb.append(".\n\n");
    sb.append("## Articles\n\n");
    sb.append("| date | outlet | title | authors | language | words | removed | id |\n");
    sb.append("|---|---|---|---|---|---|---|---|\n");
    for (Article a : d.articles()) {
      sb.append("| ")
          .append(Words.date(a))
          .append(" | ")
          .append(cell(a.outlet()))
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
    if (!d.rejections().isEmpty()) {
      sb.append("\n## Rejected inputs\n\n");
      for (Rejection r : d.rejections()) {
        sb.append("- ").append(inline(r.describe())).append("\n");
      }
    }
    return sb.toString();
  }

  /** Keeps article text from breaking the Markdown around it. */
  private static String inline(String s) {
    return s.replace("\r", " ").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String cell(String s) {
    return inline(s).replace("|", "\\|");
  }
}
