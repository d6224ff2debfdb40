package io.corroborate.dossier;

import java.util.List;
import java.util.Locale;

/**
 * Writes a dossier in one output format.
 *
 * <pre>{@code String csv = DossierRenderer.forFormat("csv").render(dossier);}</pre>
 */
public interface DossierRenderer {
  /** The format names {@link #forFormat} knows, as the command line lists them. */
  List<String> FORMATS = List.of("markdown", "html", "json", "csv", "claimreview");

  String render(Dossier dossier);

  /**
   * The renderer for a file name's extension: {@code .md}, {@code .html}/{@code .htm}, {@code
   * .json}, {@code .csv} (the findings table) or {@code .jsonld} (ClaimReview).
   */
  static DossierRenderer forFile(String fileName) {
    String f = fileName.toLowerCase(Locale.ROOT);
    if (f.endsWith(".html") || f.endsWith(".htm")) {
      return new HtmlRenderer();
    }
    if (f.endsWith(".jsonld")) {
      return new ClaimReviewRenderer();
    }
    if (f.endsWith(".json")) {
      return new JsonRenderer();
    }
    if (f.endsWith(".csv")) {
      return CsvTables::findings;
    }
    if (f.endsWith(".md") || f.endsWith(".markdown") || f.equals("-")) {
      return new MarkdownRenderer();
    }
    throw new IllegalArgumentException(
        "unknown dossier format for '"
            + fileName
            + "': use .md, .html, .json, .csv or .jsonld, or name one with --format");
  }

  /**
   * The renderer for a format name, case-insensitive: {@code markdown} (or {@code md}), {@code
   * html}, {@code json}, {@code csv} (one row per claim behind each finding) or {@code claimreview}
   * (schema.org ClaimReview JSON-LD with the tool as reviewer; use {@link ClaimReviewRenderer}'s
   * constructor to name another).
   */
  static DossierRenderer forFormat(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "markdown", "md" -> new MarkdownRenderer();
      case "html" -> new HtmlRenderer();
      case "json" -> new JsonRenderer();
      case "csv" -> CsvTables::findings;
      case "claimreview" -> new ClaimReviewRenderer();
      default ->
          throw new IllegalArgumentException(
              "unknown format '" + name + "': use one of " + String.join(", ", FORMATS));
    };
  }
}
