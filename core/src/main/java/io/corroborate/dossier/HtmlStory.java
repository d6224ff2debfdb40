package io.corroborate.dossier;

import io.corroborate.cluster.CopyGroup;
import io.corroborate.extract.Evidence;
import io.corroborate.model.Article;
import io.corroborate.reconcile.EntityProfile;
import io.corroborate.reconcile.Finding;
import io.corroborate.reconcile.FindingKind;
import io.corroborate.reconcile.Relay;
import io.corroborate.reconcile.Support;
import io.corroborate.reconcile.TimelineEvent;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The story sections of the HTML dossier: the conflicts table, every finding with its evidence in
 * context, the timeline drawing, the attributes of people and units, and who relays whom. All text
 * that came from an article goes through {@link HtmlRenderer#esc}.
 */
final class HtmlStory {
  private static final int WIDTH = 900;
  private static final int ROW = 22;

  private HtmlStory() {}

  static void conflicts(StringBuilder sb, Dossier d) {
    List<Finding> conflicts =
        d.findings().stream().filter(f -> f.kind() == FindingKind.CONFLICT).toList();
    sb.append("<h2 id=\"conflicts\">Conflicts</h2>\n");
    if (conflicts.isEmpty()) {
      sb.append("<p>No two independent sources disagree on the same thing at the same time.</p>\n");
      return;
    }
    sb.append(
        "<table class=\"conflicts\"><tr><th>what</th><th>why it is a conflict</th><th>versions</th><th>origins</th></tr>\n");
    for (Finding f : conflicts) {
      sb.append("<tr><td><a href=\"#f-")
          .append(esc(f.id()))
          .append("\">")
          .append(esc(f.variable().label()))
          .append("</a></td><td>")
          .append(esc(f.explanation()))
          .append("</td><td><ul>");
      for (Support s : f.support()) {
        sb.append("<li><b>")
            .append(esc(s.value()))
            .append("</b> (")
            .append(esc(s.holds()))
            .append(") — ")
            .append(esc(s.chain()))
            .append("</li>");
      }
      sb.append("</ul></td><td>").append(f.independentOrigins()).append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  static void findings(StringBuilder sb, Dossier d) {
    if (d.findings().isEmpty()) {
      return;
    }
    sb.append("<h2 id=\"findings\">Findings</h2>\n");
    sb.append(
        "<p>Every variable the sources report on, conflicts first. Open one to read its evidence in context.</p>\n");
    for (Finding f : d.findings()) {
      sb.append("<details class=\"finding ")
          .append(f.kind().name().toLowerCase(Locale.ROOT))
          .append("\" id=\"f-")
          .append(esc(f.id()))
          .append("\"><summary><span class=\"kind\">")
          .append(esc(Words.kind(f.kind())))
          .append("</span> ")
          .append(esc(f.variable().label()))
          .append(" — ")
          .append(esc(Words.origins(f.independentOrigins())))
          .append("</summary>\n<p>")
          .append(esc(f.explanation()))
          .append(
              "</p>\n<table><tr><th>value</th><th>holds</th><th>who says it</th><th>evidence</th></tr>\n");
      for (Support s : f.support()) {
        sb.append("<tr><td>")
            .append(esc(s.value()))
            .append("</td><td>")
            .append(esc(s.holds()))
            .append("</td><td>")
            .append(esc(s.chain()))
            .append("</td><td>");
        evidence(sb, d, s.evidence(), s.sentence());
        sb.append("</td></tr>\n");
      }
      sb.append("</table></details>\n");
    }
  }

  /** The evidence sentence with the claim's words marked, linked to its article. */
  static void evidence(StringBuilder sb, Dossier d, Evidence e, String fallback) {
    Article a = d.article(e.articleId()).orElse(null);
    String text = a == null ? null : a.text();
    if (text != null && e.sentence().end() <= text.length()) {
      sb.append("<q>")
          .append(esc(text.substring(e.sentence().start(), e.claim().start())))
          .append("<mark>")
          .append(esc(text.substring(e.claim().start(), e.claim().end())))
          .append("</mark>")
          .append(esc(text.substring(e.claim().end(), e.sentence().end())))
          .append("</q>");
    } else {
      sb.append("<q>").append(esc(fallback)).append("</q>");
    }
    sb.append(" <a class=\"ev\" href=\"#")
        .append(esc(sentenceId(e)))
        .append("\"><code>")
        .append(esc(e.articleId()))
        .append('@')
        .append(e.claim().start())
        .append('-')
        .append(e.claim().end())
        .append("</code></a>");
  }

  /** The anchor of an evidence sentence in the evidence section: article id and sentence span. */
  static String sentenceId(Evidence e) {
    return "s-" + e.articleId() + "-" + e.sentence().start() + "-" + e.sentence().end();
  }

  static void keyFacts(StringBuilder sb, Dossier d) {
    List<Finding> key = MarkdownRenderer.keyFacts(d);
    if (key.isEmpty()) {
      return;
    }
    sb.append("<h2 id=\"key-facts\">Key facts</h2>\n");
    sb.append("<p>What independent sources agree on, the best supported first.</p>\n<ul>\n");
    for (Finding f : key) {
      sb.append("<li><a href=\"#f-")
          .append(esc(f.id()))
          .append("\">")
          .append(esc(f.variable().label()))
          .append("</a>: ")
          .append(esc(f.explanation()))
          .append(" (")
          .append(esc(Words.origins(f.independentOrigins())))
          .append(")</li>\n");
    }
    sb.append("</ul>\n");
  }

  static void figures(StringBuilder sb, Dossier d) {
    if (d.figures().isEmpty()) {
      return;
    }
    sb.append("<h2 id=\"figures\">Figures reported</h2>\n");
    sb.append(
        "<p>Every figure the articles report, grouped by what it measures, with who says it and when it holds.</p>\n");
    sb.append(
        "<table><tr><th>measure</th><th>value</th><th>interval</th><th>holds</th><th>who says it</th><th>sentence</th><th>article</th></tr>\n");
    for (ClaimLine c : d.figures()) {
      sb.append("<tr><td>")
          .append(esc(c.measure()))
          .append("</td><td>")
          .append(esc(c.value()))
          .append("</td><td>")
          .append(esc(c.interval()))
          .append("</td><td>")
          .append(esc(c.holds()))
          .append("</td><td>")
          .append(esc(c.chain()))
          .append("</td><td>")
          .append(esc(c.sentence()))
          .append("</td><td><a href=\"#a-")
          .append(esc(c.articleId()))
          .append("\"><code>")
          .append(esc(c.articleId()))
          .append("</code></a></td></tr>\n");
    }
    sb.append("</table>\n");
  }

  static void fieldSources(StringBuilder sb, Dossier d) {
    sb.append("<h2 id=\"fields\">Where each field came from</h2>\n");
    sb.append(
        "<table><tr><th>article</th><th>read from</th><th>outlet</th><th>date</th><th>title</th><th>language</th></tr>\n");
    for (Article a : d.articles()) {
      sb.append("<tr><td><a href=\"#a-")
          .append(esc(a.id()))
          .append("\"><code>")
          .append(esc(a.id()))
          .append("</code></a></td><td>")
          .append(esc(a.origin().where()));
      for (String field : List.of("outlet", "published", "title", "language")) {
        sb.append("</td><td>").append(esc(Words.source(a, field)));
      }
      sb.append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  /**
   * Every sentence the dossier cites, once, each with an anchor the evidence links jump to, the
   * claim's words marked, and a link that opens the sentence in the article's page (a text
   * fragment, {@code #:~:text=}) where the article has a web address.
   */
  static void sentences(StringBuilder sb, Dossier d) {
    java.util.Map<String, Evidence> cited = new java.util.LinkedHashMap<>();
    java.util.function.Consumer<Support> add =
        s -> cited.putIfAbsent(sentenceId(s.evidence()), s.evidence());
    d.findings().forEach(f -> f.support().forEach(add));
    d.timeline().forEach(e -> e.support().forEach(add));
    d.entities().forEach(e -> e.attributes().forEach(a -> a.support().forEach(add)));
    if (cited.isEmpty()) {
      return;
    }
    sb.append("<h2 id=\"evidence\">Evidence sentences</h2>\n");
    sb.append(
        "<p>Every sentence cited above, with the article it comes from; where the article has a web address, the last link opens the sentence in it.</p>\n<ul class=\"evidence\">\n");
    for (java.util.Map.Entry<String, Evidence> entry : cited.entrySet()) {
      Evidence e = entry.getValue();
      Article a = d.article(e.articleId()).orElse(null);
      sb.append("<li id=\"").append(esc(entry.getKey())).append("\">");
      if (a == null || e.sentence().end() > a.text().length()) {
        sb.append("<code>").append(esc(e.articleId())).append("</code></li>\n");
        continue;
      }
      sb.append(esc(a.outletShown())).append(": ");
      String text = a.text();
      int cs = Math.max(e.sentence().start(), Math.min(e.claim().start(), e.sentence().end()));
      int ce = Math.max(cs, Math.min(e.claim().end(), e.sentence().end()));
      sb.append("<q>")
          .append(esc(text.substring(e.sentence().start(), cs)))
          .append("<mark>")
          .append(esc(text.substring(cs, ce)))
          .append("</mark>")
          .append(esc(text.substring(ce, e.sentence().end())))
          .append("</q> <a href=\"#a-")
          .append(esc(a.id()))
          .append("\"><code>")
          .append(esc(a.id()))
          .append('@')
          .append(e.sentence().start())
          .append('-')
          .append(e.sentence().end())
          .append("</code></a>");
      Optional<String> link = TextFragments.link(a.url(), e.sentence().of(text));
      link.ifPresent(
          u ->
              sb.append(" <a rel=\"noopener noreferrer\" href=\"")
                  .append(esc(u))
                  .append("\">open in the article</a>"));
      sb.append("</li>\n");
    }
    sb.append("</ul>\n");
  }

  /** The timeline as a drawing (one bar or dot per event on a date axis) and as a table. */
  static void timeline(StringBuilder sb, Dossier d) {
    List<TimelineEvent> events = d.timeline();
    if (events.isEmpty()) {
      return;
    }
    sb.append("<h2 id=\"timeline\">Timeline</h2>\n");
    LocalDate first = events.stream().map(TimelineEvent::start).min(LocalDate::compareTo).get();
    LocalDate last = events.stream().map(TimelineEvent::end).max(LocalDate::compareTo).get();
    long days = Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
    int left = 260;
    int plot = WIDTH - left - 20;
    int height = ROW * events.size() + 40;
    sb.append("<svg class=\"timeline\" role=\"img\" aria-label=\"timeline\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\">\n");
    sb.append("<line x1=\"")
        .append(left)
        .append("\" y1=\"20\" x2=\"")
        .append(left + plot)
        .append("\" y2=\"20\" stroke=\"#888\"/>");
    sb.append("<text x=\"")
        .append(left)
        .append("\" y=\"14\" font-size=\"11\">")
        .append(first)
        .append("</text><text x=\"")
        .append(left + plot)
        .append("\" y=\"14\" font-size=\"11\" text-anchor=\"end\">")
        .append(last)
        .append("</text>\n");
    int y = 36;
    for (TimelineEvent e : events) {
      double x0 = left + plot * (double) ChronoUnit.DAYS.between(first, e.start()) / days;
      double x1 = left + plot * (double) (ChronoUnit.DAYS.between(first, e.end()) + 1) / days;
      sb.append("<text x=\"4\" y=\"")
          .append(y + 4)
          .append("\" font-size=\"12\">")
          .append(esc(Words.clip(e.label(), 40)))
          .append("</text>");
      sb.append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"10\" rx=\"3\" fill=\"#3b6ea5\">",
                  x0,
                  y - 5,
                  Math.max(4, x1 - x0)))
          .append("<title>")
          .append(esc(Words.span(e.start(), e.end()) + ": " + e.label()))
          .append("</title></rect>\n");
      y += ROW;
    }
    sb.append("</svg>\n");
    sb.append("<table><tr><th>when</th><th>what</th><th>sources</th><th>evidence</th></tr>\n");
    for (TimelineEvent e : events) {
      sb.append("<tr><td>")
          .append(esc(Words.span(e.start(), e.end())))
          .append("</td><td>")
          .append(esc(e.label()))
          .append("</td><td>")
          .append(esc(Words.outlets(e.support())))
          .append("</td><td>");
      if (!e.support().isEmpty()) {
        Support s = e.support().get(0);
        evidence(sb, d, s.evidence(), s.sentence());
      }
      sb.append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  static void profiles(StringBuilder sb, Dossier d) {
    List<EntityCard> shown = d.entities().stream().filter(e -> !e.attributes().isEmpty()).toList();
    if (shown.isEmpty()) {
      return;
    }
    sb.append("<h2 id=\"profiles\">People and units: attributes</h2>\n");
    for (EntityCard e : shown) {
      sb.append("<div class=\"card\"><h3>").append(esc(e.name())).append("</h3>");
      if (!e.aliases().isEmpty()) {
        sb.append("<p>also written: ").append(esc(String.join(", ", e.aliases()))).append("</p>");
      }
      // Why the names are one is in the entity table for the entities it lists.
      if (e.articleIds().size() < MarkdownRenderer.MIN_ARTICLES && !e.reasons().isEmpty()) {
        sb.append("<ul class=\"merges\">");
        e.reasons().forEach(m -> sb.append("<li>").append(esc(m)).append("</li>"));
        sb.append("</ul>");
      }
      sb.append(
          "<table><tr><th>attribute</th><th>values</th><th>consistent</th><th>why</th><th>evidence</th></tr>\n");
      for (EntityProfile.Attribute a : e.attributes()) {
        sb.append("<tr")
            .append(a.consistent() ? "" : " class=\"bad\"")
            .append("><td>")
            .append(esc(a.name()))
            .append("</td><td>")
            .append(esc(String.join("; ", a.values())))
            .append("</td><td>")
            .append(a.consistent() ? "yes" : "no")
            .append("</td><td>")
            .append(esc(a.explanation()))
            .append("</td><td>");
        for (Support s : a.support()) {
          sb.append("<div>").append(esc(s.outlet())).append(": ");
          evidence(sb, d, s.evidence(), s.sentence());
          sb.append("</div>");
        }
        sb.append("</td></tr>\n");
      }
      sb.append("</table></div>\n");
    }
  }

  static void relays(StringBuilder sb, Dossier d) {
    if (!d.relays().isEmpty()) {
      sb.append("<h3>Who relays whom</h3>\n<ul>\n");
      for (Relay r : d.relays()) {
        sb.append("<li>").append(esc(r.line())).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    if (!d.copies().isEmpty()) {
      sb.append("<h3>Copies of one text</h3>\n<ul>\n");
      for (CopyGroup g : d.copies()) {
        sb.append("<li>original ")
            .append(esc(outlet(d, g.original())))
            .append(" <code>")
            .append(esc(g.original()))
            .append("</code>, run by ");
        sb.append(
            esc(
                String.join(
                    ", ",
                    g.articleIds().stream()
                        .filter(id -> !id.equals(g.original()))
                        .map(id -> outlet(d, id))
                        .toList())));
        sb.append(String.format(Locale.ROOT, " (similarity %.2f)</li>%n", g.similarity()));
      }
      sb.append("</ul>\n");
    }
  }

  private static String outlet(Dossier d, String id) {
    return d.article(id).map(Article::outlet).orElse(id);
  }

  private static String esc(String s) {
    return HtmlRenderer.esc(s);
  }
}
