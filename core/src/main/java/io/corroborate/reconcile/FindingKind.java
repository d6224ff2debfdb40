package io.corroborate.reconcile;

/** The verdict on a variable; declaration order is the order findings are listed in. */
public enum FindingKind {
  /** Independent sources give incompatible values for the same time scope. */
  CONFLICT,
  /** Parts add up to a reported total, or a fraction of a total matches a part. */
  BREAKDOWN,
  /**
   * Independent sources give figures too far apart to be rival figures for one quantity: they hold
   * of different scopes or moments (a province's toll beside the country's, the first hour's count
   * beside the evening's).
   */
  SCOPE,
  /** A cumulative figure grows over time, or one source corrects itself. */
  UPDATE,
  /** Independent sources give overlapping values. */
  AGREE,
  /** One origin only, however many outlets repeat it. */
  SINGLE_SOURCE
}
