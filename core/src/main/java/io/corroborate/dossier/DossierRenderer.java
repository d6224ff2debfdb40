package io.corroborate.dossier;

/** Writes a dossier in one output format. */
public interface DossierRenderer {
  String render(Dossier dossier);

  /**
   * The renderer for a file name's extension: {@code .md}, {@code .html}/{@code .htm} or {@code
   * .json}.
   */
  static DossierRenderer forFile(String fileName) {
    String f = fileName.toLowerCase(java.util.Locale.ROOT);
    if (f.endsWith(".html") || f.endsWith(".htm")) {
      return new HtmlRenderer();
    }
    if (f.endsWith(".json")) {
      return new JsonRenderer();
    }
    if (f.endsWith(".md") || f.endsWith(".markdown") || f.equals("-")) {
      return new MarkdownRenderer();
    }
    throw new IllegalArgumentException(
        "unknown dossier format for '" + fileName + "': use .md, .html or .json");
  }
}
