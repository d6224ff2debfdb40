package io.corroborate.extract;

import java.util.List;
import java.util.Objects;

/**
 * How firmly a claim is stated: the hedge words around it ("reportedly", "estimated", "about",
 * "more than") and whether it is negated.
 *
 * <pre>{@code claim.hedging().cues(); // [believes, almost]}</pre>
 */
public record Hedging(List<String> cues, boolean negated) {
  public static final Hedging NONE = new Hedging(List.of(), false);

  public Hedging {
    cues = List.copyOf(cues);
    for (String c : cues) {
      Objects.requireNonNull(c, "cue");
    }
  }

  public boolean hedged() {
    return !cues.isEmpty();
  }
}
