package io.corroborate.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.corroborate.model.Format;
import io.corroborate.model.Ids;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON Lines in news-please's shape: one article object per line with {@code url, title, maintext,
 * date_publish, date_modify, date_download, authors, source_domain, language}. Lines stream one at
 * a time; each record's origin offset is its line's byte offset (in the uncompressed stream for
 * {@code .jsonl.gz}). A bad line is rejected with its offset and reading goes on. A {@code .json}
 * file holding one pretty-printed object (or an array of them), as news-please writes per article,
 * is read whole. A line repeating the line before it exactly is read once.
 *
 * <p>The content id hashes the {@code maintext} alone (UTF-8), not the line: re-crawls that only
 * change {@code date_download} or other bookkeeping fields, and the same text saved as a plain
 * {@code .txt} file without a header, get the same id and are stored once.
 *
 * <pre>{@code new JsonLinesReader(options, json).read(source, in, -1, sink);}</pre>
 */
final class JsonLinesReader implements FormatReader {
  static final String CHARSET_SOURCE = "JSON text is UTF-8 (RFC 8259)";

  private final IngestOptions options;
  private final ObjectMapper json;

  /**
   * The hash of the line read just before, so that a run of copies of one line is read once. Only
   * the last line is kept: remembering every line of a file would grow with the file (a 200 MB file
   * of short records would not fit a small heap).
   */
  private String previousLine = "";

  JsonLinesReader(IngestOptions options, ObjectMapper json) {
    this.options = options;
    this.json = json;
  }

  @Override
  public void read(Source source, InputStream raw, long knownSize, Sink sink) {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    try {
      in.mark(256);
      byte[] peek = in.readNBytes(256);
      in.reset();
      if (isPrettyPrinted(peek)) {
        readDocument(source, in, knownSize, sink);
        return;
      }
    } catch (IOException e) {
      sink.reject(source.readFailure(0, e));
      return;
    }
    previousLine = "";
    LineScanner lines = new LineScanner(in, options.maxRecordBytes());
    try {
      long records = 0;
      while (lines.next()) {
        if (records == options.maxRecordsPerContainer()) {
          sink.reject(
              source.reject(
                  lines.offset(),
                  Rejection.Kind.TOO_LARGE,
                  "limit: line "
                      + lines.number()
                      + " is past the limit of "
                      + options.maxRecordsPerContainer()
                      + " records in one file; the rest is not read"));
          return;
        }
        records++;
        line(source, lines, sink);
      }
    } catch (IOException e) {
      sink.reject(source.readFailure(lines.offset(), e));
    }
  }

  private void line(Source source, LineScanner lines, Sink sink) {
    long at = lines.offset();
    long n = lines.number();
    if (lines.tooLong()) {
      sink.reject(
          source.reject(
              at,
              Rejection.Kind.TOO_LARGE,
              "line "
                  + n
                  + " is "
                  + lines.length()
                  + " bytes, over the "
                  + options.maxRecordBytes()
                  + "-byte record limit"));
      return;
    }
    byte[] bytes = lines.bytes();
    int from = n == 1 && Charsets.bom(bytes, bytes.length).isPresent() ? 3 : 0;
    if (isBlank(bytes, from)) {
      return;
    }
    byte[] body = from == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, from, bytes.length);
    Charsets.Strict text = Charsets.utf8(body);
    if (!text.ok()) {
      sink.reject(
          source.reject(
              at,
              Rejection.Kind.ENCODING,
              "line "
                  + n
                  + " is not valid UTF-8 (bad byte at offset "
                  + (at + from + text.badAt())
                  + ")"));
      return;
    }
    // A line that repeats the line before it exactly is the same record: reading it once is what
    // storing it would come to (content ids are idempotent), without the cost of cleaning each of
    // a million copies.
    String hash = Ids.sha256(text.text());
    if (hash.equals(previousLine)) {
      return;
    }
    previousLine = hash;
    JsonNode node;
    try {
      node = json.readTree(text.text());
    } catch (JsonProcessingException e) {
      sink.reject(
          source.reject(
              at, Rejection.Kind.UNREADABLE, "line " + n + " is not valid JSON: " + problem(e)));
      return;
    }
    record(source, at, "line " + n, node, sink);
  }

  /** One article object, at {@code offset}. */
  private void record(Source source, long offset, String where, JsonNode node, Sink sink) {
    if (node == null || !node.isObject()) {
      sink.reject(
          source.reject(offset, Rejection.Kind.UNREADABLE, where + " is not a JSON object"));
      return;
    }
    String maintext = text(node, "maintext");
    if (maintext == null || maintext.isBlank()) {
      sink.reject(source.reject(offset, Rejection.Kind.NO_ARTICLE, where + " has no maintext"));
      return;
    }
    Hints h = new Hints();
    h.add("url", text(node, "url"), "jsonl url");
    h.add("title", text(node, "title"), "jsonl title");
    h.add("outlet", text(node, "source_domain"), "jsonl source_domain");
    JsonNode authors = node.get("authors");
    if (authors != null && authors.isArray()) {
      authors.forEach(a -> h.add("author", a.isTextual() ? a.asText() : null, "jsonl authors"));
    } else if (authors != null && authors.isTextual()) {
      h.add("author", authors.asText(), "jsonl authors");
    }
    h.date("published", text(node, "date_publish"), "jsonl date_publish");
    h.date("updated", text(node, "date_modify"), "jsonl date_modify");
    h.add("language", text(node, "language"), "jsonl language");
    h.date("fetched", text(node, "date_download"), "jsonl date_download");
    h.caller(options);
    sink.accept(
        new RawDocument(
            source.origin(offset, Format.JSONL),
            Ids.sha256(maintext),
            maintext,
            "UTF-8",
            CHARSET_SOURCE,
            h.list()));
  }

  /** A whole {@code .json} document: one object, or an array of objects. */
  private void readDocument(Source source, InputStream in, long knownSize, Sink sink) {
    Source.Whole whole = source.readWhole(in, knownSize, options);
    if (whole.rejection().isPresent()) {
      sink.reject(whole.rejection().get());
      return;
    }
    byte[] bytes = whole.bytes();
    Charsets.Strict text = Charsets.utf8(bytes);
    if (!text.ok()) {
      sink.reject(
          source.reject(
              0,
              Rejection.Kind.ENCODING,
              "not valid UTF-8 (bad byte at offset " + text.badAt() + ")"));
      return;
    }
    long at = 0;
    // values are read one by one from a parser that has more after them
    ObjectReader values = json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    try (JsonParser p = json.createParser(bytes)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_OBJECT) {
        record(
            source,
            p.currentTokenLocation().getByteOffset(),
            "the document",
            values.readTree(p),
            sink);
        return;
      }
      if (first != JsonToken.START_ARRAY) {
        sink.reject(
            source.reject(
                0,
                Rejection.Kind.UNREADABLE,
                "a JSON document that is neither an object nor an array of objects"));
        return;
      }
      int i = 0;
      for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
        at = Math.max(0, p.currentTokenLocation().getByteOffset());
        if (i == options.maxRecordsPerContainer()) {
          sink.reject(
              source.reject(
                  at,
                  Rejection.Kind.TOO_LARGE,
                  "limit: array element "
                      + (i + 1)
                      + " is past the limit of "
                      + options.maxRecordsPerContainer()
                      + " records in one file; the rest is not read"));
          return;
        }
        i++;
        record(source, at, "array element " + i, values.readTree(p), sink);
      }
    } catch (JsonProcessingException e) {
      long where = e.getLocation() == null ? at : Math.max(at, e.getLocation().getByteOffset());
      sink.reject(
          source.reject(
              Math.max(0, where), Rejection.Kind.UNREADABLE, "not valid JSON: " + problem(e)));
    } catch (IOException e) {
      sink.reject(source.readFailure(at, e));
    }
  }

  /** A document whose first line holds only <code>{</code> or that starts with {@code [}. */
  private static boolean isPrettyPrinted(byte[] peek) {
    int i = 0;
    if (Charsets.bom(peek, peek.length).isPresent()) {
      i = 3;
    }
    while (i < peek.length
        && (peek[i] == ' ' || peek[i] == '\t' || peek[i] == '\r' || peek[i] == '\n')) {
      i++;
    }
    if (i >= peek.length) {
      return false;
    }
    if (peek[i] == '[') {
      return true;
    }
    if (peek[i] != '{') {
      return false;
    }
    for (int j = i + 1; j < peek.length; j++) {
      if (peek[j] == '\n') {
        return true;
      }
      if (peek[j] != ' ' && peek[j] != '\t' && peek[j] != '\r') {
        return false;
      }
    }
    return false;
  }

  private static boolean isBlank(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
  }

  /**
   * What the JSON parser found, in words: a nesting past the limit is named as such, and the
   * parser's own names for its settings are left out.
   */
  private String problem(JsonProcessingException e) {
    String m = firstLine(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException && m.contains("nesting depth")) {
      return "nested deeper than " + options.maxNestingDepth() + " levels (--max-nesting)";
    }
    return LIBRARY_NAMES.matcher(m).replaceAll("");
  }

  /** The parser's mention of the setting behind a limit: "from `StreamReadConstraints...()`". */
  private static final java.util.regex.Pattern LIBRARY_NAMES =
      java.util.regex.Pattern.compile(",?\\s*from `[^`]*`");

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
