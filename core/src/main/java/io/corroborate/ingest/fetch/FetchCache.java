package io.corroborate.ingest.fetch;

import io.corroborate.model.Ids;
import io.corroborate.model.ModelJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Responses kept on disk, one pair of files per address: {@code KEY.body} (the bytes as served) and
 * {@code KEY.json} (what the server said: the address after redirects, content type, validators,
 * time). The JSON is written last and both by atomic rename, so a crash leaves either a whole entry
 * or none; an entry is never half-read. A {@code KEY.done} marker says the response has been read
 * into the store by a watch round, so later rounds pass over it.
 *
 * <pre>{@code FetchCache c = new FetchCache(Path.of("corroborate.db.fetch"));}</pre>
 */
public final class FetchCache {
  private final Path dir;

  /** What is kept about one response. */
  public record Entry(
      String url,
      String finalUrl,
      int status,
      Optional<String> contentType,
      Optional<String> etag,
      Optional<String> lastModified,
      Instant fetched) {
    public Entry {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(finalUrl, "finalUrl");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(etag, "etag");
      Objects.requireNonNull(lastModified, "lastModified");
      Objects.requireNonNull(fetched, "fetched");
    }
  }

  public FetchCache(Path dir) {
    this.dir = Objects.requireNonNull(dir, "dir");
  }

  public Path dir() {
    return dir;
  }

  /** The kept response for {@code url}, if there is a whole one. */
  public Optional<Entry> entry(String url) {
    Path meta = file(url, ".json");
    if (!Files.isRegularFile(meta) || !Files.isRegularFile(body(url))) {
      return Optional.empty();
    }
    try {
      return Optional.of(ModelJson.read(Files.readString(meta), Entry.class));
    } catch (IOException | RuntimeException e) {
      // A damaged entry is as good as none: the address is fetched again.
      return Optional.empty();
    }
  }

  /** Where the body of {@code url} is (or would be) kept. */
  public Path body(String url) {
    return file(url, ".body");
  }

  /** Keeps a response, replacing what was kept for the address. */
  public void put(Entry entry, byte[] body) {
    try {
      Files.createDirectories(dir);
      write(body(entry.url()), body);
      write(
          file(entry.url(), ".json"),
          ModelJson.write(entry).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      Files.deleteIfExists(file(entry.url(), ".done"));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the fetch cache " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Whether a watch round has already read the kept response of {@code url} into the store. */
  public boolean done(String url) {
    return Files.isRegularFile(file(url, ".done")) && entry(url).isPresent();
  }

  public void markDone(String url) {
    try {
      Files.createDirectories(dir);
      Files.write(file(url, ".done"), new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the fetch cache " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Removes the folder and everything in it (for a temporary cache). */
  void deleteAll() {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }

  private Path file(String url, String suffix) {
    String key = Ids.sha256(url);
    return dir.resolve(key.substring(0, 2)).resolve(key + suffix);
  }

  private static void write(Path target, byte[] bytes) throws IOException {
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), ".part", ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
