package io.corroborate.eval.extraction;

import java.util.List;

/**
 * Trafilatura's segment count for one page or a sum of pages: each {@code with} segment found in
 * the output is a true positive (else a false negative), each {@code without} segment found a false
 * positive (else a true negative).
 *
 * @param missed the {@code with} segments not found (for reading failures)
 * @param leaked the {@code without} segments found
 */
public record SegmentScore(
    String page, int tp, int fn, int fp, int tn, List<String> missed, List<String> leaked) {
  public SegmentScore {
    missed = List.copyOf(missed);
    leaked = List.copyOf(leaked);
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double accuracy() {
    int all = tp + fn + fp + tn;
    return all == 0 ? 0 : (double) (tp + tn) / all;
  }

  /** Scores one page's output text against its segments. */
  public static SegmentScore of(
      String page, String output, List<String> with, List<String> without) {
    String out = Extract.normalizeSpace(output);
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    List<String> missed = new java.util.ArrayList<>();
    List<String> leaked = new java.util.ArrayList<>();
    for (String w : with) {
      if (out.contains(Extract.normalizeSpace(w))) {
        tp++;
      } else {
        fn++;
        missed.add(w);
      }
    }
    for (String w : without) {
      if (out.contains(Extract.normalizeSpace(w))) {
        fp++;
        leaked.add(w);
      } else {
        tn++;
      }
    }
    return new SegmentScore(page, tp, fn, fp, tn, missed, leaked);
  }

  public SegmentScore plus(SegmentScore o) {
    return new SegmentScore(
        "total", tp + o.tp, fn + o.fn, fp + o.fp, tn + o.tn, List.of(), List.of());
  }
}
