package io.corroborate.cli;

import io.corroborate.model.Article;
import java.io.PrintWriter;
import java.util.List;

/** Text shared by commands that print articles and run summaries. */
final class Output {
  private Output() {}

  static void articleTable(PrintWriter out, List<Article> articles) {
    out.printf("%-16s  %-10s  %-22s  %-4s  %s%n", "id", "published", "outlet", "lang", "title");
    for (Article a : articles) {
      out.printf(
          "%-16s  %-10s  %-22s  %-4s  %s%n",
          a.id(),
          a.published().map(p -> p.date().toString()).orElse("-"),
          clip(a.outlet(), 22),
          a.language(),
          clip(a.title().orElse("(untitled)"), 70));
    }
  }

  static void summary(PrintWriter err, int inputs, int articles, int added, int rejected) {
    err.printf(
        "%d input file(s): %d article(s)%s, %d rejected%n",
        inputs, articles, added >= 0 ? " (" + added + " new in the store)" : "", rejected);
  }

  static String clip(String s, int n) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= n ? one : one.substring(0, n - 1) + "…";
  }
}
