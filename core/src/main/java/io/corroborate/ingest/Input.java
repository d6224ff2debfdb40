package io.corroborate.ingest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** One input to read: a file, or standard input ({@code path} empty, name {@code -}). */
public record Input(String name, Optional<Path> path) {
  public Input {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
  }

  public static Input of(Path p) {
    return new Input(p.toString(), Optional.of(p));
  }

  public static Input stdin() {
    return new Input("-", Optional.empty());
  }
}
