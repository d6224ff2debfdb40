package io.corroborate.eval.coref;

import java.util.List;

/**
 * The standard coreference scores of one response against one key, and the CoNLL F1 (the mean of
 * the three F1s).
 *
 * <pre>{@code CorefScores s = CorefScores.of(key, response); s.conllF1();}</pre>
 */
public record CorefScores(Prf muc, Prf bcubed, Prf ceafe) {
  public static CorefScores of(Clustering key, Clustering response) {
    return new CorefScores(
        Metrics.muc(key, response), Metrics.bcubed(key, response), Metrics.ceafe(key, response));
  }

  public double conllF1() {
    return (muc.f1() + bcubed.f1() + ceafe.f1()) / 3;
  }

  List<Prf> all() {
    return List.of(muc, bcubed, ceafe);
  }
}
