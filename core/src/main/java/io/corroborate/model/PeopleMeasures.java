package io.corroborate.model;

import io.corroborate.internal.TableResource;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The measures that count people, known once ({@code people-measures.txt} beside this class): a
 * figure measured so with no counted noun ("nine dead") counts people.
 *
 * <pre>{@code PeopleMeasures.contains("wounded") // true}</pre>
 */
public final class PeopleMeasures {
  private PeopleMeasures() {}

  private static final Set<String> MEASURES =
      TableResource.rows(PeopleMeasures.class, "people-measures.txt", 1).stream()
          .map(r -> r[0])
          .collect(Collectors.toUnmodifiableSet());

  /** Whether {@code measure} (a claim's measure name) counts people. */
  public static boolean contains(String measure) {
    return MEASURES.contains(measure);
  }
}
