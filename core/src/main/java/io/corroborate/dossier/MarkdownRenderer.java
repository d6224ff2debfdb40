package io.corroborate.dossier;

import io.corroborate.model.Article;
import io.corroborate.model.Rejection;

/** The dossier as Markdown, for reading in a terminal or pasting into notes. */
public final class MarkdownRenderer implements DossierRenderer {
  @Override
  public String render(Dossier d) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Dossier: ").append(inline(d.title())).append("\n\n");
    sb.append(d.articles().size()).append(" articles from ").append(d.sources().size()).append(" outlets");
    if (!d.rejections().isEmpty()) {
      sb.append("; ").append(d.rejections().size()).append(" inputs rejected");
    }
    sb.append(".\n\n");
    sb.append("## Articles\n\n");
    sb.append("| date | outlet | title | authors | language | words | removed | id |\n");
    sb.append("|---|---|---|---|---|---|---|---|\n");
    for (Article a : d.articles()) {
      sb.append("| ").append(Words.date(a))
          .append(" | ").append(cell(a.outlet()))
          .append(" | ").append(cell(a.title().orElse("(untitled)")))
          .append(" | ").append(cell(a.authors().isEmpty() ? "—" : String.join(", ", a.authors())))
          .append(" | ").append(a.language())
          .append(" | ").append(Words.count(a.text()))
          .append(" | ").append(a.removed().size())
          .append(" | `").append(a.id()).append("` |\n");
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
      sb.append("- ").append(inline(s.outlet())).append(": ").append(s.articleIds().size()).append(" article(s)\n");
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
