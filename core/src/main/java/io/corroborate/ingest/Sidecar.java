package io.corroborate.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.model.FieldSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Metadata kept beside an article file in {@code <name>.meta.json} or {@code <name>.txt.meta.json}
 * (for {@code x.txt}: {@code x.txt.meta.json}, then {@code x.meta.json}): a JSON object with {@code
 * title, outlet, url, authors/author, published, updated, language} (news-please names work too).
 * Sidecars are not articles: directory expansion skips them.
 *
 * <pre>{@code Optional<Path> p = Sidecar.find(Path.of("a/x.txt"));}</pre>
 */
final class Sidecar {
  private Sidecar() {}

  static final String SUFFIX = ".meta.json";

  /** A sidecar is metadata; anything bigger is not one. */
  private static final long MAX_BYTES = 1L << 20;

  /** The sidecar of {@code article}, if one exists. */
  static Optional<Path> find(Path article) {
    Path name = article.getFileName();
    if (name == null || name.toString().endsWith(SUFFIX)) {
      return Optional.empty();
    }
    String file = name.toString();
    int dot = file.lastIndexOf('.');
    Path exact = article.resolveSibling(file + SUFFIX);
    if (Files.isRegularFile(exact)) {
      return Optional.of(exact);
    }
    if (dot > 0) {
      Path stem = article.resolveSibling(file.substring(0, dot) + SUFFIX);
      if (Files.isRegularFile(stem)) {
        return Optional.of(stem);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code name} in a directory holding {@code siblings} is the sidecar of one of them. */
  static boolean isSidecarAmong(String name, java.util.Set<String> siblings) {
    if (!name.endsWith(SUFFIX)) {
      return false;
    }
    String base = name.substring(0, name.length() - SUFFIX.length());
    if (siblings.contains(base)) {
      return true;
    }
    for (String s : siblings) {
      if (s.startsWith(base + ".") && !s.endsWith(SUFFIX)) {
        return true;
      }
    }
    return false;
  }

  /** The sidecar's hints, or the reason it could not be read. */
  static Result read(Path sidecar, ObjectMapper json) {
    String src = "sidecar " + sidecar.getFileName();
    try {
      if (Files.size(sidecar) > MAX_BYTES) {
        return new Result(
            List.of(),
            Optional.of("sidecar " + sidecar + " is over " + MAX_BYTES + " bytes; ignored"));
      }
      JsonNode n = json.readTree(Files.readAllBytes(sidecar));
      if (n == null || !n.isObject()) {
        return new Result(
            List.of(), Optional.of("sidecar " + sidecar + " is not a JSON object; ignored"));
      }
      Hints h = new Hints();
      h.add("url", text(n, "url"), src);
      h.add("title", text(n, "title"), src);
      for (String f : List.of("outlet", "source_domain", "publisher", "source")) {
        h.add("outlet", text(n, f), src + " " + f);
      }
      for (String f : List.of("authors", "author")) {
        JsonNode a = n.get(f);
        if (a != null && a.isArray()) {
          a.forEach(x -> h.add("author", x.isTextual() ? x.asText() : null, src));
        } else if (a != null && a.isTextual()) {
          TextHeader.authors(f, a.asText()).forEach(x -> h.add("author", x, src));
        }
      }
      for (String f : List.of("published", "date_publish", "date")) {
        h.date("published", text(n, f), src + " " + f);
      }
      for (String f : List.of("updated", "date_modify")) {
        h.date("updated", text(n, f), src + " " + f);
      }
      h.add("language", text(n, "language"), src);
      return new Result(h.list(), Optional.empty());
    } catch (JsonProcessingException e) {
      return new Result(
          List.of(),
          Optional.of(
              "sidecar "
                  + sidecar
                  + " is not valid JSON ("
                  + e.getOriginalMessage()
                  + "); ignored"));
    } catch (IOException e) {
      return new Result(
          List.of(),
          Optional.of(
              "sidecar "
                  + sidecar
                  + " cannot be read ("
                  + (e.getMessage() == null ? "I/O failure" : e.getMessage())
                  + "); ignored"));
    }
  }

  /**
   * The hints of the sidecar beside {@code source}'s file; a sidecar that cannot be read becomes a
   * rejection of the sidecar (the article is still read).
   */
  static List<FieldSource> hintsFor(Source source, ObjectMapper json, Sink sink) {
    if (source.path().isEmpty() || source.remote().isPresent()) {
      return List.of();
    }
    Optional<Path> side = find(source.path().get());
    if (side.isEmpty()) {
      return List.of();
    }
    Result r = read(side.get(), json);
    r.problem()
        .ifPresent(
            p -> {
              String name =
                  Path.of(source.name()).resolveSibling(side.get().getFileName()).toString();
              sink.reject(
                  new io.corroborate.model.Rejection(
                      name, 0, io.corroborate.model.Rejection.Kind.UNREADABLE, p));
            });
    return r.hints();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
  }

  /** Hints from a sidecar, and a problem to report (the article is still read). */
  record Result(List<FieldSource> hints, Optional<String> problem) {
    Result {
      hints = List.copyOf(hints);
    }
  }
}
