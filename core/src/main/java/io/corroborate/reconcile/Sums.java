package io.corroborate.reconcile;

import io.corroborate.extract.ClaimValue;
import io.corroborate.link.Subjects;
import io.corroborate.reconcile.Reconciler.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Totals that a report breaks down into the figures written next to it: "284 dead so far: 70 in
 * Northland, 80 in Southmark, …" or "18 died in the east and 7 in the west, 25 in all". The parts
 * are the figures of the same measure or of a kind of it ("debt financing" beside "financing"; for
 * a count of people, of any measure of people) that run on without a gap from the total onward, or
 * up to it, and add up to it.
 *
 * <pre>{@code List<Finding> sums = Sums.breakdowns(byArticle, variableOf, options);}</pre>
 */
final class Sums {
  private Sums() {}

  /** How many figures in a row may be read as the parts of one total. */
  private static final int MAX_PARTS = 16;

  /**
   * The totals of every article that the figures beside them add up to, one finding per total
   * variable and value: several reports breaking down one total meet in one finding. In four steps:
   * 1. the article's figures in the order they are written; 2. for each figure, the runs of figures
   * of its measure (then of people counted under any measure, or with none) just after it and just
   * before it; 3. the first run of two or more smaller figures whose sum meets it within {@link
   * ReconcileOptions#breakdownTolerance}; 4. runs of figures of one measure in one sentence whose
   * sum meets a figure another report gives of their variable.
   */
  static List<Finding> breakdowns(
      Map<String, List<Item>> byArticle,
      Map<Variable.Key, List<Item>> groups,
      Map<Variable.Key, Variable> variableOf,
      ReconcileOptions options) {
    Map<Variable.Key, Set<Item>> supportOf = new TreeMap<>();
    Map<Variable.Key, String> explanationOf = new TreeMap<>();
    Map<Variable.Key, Item> totalOf = new TreeMap<>();
    for (List<Item> items : byArticle.values()) {
      // 1. Figures in text order.
      List<Item> figures = inTextOrder(items);
      for (Item total : figures) {
        // 2. and 3.
        Optional<List<Item>> parts =
            parts(
                    total,
                    figures,
                    (t, o) -> kindOf(o.measure(), t.measure()) && sameThing(t, o),
                    options)
                .or(
                    () ->
                        Measures.countsPeople(total.measure())
                            ? parts(
                                total,
                                figures,
                                (t, o) -> Measures.countsPeople(o.measure()) || bareCount(o),
                                options)
                            : Optional.empty());
        if (parts.isEmpty()) {
          continue;
        }
        Variable.Key key =
            Reconciler.variableKey(total)
                .withFacet("breakdown of " + Reconciler.num(Reconciler.stated(total)));
        Set<Item> s = supportOf.computeIfAbsent(key, k -> new LinkedHashSet<>());
        s.add(total);
        s.addAll(parts.get());
        totalOf.putIfAbsent(key, total);
        explanationOf.computeIfAbsent(
            key,
            k ->
                String.join(
                        " + ",
                        parts.get().stream()
                            .map(p -> Reconciler.num(Reconciler.stated(p)))
                            .toList())
                    + " = "
                    + Reconciler.num(sum(parts.get()))
                    + ", which matches the total of "
                    + total.value()
                    + " "
                    + total.measure()
                    + " ("
                    + Reconciler.originName(total)
                    + ") written beside them");
      }
    }
    // 4. Parts written side by side in one sentence whose total another report of their variable
    // gives ("$25.5 billion in loans and $21 billion of his own" beside "$46.5 billion in all").
    for (List<Item> items : byArticle.values()) {
      List<Item> figures = inTextOrder(items);
      for (int i = 0; i < figures.size(); i++) {
        Item first = figures.get(i);
        List<Item> run = new ArrayList<>(List.of(first));
        for (int j = i + 1; j < figures.size() && run.size() < MAX_PARTS; j++) {
          Item next = figures.get(j);
          if (next.claim().evidence().sentenceIndex() != first.claim().evidence().sentenceIndex()) {
            break;
          }
          if (!next.measure().equals(first.measure()) || !unitOf(next).equals(unitOf(first))) {
            continue;
          }
          run.add(next);
          List<Item> totals =
              totalsElsewhere(run, groups.get(Reconciler.variableKey(first)), options);
          if (totals.isEmpty()) {
            continue;
          }
          Item total = totals.get(0);
          Variable.Key key =
              Reconciler.variableKey(total)
                  .withFacet("breakdown of " + Reconciler.num(Reconciler.stated(total)));
          Set<Item> s = supportOf.computeIfAbsent(key, k -> new LinkedHashSet<>());
          s.addAll(totals);
          s.addAll(run);
          totalOf.putIfAbsent(key, total);
          List<Item> parts = List.copyOf(run);
          explanationOf.computeIfAbsent(
              key,
              k ->
                  String.join(
                          " + ",
                          parts.stream().map(p -> Reconciler.num(Reconciler.stated(p))).toList())
                      + " = "
                      + Reconciler.num(sum(parts))
                      + " ("
                      + Reconciler.originName(parts.get(0))
                      + "), which matches the total of "
                      + total.value()
                      + " "
                      + total.measure()
                      + " that "
                      + Reconciler.originName(total)
                      + " gives");
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<Variable.Key, Set<Item>> e : supportOf.entrySet()) {
      Item total = totalOf.get(e.getKey());
      Variable whole = variableOf.get(Reconciler.variableKey(total));
      String label =
          (whole == null ? total.measure() + " (" + total.subjectLabel() + ")" : whole.label())
              + ", broken down";
      Variable v =
          Variable.of(
              e.getKey(),
              whole == null ? total.subjectLabel() : whole.subject(),
              whole == null ? total.placeShown() : whole.place(),
              label);
      List<Item> items = List.copyOf(e.getValue());
      out.add(
          Verdicts.finding(
              FindingKind.BREAKDOWN,
              v,
              Reconciler.supports(items),
              Reconciler.origins(items),
              explanationOf.get(e.getKey())));
    }
    return out;
  }

  /**
   * The run of figures that {@code kin} keeps, just after {@code total} or just before it, whose
   * sum meets it: at least two, each smaller than the total and above zero, in the total's unit.
   */
  private static Optional<List<Item>> parts(
      Item total, List<Item> figures, BiPredicate<Item, Item> kin, ReconcileOptions options) {
    double whole = Reconciler.stated(total);
    if (!(whole > 0) || Double.isInfinite(whole)) {
      return Optional.empty();
    }
    String unit = unitOf(total);
    List<Item> mates =
        figures.stream()
            .filter(o -> o == total || kin.test(total, o) && unitOf(o).equals(unit))
            .toList();
    int at = mates.indexOf(total);
    for (int step : new int[] {1, -1}) {
      List<Item> run = new ArrayList<>();
      double sum = 0;
      for (int i = at + step; i >= 0 && i < mates.size() && run.size() < MAX_PARTS; i += step) {
        Item p = mates.get(i);
        double x = Reconciler.stated(p);
        if (!(x > 0) || x >= whole || Double.isInfinite(x)) {
          break;
        }
        run.add(p);
        sum += x;
        if (run.size() >= 2 && adds(sum, total, options)) {
          List<Item> inOrder = new ArrayList<>(run);
          inOrder.sort(Comparator.comparingInt(it -> it.claim().value().span().start()));
          return Optional.of(inOrder);
        }
        if (sum > whole * (1 + options.breakdownTolerance())) {
          break;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a part's measure is the total's or a kind of it, named by a word put before it: "debt
   * financing" and "equity financing" are parts of "financing", "road deaths" of "deaths".
   */
  static boolean kindOf(String part, String total) {
    return part.equals(total) || !total.isEmpty() && part.endsWith(" " + total);
  }

  /**
   * Whether a part may count what its total counts: "four lanes" is no total of "two Guatemalans
   * and two Guatemalans"; figures that only count (with no measure saying what happened) are parts
   * of such a total when they count the same thing, or when the total counts people in general.
   */
  private static boolean sameThing(Item total, Item part) {
    if (!bareCount(total) || !bareCount(part)) {
      return true;
    }
    String head = Subjects.head(total.subjectKey());
    return head.equals(Subjects.head(part.subjectKey())) || head.equals("people");
  }

  /**
   * A figure with no measure of its own ("110 adults and five children" after "115 in hospital",
   * "3,377 in the south" after "18,991 were killed in the north"): beside a count of people it
   * counts a group of them.
   */
  private static boolean bareCount(Item it) {
    return it.measure().equals("count");
  }

  /**
   * The figures of other reports in {@code variable} that the parts add up to within {@link
   * ReconcileOptions#breakdownTolerance}, each above every part; for a count that only grows, only
   * those of the parts' own day, since such a count passes through many totals.
   */
  private static List<Item> totalsElsewhere(
      List<Item> parts, List<Item> variable, ReconcileOptions options) {
    if (variable == null) {
      return List.of();
    }
    Item first = parts.get(0);
    double sum = sum(parts);
    double top = parts.stream().mapToDouble(Reconciler::stated).max().orElse(0);
    boolean growing = Measures.cumulative(first.measure());
    return variable.stream()
        .filter(w -> !w.article().id().equals(first.article().id()))
        .filter(w -> Reconciler.stated(w) > top)
        .filter(w -> adds(sum, w, options))
        .filter(
            w ->
                !growing
                    || w.dated()
                        && first.dated()
                        && w.asOf().isPresent()
                        && w.asOf().equals(first.asOf()))
        .sorted(Comparator.comparing((Item w) -> w.article().id()).thenComparing(Item::index))
        .toList();
  }

  /**
   * Whether parts that add up to {@code sum} make {@code total}: within {@link
   * ReconcileOptions#breakdownTolerance} and either exactly, or the total approximate or written
   * round ("50,000" for 50,132, "about 17,000" for 17,176) and the sum rounded to its digits being
   * it. A total the parts miss by a few ("137" against 3 + 133, "70" against 69) is not theirs.
   */
  private static boolean adds(double sum, Item total, ReconcileOptions options) {
    double whole = Reconciler.stated(total);
    if (Math.abs(sum - whole) > options.breakdownTolerance() * whole) {
      return false;
    }
    if (Math.abs(sum - whole) <= 1e-9 * whole) {
      return true;
    }
    if (Verdicts.approximate(total) && total.low() <= sum && sum <= total.high()) {
      return true;
    }
    // A total ending in two zeros or more is written round; "70" is as often a count to the unit.
    double digit = Verdicts.digitOf(whole);
    return digit >= 100 && Verdicts.roundedTo(sum, whole) == whole;
  }

  private static double sum(List<Item> items) {
    return items.stream().mapToDouble(Reconciler::stated).sum();
  }

  private static String unitOf(Item it) {
    return it.claim().value() instanceof ClaimValue.Amount a ? a.unit().orElse("") : "";
  }

  /** An article's figures in text order, leaving out shares of a named whole ("40 % of …"). */
  private static List<Item> inTextOrder(List<Item> items) {
    return items.stream()
        .filter(Reconciler::isNumeric)
        .filter(i -> !i.value().contains(" of "))
        .sorted(Comparator.comparingInt((Item i) -> i.claim().value().span().start()))
        .toList();
  }
}
