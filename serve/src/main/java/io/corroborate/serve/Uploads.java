package io.corroborate.serve;

import java.util.Locale;
import java.util.Optional;

/**
 * Turns what a client says about an upload (a file name, a Content-Type) into a safe file name
 * inside the upload's fresh temp directory: no separators, no leading dots, nothing but letters,
 * digits, dots, dashes and underscores, so no user path ever reaches the filesystem.
 *
 * <pre>{@code Uploads.safeName("../../etc/passwd.html")  // "passwd.html"}</pre>
 */
public final class Uploads {
  static final int MAX_NAME = 100;

  private Uploads() {}

  /** The last path segment of {@code name}, reduced to safe characters; "upload" when none is. */
  public static String safeName(String name) {
    String n = name == null ? "" : name;
    int cut = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    n = n.substring(cut + 1).replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
    n = n.replaceAll("\\.{2,}", ".");
    if (n.length() > MAX_NAME) {
      n = n.substring(n.length() - MAX_NAME).replaceAll("^[._]+", "");
    }
    return n.isEmpty() ? "upload" : n;
  }

  /** The file name an upload of this Content-Type is read as, if the type is one the API takes. */
  public static Optional<String> nameFor(String contentType) {
    String t =
        contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(
        switch (t) {
          case "application/json" -> "upload.json";
          case "application/x-ndjson", "application/jsonl", "application/json-lines" ->
              "upload.jsonl";
          case "text/html", "application/xhtml+xml" -> "upload.html";
          case "text/plain" -> "upload.txt";
          case "application/warc" -> "upload.warc";
          case "application/gzip", "application/x-gzip" -> "upload.warc.gz";
          default -> null;
        });
  }
}
