package io.corroborate.ingest;

import io.corroborate.internal.Failures;
import io.corroborate.model.Format;
import io.corroborate.model.Ids;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC files, plain or gzipped per record (Common Crawl, CC-NEWS), read with jwarc one record at a
 * time. Documents come from HTTP {@code response} records with a 2xx status and an HTML payload,
 * and from {@code resource} records of type {@code text/html}; request, metadata, warcinfo and
 * revisit records, and non-HTML or non-2xx responses, are not articles and are passed over. Each
 * document's origin offset is its record's offset (the compressed offset in a {@code .warc.gz}, as
 * CDX indexes give it). Hints: {@code url} from {@code WARC-Target-URI}; {@code fetched} from
 * {@code WARC-Date}, which is the capture time, not the publication date. The content id hashes the
 * HTTP payload after transfer and content decoding.
 *
 * <pre>{@code new WarcArchiveReader(options).read(source, in, -1, sink);}</pre>
 */
final class WarcArchiveReader implements FormatReader {
  private final IngestOptions options;

  WarcArchiveReader(IngestOptions options) {
    this.options = options;
  }

  @Override
  public void read(Source source, InputStream in, long knownSize, Sink sink) {
    Counts counts = new Counts();
    Optional<Reopenable> seekable = source.seekable();
    if (seekable.isPresent()) {
      readFile(source, seekable.get(), counts, sink);
    } else {
      // A stream cannot be searched for the next record: reading stops at a broken one.
      try (WarcReader reader = new WarcReader(in)) {
        reader.setLenient(true);
        Stop stop = records(source, reader, counts, sink);
        if (!stop.atEnd()) {
          counts.rejected++;
          sink.reject(stop.why().orElseThrow());
        }
      } catch (IOException e) {
        sink.reject(failure(source, 0, e));
        return;
      }
    }
    if (counts.documents == 0 && counts.rejected == 0) {
      sink.reject(
          source.reject(
              0,
              Rejection.Kind.NO_ARTICLE,
              counts.records == 0
                  ? "no WARC records"
                  : "no HTML response or resource records among " + counts.records + " records"));
    }
  }

  /** What reading has seen so far, across the restarts after broken records. */
  private static final class Counts {
    long records;
    long documents;
    long rejected;
  }

  /**
   * Where a reader stopped: at the end, or at {@code failedAt} (where it looked for a record and
   * could not read one) after reading {@code read} records.
   */
  private record Stop(
      boolean atEnd, long failedAt, long lastStart, long read, Optional<Rejection> why) {
    static Stop end() {
      return new Stop(true, -1, -1, 0, Optional.empty());
    }
  }

  /**
   * A WARC file, record by record. A record that cannot be read (a malformed or missing
   * Content-Length, garbage between records, a record cut short) is rejected with its offset, and
   * reading resumes at the next record start found after it ({@code WARC/1.} at a line start, or
   * the next gzip member in a {@code .warc.gz}), so one bad record costs only itself.
   */
  private void readFile(Source source, Reopenable path, Counts counts, Sink out) {
    // jwarc's position inside a damaged record can run past the end of the file; no rejection may
    // name an offset the file does not have, so every one is held to the file's size.
    long size = sizeOf(path);
    Sink sink =
        new Sink() {
          @Override
          public void accept(RawDocument doc) {
            out.accept(doc);
          }

          @Override
          public void reject(Rejection r) {
            out.reject(
                r.offset() <= size
                    ? r
                    : new Rejection(r.file(), Math.max(0, size), r.kind(), r.reason()));
          }
        };
    long from = 0;
    boolean quiet = false;
    while (from >= 0) {
      Stop stop;
      try (SeekableByteChannel ch = path.open()) {
        ch.position(from);
        WarcReader reader = new WarcReader(ch);
        reader.setLenient(true);
        stop = records(source, reader, counts, sink);
      } catch (IOException e) {
        stop = new Stop(false, from, from, 0, Optional.of(failure(source, from, e)));
      }
      if (stop.atEnd()) {
        return;
      }
      // jwarc's position after a failure can lie past the end of the file (seen on a header line
      // followed by nothing but blank lines): then the failure is placed at the last record start.
      long failedAt = stop.failedAt() <= size ? stop.failedAt() : Math.max(from, stop.lastStart());
      long resume = nextStart(path, Math.max(from, failedAt) + 1, source);
      // A try that read nothing started at a false start (gzip magic bytes inside compressed
      // data, "WARC/1." inside a payload): the rejection before it already names the trouble.
      if (stop.read() > 0 || from == 0) {
        quiet = false;
      }
      if (!quiet) {
        Rejection r = stop.why().orElseThrow();
        counts.rejected++;
        sink.reject(
            source.reject(
                failedAt,
                r.kind(),
                r.reason()
                    + (resume < 0
                        ? ""
                        : "; reading resumes at the next record start, offset " + resume)));
        quiet = true;
      }
      from = resume;
    }
  }

  /** Reads records until the end or the first unreadable one. */
  private Stop records(Source source, WarcReader reader, Counts counts, Sink sink) {
    long read = 0;
    long lastStart = reader.position();
    while (true) {
      if (counts.records >= options.maxRecordsPerContainer()) {
        sink.reject(
            source.reject(
                reader.position(),
                Rejection.Kind.TOO_LARGE,
                "limit: more than "
                    + options.maxRecordsPerContainer()
                    + " records in one file; the rest is not read"));
        return Stop.end();
      }
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException e) {
        long at = reader.position();
        return new Stop(false, at, lastStart, read, Optional.of(failure(source, at, e)));
      } catch (IngestException e) {
        throw e;
      } catch (RuntimeException e) {
        // jwarc lets some header errors out unchecked (a Content-Length that is not a number)
        long at = reader.position();
        return new Stop(
            false,
            at,
            lastStart,
            read,
            Optional.of(
                source.reject(
                    at,
                    Rejection.Kind.UNREADABLE,
                    "malformed WARC record: " + Failures.describe(e))));
      }
      if (next.isEmpty()) {
        return Stop.end();
      }
      counts.records++;
      read++;
      long at = reader.position();
      lastStart = at;
      Outcome o;
      try {
        o = record(source, at, next.get(), sink);
      } catch (EOFException e) {
        // the file ends inside this record, or its Content-Length runs past what follows it
        return new Stop(false, at, lastStart, read, Optional.of(failure(source, at, e)));
      } catch (IOException e) {
        // a bad HTTP message or content encoding inside a complete record: the next record
        // can still be found (if the stream itself is broken, next() says so)
        sink.reject(failure(source, at, e));
        o = Outcome.REJECTED;
      } catch (IngestException e) {
        throw e;
      } catch (RuntimeException e) {
        sink.reject(
            source.reject(
                at, Rejection.Kind.UNREADABLE, "malformed WARC record: " + Failures.describe(e)));
        o = Outcome.REJECTED;
      }
      if (o == Outcome.DOCUMENT) {
        counts.documents++;
      } else if (o == Outcome.REJECTED) {
        counts.rejected++;
      }
    }
  }

  private static long sizeOf(Reopenable path) {
    try (SeekableByteChannel ch = path.open()) {
      return ch.size();
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  /** The offset of the first record start at or after {@code from}, or -1 when there is none. */
  private static long nextStart(Reopenable path, long from, Source source) {
    byte[] start =
        source.gzipped()
            ? new byte[] {(byte) 0x1f, (byte) 0x8b, 8}
            : "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    boolean needLineStart = !source.gzipped();
    try (SeekableByteChannel ch = path.open()) {
      // One byte before the search start tells whether it is at a line start.
      ch.position(Math.max(0, from - 1));
      InputStream in = new BufferedInputStream(Channels.newInputStream(ch), 1 << 16);
      int prev = from == 0 ? '\n' : in.read();
      long pos = from;
      int matched = 0;
      int b;
      while ((b = in.read()) >= 0) {
        boolean lineOk = !needLineStart || prev == '\n';
        if (matched > 0 && (byte) b == start[matched]) {
          matched++;
        } else {
          matched = (byte) b == start[0] && lineOk ? 1 : 0;
        }
        if (matched == start.length) {
          return pos - start.length + 1;
        }
        prev = b;
        pos++;
      }
      return -1;
    } catch (IOException e) {
      return -1;
    }
  }

  private enum Outcome {
    DOCUMENT,
    REJECTED,
    SKIPPED
  }

  private Outcome record(Source source, long at, WarcRecord rec, Sink sink) throws IOException {
    if (!(rec instanceof WarcResponse) && !(rec instanceof WarcResource)) {
      return Outcome.SKIPPED;
    }
    long size = rec.body().size();
    if (size > options.maxRecordBytes()) {
      // Not read: jwarc skips the block when the next record is asked for.
      sink.reject(
          source.reject(
              at,
              Rejection.Kind.TOO_LARGE,
              rec.type()
                  + " record is "
                  + size
                  + " bytes, over the "
                  + options.maxRecordBytes()
                  + "-byte record limit"));
      return Outcome.REJECTED;
    }
    MediaType type;
    InputStream payload;
    String charsetSource;
    if (rec instanceof WarcResponse resp) {
      if (!resp.contentType().base().equals(MediaType.HTTP_RESPONSE.base())
          && !resp.contentType().base().equals(MediaType.HTTP.base())) {
        return Outcome.SKIPPED;
      }
      HttpResponse http = resp.http();
      if (http.status() < 200 || http.status() > 299) {
        return Outcome.SKIPPED;
      }
      type = MediaType.parseLeniently(http.headers().first("Content-Type").orElse(""));
      payload = http.bodyDecoded().stream();
      charsetSource = "http Content-Type charset";
    } else {
      type = MediaType.parseLeniently(rec.headers().first("Content-Type").orElse(""));
      payload = rec.body().stream();
      charsetSource = "warc Content-Type charset";
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    boolean declaredHtml = base.equals("text/html") || base.equals("application/xhtml+xml");
    boolean unknownType =
        base.isEmpty() || base.equals("application/octet-stream") || !type.isValid();
    if (!declaredHtml && !unknownType) {
      return Outcome.SKIPPED;
    }
    byte[] bytes =
        payload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxRecordBytes() + 1));
    if (bytes.length > options.maxRecordBytes()) {
      sink.reject(
          source.reject(
              at,
              Rejection.Kind.TOO_LARGE,
              "decoded payload is over the " + options.maxRecordBytes() + "-byte record limit"));
      return Outcome.REJECTED;
    }
    if (!declaredHtml && Sniffer.byContent(bytes).filter(f -> f == Format.HTML).isEmpty()) {
      return Outcome.SKIPPED;
    }
    String target = rec instanceof WarcResponse r ? r.target() : ((WarcResource) rec).target();
    if (bytes.length == 0 || isBlank(bytes)) {
      sink.reject(source.reject(at, Rejection.Kind.EMPTY, "empty HTML payload for " + target));
      return Outcome.REJECTED;
    }
    Optional<String> binary = Charsets.binaryReason(bytes, bytes.length, options.maxControlRatio());
    if (binary.isPresent()) {
      sink.reject(
          source.reject(
              at, Rejection.Kind.BINARY, "payload for " + target + " is " + binary.get()));
      return Outcome.REJECTED;
    }
    List<Charsets.Declared> declared = new ArrayList<>();
    String cs = type.parameters().get("charset");
    if (cs != null && !cs.isBlank()) {
      declared.add(new Charsets.Declared(cs, charsetSource));
    }
    Charsets.htmlDeclared(bytes).ifPresent(declared::add);
    Charsets.Result r = Charsets.decode(bytes, 0, declared, options);
    if (r instanceof Charsets.Failed f) {
      sink.reject(source.reject(at, f.kind(), "payload for " + target + ": " + f.reason()));
      return Outcome.REJECTED;
    }
    Charsets.Decoded d = (Charsets.Decoded) r;
    Hints h = new Hints();
    h.add("url", target, "warc WARC-Target-URI");
    h.date("fetched", rec.headers().first("WARC-Date").orElse(null), "warc WARC-Date");
    h.caller(options);
    sink.accept(
        new RawDocument(
            source.origin(at, Format.WARC),
            Ids.sha256(bytes),
            d.text(),
            d.charset(),
            d.source(),
            h.list()));
    return Outcome.DOCUMENT;
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\r' && x != '\n') {
        return false;
      }
    }
    return true;
  }

  private static String ioDetail(IOException e) {
    return e.getMessage() == null ? "I/O failure" : e.getMessage();
  }

  private static Rejection failure(Source source, long at, IOException e) {
    if (e instanceof ParsingException) {
      return source.reject(
          at, Rejection.Kind.UNREADABLE, "malformed WARC record: " + e.getMessage());
    }
    if (e instanceof EOFException) {
      return source.reject(
          at,
          Rejection.Kind.TRUNCATED,
          "WARC record cut short: the file ends before the record does"
              + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
    }
    if (e instanceof ZipException) {
      return source.reject(
          at, Rejection.Kind.UNREADABLE, "corrupt gzip data in WARC record: " + e.getMessage());
    }
    return source.reject(
        at, Rejection.Kind.UNREADABLE, "read error in WARC record: " + ioDetail(e));
  }
}
