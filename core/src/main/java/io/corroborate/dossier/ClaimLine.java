package io.corroborate.dossier;

import io.corroborate.reconcile.Range;
import java.util.Objects;

/**
 * One claim as the dossier lists it: what is measured or asserted, the value as written and as an
 * interval, when it holds, who says it, and the sentence it comes from.
 *
 * @param interval the value as an interval for amounts ("[20, ∞)"), else the value's words
 * @param holds when it holds, as a reader says it ("2026-03-09", "before 2026-03-21")
 * @param chain speaker ← cited source ← publishing outlet
 * @param range the interval as numbers, for amounts only (null otherwise): "more than 300" has low
 *     300, not inclusive, and no high
 */
public record ClaimLine(
    String articleId,
    String outlet,
    String kind,
    String measure,
    String value,
    String interval,
    String holds,
    String chain,
    String sentence,
    Range range) {
  /** A claim whose value is no amount, or one read from a dossier written before ranges. */
  public ClaimLine(
      String articleId,
      String outlet,
      String kind,
      String measure,
      String value,
      String interval,
      String holds,
      String chain,
      String sentence) {
    this(articleId, outlet, kind, measure, value, interval, holds, chain, sentence, null);
  }

  public ClaimLine {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(sentence, "sentence");
  }
}
