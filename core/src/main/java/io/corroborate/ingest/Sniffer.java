package io.corroborate.ingest;

import io.corroborate.model.Format;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides an input's format from its name and its first bytes. Strong content signatures win
 * ({@code WARC/1.x} always; an HTML page or a feed over a texty name), then the extension ({@code
 * .txt}, {@code .html/.htm}, {@code .jsonl/.json/.ndjson}, {@code .warc}, {@code .rss/.atom/.xml},
 * each also with {@code .gz}), then content alone ({@code <rss}/{@code <feed}, {@code <html}, a
 * leading <code>{</code>), else plain text.
 *
 * <pre>{@code Format f = Sniffer.sniff("story.html", head);}</pre>
 */
final class Sniffer {
  private Sniffer() {}

  /**
   * The format for a file {@code name} (or {@code -}) whose decompressed content starts with {@code
   * head}.
   */
  static Format sniff(String name, byte[] head) {
    Optional<Format> ext = byExtension(name);
    Optional<Format> content = byContent(head);
    if (content.isPresent() && content.get() == Format.WARC) {
      return Format.WARC;
    }
    if (ext.isPresent() && ext.get() != Format.TEXT) {
      return ext.get();
    }
    if (ext.isPresent()) {
      return content.filter(f -> f == Format.HTML || f == Format.FEED).orElse(Format.TEXT);
    }
    return content.orElse(Format.TEXT);
  }

  /** The name without a trailing {@code .gz}. */
  static String withoutGz(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz")
        ? name.substring(0, name.length() - 3)
        : name;
  }

  static Optional<Format> byExtension(String name) {
    String n = withoutGz(name).toLowerCase(Locale.ROOT);
    int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    n = n.substring(slash + 1);
    int dot = n.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return switch (n.substring(dot + 1)) {
      case "txt", "text", "md" -> Optional.of(Format.TEXT);
      case "html", "htm", "xhtml", "shtml" -> Optional.of(Format.HTML);
      case "jsonl", "json", "ndjson" -> Optional.of(Format.JSONL);
      case "warc" -> Optional.of(Format.WARC);
      case "rss", "atom", "xml", "rdf" -> Optional.of(Format.FEED);
      default -> Optional.empty();
    };
  }

  static Optional<Format> byContent(byte[] head) {
    Optional<Charsets.Bom> bom = Charsets.bom(head, head.length);
    int skip = bom.map(Charsets.Bom::length).orElse(0);
    String text =
        new String(
            head,
            skip,
            Math.min(head.length, 4096) - Math.min(skip, head.length),
            bom.map(Charsets.Bom::charset).orElse(StandardCharsets.ISO_8859_1));
    String s = text.stripLeading().toLowerCase(Locale.ROOT);
    if (s.startsWith("warc/")) {
      return Optional.of(Format.WARC);
    }
    if (s.startsWith("<!doctype html") || s.startsWith("<html")) {
      return Optional.of(Format.HTML);
    }
    if (s.startsWith("<")) {
      if (s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:rdf")) {
        return Optional.of(Format.FEED);
      }
      if (s.contains("<html") || s.contains("<body") || s.contains("<head")) {
        return Optional.of(Format.HTML);
      }
    }
    if (s.startsWith("{")) {
      return Optional.of(Format.JSONL);
    }
    return Optional.empty();
  }
}
