package io.corroborate.reconcile;

import java.util.Map;
import java.util.Set;

/** Folds the extractor's measures into the variables a reader compares. */
final class Measures {
  private Measures() {}

  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("killed", "dead"),
          Map.entry("died", "dead"),
          Map.entry("deaths", "dead"),
          Map.entry("death toll", "dead"),
          Map.entry("fatalities", "dead"),
          Map.entry("injured", "wounded"),
          Map.entry("hurt", "wounded"),
          Map.entry("killed-or-wounded", "casualties"),
          Map.entry("losses", "casualties"),
          Map.entry("detained", "arrested"));

  /** Measures that only grow: a later, lower figure from another source contradicts an earlier. */
  private static final Set<String> CUMULATIVE =
      Set.of("dead", "wounded", "casualties", "captured", "evacuated", "arrested", "rescued");

  /** Measures whose unstated subject is people: "nine dead", "40 casualties". */
  private static final Set<String> OF_PEOPLE =
      Set.of(
          "dead",
          "wounded",
          "casualties",
          "captured",
          "missing",
          "evacuated",
          "displaced",
          "rescued",
          "arrested",
          "sheltered",
          "hospitalised");

  static boolean countsPeople(String measure) {
    return OF_PEOPLE.contains(measure);
  }

  static String canonical(String measure) {
    return SYNONYMS.getOrDefault(measure, measure);
  }

  static boolean cumulative(String measure) {
    return CUMULATIVE.contains(measure);
  }

  /** Whether a measure is a part of the casualties: dead or wounded. */
  static boolean casualtyPart(String measure) {
    return measure.equals("dead") || measure.equals("wounded");
  }
}
