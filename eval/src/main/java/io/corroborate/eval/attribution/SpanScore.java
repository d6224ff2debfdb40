package io.corroborate.eval.attribution;

import io.corroborate.model.Span;
import java.util.List;

/**
 * Precision, recall and F1 of system spans against gold spans, one-to-one, under exact or overlap
 * matching.
 *
 * <pre>{@code SpanScore s = new SpanScore(); s.add(gold, found, true); s.f1();}</pre>
 */
final class SpanScore {
  private int gold;
  private int system;
  private int matched;

  /** Adds one document's spans; each gold span matches at most one system span. */
  void add(List<Span> goldSpans, List<Span> systemSpans, boolean exact) {
    gold += goldSpans.size();
    system += systemSpans.size();
    boolean[] used = new boolean[systemSpans.size()];
    for (Span g : goldSpans) {
      for (int i = 0; i < systemSpans.size(); i++) {
        if (!used[i] && match(g, systemSpans.get(i), exact)) {
          used[i] = true;
          matched++;
          break;
        }
      }
    }
  }

  /** Adds counts decided elsewhere (whole attributions). */
  void addCounts(int goldCount, int systemCount, int matchedCount) {
    gold += goldCount;
    system += systemCount;
    matched += matchedCount;
  }

  static boolean match(Span g, Span s, boolean exact) {
    return exact
        ? g.start() == s.start() && g.end() == s.end()
        : g.start() < s.end() && s.start() < g.end();
  }

  double precision() {
    return system == 0 ? 0 : (double) matched / system;
  }

  double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  int gold() {
    return gold;
  }

  int system() {
    return system;
  }
}
