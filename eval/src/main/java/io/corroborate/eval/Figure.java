package io.corroborate.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * One measured figure, optionally beside the published figure it is compared with.
 *
 * @param suite e.g. {@code extraction}
 * @param name e.g. {@code f1}
 * @param published the peer's published value, if any
 * @param peer who published it, e.g. {@code trafilatura 2.2.0}
 */
public record Figure(
    String suite, String name, double value, Optional<Double> published, String peer) {
  public Figure {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(peer, "peer");
  }

  public static Figure of(String suite, String name, double value) {
    return new Figure(suite, name, value, Optional.empty(), "");
  }

  public static Figure beside(
      String suite, String name, double value, double published, String peer) {
    return new Figure(suite, name, value, Optional.of(published), peer);
  }

  /** The machine-readable line: {@code figure <suite> <name> <value>}. */
  public String line() {
    return "figure " + suite + " " + name + " " + format(value);
  }

  static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : String.format(java.util.Locale.ROOT, "%.4f", v);
  }
}
