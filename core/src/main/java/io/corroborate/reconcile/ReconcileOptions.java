package io.corroborate.reconcile;

/**
 * Every threshold of the reconciler, in one place.
 *
 * <pre>{@code new Reconciler(ReconcileOptions.defaults())}</pre>
 *
 * @param roundingTolerance relative half-width given to an approximate figure ("about 3,000") whose
 *     interval is a single point, so that 3,112 reads as a rounding of it
 * @param fractionTolerance relative half-width given to a figure derived from a fraction of a total
 *     ("two-thirds of 4,000" → about 2,667)
 * @param breakdownTolerance relative slack allowed between the sum of parts and a reported total
 * @param breakdownSlackDays how many days apart parts and a total may hold and still be compared
 * @param eventConflictDays how far apart two day-precise dates of one event may be and still read
 *     as a disagreement about one event rather than two events
 * @param maxEvidencePerRelay how many evidence spans a relay line keeps
 * @param atMostFloor the share of its figure an "up to N" or "as many as N" claim is read to assert
 *     at least: such a claim reports a large figure, it does not allow anything from zero
 * @param minBareCount the smallest bare count ("12,000 soldiers") that is compared across sources;
 *     "the two soldiers" names people rather than reporting a figure
 * @param subjectSimilarity the least cosine between two head nouns' sentence embeddings for
 *     differently worded subjects of one measure, time scope and qualifiers to be read as one
 *     ("homes", "houses"); used only when the reconciler is given an embedder
 * @param rivalRatio how many times one figure may be another's and the two still be read as rival
 *     figures for one quantity; figures further apart are of different scopes or moments (a
 *     province's toll beside the country's, an aftershock beside the main quake, the first hour's
 *     count beside the evening's), unless one is the other with its digits shifted (78,000 against
 *     7,800), which is a slip that cannot both hold
 * @param otherEventDays a figure whose own date lies more than this many days before the story's
 *     first dated report is of another, earlier event (the quake of 1999 that a report compares
 *     this one with) and enters none of the story's variables
 * @param minSlipFigure the smallest exact figure a same-day figure one digit apart from it is read
 *     as a slip of, not a step of a rise
 */
public record ReconcileOptions(
    double roundingTolerance,
    double fractionTolerance,
    double breakdownTolerance,
    int breakdownSlackDays,
    int eventConflictDays,
    int maxEvidencePerRelay,
    double atMostFloor,
    int minBareCount,
    double subjectSimilarity,
    double rivalRatio,
    int otherEventDays,
    long minSlipFigure) {
  public ReconcileOptions {
    if (roundingTolerance < 0
        || fractionTolerance < 0
        || breakdownTolerance < 0
        || breakdownSlackDays < 0
        || eventConflictDays < 0
        || maxEvidencePerRelay < 1
        || atMostFloor < 0
        || atMostFloor > 1
        || minBareCount < 0
        || subjectSimilarity < 0
        || subjectSimilarity > 1
        || !(rivalRatio >= 1)
        || otherEventDays < 0
        || minSlipFigure < 0) {
      throw new IllegalArgumentException("reconcile options need non-negative thresholds");
    }
  }

  /**
   * 5 % rounding, 2 % fraction slack, 2 % breakdown slack, 1 day, 3 days, 5 spans, "up to N" read
   * as at least half of N, bare counts from 10, subjects read as one from a cosine of 0.78
   * (all-MiniLM-L6-v2 gives "home"/"house" 0.79, "village"/"town" 0.75, "soldier"/"civilian" 0.66),
   * rival figures up to ten times each other (estimates of one toll by parties to a war differ that
   * much; a province's toll and the country's, or the first hour's and the week's, more), a figure
   * dated more than 30 days before the story's first report read as of another event, a slip of one
   * digit read from figures of 1,000 up (below that one digit is a plausible rise in a day).
   */
  public static ReconcileOptions defaults() {
    return new ReconcileOptions(0.05, 0.02, 0.02, 1, 3, 5, 0.5, 10, 0.78, 10.0, 30, 1000);
  }
}
