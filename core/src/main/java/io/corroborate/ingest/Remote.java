package io.corroborate.ingest;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an HTTP fetch said about a body kept on disk: the address after redirects, the declared
 * {@code Content-Type} (its charset is the container's word on the encoding) and when it was
 * fetched. Readers turn it into {@code url} and {@code fetched} hints.
 *
 * <pre>{@code new Remote("https://example.org/a", Optional.of("text/html; charset=utf-8"), now)}
 * </pre>
 */
public record Remote(String finalUrl, Optional<String> contentType, Instant fetched) {
  public Remote {
    Objects.requireNonNull(finalUrl, "finalUrl");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(fetched, "fetched");
  }

  /** The {@code charset} parameter of the content type, if it names one. */
  public Optional<String> charset() {
    return contentType.flatMap(
        t -> {
          for (String part : t.split(";")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
              String v = p.substring(eq + 1).strip().replace("\"", "").replace("'", "");
              return v.isEmpty() ? Optional.empty() : Optional.of(v);
            }
          }
          return Optional.empty();
        });
  }
}
