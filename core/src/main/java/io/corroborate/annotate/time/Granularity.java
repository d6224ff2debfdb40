package io.corroborate.annotate.time;

/** How precisely a time expression names its interval, from a minute to a century. */
public enum Granularity {
  MINUTE,
  HOUR,
  PART_OF_DAY,
  DAY,
  WEEK,
  MONTH,
  SEASON,
  QUARTER,
  HALF_YEAR,
  YEAR,
  DECADE,
  CENTURY
}
