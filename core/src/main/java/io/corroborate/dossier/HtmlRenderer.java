package io.corroborate.dossier;

import io.corroborate.model.Article;
import io.corroborate.model.Rejection;
import org.jsoup.nodes.Entities;

/**
 * The dossier as one self-contained HTML file (no scripts, no external resources). Everything that
 * came from an article is escaped, so a page holding {@code <script>} shows it as text.
 */
public final class HtmlRenderer implements DossierRenderer {
  private static final String STYLE =
      "body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}"
          + "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}"
          + "code{font-size:.85em;color:#555}.rej{color:#a33}details{margin:.3rem 0}"
          + "mark{background:#ffe08a}.kind{font-weight:600}.conflict .kind,.bad td{color:#a33}"
          + ".breakdown .kind{color:#6a4c93}.update .kind{color:#2a6f97}.agree .kind{color:#2d6a4f}"
          + ".card{border:1px solid #ddd;border-radius:6px;padding:.2rem .8rem;margin:.6rem 0}"
          + "svg.timeline{max-width:100%;height:auto}table.conflicts td{background:#fff6f6}";

  @Override
  public String render(Dossier d) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    sb.append(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
    sb.append("<title>Dossier: ")
        .append(esc(d.title()))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n");
    sb.append("<h1>Dossier: ").append(esc(d.title())).append("</h1>\n");
    sb.append("<p>").append(esc(d.articlesLine()));
    if (!d.rejections().isEmpty()) {
      sb.append("; ").append(d.rejections().size()).append(" inputs rejected");
    }
    sb.append(".</p>\n");
    d.unreadLanguagesLine()
        .ifPresent(l -> sb.append("<p class=\"note\">Note: ").append(esc(l)).append(".</p>\n"));
    int top = sb.length();
    HtmlStory.conflicts(sb, d);
    HtmlStory.keyFacts(sb, d);
    HtmlStory.findings(sb, d);
    HtmlStory.timeline(sb, d);
    sb.append(
        "<h2 id=\"articles\">Articles</h2>\n<table><tr><th>date</th><th>outlet</th><th>title</th><th>authors</th><th>language</th><th>words</th><th>id</th></tr>\n");
    for (Article a : d.articles()) {
      sb.append("<tr id=\"a-")
          .append(esc(a.id()))
          .append("\"><td>")
          .append(Words.date(a))
          .append("</td><td>")
          .append(esc(a.outletShown()))
          .append("</td><td>")
          .append(esc(a.title().orElse("(untitled)")))
          .append("</td><td>")
          .append(esc(String.join(", ", a.authors())))
          .append("</td><td>")
          .append(esc(a.language()))
          .append("</td><td>")
          .append(Words.count(a.text()))
          .append("</td><td><code>")
          .append(esc(a.id()))
          .append("</code></td></tr>\n");
    }
    sb.append("</table>\n");
    if (!d.entities().isEmpty()) {
      sb.append(
          "<h2 id=\"entities\">Who and what</h2>\n<table><tr><th>name</th><th>type</th><th>also written</th><th>mentions</th><th>articles</th><th>why merged</th></tr>\n");
      for (EntityCard e : d.entities()) {
        if (e.articleIds().size() < MarkdownRenderer.MIN_ARTICLES) {
          continue;
        }
        sb.append("<tr><td>")
            .append(esc(e.name()))
            .append("</td><td>")
            .append(esc(e.type().toLowerCase(java.util.Locale.ROOT)))
            .append("</td><td>")
            .append(esc(String.join("; ", e.aliases())))
            .append("</td><td>")
            .append(e.mentions())
            .append("</td><td>")
            .append(e.articleIds().size())
            .append("</td><td>");
        e.reasons().forEach(r -> sb.append(esc(r)).append("<br>"));
        sb.append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }
    HtmlStory.profiles(sb, d);
    HtmlStory.figures(sb, d);
    if (!d.dates().isEmpty()) {
      sb.append(
          "<h2 id=\"dates\">Dates mentioned</h2>\n<table><tr><th>when</th><th>as written</th><th>sentence</th><th>article</th></tr>\n");
      for (DateMention m : d.dates()) {
        sb.append("<tr><td>")
            .append(esc(Words.when(m)))
            .append("</td><td>")
            .append(esc(m.text()))
            .append("</td><td>")
            .append(esc(m.sentence()))
            .append("</td><td><a href=\"#a-")
            .append(esc(m.articleId()))
            .append("\"><code>")
            .append(esc(m.articleId()))
            .append("</code></a></td></tr>\n");
      }
      sb.append("</table>\n");
    }
    HtmlStory.fieldSources(sb, d);
    sb.append("<h2 id=\"text\">Text and what was removed</h2>\n");
    for (Article a : d.articles()) {
      sb.append("<details><summary>")
          .append(esc(a.outletShown()))
          .append(" — ")
          .append(esc(a.title().orElse(a.id())))
          .append(" <code>")
          .append(esc(a.origin().where()))
          .append("</code></summary>\n");
      sb.append("<ul>");
      a.provenance()
          .forEach(
              f ->
                  sb.append("<li>")
                      .append(esc(f.field()))
                      .append(": ")
                      .append(esc(f.value()))
                      .append(" <code>")
                      .append(esc(f.source()))
                      .append("</code></li>"));
      sb.append("</ul>\n");
      for (String para : a.text().split("\n\n")) {
        sb.append("<p>").append(esc(para)).append("</p>\n");
      }
      if (!a.removed().isEmpty()) {
        sb.append("<p><b>Removed:</b></p><ul>");
        a.removed()
            .forEach(
                r ->
                    sb.append("<li><code>")
                        .append(r.role().name().toLowerCase(java.util.Locale.ROOT))
                        .append("</code> ")
                        .append(esc(r.text()))
                        .append(" <i>(")
                        .append(esc(r.reason()))
                        .append(")</i></li>"));
        sb.append("</ul>\n");
      }
      sb.append("</details>\n");
    }
    sb.append("<h2 id=\"sources\">Sources</h2>\n<ul>\n");
    for (Dossier.Source s : d.sources()) {
      sb.append("<li>")
          .append(esc(s.outlet()))
          .append(": ")
          .append(s.articleIds().size())
          .append(" article(s)</li>\n");
    }
    sb.append("</ul>\n");
    HtmlStory.relays(sb, d);
    HtmlStory.sentences(sb, d);
    if (!d.rejections().isEmpty()) {
      sb.append("<h2 id=\"rejected\">Rejected inputs</h2>\n<ul>\n");
      for (Rejection r : d.rejections()) {
        sb.append("<li class=\"rej\">").append(esc(r.describe())).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    sb.append("</body></html>\n");
    sb.insert(top, contents(sb.substring(top)));
    return sb.toString();
  }

  private static final java.util.regex.Pattern SECTION =
      java.util.regex.Pattern.compile("<h2 id=\"([a-z-]+)\">([^<]+)</h2>");

  /**
   * The table of contents: a link to every section the page holds. Section titles are the
   * renderer's own words, never article text, so they are read back from the headings.
   */
  private static String contents(String body) {
    StringBuilder toc = new StringBuilder("<nav id=\"contents\"><b>Contents</b><ol>");
    java.util.regex.Matcher m = SECTION.matcher(body);
    while (m.find()) {
      toc.append("<li><a href=\"#")
          .append(m.group(1))
          .append("\">")
          .append(m.group(2))
          .append("</a></li>");
    }
    return toc.append("</ol></nav>\n").toString();
  }

  static String esc(String s) {
    return Entities.escape(s).replace("\"", "&quot;").replace("'", "&#39;");
  }
}
