package io.corroborate.extract;

/** What sort of checkable statement a {@link Claim} is. */
public enum ClaimKind {
  /** A count or amount: "300 killed", "about 12,000 troops deployed". */
  NUMERIC,
  /** Something that happened at a stated time: "captured on January 9". */
  EVENT,
  /**
   * A property of a person or group: age, birth year, role, unit, service start, nationality,
   * origin, injuries, documents carried.
   */
  ATTRIBUTE,
  /** Words in quotation marks, with who said them. */
  QUOTE,
  /**
   * A word or a date that reports of a story give side by side and may dispute: a vessel's flag, a
   * deal's status and the day it closed, a holder's rank, when a work is expected to be done (see
   * {@link WordClaims}).
   */
  WORD
}
