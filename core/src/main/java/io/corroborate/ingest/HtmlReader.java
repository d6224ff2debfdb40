package io.corroborate.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.model.Format;
import io.corroborate.model.Ids;
import io.corroborate.model.RawDocument;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * HTML pages saved as files: one file is one page. The charset comes from a byte order mark, the
 * HTTP {@code Content-Type} of a fetched page, the page's {@code <meta charset>} or {@code
 * http-equiv}, else detection; metadata from the fetch (address, time), a sidecar file and the
 * caller's outlet (what the page says about itself is the clean stage's business).
 *
 * <pre>{@code new HtmlReader(options, json).read(source, in, size, sink);}</pre>
 */
final class HtmlReader implements FormatReader {
  private final IngestOptions options;
  private final ObjectMapper json;

  HtmlReader(IngestOptions options, ObjectMapper json) {
    this.options = options;
    this.json = json;
  }

  @Override
  public void read(Source source, InputStream in, long knownSize, Sink sink) {
    Source.Whole whole = source.readWhole(in, knownSize, options);
    if (whole.rejection().isPresent()) {
      sink.reject(whole.rejection().get());
      return;
    }
    byte[] bytes = whole.bytes();
    List<Charsets.Declared> declared = new java.util.ArrayList<>(source.containerDeclared());
    Charsets.htmlDeclared(bytes).ifPresent(declared::add);
    Optional<Charsets.Decoded> decoded =
        TextReader.decodeText(source, bytes, declared, options, sink);
    if (decoded.isEmpty()) {
      return;
    }
    Hints hints =
        source
            .remoteHints(new Hints())
            .addAll(Sidecar.hintsFor(source, json, sink))
            .caller(options);
    String html = decoded.get().text();
    sink.accept(
        new RawDocument(
            source.origin(0, Format.HTML),
            Ids.sha256(bytes),
            html,
            decoded.get().charset(),
            decoded.get().source(),
            hints.list()));
  }
}
