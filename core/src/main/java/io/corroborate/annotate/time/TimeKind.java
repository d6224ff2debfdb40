package io.corroborate.annotate.time;

/** The TimeML type of a time expression. */
public enum TimeKind {
  /** A calendar date or period: "January 5", "last fall", "2024". */
  DATE,
  /** A time of day: "10 a.m.", "Friday night". */
  TIME,
  /** A length of time: "two weeks", "the past three years". */
  DURATION,
  /** A recurring time: "daily", "every week". */
  SET
}
