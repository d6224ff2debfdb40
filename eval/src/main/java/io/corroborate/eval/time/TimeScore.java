package io.corroborate.eval.time;

import io.corroborate.annotate.time.TimeMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * TempEval-3 style scores for TIMEX3 extraction and normalization, summed over documents: strict
 * (same extent) and relaxed (overlapping extent) precision, recall and F1, and value F1, where a
 * system expression counts only if it overlaps a gold one and has the same value.
 *
 * <pre>{@code TimeScore s = new TimeScore(); s.add(gold, found); s.valueF1();}</pre>
 */
public final class TimeScore {
  private int gold;
  private int system;
  private int strict;
  private int relaxed;
  private int valueCorrect;
  private int typeCorrect;
  private final List<String> misses = new ArrayList<>();

  /** Scores one document: each gold expression is matched to at most one system expression. */
  public void add(TimeMlDocument doc, List<TimeMention> found) {
    gold += doc.timexes().size();
    system += found.size();
    boolean[] used = new boolean[found.size()];
    for (TimeMlDocument.Timex g : doc.timexes()) {
      int best = -1;
      for (int i = 0; i < found.size(); i++) {
        TimeMention m = found.get(i);
        if (!used[i] && m.span().start() < g.end() && g.start() < m.span().end()) {
          if (best < 0 || (m.span().start() == g.start() && m.span().end() == g.end())) {
            best = i;
          }
        }
      }
      String goldText = doc.text().substring(g.start(), g.end());
      if (best < 0) {
        note("missed\t" + goldText + "\t" + g.value());
        continue;
      }
      used[best] = true;
      TimeMention m = found.get(best);
      relaxed++;
      if (m.span().start() == g.start() && m.span().end() == g.end()) {
        strict++;
      }
      if (m.timex().equalsIgnoreCase(g.value().strip())) {
        valueCorrect++;
      } else {
        note(
            "value\t"
                + goldText
                + "\tgold "
                + g.value()
                + "\tgot "
                + m.timex()
                + "\t"
                + doc.created().map(Object::toString).orElse("?"));
      }
      if (m.kind().name().equals(g.type())) {
        typeCorrect++;
      }
    }
    for (int i = 0; i < found.size(); i++) {
      if (!used[i]) {
        note("spurious\t" + found.get(i).text() + "\t" + found.get(i).timex());
      }
    }
  }

  private void note(String s) {
    misses.add(s);
  }

  public int gold() {
    return gold;
  }

  public int system() {
    return system;
  }

  public double strictF1() {
    return f1(strict, strict);
  }

  public double relaxedF1() {
    return f1(relaxed, relaxed);
  }

  public double strictPrecision() {
    return pct(strict, system);
  }

  public double strictRecall() {
    return pct(strict, gold);
  }

  public double relaxedPrecision() {
    return pct(relaxed, system);
  }

  public double relaxedRecall() {
    return pct(relaxed, gold);
  }

  public double valueF1() {
    return f1(valueCorrect, valueCorrect);
  }

  /** Share of relaxed matches with the right value. */
  public double valueAccuracy() {
    return pct(valueCorrect, relaxed);
  }

  public double typeAccuracy() {
    return pct(typeCorrect, relaxed);
  }

  /** One line per miss, spurious expression or wrong value, tab-separated, for error analysis. */
  public List<String> errors() {
    return List.copyOf(misses);
  }

  private double f1(int hitsP, int hitsR) {
    double p = pct(hitsP, system);
    double r = pct(hitsR, gold);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double pct(int a, int b) {
    return b == 0 ? 0 : 100.0 * a / b;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "gold %d system %d strict F1 %.1f relaxed F1 %.1f value F1 %.1f",
        gold,
        system,
        strictF1(),
        relaxedF1(),
        valueF1());
  }
}
