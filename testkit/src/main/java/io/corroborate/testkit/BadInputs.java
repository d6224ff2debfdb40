package io.corroborate.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * A corpus of hostile inputs, written on demand into a directory (a JUnit {@code @TempDir}), each
 * with the rejection the ingest stage must give it: kind, the path it names and the byte offset.
 * Tests of ingest, the CLI and the store share it. All text in it is made up here.
 *
 * <pre>{@code
 * for (BadInputs.Case c : BadInputs.writeAll(tempDir)) {
 *   run(c.argument());  // then expect a rejection of kind c.kind() naming c.rejectedPath() at c.offset()
 * }
 * }</pre>
 *
 * <p>Kinds are the names of {@code io.corroborate.model.Rejection.Kind} (the test kit cannot see
 * core's types).
 */
public final class BadInputs {
  private BadInputs() {}

  /**
   * One hostile input.
   *
   * @param name a short name for test display
   * @param path what to pass as the command-line argument (a file, or a directory to expand)
   * @param kind the expected rejection kind, e.g. {@code "TRUNCATED"}
   * @param rejectedPath the path the rejection names (for a loop: the link inside the directory)
   * @param offset the byte offset the rejection names
   * @param documents how many good documents the same input still yields
   * @param description what is wrong with it
   */
  public record Case(
      String name,
      Path path,
      String kind,
      Path rejectedPath,
      long offset,
      int documents,
      String description) {
    public Case {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(rejectedPath, "rejectedPath");
      Objects.requireNonNull(description, "description");
      if (offset < 0 || documents < 0) {
        throw new IllegalArgumentException("offset and documents must be >= 0");
      }
    }

    /** The command-line argument naming this input. */
    public String argument() {
      return path.toString();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A short made-up HTML page with enough paragraphs to be an article. */
  public static String page(String title, String sentence) {
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title></head><body><article>"
        + ("<p>" + sentence + "</p>").repeat(4)
        + "</article></body></html>";
  }

  /**
   * One WARC {@code response} record holding {@code html} (ASCII) as an HTTP 200 response. {@code
   * n} makes the record id unique.
   */
  public static byte[] warcResponse(int n, String uri, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String httpHead =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] http = concat(httpHead.getBytes(StandardCharsets.US_ASCII), body);
    String head =
        "WARC/1.0\r\n"
            + "WARC-Type: response\r\n"
            + "WARC-Target-URI: "
            + uri
            + "\r\n"
            + "WARC-Date: 2025-02-20T06:30:00Z\r\n"
            + String.format("WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", n)
            + "Content-Type: application/http;msgtype=response\r\n"
            + "Content-Length: "
            + http.length
            + "\r\n\r\n";
    return concat(
        head.getBytes(StandardCharsets.US_ASCII),
        http,
        "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** {@code bytes} as one gzip member. */
  public static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
      g.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bo.toByteArray();
  }

  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      bo.writeBytes(p);
    }
    return bo.toByteArray();
  }

  /**
   * Writes every case into {@code dir} and returns them. The unreadable-file case is included only
   * where file permissions stop this process from reading (not when running as root).
   */
  public static List<Case> writeAll(Path dir) {
    try {
      return write(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the bad-input corpus into " + dir, e);
    }
  }

  private static List<Case> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Case> cases = new ArrayList<>();
    String good1 =
        page(
            "Ferry service resumes",
            "The harbour ferry ran again on Tuesday after a week of storms.");
    String good2 =
        page("Bridge closed", "The old river bridge closed for repairs that will last two months.");
    byte[] rec1 = warcResponse(1, "https://harbour.example/ferry", good1);
    byte[] rec2 = warcResponse(2, "https://harbour.example/bridge", good2);

    cases.add(file(dir, "empty", "empty.txt", new byte[0], "EMPTY", 0, 0, "an empty file"));

    byte[] png =
        concat(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13},
            "IHDR".getBytes(StandardCharsets.US_ASCII),
            new byte[64]);
    cases.add(file(dir, "binary", "binary.txt", png, "BINARY", 0, 0, "an image named .txt"));

    byte[] nul =
        concat(
            "Looks like text at first".getBytes(StandardCharsets.US_ASCII),
            new byte[] {0, 1, 2, 3, 0},
            "then it is not".getBytes(StandardCharsets.US_ASCII));
    cases.add(
        file(
            dir,
            "nul-bytes",
            "nul-bytes.dat",
            nul,
            "BINARY",
            0,
            0,
            "NUL bytes in a file with no known extension"));

    byte[] text =
        "The council met on Monday and voted to rebuild the harbour wall before winter.\n"
            .repeat(200)
            .getBytes(StandardCharsets.UTF_8);
    byte[] gz = gzip(text);
    cases.add(
        file(
            dir,
            "truncated-gzip",
            "truncated.txt.gz",
            Arrays.copyOf(gz, gz.length / 2),
            "TRUNCATED",
            0,
            0,
            "a gzip file cut in half"));

    cases.add(
        file(
            dir,
            "truncated-warc",
            "truncated.warc",
            concat(rec1, Arrays.copyOf(rec2, 40)),
            "TRUNCATED",
            rec1.length,
            1,
            "a WARC file that ends inside the second record's header"));
    cases.add(
        file(
            dir,
            "record-cut-short",
            "cut-short.warc",
            concat(rec1, Arrays.copyOf(rec2, rec2.length - 30)),
            "TRUNCATED",
            rec1.length,
            1,
            "a WARC whose second record's Content-Length runs past the end of the file"));
    byte[] g1 = gzip(rec1);
    byte[] g2 = gzip(rec2);
    cases.add(
        file(
            dir,
            "truncated-warc-gz",
            "truncated.warc.gz",
            concat(g1, Arrays.copyOf(g2, g2.length - 25)),
            "TRUNCATED",
            g1.length,
            1,
            "a gzipped WARC whose second member is cut short"));

    byte[] undecodable = new byte[400];
    for (int i = 0; i < undecodable.length; i++) {
      undecodable[i] = (byte) (i % 4 == 0 ? 0x81 : i % 4 == 1 ? 0x8D : 'a' + i % 20);
    }
    cases.add(
        file(
            dir,
            "undecodable",
            "undecodable.txt",
            undecodable,
            "ENCODING",
            0,
            0,
            "bytes that are neither UTF-8 nor windows-1252"));
    String mangled =
        "The mayor said the \uFFFD\uFFFD\uFFFD works would start \uFFFD\uFFFD soon \uFFFD\uFFFD\uFFFD.\n"
            .repeat(10);
    cases.add(
        file(
            dir,
            "replacement-chars",
            "mangled.txt",
            mangled.getBytes(StandardCharsets.UTF_8),
            "ENCODING",
            0,
            0,
            "text already full of U+FFFD replacement characters"));

    String line1 =
        "{\"url\":\"https://harbour.example/a\",\"title\":\"Wall vote\",\"maintext\":\"The council voted on Monday to rebuild the harbour wall before winter.\"}\n";
    String line2 = "{\"url\": \"https://harbour.example/b\", \"maintext\": \"unterminated\n";
    String line3 =
        "{\"url\":\"https://harbour.example/c\",\"title\":\"Ferry\",\"maintext\":\"The ferry ran again on Tuesday after a week of storms.\"}\n";
    cases.add(
        file(
            dir,
            "malformed-json-line",
            "malformed.jsonl",
            (line1 + line2 + line3).getBytes(StandardCharsets.UTF_8),
            "UNREADABLE",
            line1.getBytes(StandardCharsets.UTF_8).length,
            2,
            "a JSON Lines file whose second line is not valid JSON"));

    String feed =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Ledger</title><item><title>Ferry";
    cases.add(
        file(
            dir,
            "broken-feed",
            "broken.rss",
            feed.getBytes(StandardCharsets.UTF_8),
            "UNREADABLE",
            feed.indexOf("<item>"),
            0,
            "an RSS feed that stops mid-item (the item is rejected at its offset)"));

    Path loop = dir.resolve("loop");
    Files.createDirectories(loop.resolve("a"));
    Files.writeString(
        loop.resolve("a").resolve("story.txt"),
        "The harbour wall will be rebuilt before winter, the council said on Monday.\n");
    Path back = loop.resolve("a").resolve("back");
    Files.createSymbolicLink(back, Path.of(".."));
    cases.add(
        new Case(
            "directory-loop",
            loop,
            "LOOP",
            back,
            0,
            1,
            "a directory with a symbolic link back to its parent"));

    Path missing = dir.resolve("missing.txt");
    cases.add(
        new Case("missing", missing, "UNREADABLE", missing, 0, 0, "a file that does not exist"));

    Path locked = dir.resolve("unreadable.txt");
    Files.writeString(locked, "The ferry timetable changes next week.\n");
    if (lockedOut(locked)) {
      cases.add(
          new Case(
              "unreadable",
              locked,
              "UNREADABLE",
              locked,
              0,
              0,
              "a file this process may not read"));
    } else {
      Files.delete(locked);
    }
    return List.copyOf(cases);
  }

  /**
   * A plain-text file of {@code size} bytes, written in a streaming way: with a record limit below
   * {@code size} it must be rejected as {@code TOO_LARGE} at offset 0.
   */
  public static Case oversizedText(Path dir, long size) {
    Path p = dir.resolve("oversized.txt");
    byte[] line =
        "The harbour wall will be rebuilt before winter, the council said.\n"
            .getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(p)) {
      long left = size;
      while (left > 0) {
        int n = (int) Math.min(left, line.length);
        out.write(line, 0, n);
        left -= n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Case("oversized", p, "TOO_LARGE", p, 0, 0, "a " + size + "-byte text file");
  }

  private static Case file(
      Path dir,
      String name,
      String file,
      byte[] bytes,
      String kind,
      long offset,
      int docs,
      String description)
      throws IOException {
    Path p = dir.resolve(file);
    Files.write(p, bytes);
    return new Case(name, p, kind, p, offset, docs, description);
  }

  /** Makes {@code p} unreadable; true when that actually stops this process from reading it. */
  private static boolean lockedOut(Path p) {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
    try (InputStream in = Files.newInputStream(p)) {
      in.read();
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  /** The case called {@code name}, if this platform could make it. */
  public static Optional<Case> find(List<Case> cases, String name) {
    return cases.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
