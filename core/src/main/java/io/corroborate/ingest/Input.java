package io.corroborate.ingest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One input to read: a file, standard input ({@code path} empty, name {@code -}), or a fetched
 * response whose body is kept in a file ({@code remote} says what the server said about it; the
 * name is the address as the user or a feed gave it).
 */
public record Input(String name, Optional<Path> path, Optional<Remote> remote) {
  public Input {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(remote, "remote");
  }

  public Input(String name, Optional<Path> path) {
    this(name, path, Optional.empty());
  }

  public static Input of(Path p) {
    return new Input(p.toString(), Optional.of(p));
  }

  public static Input stdin() {
    return new Input("-", Optional.empty());
  }

  /** A fetched response named {@code url}, its body in {@code body}. */
  public static Input fetched(String url, Path body, Remote remote) {
    return new Input(url, Optional.of(body), Optional.of(remote));
  }
}
