package io.corroborate.clean;

import io.corroborate.ingest.Ingest;
import io.corroborate.ingest.IngestOptions;
import io.corroborate.ingest.Input;
import io.corroborate.ingest.Sink;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the seed articles in {@code ../shared/corpus/seeds} the way ingest does (skips if absent).
 */
final class SeedPages {
  private SeedPages() {}

  /** The seed whose file name starts with {@code prefix} ("000"…"004"), as ingest reads it. */
  static RawDocument read(String prefix) {
    Path dir = Repo.sharedOrSkip("corpus/seeds");
    Path file;
    try (Stream<Path> s = Files.list(dir)) {
      file =
          s.filter(p -> p.getFileName().toString().startsWith(prefix))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no seed " + prefix + "* in " + dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<RawDocument> docs = new ArrayList<>();
    new Ingest(IngestOptions.defaults())
        .read(
            Input.of(file),
            new Sink() {
              @Override
              public void accept(RawDocument doc) {
                docs.add(doc);
              }

              @Override
              public void reject(Rejection rejection) {
                throw new IllegalStateException(rejection.describe());
              }
            });
    return docs.get(0);
  }
}
