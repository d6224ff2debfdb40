package io.corroborate.reconcile;

import io.corroborate.extract.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * An outlet relaying another source: "Kyiv Independent relays Chosun Ilbo (4 claims)".
 *
 * <pre>{@code relay.line(); // "Kyiv Independent relays Chosun Ilbo (4 claims)"}</pre>
 *
 * @param via {@code cited} when the outlet names the source, {@code copy} when its article is a
 *     syndicated copy of the source's
 * @param claims how many claims (or copied articles, for {@code copy}) carry the relay
 * @param evidence up to a few spans that show it
 */
public record Relay(
    String outlet,
    String source,
    String via,
    int claims,
    List<String> articleIds,
    List<Evidence> evidence) {
  public Relay {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(via, "via");
    articleIds = List.copyOf(articleIds);
    evidence = List.copyOf(evidence);
  }

  /** One line for a reader. */
  public String line() {
    String unit =
        via.equals("copy")
            ? (claims == 1 ? "copied article" : "copied articles")
            : (claims == 1 ? "claim" : "claims");
    return outlet + " relays " + source + " (" + claims + " " + unit + ")";
  }
}
