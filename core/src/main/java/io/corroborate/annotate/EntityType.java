package io.corroborate.annotate;

/**
 * The kinds of named entity the language layer reports. The first four are the classic CoNLL
 * classes; the others are finer types that matter to conflict reporting and map back to them
 * through {@link #coarse()}.
 */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC,
  /** A national or religious group adjective or noun: "North Korean", "Ukrainians". */
  NATIONALITY,
  /** An armed unit: "11th Airborne Brigade", "Special Operations Forces". */
  MILITARY_UNIT,
  /** A state agency or service: "National Intelligence Service", "GUR", "SBU". */
  AGENCY;

  /**
   * The CoNLL class this type counts as: units and agencies are organisations, nationalities misc.
   */
  public EntityType coarse() {
    return switch (this) {
      case MILITARY_UNIT, AGENCY -> ORGANIZATION;
      case NATIONALITY -> MISC;
      default -> this;
    };
  }
}
