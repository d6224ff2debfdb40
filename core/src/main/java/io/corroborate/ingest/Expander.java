package io.corroborate.ingest;

import io.corroborate.model.Rejection;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Turns command-line arguments into inputs: {@code -} is standard input; a file is itself; a
 * directory is every file under it, depth first in name order, following symbolic links; an
 * http(s) address goes to the {@link UrlResolver} when there is one; an
 * argument with {@code * ? [ {} that names no file is a glob ({@code examples/*.html}, {@code
 * **}{@code /*.txt}, which also matches at the top level) relative to the working directory.
 * Walks pass over hidden entries (names starting with a dot) and the {@code .meta.json} sidecars
 * of files beside them. A symbolic link leading back to a directory being walked is a {@code
 * LOOP} rejection and the walk goes on; so are unlistable directories and broken links.
 *
 * <pre>{@code Expansion e = new Expander(Path.of("")).expand(List.of("corpus/", "extra/*.html"));}</pre>
 */
final class Expander {
  private final Path cwd;
  private final Optional<UrlResolver> urls;

  Expander(Path cwd) {
    this(cwd, Optional.empty());
  }

  Expander(Path cwd, Optional<UrlResolver> urls) {
    this.cwd = cwd;
    this.urls = urls;
  }

  /** Expands {@code args}, handing each rejection to {@code onReject} as soon as it is found. */
  Expansion expand(List<String> args, Consumer<Rejection> onReject) {
    List<Input> inputs = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    Consumer<Rejection> reject =
        r -> {
          onReject.accept(r);
          rejections.add(r);
        };
    for (String a : args) {
      if (a.equals("-")) {
        inputs.add(Input.stdin());
        continue;
      }
      if (UrlResolver.isUrl(a)) {
        if (urls.isPresent()) {
          urls.get().resolve(a.strip(), inputs::add, reject);
        } else {
          reject.accept(
              new Rejection(
                  a,
                  0,
                  Rejection.Kind.UNSUPPORTED,
                  "an address, but fetching is not enabled here"));
        }
        continue;
      }
      Path written;
      try {
        written = Path.of(a);
      } catch (RuntimeException e) {
        reject.accept(
            new Rejection(a, 0, Rejection.Kind.UNREADABLE, "not a valid path: " + e.getMessage()));
        continue;
      }
      Path actual = cwd.resolve(written);
      if (Files.isDirectory(actual)) {
        walk(
            actual, written, new ArrayDeque<>(), Integer.MAX_VALUE, f -> true, inputs::add, reject);
      } else if (Files.isRegularFile(actual)) {
        inputs.add(new Input(a, Optional.of(actual)));
      } else if (Files.exists(actual, LinkOption.NOFOLLOW_LINKS) && !Files.exists(actual)) {
        reject.accept(new Rejection(a, 0, Rejection.Kind.UNREADABLE, "broken symbolic link"));
      } else if (Files.exists(actual)) {
        reject.accept(
            new Rejection(a, 0, Rejection.Kind.UNSUPPORTED, "not a regular file or directory"));
      } else if (isGlob(a)) {
        glob(a, inputs::add, reject);
      } else {
        reject.accept(new Rejection(a, 0, Rejection.Kind.UNREADABLE, "no such file or directory"));
      }
    }
    return new Expansion(inputs, rejections);
  }

  static boolean isGlob(String arg) {
    return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private void glob(String pattern, Consumer<Input> out, Consumer<Rejection> reject) {
    String p = pattern.replace('\\', '/');
    String[] parts = p.split("/", -1);
    int fixed = 0;
    while (fixed < parts.length - 1 && !isGlob(parts[fixed])) {
      fixed++;
    }
    String baseText = String.join("/", java.util.Arrays.copyOfRange(parts, 0, fixed));
    if (p.startsWith("/") && baseText.isEmpty()) {
      baseText = "/";
    }
    Path baseWritten = Path.of(baseText);
    boolean deep = p.contains("**");
    int depth = deep ? Integer.MAX_VALUE : parts.length - fixed;
    PathMatcher m;
    PathMatcher top;
    try {
      m = FileSystems.getDefault().getPathMatcher("glob:" + p);
      // "**/*.txt" should also match "a.txt" at the top, as shells with globstar do
      String rest =
          baseText.isEmpty() ? p : p.substring(Math.min(p.length(), baseText.length() + 1));
      top =
          rest.startsWith("**/")
              ? FileSystems.getDefault()
                  .getPathMatcher(
                      "glob:" + (baseText.isEmpty() ? "" : baseText + "/") + rest.substring(3))
              : m;
    } catch (RuntimeException e) {
      reject.accept(
          new Rejection(
              pattern, 0, Rejection.Kind.UNREADABLE, "bad glob pattern: " + e.getMessage()));
      return;
    }
    Path base = cwd.resolve(baseWritten);
    if (!Files.isDirectory(base)) {
      reject.accept(
          new Rejection(
              pattern,
              0,
              Rejection.Kind.UNREADABLE,
              "no file matches (no directory " + baseWritten + ")"));
      return;
    }
    List<Input> found = new ArrayList<>();
    walk(
        base,
        baseWritten,
        new ArrayDeque<>(),
        depth,
        w -> m.matches(w) || top.matches(w),
        found::add,
        reject);
    if (found.isEmpty()) {
      reject.accept(new Rejection(pattern, 0, Rejection.Kind.UNREADABLE, "no file matches"));
    }
    found.forEach(out);
  }

  /**
   * Depth-first walk in name order. {@code ancestors} holds the file keys of the directories being
   * walked: meeting one again is a loop.
   */
  private void walk(
      Path dir,
      Path written,
      Deque<Object> ancestors,
      int depth,
      Predicate<Path> keep,
      Consumer<Input> out,
      Consumer<Rejection> reject) {
    Object key;
    try {
      key = key(dir);
    } catch (IOException e) {
      reject.accept(
          new Rejection(
              written.toString(),
              0,
              Rejection.Kind.UNREADABLE,
              "cannot read directory: " + e.getMessage()));
      return;
    }
    if (ancestors.contains(key)) {
      reject.accept(
          new Rejection(
              written.toString(),
              0,
              Rejection.Kind.LOOP,
              "directory loop: this link leads back to a directory already being read; not followed"));
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      ds.forEach(entries::add);
    } catch (AccessDeniedException e) {
      reject.accept(
          new Rejection(
              written.toString(),
              0,
              Rejection.Kind.UNREADABLE,
              "cannot list directory: permission denied"));
      return;
    } catch (IOException | RuntimeException e) {
      reject.accept(
          new Rejection(
              written.toString(),
              0,
              Rejection.Kind.UNREADABLE,
              "cannot list directory: " + e.getMessage()));
      return;
    }
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    Set<String> names = new HashSet<>();
    entries.forEach(e -> names.add(e.getFileName().toString()));
    ancestors.push(key);
    for (Path e : entries) {
      String name = e.getFileName().toString();
      Path w = written.toString().isEmpty() ? Path.of(name) : written.resolve(name);
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(e)) {
        if (depth > 1) {
          walk(e, w, ancestors, depth - 1, keep, out, reject);
        }
      } else if (Files.isRegularFile(e)) {
        if (!Sidecar.isSidecarAmong(name, names) && keep.test(w)) {
          out.accept(new Input(w.toString(), Optional.of(e)));
        }
      } else if (!Files.exists(e) && keep.test(w)) {
        reject.accept(
            new Rejection(w.toString(), 0, Rejection.Kind.UNREADABLE, "broken symbolic link"));
      }
    }
    ancestors.pop();
  }

  private static Object key(Path dir) throws IOException {
    Object k = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
    return k != null ? k : dir.toRealPath();
  }
}
