package io.corroborate.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.model.Format;
import io.corroborate.model.Ids;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Plain-text articles: one file is one article. Metadata comes from a sidecar file, then front
 * matter and a leading {@code date YYYY-MM-DD} line (see {@link TextHeader}), then the caller's
 * outlet. The content is the text after the header; the content id hashes the file's bytes.
 *
 * <pre>{@code new TextReader(options, json).read(source, in, size, sink);}</pre>
 */
final class TextReader implements FormatReader {
  private final IngestOptions options;
  private final ObjectMapper json;

  TextReader(IngestOptions options, ObjectMapper json) {
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
    Optional<Charsets.Decoded> decoded =
        decodeText(source, bytes, source.containerDeclared(), options, sink);
    if (decoded.isEmpty()) {
      return;
    }
    TextHeader header = TextHeader.parse(decoded.get().text());
    if (header.body().isBlank()) {
      sink.reject(source.reject(0, Rejection.Kind.EMPTY, "no text after the header"));
      return;
    }
    Hints hints =
        source
            .remoteHints(new Hints())
            .addAll(Sidecar.hintsFor(source, json, sink))
            .addAll(header.hints())
            .caller(options);
    sink.accept(
        new RawDocument(
            source.origin(0, Format.TEXT),
            Ids.sha256(bytes),
            header.body(),
            decoded.get().charset(),
            decoded.get().source(),
            hints.list()));
  }

  /**
   * The text of a whole-file record, or empty after rejecting it as empty, binary or undecodable.
   * Shared by the readers of whole files.
   */
  static Optional<Charsets.Decoded> decodeText(
      Source source,
      byte[] bytes,
      List<Charsets.Declared> declared,
      IngestOptions options,
      Sink sink) {
    if (bytes.length == 0) {
      sink.reject(
          source.reject(
              0,
              Rejection.Kind.EMPTY,
              source.gzipped() ? "empty after decompression" : "empty file"));
      return Optional.empty();
    }
    Optional<String> binary = Charsets.binaryReason(bytes, bytes.length, options.maxControlRatio());
    if (binary.isPresent()) {
      sink.reject(source.reject(0, Rejection.Kind.BINARY, binary.get()));
      return Optional.empty();
    }
    Charsets.Result r = Charsets.decode(bytes, 0, declared, options);
    if (r instanceof Charsets.Failed f) {
      sink.reject(source.reject(0, f.kind(), f.reason()));
      return Optional.empty();
    }
    Charsets.Decoded d = (Charsets.Decoded) r;
    if (d.text().isBlank()) {
      sink.reject(source.reject(0, Rejection.Kind.EMPTY, "only whitespace"));
      return Optional.empty();
    }
    return Optional.of(d);
  }
}
