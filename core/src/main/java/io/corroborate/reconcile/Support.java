package io.corroborate.reconcile;

import io.corroborate.extract.Evidence;
import java.util.Objects;

/**
 * One claim behind a finding, with where it was read and whom it comes from.
 *
 * <pre>{@code support.chain(); // "NCPA ← Meridian Wire ← The Lumen Post"}</pre>
 *
 * @param originKey the independent origin it counts for (a speaker, a cited source or a copy group)
 * @param value the value as written
 * @param interval the value's interval ("[17, 17]", "(3000, ∞)") or its text
 * @param holds when it holds, as a reader says it
 * @param sentence the evidence sentence, stripped
 * @param range the value's interval as numbers, for amounts only (null otherwise)
 */
public record Support(
    String articleId,
    String outlet,
    String chain,
    String originKey,
    String value,
    String interval,
    String holds,
    Evidence evidence,
    String sentence,
    Range range) {
  /** A claim whose value is no amount: a date, a text. */
  public Support(
      String articleId,
      String outlet,
      String chain,
      String originKey,
      String value,
      String interval,
      String holds,
      Evidence evidence,
      String sentence) {
    this(articleId, outlet, chain, originKey, value, interval, holds, evidence, sentence, null);
  }

  public Support {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(originKey, "originKey");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(holds, "holds");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(sentence, "sentence");
  }
}
