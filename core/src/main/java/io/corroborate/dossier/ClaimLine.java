package io.corroborate.dossier;

import java.util.Objects;

/**
 * One claim as the dossier lists it: what is measured or asserted, the value as written and as an
 * interval, when it holds, who says it, and the sentence it comes from.
 *
 * @param interval the value as an interval for amounts ("[20, ∞)"), else the value's words
 * @param holds when it holds, as a reader says it ("2026-03-09", "before 2026-03-21")
 * @param chain speaker ← cited source ← publishing outlet
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
    String sentence) {
  public ClaimLine {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(sentence, "sentence");
  }
}
