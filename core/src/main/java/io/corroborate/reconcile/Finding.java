package io.corroborate.reconcile;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on a variable with every claim and source behind it.
 *
 * <pre>{@code finding.kind(); // CONFLICT
 * finding.explanation(); // "NCPA says 17 as of 2026-03-16; Valinska says at least 20 …"}</pre>
 *
 * @param id stable and deterministic: the kind and the variable key
 * @param independentOrigins how many origins remain once syndicated copies and shared sources are
 *     collapsed
 */
public record Finding(
    String id,
    FindingKind kind,
    Variable variable,
    List<Support> support,
    int independentOrigins,
    String explanation) {
  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(explanation, "explanation");
    support = List.copyOf(support);
    if (independentOrigins < 0) {
      throw new IllegalArgumentException(
          "independent origins must be >= 0, got " + independentOrigins);
    }
  }
}
