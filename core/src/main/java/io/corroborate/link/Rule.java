package io.corroborate.link;

/**
 * The rules of the {@link Linker} cascade, in the order they run, each with the confidence of a
 * merge it makes. The name is what {@link MergeReason#rule()} carries.
 */
public enum Rule {
  SAME_NAME_IN_DOCUMENT("same-name-in-document", 1.0),
  ACRONYM_INTRODUCED("acronym-introduced", 0.95),
  APPOSITION("apposition", 0.85),
  SURNAME_IN_DOCUMENT("surname-in-document", 0.9),
  REPEATED_NOMINAL("repeated-nominal", 0.6),
  ROLE_IN_DOCUMENT("role-in-document", 0.75),
  PRONOUN("pronoun", 0.5),
  SAME_NAME("same-name", 0.95),
  GENERIC_WORD("generic-word", 0.85),
  SAME_COUNTRY("same-country", 0.9),
  SPELLING_VARIANT("spelling-variant", 0.75),
  TYPO_IN_LONG_NAME("typo-in-long-name", 0.7),
  WORD_ORDER("word-order", 0.75),
  BODY_TAGGED_PERSON("body-tagged-person", 0.7),
  SAME_ACRONYM("same-acronym", 0.9),
  INITIALS("initials", 0.8),
  ACRONYM_TRANSLITERATION("acronym-transliteration", 0.6),
  INITIAL_MATCH("initial-match", 0.8),
  SAME_NAME_OTHER_TYPE("same-name-other-type", 0.7),
  SURNAME_UNIQUE_IN_STORY("surname-unique-in-story", 0.7),
  SAME_SURNAME("same-surname", 0.6),
  SHORT_NAME("short-name", 0.7),
  FULL_NAME_IN_LONGER("full-name-in-longer", 0.75),
  TRANSLITERATION("transliteration", 0.75),
  ROLE_IN_STORY("role-in-story", 0.65),
  SAME_ROLE_NOUN("same-role-noun", 0.5),
  SAME_EVENT_WORD_IN_DOCUMENT("same-event-word-in-document", 0.7),
  SAME_EVENT_WORD("same-event-word", 0.6);

  private final String label;
  private final double confidence;

  Rule(String label, double confidence) {
    this.label = label;
    this.confidence = confidence;
  }

  public String label() {
    return label;
  }

  public double confidence() {
    return confidence;
  }
}
