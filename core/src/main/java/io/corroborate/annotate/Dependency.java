package io.corroborate.annotate;

import java.util.Objects;

/**
 * One typed dependency (Universal Dependencies relation) between two tokens, by their index in
 * {@link Annotation#tokens()}; the root's governor is {@link #ROOT}.
 *
 * <pre>{@code new Dependency("nsubj", 4, 2)}</pre>
 */
public record Dependency(String relation, int governor, int dependent) {
  public static final int ROOT = -1;

  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (governor < ROOT || dependent < 0 || governor == dependent) {
      throw new IllegalArgumentException(
          "dependency "
              + relation
              + " needs governor >= -1, dependent >= 0, distinct; got "
              + governor
              + " -> "
              + dependent);
    }
  }
}
