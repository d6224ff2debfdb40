package io.corroborate.cli;

import io.corroborate.dossier.ClaimReviewRenderer;
import io.corroborate.dossier.DossierRenderer;
import io.corroborate.model.Article;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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

  /**
   * A list command's output format: {@code --format} (table, json or csv, any case) when given,
   * else json with {@code --json}, else table.
   */
  static String format(String format, boolean json) {
    if (format == null) {
      return json ? "json" : "table";
    }
    String f = format.toLowerCase(Locale.ROOT);
    if (!List.of("table", "json", "csv").contains(f)) {
      throw new IllegalArgumentException("unknown format '" + format + "': use table, json or csv");
    }
    return f;
  }

  /**
   * The dossier renderer a command was asked for: {@code --format} when given, else the output
   * file's extension, else JSON with {@code --json}, else Markdown. ClaimReview names the reviewer
   * and the page the reviews are published on when given.
   */
  static DossierRenderer dossierRenderer(
      String format, String output, boolean json, String reviewer, String reviewUrl) {
    String chosen = format != null ? format : output != null ? null : json ? "json" : "markdown";
    if (chosen == null) {
      DossierRenderer byFile = DossierRenderer.forFile(output);
      return byFile instanceof ClaimReviewRenderer ? claimReview(reviewer, reviewUrl) : byFile;
    }
    if (chosen.toLowerCase(Locale.ROOT).equals("claimreview")) {
      return claimReview(reviewer, reviewUrl);
    }
    return DossierRenderer.forFormat(chosen);
  }

  private static DossierRenderer claimReview(String reviewer, String reviewUrl) {
    return new ClaimReviewRenderer(
        reviewer == null ? ClaimReviewRenderer.DEFAULT_REVIEWER : reviewer,
        reviewUrl,
        LocalDate.now());
  }

  static String clip(String s, int n) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= n ? one : one.substring(0, n - 1) + "…";
  }
}
