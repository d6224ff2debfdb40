package io.corroborate.annotate.time;

/**
 * How the sentence relates a statement to the expression's interval, read from the word before it:
 * "since 2016", "as of February 2025", "before March".
 */
public enum Relation {
  AT,
  SINCE,
  UNTIL,
  BEFORE,
  AFTER,
  AS_OF,
  /**
   * A count over a span of time that ends at the interval's end ("over the past week, 40 died", "in
   * 24 hours"): set by the claim reader, never by the time tagger.
   */
  OVER
}
