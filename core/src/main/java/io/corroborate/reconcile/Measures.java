package io.corroborate.reconcile;

import io.corroborate.lang.LanguagePack;
import io.corroborate.model.PeopleMeasures;
import java.util.Map;
import java.util.Set;

/** Folds the extractor's measures into the variables a reader compares. */
final class Measures {
  private Measures() {}

  private static final Map<String, String> SYNONYMS =
      LanguagePack.english().pairs("measure-variables.tsv");

  /**
   * Measures that only grow: a later, lower figure from another source contradicts an earlier. What
   * has been destroyed stays destroyed, so the count of buildings destroyed only grows as well.
   */
  private static final Set<String> CUMULATIVE =
      Set.of(
          "dead",
          "wounded",
          "casualties",
          "captured",
          "evacuated",
          "arrested",
          "rescued",
          "bodies-recovered",
          "bodies-identified",
          "destroyed");

  /** Measures stated as exponents on a logarithmic scale: a quake's magnitude. */
  private static final Set<String> LOGARITHMIC = Set.of("magnitude");

  static boolean logarithmic(String measure) {
    return LOGARITHMIC.contains(measure);
  }

  /**
   * Whether a figure is a property of one thing: a measure on a logarithmic scale or a value in a
   * unit of measurement (a length, a depth), not a count or a sum of money.
   */
  static boolean ofOneThing(Reconciler.Item it) {
    return logarithmic(it.measure()) || Verdicts.physical(it);
  }

  static boolean countsPeople(String measure) {
    return PeopleMeasures.contains(measure);
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
