package io.corroborate.ingest;

import io.corroborate.model.Format;
import io.corroborate.model.Ids;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
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
    int records = 0;
    int documents = 0;
    int rejected = 0;
    try (WarcReader reader = new WarcReader(in)) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException e) {
          sink.reject(failure(source, reader.position(), e));
          return;
        } catch (IngestException e) {
          throw e;
        } catch (RuntimeException e) {
          // jwarc lets some header errors out unchecked (a Content-Length that is not a number)
          sink.reject(
              source.reject(
                  reader.position(), Rejection.Kind.UNREADABLE, "malformed WARC record: " + e));
          return;
        }
        if (next.isEmpty()) {
          break;
        }
        records++;
        long at = reader.position();
        Outcome o;
        try {
          o = record(source, at, next.get(), sink);
        } catch (EOFException e) {
          sink.reject(failure(source, at, e));
          // the file ended inside this record: there is no next one
          return;
        } catch (IOException e) {
          // a bad HTTP message or content encoding inside a complete record: the next record
          // can still be found (if the stream itself is broken, next() says so)
          sink.reject(failure(source, at, e));
          o = Outcome.REJECTED;
        } catch (IngestException e) {
          throw e;
        } catch (RuntimeException e) {
          sink.reject(source.reject(at, Rejection.Kind.UNREADABLE, "malformed WARC record: " + e));
          o = Outcome.REJECTED;
        }
        if (o == Outcome.DOCUMENT) {
          documents++;
        } else if (o == Outcome.REJECTED) {
          rejected++;
        }
      }
    } catch (IOException e) {
      sink.reject(failure(source, 0, e));
      return;
    }
    if (documents == 0 && rejected == 0) {
      sink.reject(
          source.reject(
              0,
              Rejection.Kind.NO_ARTICLE,
              records == 0
                  ? "no WARC records"
                  : "no HTML response or resource records among " + records + " records"));
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
    return source.reject(at, Rejection.Kind.UNREADABLE, "read error in WARC record: " + e);
  }
}
