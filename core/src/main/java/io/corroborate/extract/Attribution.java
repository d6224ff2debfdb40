package io.corroborate.extract;

import java.util.List;
import java.util.Objects;

/**
 * Who stands behind a claim: the speakers who said it, the outlets they were cited through and the
 * outlet that published the article. "Kyiv Independent, citing Chosun Ilbo, quoting the POW Ri" is
 * {@code speakers=[Ri], cited=[Chosun Ilbo], outlet=Kyiv Independent}.
 *
 * <pre>{@code claim.attribution().speakers().get(0).name(); // "Budanov"}</pre>
 */
public record Attribution(List<Voice> speakers, List<Voice> cited, String outlet) {
  public Attribution {
    Objects.requireNonNull(outlet, "outlet");
    // The publishing outlet is the end of every chain; naming it again as a speaker or a cited
    // source would read as the outlet relaying itself.
    speakers = speakers.stream().filter(v -> !v.name().equalsIgnoreCase(outlet)).toList();
    cited = cited.stream().filter(v -> !v.name().equalsIgnoreCase(outlet)).toList();
  }

  /** A claim the outlet makes in its own voice. */
  public static Attribution outletOnly(String outlet) {
    return new Attribution(List.of(), List.of(), outlet);
  }

  /** The chain as one line, first-hand source first: "Ri ← Chosun Ilbo ← Kyiv Independent". */
  public String chain() {
    StringBuilder b = new StringBuilder();
    for (Voice v : speakers) {
      b.append(v.name()).append(" ← ");
    }
    for (Voice v : cited) {
      b.append(v.name()).append(" ← ");
    }
    return b.append(outlet).toString();
  }
}
