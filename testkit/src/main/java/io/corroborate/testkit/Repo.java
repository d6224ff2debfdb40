package io.corroborate.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Paths tests need: the repository root (for {@code examples/}) and {@code ../shared} beside it.
 * Tests that need {@code ../shared} call {@link #sharedOrSkip(String)}, which skips the test with a
 * message naming what is missing instead of failing when the data is absent.
 */
public final class Repo {
  private Repo() {}

  /**
   * The repository root: the {@code corroborate.repo} property Maven sets, else the nearest parent
   * with mvnw.
   */
  public static Path root() {
    String prop = System.getProperty("corroborate.repo");
    if (prop != null && Files.exists(Path.of(prop, "mvnw"))) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("mvnw"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException(
          "cannot find the repository root (no mvnw above " + Path.of("").toAbsolutePath() + ")");
    }
    return p;
  }

  public static Path examples() {
    return root().resolve("examples");
  }

  /**
   * The article files of one example story, sorted by name: every file of its folder but the
   * sidecars ({@code .meta.json}, read beside their article) and its README.
   */
  public static java.util.List<String> exampleArticles(String story) {
    try (java.util.stream.Stream<Path> files = Files.list(examples().resolve(story))) {
      return files
          .filter(p -> !p.getFileName().toString().endsWith(".meta.json"))
          .filter(p -> !p.getFileName().toString().equals("README.md"))
          .map(Path::toString)
          .sorted()
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot list the example " + story, e);
    }
  }

  /** {@code ../shared} beside the repository (may not exist). */
  public static Path shared() {
    return root().resolveSibling("shared");
  }

  /**
   * {@code ../shared/<relative>}, or skips the calling test with a clear message when it is absent.
   */
  public static Path sharedOrSkip(String relative) {
    Path p = shared().resolve(relative);
    assumeTrue(
        Files.exists(p),
        "skipped: "
            + p
            + " is absent (the shared benchmark and seed data live in ../shared beside the repository)");
    return p;
  }
}
