package io.corroborate.ingest;

import io.corroborate.model.FieldSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a plain-text article says about itself before its body: YAML-ish front matter between {@code
 * ---} lines ({@code title:}, {@code outlet:}, {@code url:}, {@code author:}/{@code authors:},
 * {@code published:}/{@code date:}, {@code updated:}, {@code language:}), then an optional {@code
 * date YYYY-MM-DD} line. The date line may run straight into the body on the same line, as in
 * {@code " date 2025-02-19 Two North Korean prisoners…"}.
 *
 * <pre>{@code TextHeader h = TextHeader.parse(text); h.body(); h.hints();}</pre>
 *
 * @param body the text after the header
 * @param hints what the header said, front matter first
 */
record TextHeader(String body, List<FieldSource> hints) {
  TextHeader {
    hints = List.copyOf(hints);
  }

  private static final Pattern DATE_LINE =
      Pattern.compile(
          "\\A[ \\t\\r\\n]*date:?[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?:[ \\t]*\\r?\\n|[ \\t]+|\\z)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FENCE = Pattern.compile("\\A---[ \\t]*\\r?\\n");
  private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*)");
  private static final Pattern ITEM = Pattern.compile("\\s*-\\s+(.*)");

  /** Front matter longer than this is not front matter but a document that starts with a rule. */
  private static final int MAX_FRONT_MATTER_LINES = 60;

  static TextHeader parse(String text) {
    String rest = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Hints hints = new Hints();
    Matcher fence = FENCE.matcher(rest);
    if (fence.find()) {
      int end = closingFence(rest, fence.end());
      if (end >= 0) {
        frontMatter(rest.substring(fence.end(), end), hints);
        int after = rest.indexOf('\n', end);
        rest = after < 0 ? "" : rest.substring(after + 1);
      }
    }
    Matcher m = DATE_LINE.matcher(rest);
    if (m.find()) {
      hints.date("published", m.group(1), "leading date line");
      rest = rest.substring(m.end());
    }
    return new TextHeader(rest, hints.list());
  }

  /** The offset of the closing {@code ---} line, or -1 when there is none close enough. */
  private static int closingFence(String text, int from) {
    int pos = from;
    for (int line = 0; line < MAX_FRONT_MATTER_LINES && pos <= text.length(); line++) {
      int nl = text.indexOf('\n', pos);
      String l = (nl < 0 ? text.substring(pos) : text.substring(pos, nl)).strip();
      if (l.equals("---") || l.equals("...")) {
        return pos;
      }
      if (nl < 0) {
        return -1;
      }
      pos = nl + 1;
    }
    return -1;
  }

  private static void frontMatter(String block, Hints hints) {
    String listKey = null;
    for (String raw : block.split("\\r?\\n")) {
      Matcher item = ITEM.matcher(raw);
      if (listKey != null && item.matches()) {
        field(listKey, unquote(item.group(1)), hints);
        continue;
      }
      Matcher kv = KEY.matcher(raw.strip());
      if (!kv.matches()) {
        listKey = null;
        continue;
      }
      String key = kv.group(1).toLowerCase(Locale.ROOT);
      String value = kv.group(2).strip();
      listKey = value.isEmpty() ? key : null;
      if (value.startsWith("[") && value.endsWith("]")) {
        for (String v : value.substring(1, value.length() - 1).split(",")) {
          field(key, unquote(v), hints);
        }
      } else if (!value.isEmpty()) {
        field(key, unquote(value), hints);
      }
    }
  }

  private static void field(String key, String value, Hints hints) {
    String src = "front matter " + key;
    switch (key) {
      case "title", "headline" -> hints.add("title", value, src);
      case "outlet", "source", "publisher", "site" -> hints.add("outlet", value, src);
      case "url", "link", "canonical" -> hints.add("url", value, src);
      case "author", "authors", "byline" -> {
        for (String a : authors(key, value)) {
          hints.add("author", a, src);
        }
      }
      case "published", "date", "date_publish", "pubdate" -> hints.date("published", value, src);
      case "updated", "modified", "date_modify" -> hints.date("updated", value, src);
      case "language", "lang" -> hints.add("language", value, src);
      default -> {
        // other keys are the writer's own business
      }
    }
  }

  /** {@code authors: A, B and C} lists several; a single {@code author:} is one name. */
  static List<String> authors(String key, String value) {
    List<String> out = new ArrayList<>();
    String[] parts =
        key.equals("authors") ? value.split("\\s*(?:,|;|\\band\\b)\\s*") : new String[] {value};
    for (String p : parts) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }

  private static String unquote(String v) {
    String s = v.strip();
    if (s.length() >= 2
        && (s.charAt(0) == '"' || s.charAt(0) == '\'')
        && s.charAt(s.length() - 1) == s.charAt(0)) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
