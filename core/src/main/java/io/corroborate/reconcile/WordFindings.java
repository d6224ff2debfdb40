package io.corroborate.reconcile;

import io.corroborate.extract.ClaimValue;
import io.corroborate.extract.WordClaims;
import io.corroborate.reconcile.Reconciler.Item;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Findings over word and date claims ({@link WordClaims}), one variable per measure and subject: 1.
 * one value from every source is an agreement (a single source's when only one stands behind it);
 * 2. a value that changes with time (a deal's status, the date a work is expected to be done) is an
 * update, its values in the order of their dates; 3. a value that holds once (a vessel's flag, a
 * holder's rank) given two ways is a conflict; 4. days of one event (the day a deal closed)
 * conflict only when they cannot overlap ("in October" and "on 27 October" agree); 5. parties held
 * responsible for an attack, named more than one way, get no verdict.
 *
 * <pre>{@code WordFindings.Result r = WordFindings.build(items); r.findings();}</pre>
 */
final class WordFindings {
  private WordFindings() {}

  record Result(List<Finding> findings, List<Variable> variables) {}

  /** Measures whose value moves on as the story does: different values are updates. */
  private static final Set<String> CHANGING = Set.of(WordClaims.STATUS, WordClaims.EXPECTED);

  static Result build(List<Item> words) {
    return build(words, name -> name);
  }

  /**
   * @param nameKey the key a name is known by, so that two spellings of one party ("the Front",
   *     "Northern Front") are one value
   */
  static Result build(List<Item> words, java.util.function.UnaryOperator<String> nameKey) {
    Map<String, List<Item>> groups = new TreeMap<>();
    for (Item it : words) {
      String key =
          it.claim().subject().text().strip().toLowerCase(Locale.ROOT)
              + "|"
              + it.claim().measure()
              + "|word";
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(it);
    }
    List<Finding> findings = new ArrayList<>();
    List<Variable> variables = new ArrayList<>();
    for (Map.Entry<String, List<Item>> g : groups.entrySet()) {
      List<Item> items = new ArrayList<>(g.getValue());
      items.sort(
          Comparator.comparing((Item i) -> i.asOf().orElse(LocalDate.MIN))
              .thenComparing(i -> i.article().id())
              .thenComparingInt(Item::index));
      Item first = items.get(0);
      String measure = first.claim().measure();
      String subject = first.claim().subject().text().strip();
      Variable v =
          new Variable(
              g.getKey(),
              subject,
              measure,
              measure.equals(WordClaims.CLOSED_ON) ? "event-date" : "attribute",
              subject + ": " + measure);
      variables.add(v);
      Map<String, List<Item>> byValue = new LinkedHashMap<>();
      boolean named = measure.equals(WordClaims.RESPONSIBILITY);
      items.forEach(
          i ->
              byValue
                  .computeIfAbsent(
                      named ? nameKey.apply(valueOf(i)) : valueOf(i), k -> new ArrayList<>())
                  .add(i));
      int origins = Reconciler.origins(items);
      FindingKind kind;
      String why;
      if (byValue.size() == 1) {
        kind = origins > 1 ? FindingKind.AGREE : FindingKind.SINGLE_SOURCE;
        why =
            subject
                + " "
                + measure
                + ": "
                + byValue.keySet().iterator().next()
                + (origins > 1 ? ", from " + origins + " origins" : ", one origin");
      } else if (measure.equals(WordClaims.RESPONSIBILITY)) {
        // One party's names in several languages and scripts are not yet one value: a verdict
        // would call spellings a dispute, so the parties are listed side by side, unjudged.
        continue;
      } else if (CHANGING.contains(measure)) {
        kind = FindingKind.UPDATE;
        why = subject + " " + measure + " over time: " + sequence(items);
      } else if (measure.equals(WordClaims.CLOSED_ON) && overlapping(items)) {
        kind = origins > 1 ? FindingKind.AGREE : FindingKind.SINGLE_SOURCE;
        why = subject + " " + measure + ": the days given overlap: " + values(byValue);
      } else {
        kind = FindingKind.CONFLICT;
        why = subject + " " + measure + ": sources give different values: " + values(byValue);
      }
      findings.add(Verdicts.finding(kind, v, Reconciler.supports(items), origins, why));
    }
    return new Result(findings, variables);
  }

  /** A value as it is compared: a date's days, else the words folded to lower case. */
  static String valueOf(Item it) {
    String shown = WordClaims.shown(it.claim().value());
    return (shown.isEmpty() ? it.value() : shown).strip().toLowerCase(Locale.ROOT);
  }

  private static String values(Map<String, List<Item>> byValue) {
    List<String> out = new ArrayList<>();
    byValue.forEach((v, is) -> out.add(v + " (" + Reconciler.origins(is) + " origin(s))"));
    return String.join(", ", out);
  }

  /** The values in date order, each once where it repeats the one before. */
  private static String sequence(List<Item> items) {
    List<String> out = new ArrayList<>();
    String last = null;
    for (Item it : items) {
      String v = valueOf(it);
      if (!v.equals(last)) {
        out.add(v + it.asOf().map(d -> " (" + d + ")").orElse(""));
        last = v;
      }
    }
    return String.join(" → ", out);
  }

  /** Whether every two of the days overlap, so that all can be one day told more or less finely. */
  private static boolean overlapping(List<Item> items) {
    for (Item x : items) {
      for (Item y : items) {
        if (x == y
            || !(x.claim().value() instanceof ClaimValue.When a)
            || !(y.claim().value() instanceof ClaimValue.When b)) {
          continue;
        }
        if (a.interval().lastDate().isBefore(b.interval().startDate())
            || b.interval().lastDate().isBefore(a.interval().startDate())) {
          return false;
        }
      }
    }
    return true;
  }
}
