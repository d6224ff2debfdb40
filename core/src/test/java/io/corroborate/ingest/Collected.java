package io.corroborate.ingest;

import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything, with helpers to read files and strings through {@link Ingest}. */
final class Collected implements Sink {
  final List<RawDocument> docs = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();

  @Override
  public void accept(RawDocument doc) {
    docs.add(doc);
  }

  @Override
  public void reject(Rejection rejection) {
    rejections.add(rejection);
  }

  RawDocument only() {
    if (docs.size() != 1 || !rejections.isEmpty()) {
      throw new AssertionError(
          "expected one document and no rejection, got "
              + docs.size()
              + " documents and "
              + rejections);
    }
    return docs.get(0);
  }

  Rejection onlyRejection() {
    if (rejections.size() != 1) {
      throw new AssertionError(
          "expected one rejection, got " + rejections + " and " + docs.size() + " documents");
    }
    return rejections.get(0);
  }

  /** The one document read, or an error naming everything that came instead. */
  RawDocument onlyDoc() {
    if (docs.size() != 1) {
      throw new AssertionError(
          "expected one document, got " + docs.size() + " and rejections " + rejections);
    }
    return docs.get(0);
  }

  /** Expands {@code args} with {@code ingest} and reads every input. */
  static Collected run(Ingest ingest, String... args) {
    Collected c = new Collected();
    Expansion e = ingest.expand(List.of(args));
    e.rejections().forEach(c::reject);
    e.inputs().forEach(i -> ingest.read(i, c));
    return c;
  }

  static Collected file(Path p) {
    return file(new Ingest(IngestOptions.defaults()), p);
  }

  static Collected file(Ingest ingest, Path p) {
    Collected c = new Collected();
    ingest.read(Input.of(p), c);
    return c;
  }

  static Collected stream(Ingest ingest, byte[] bytes) {
    Collected c = new Collected();
    ingest.read("-", new ByteArrayInputStream(bytes), c);
    return c;
  }

  static Path write(Path dir, String name, byte[] bytes) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
