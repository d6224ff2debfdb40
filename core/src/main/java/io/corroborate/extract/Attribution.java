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
    // The outlet is matched under its site's name too: "WMAR-2 News" cited by wmar2news.com.
    String self = fold(outlet);
    speakers = speakers.stream().filter(v -> !same(v.name(), outlet, self)).toList();
    cited = cited.stream().filter(v -> !same(v.name(), outlet, self)).toList();
  }

  private static boolean same(String name, String outlet, String folded) {
    return name.equalsIgnoreCase(outlet) || !folded.isEmpty() && fold(name).equals(folded);
  }

  /**
   * A name's letters and digits, lower-cased, without a leading "the" or a site's "www." and domain
   * ending: "WMAR-2 News" and "wmar2news.com" both fold to "wmar2news".
   */
  static String fold(String name) {
    String n = name.trim().toLowerCase(java.util.Locale.ROOT);
    if (!n.contains(" ")) {
      n = n.replaceFirst("^www\\.", "").replaceFirst("(\\.[a-z]{2,})+$", "");
    }
    n = n.replaceFirst("^the\\s+", "");
    return n.replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** A claim the outlet makes in its own voice. */
  public static Attribution outletOnly(String outlet) {
    return new Attribution(List.of(), List.of(), outlet);
  }

  /** The chain as links: speakers, then cited sources, then the outlet. */
  public Chain links() {
    List<String> out = new java.util.ArrayList<>();
    speakers.forEach(v -> out.add(v.name()));
    cited.forEach(v -> out.add(v.name()));
    out.add(outlet);
    return new Chain(out);
  }

  /**
   * The chain as one line, first-hand source first: "Ri ← Chosun Ilbo ← Kyiv Independent" (see
   * {@link Chain#text}).
   */
  public String chain() {
    return links().text();
  }
}
