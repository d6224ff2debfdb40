package io.corroborate.reconcile;

import io.corroborate.extract.ClaimValue;
import io.corroborate.reconcile.Reconciler.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of one figure among a variable's numeric reports, as {@link Verdicts#agreedFigure}
 * forms them: around a centre report, every report in order whose figure is one figure ({@link
 * Verdicts#sameFigure}) with each report already in the group. Whether two reports give one figure
 * depends only on what each states (its figure, its interval, its hedge, whether it is in a unit),
 * so it is read once per pair of distinct figures; and reports stating the same figure form the
 * same group around them, so a group is formed once per distinct figure. A variable that a thousand
 * reports of a big story state costs a few thousand look-ups per distinct figure, not a billion
 * comparisons.
 *
 * <pre>{@code
 * FigureGroups g = new FigureGroups(sorted, options);
 * List<Item> same = g.items(0); // the group around the first report, that report first
 * }</pre>
 */
final class FigureGroups {
  /** What {@link Verdicts#sameFigure} reads of a report: two reports alike here are one figure. */
  private record Figure(
      double stated, boolean approximate, double low, double high, boolean inUnit) {
    static Figure of(Item i) {
      return new Figure(
          Reconciler.stated(i),
          Verdicts.approximate(i),
          i.low(),
          i.high(),
          i.claim().value() instanceof ClaimValue.Amount a && a.unit().isPresent());
    }
  }

  /**
   * The reports of one group: {@code members} by index into the reports, how many there are and how
   * many independent origins stand behind them.
   */
  record Group(boolean[] members, int size, int origins) {}

  private final List<Item> items;
  private final ReconcileOptions options;
  private final int[] figureOf;
  private final List<Item> firstOf = new ArrayList<>();

  /** Whether two figures (by number) are one: 0 not read yet, 1 one figure, 2 two. */
  private byte[][] one;

  private final Map<Integer, Group> byFigure = new HashMap<>();

  /** No report stands twice in the list, so every report of a figure forms the same group. */
  private final boolean distinct;

  FigureGroups(List<Item> items, ReconcileOptions options) {
    this.items = List.copyOf(items);
    this.options = options;
    this.figureOf = new int[items.size()];
    Map<Figure, Integer> numbers = new HashMap<>();
    Map<Item, Boolean> seen = new IdentityHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      seen.put(it, true);
      Integer n = numbers.get(Figure.of(it));
      if (n == null) {
        n = firstOf.size();
        numbers.put(Figure.of(it), n);
        firstOf.add(it);
      }
      figureOf[i] = n;
    }
    this.distinct = seen.size() == items.size();
    this.one = new byte[firstOf.size()][];
  }

  /** The group around report {@code centre}. */
  Group around(int centre) {
    if (!distinct) {
      return group(centre);
    }
    Group g = byFigure.get(figureOf[centre]);
    if (g == null) {
      g = group(centre);
      byFigure.put(figureOf[centre], g);
    }
    return g;
  }

  /**
   * The reports of the group around {@code centre}: that report first, then the others in order.
   */
  List<Item> items(int centre) {
    Group g = around(centre);
    Item c = items.get(centre);
    List<Item> out = new ArrayList<>(g.size());
    out.add(c);
    for (int j = 0; j < items.size(); j++) {
      if (g.members()[j] && items.get(j) != c) {
        out.add(items.get(j));
      }
    }
    return out;
  }

  private Group group(int centre) {
    Item c = items.get(centre);
    boolean[] members = new boolean[items.size()];
    members[centre] = true;
    List<Item> same = new ArrayList<>(List.of(c));
    // The distinct figures of the group so far: a report joins when it is one figure with each.
    List<Integer> figures = new ArrayList<>(List.of(figureOf[centre]));
    for (int j = 0; j < items.size(); j++) {
      Item o = items.get(j);
      if (o == c) {
        continue;
      }
      int f = figureOf[j];
      boolean all = true;
      for (int g : figures) {
        if (!one(g, f)) {
          all = false;
          break;
        }
      }
      if (all) {
        members[j] = true;
        same.add(o);
        if (!figures.contains(f)) {
          figures.add(f);
        }
      }
    }
    return new Group(members, same.size(), Reconciler.origins(same));
  }

  private boolean one(int a, int b) {
    if (one[a] == null) {
      one[a] = new byte[firstOf.size()];
    }
    if (one[a][b] == 0) {
      one[a][b] = Verdicts.sameFigure(firstOf.get(a), firstOf.get(b), options) ? (byte) 1 : 2;
    }
    return one[a][b] == 1;
  }
}
