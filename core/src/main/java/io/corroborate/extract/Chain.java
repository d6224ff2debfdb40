package io.corroborate.extract;

import java.util.List;

/**
 * An attribution chain as links, first-hand source first and the publishing outlet last: the
 * speakers, the outlets they were cited through, then the outlet that published the report. It is
 * rendered to text here and nowhere else, so a chain is edited as links, never as a string.
 *
 * <pre>{@code new Chain(List.of("the ministry", "Wire A", "Daily B")).text();
 * // "the ministry ← Wire A ← Daily B"}</pre>
 *
 * @param links at least one: the last is the publishing outlet
 */
public record Chain(List<String> links) {
  /** What separates two links in the text of a chain. */
  public static final String ARROW = " ← ";

  public Chain {
    links = List.copyOf(links);
    if (links.isEmpty()) {
      throw new IllegalArgumentException("a chain needs at least its publishing outlet");
    }
  }

  /** The publishing outlet: the last link. */
  public String outlet() {
    return links.get(links.size() - 1);
  }

  /** The same chain published by {@code outlet} instead ("unknown outlet" made its site's name). */
  public Chain publishedBy(String outlet) {
    List<String> out = new java.util.ArrayList<>(links);
    out.set(out.size() - 1, outlet);
    return new Chain(out);
  }

  /** The chain as one line: "speaker ← cited source ← outlet". */
  public String text() {
    return String.join(ARROW, links);
  }
}
