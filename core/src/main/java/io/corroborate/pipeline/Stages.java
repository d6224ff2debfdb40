package io.corroborate.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the order of stages: each stage's needs must be met by what was given or by a stage before
 * it. Pipelines of either half check themselves with it when they are built.
 *
 * <pre>{@code Set<Capability> all = Stages.check(EnumSet.of(Capability.RAW), stages);}</pre>
 */
public final class Stages {
  private Stages() {}

  /**
   * What a document or story has after {@code stages}, given {@code given} before the first.
   *
   * @throws PipelineException naming the first stage whose needs no earlier stage meets, and what
   *     it misses
   */
  public static Set<Capability> check(Set<Capability> given, List<? extends Stage> stages) {
    Set<Capability> have = EnumSet.noneOf(Capability.class);
    have.addAll(given);
    for (Stage s : stages) {
      Set<Capability> missing = EnumSet.noneOf(Capability.class);
      missing.addAll(s.requires());
      missing.removeAll(have);
      if (!missing.isEmpty()) {
        throw new PipelineException(
            "stage '"
                + s.name()
                + "' needs "
                + missing
                + ", which no earlier stage provides (have "
                + have
                + ")");
      }
      have.addAll(s.provides());
    }
    return have;
  }
}
