package io.corroborate.reconcile;

import io.corroborate.annotate.quantity.Hedge;
import io.corroborate.extract.ClaimValue;
import io.corroborate.extract.NumberReader;
import io.corroborate.model.Span;
import io.corroborate.reconcile.Reconciler.Item;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/** The verdicts on numeric variables: conflict, update, agreement, single source; breakdowns. */
final class Verdicts {
  private Verdicts() {}

  /**
   * How far apart, in units, two magnitudes may be and still be rival estimates of one quake
   * (agencies' estimates of one quake differ by less, a quake and its aftershock by more).
   */
  static final double MAGNITUDE_RIVALS = 0.5;

  private static final Comparator<Item> BY_DATE =
      Comparator.comparing((Item i) -> i.asOf().orElse(LocalDate.MIN))
          .thenComparing(i -> i.article().id())
          .thenComparing(Item::index);

  /**
   * The verdict on one numeric variable, in four steps: 1. on one day, two origins whose intervals
   * do not meet conflict; 2. for a figure that only grows, a later figure of another origin below
   * an earlier one's floor conflicts; 3. values that change over time are an update, unless a
   * figure that may go up and down comes back to an earlier one (figures of different moments or
   * scopes), and for a property that does not change only as its dated reports show it; 4.
   * otherwise two or more origins agree, and one is a single source.
   */
  static Finding numeric(Variable v, List<Item> items, ReconcileOptions options) {
    return numeric(v, items, Map.of(), options);
  }

  /**
   * The verdict on one numeric variable, {@code byArticle} holding every claim of each article (so
   * that a figure's neighbours in its sentence can be read).
   */
  static Finding numeric(
      Variable v, List<Item> items, Map<String, List<Item>> byArticle, ReconcileOptions options) {
    List<Item> sorted = new ArrayList<>(items);
    sorted.sort(BY_DATE);
    int origins = Reconciler.origins(sorted);
    List<Support> support = Reconciler.supports(sorted);
    // A report with no date of its own is read at an estimated day. For a count that only grows
    // and that the dated reports show growing from one day to a later one, its figure cannot be
    // set against the dated ones on that day: it neither clashes with them nor breaks their growth,
    // and where the figures differ they are read as points of that growth.
    boolean counts = Measures.cumulative(v.measure());
    boolean cumulative = counts && grows(sorted);
    // A figure that goes up and down over time (the missing, a cost, a stake) is set against
    // another only on a day both are known to hold: an undated report, read at its story's last
    // day, is no evidence of that day. A property that does not change (a length, a magnitude)
    // clashes whatever the day; a count that only grows keeps the rules above, where an undated
    // figure meets a dated one only when the count is not seen growing, and only from above.
    boolean timeless =
        Measures.logarithmic(v.measure()) || sorted.stream().allMatch(Verdicts::physical);
    List<Item> timed =
        cumulative || !counts && !timeless ? sorted.stream().filter(Item::dated).toList() : sorted;
    // An origin that gives a growing count more than once in an article gives its current figure
    // as the highest; its lower ones are earlier points ("from 12 dead, the toll rose to 40"),
    // parts of the total or the count of a narrower scope, and are not set against other reports.
    // The starting point of a rise the sentence tells ("from 12 dead, the toll rose to 40") is an
    // earlier value of the count: not set against any report's figure either.
    List<Item> judged =
        counts ? currentFigures(timed.stream().filter(i -> !riseStart(i)).toList()) : timed;
    // 1. Same day.
    TreeMap<LocalDate, List<Item>> byDay = new TreeMap<>();
    for (Item it : judged) {
      byDay.computeIfAbsent(it.asOf().orElse(LocalDate.MIN), d -> new ArrayList<>()).add(it);
    }
    // A bare count ("200 people", "6.4 million") says too little of what it counts to contradict.
    boolean comparable = !v.measure().equals("count") || v.subject().contains(" ");
    // A figure that, with another figure of the same measure in its own sentence, adds up to a
    // rival
    // figure is a part of that whole (one agency's bill of $75 million and another's of $24 million
    // beside a total of $100 million): a part beside the whole, not a rival.
    // The two parts themselves, side by side in that sentence, are no rivals either.
    BiPredicate<Item, Item> aPart =
        (high, low) ->
            partOf(high, low, byArticle, options)
                || wholeOf(high, low, byArticle, options)
                || partsOfOne(high, low, sorted, options);
    Item[] part = null;
    for (Map.Entry<LocalDate, List<Item>> day :
        comparable ? byDay.entrySet() : Map.<LocalDate, List<Item>>of().entrySet()) {
      // Two reports of a growing count that give no day of their own may be of different moments:
      // such a figure clashes only with a dated one of its day.
      // While a count is still rising, two figures of one day that both lie between the day
      // before's highest and the day after's are snapshots of different hours, not rivals.
      BiPredicate<Item, Item> ofItsHours =
          (high, low) -> counts && withinGrowth(day.getKey(), high, low, byDay, options);
      BiPredicate<Item, Item> explained = ofItsHours.or(aPart).or(Verdicts::writtenCoarser);
      Optional<Item[]> clash =
          counts
              ? clashWithDated(day.getValue(), options, explained)
              : clash(day.getValue(), options, explained);
      if (clash.isEmpty() && part == null) {
        part =
            (counts
                    ? clashWithDated(day.getValue(), options, ofItsHours)
                    : clash(day.getValue(), options, ofItsHours))
                .filter(p -> aPart.test(p[0], p[1]))
                .orElse(null);
      }
      if (clash.isPresent()) {
        Item a = clash.get()[0];
        Item b = clash.get()[1];
        String when = day.getKey().equals(LocalDate.MIN) ? "" : " as of " + day.getKey();
        return finding(
            FindingKind.CONFLICT,
            v,
            support,
            origins,
            say(a) + " but " + say(b) + when + ": the figures cannot both hold");
      }
    }
    // 2. A figure that only grows.
    if (counts) {
      Item floor = null;
      Item second = null;
      for (Map.Entry<LocalDate, List<Item>> day : byDay.entrySet()) {
        for (Item it : day.getValue().stream().filter(Item::dated).toList()) {
          Item against = floor != null && !floor.origin().equals(it.origin()) ? floor : second;
          if (against != null
              && !against.asOf().equals(it.asOf())
              && !against.origin().equals(it.origin())
              && it.high() < against.low()
              && rivals(v.measure(), against, it, options)) {
            return finding(
                FindingKind.CONFLICT,
                v,
                support,
                origins,
                said(against)
                    + " but "
                    + said(it)
                    + ": a count that only grows cannot fall, so this is not an update"
                    + series(byDay));
          }
        }
        for (Item it : day.getValue().stream().filter(Item::dated).toList()) {
          if (floor == null || it.low() > floor.low()) {
            if (floor != null && !floor.origin().equals(it.origin())) {
              second = floor;
            }
            floor = it;
          } else if (!floor.origin().equals(it.origin())
              && (second == null || it.low() > second.low())) {
            second = it;
          }
        }
      }
    }
    // 3. Changes over time. A property that does not change is read at the days of its dated
    // reports only: an undated one, set at its story's last day, is no evidence of a change.
    TreeMap<LocalDate, List<Item>> stepDays = byDay;
    if (timeless && !counts) {
      stepDays = new TreeMap<>();
      for (Item it : judged) {
        if (it.dated()) {
          stepDays.computeIfAbsent(it.asOf().orElse(LocalDate.MIN), d -> new ArrayList<>()).add(it);
        }
      }
    }
    List<String> series = new ArrayList<>();
    List<Item> steps = new ArrayList<>();
    LocalDate firstDay = null;
    LocalDate lastDay = null;
    for (Map.Entry<LocalDate, List<Item>> day : stepDays.entrySet()) {
      // A growing count stands on a day at the highest figure given for it.
      Item rep =
          counts
              ? day.getValue().stream().max(Comparator.comparingDouble(Reconciler::stated)).get()
              : day.getValue().get(0);
      String value = Reconciler.num(Reconciler.stated(rep)) + (open(rep) ? "+" : "");
      // "at least 300" and "300" are one figure: only a change of the number is an update.
      if (series.isEmpty()
          || !series.get(series.size() - 1).replace("+", "").equals(value.replace("+", ""))) {
        series.add(value);
        steps.add(rep);
        if (firstDay == null) {
          firstDay = day.getKey();
        }
        lastDay = day.getKey();
      }
    }
    // A figure that may go up and down (a stake, a sum, the missing) and that comes back to an
    // earlier figure from another origin did not change and change back: the reports give it of
    // different moments or scopes, or restate an old figure, and cannot be read as one figure's
    // changes.
    Optional<Item[]> back = counts || timeless ? Optional.empty() : comesBack(steps);
    // A count that only grows and whose reports, in the order of their days, go down (45,000 then
    // 1,602) has not changed: the later, lower figure is of a narrower scope or an older moment.
    Optional<Item[]> fall = counts ? falls(steps) : Optional.empty();
    // A figure that may go up and down (a sum, a stake) that another origin gives many times over
    // (a $24 million bill, then $1.7 billion) is not one estimate revised: the two are of different
    // scopes, as rival figures that far apart are.
    Optional<Item[]> leap =
        counts || timeless ? Optional.empty() : farApart(v.measure(), steps, options);
    // A property of one thing (a depth, a length) that two origins give a power of ten apart (50
    // and 500 feet) did not change: one of them gained or lost a zero, and the figures clash.
    Optional<Item[]> slip = timeless ? zeroApart(steps) : Optional.empty();
    if (series.size() > 1 && stepDays.size() > 1) {
      Optional<Finding> notChanges =
          back.map(
                  b ->
                      inTurn(
                          FindingKind.SCOPE,
                          v,
                          support,
                          origins,
                          b,
                          "the figure comes back, so these are not one figure's changes over time;"
                              + " they hold of different moments or scopes, or restate an earlier"
                              + " figure"))
              .or(
                  () ->
                      fall.map(
                          p ->
                              inTurn(
                                  FindingKind.SCOPE,
                                  v,
                                  support,
                                  origins,
                                  p,
                                  "a count that only grows does not fall, so these are not one"
                                      + " count's updates; they hold of different scopes or"
                                      + " moments")))
              .or(
                  () ->
                      leap.map(
                          p ->
                              inTurn(
                                  FindingKind.SCOPE,
                                  v,
                                  support,
                                  origins,
                                  p,
                                  timesApart(p[0], p[1])
                                      + ", too far apart to be one figure's revisions; they hold"
                                      + " of different scopes")))
              .or(
                  () ->
                      slip.map(
                          p ->
                              inTurn(
                                  FindingKind.CONFLICT,
                                  v,
                                  support,
                                  origins,
                                  p,
                                  timesApart(p[0], p[1])
                                      + ", a zero gained or lost, not a change of one thing's "
                                      + v.measure())));
      if (notChanges.isPresent()) {
        return notChanges.get();
      }
    }
    if (series.size() > 1 && stepDays.size() > 1) {
      Map<String, String> byOrigin = new LinkedHashMap<>();
      sorted.forEach(i -> byOrigin.putIfAbsent(i.origin(), Reconciler.originName(i)));
      java.util.Collection<String> who = byOrigin.values();
      return finding(
          FindingKind.UPDATE,
          v,
          support,
          origins,
          v.measure()
              + " updated "
              + String.join(" → ", series)
              + " from "
              + dayText(firstDay)
              + " to "
              + dayText(lastDay)
              + " ("
              + String.join(", ", who)
              + ")"
              + (roundingSameDay(byDay) ? "; same-day figures agree up to rounding" : "")
              + undatedPoints(sorted, timed));
    }
    if (counts && sorted.stream().anyMatch(i -> !i.dated())) {
      List<String> values =
          sorted.stream()
              .map(Reconciler::stated)
              .distinct()
              .sorted()
              .map(Reconciler::num)
              .distinct()
              .toList();
      if (values.size() > 1) {
        long undated = sorted.stream().filter(i -> !i.dated()).count();
        return finding(
            FindingKind.UPDATE,
            v,
            support,
            origins,
            v.measure()
                + " grew through "
                + String.join(" → ", values)
                + " ("
                + undated
                + " of "
                + sorted.size()
                + " reports give no date of their own, so the order is that of a count that only"
                + " grows)");
      }
    }
    // 4. Figures of different scopes, agreement or a single source.
    List<Item> undated = sorted.stream().filter(i -> !i.dated()).toList();
    if (!counts && !timeless && !undated.isEmpty() && origins > 1) {
      Optional<Item[]> apartInTime = widest(sorted, (high, low) -> !high.dated() || !low.dated());
      if (apartInTime.isPresent()) {
        Item a = apartInTime.get()[0];
        Item b = apartInTime.get()[1];
        return finding(
            FindingKind.SCOPE,
            v,
            support,
            origins,
            say(a)
                + " but "
                + say(b)
                + ": different moments, not a conflict: "
                + (a.dated() ? b : a).article().outletShown()
                + " gives no date of its own, and a figure that changes over time is only set"
                + " against another of the same day");
      }
    }
    if (part != null) {
      return finding(
          FindingKind.SCOPE,
          v,
          support,
          origins,
          say(part[0])
              + " but "
              + say(part[1])
              + ": "
              + part[1].value()
              + " is a part, which with another figure written beside it adds up to "
              + part[0].value()
              + "; a part beside the whole, not a rival figure");
    }
    Optional<Item[]> apart = origins > 1 ? apart(judged, options) : Optional.empty();
    if (apart.isPresent()) {
      Item a = apart.get()[0];
      Item b = apart.get()[1];
      return finding(
          FindingKind.SCOPE,
          v,
          support,
          origins,
          say(a)
              + " but "
              + say(b)
              + ": "
              + times(Reconciler.stated(a), Reconciler.stated(b))
              + ", too far apart to be rival figures for one "
              + v.measure()
              + " count; they hold of different scopes or moments (a part beside the whole, another"
              + " place, an earlier hour)");
    }
    if (origins > 1) {
      boolean rounding =
          sorted.stream()
                  .anyMatch(
                      i ->
                          i.claim().value() instanceof ClaimValue.Amount a
                              && (a.hedge() == Hedge.APPROXIMATE || a.hedge() == Hedge.NEARLY))
              && sorted.stream()
                      .map(i -> i.claim().value())
                      .filter(ClaimValue.Amount.class::isInstance)
                      .map(a -> ((ClaimValue.Amount) a).value())
                      .distinct()
                      .count()
                  > 1;
      return finding(
          FindingKind.AGREE,
          v,
          support,
          origins,
          origins
              + " independent origins agree on "
              + v.measure()
              + " ("
              + values(sorted)
              + ")"
              + (rounding ? ", the differences being rounding" : ""));
    }
    return finding(
        FindingKind.SINGLE_SOURCE,
        v,
        support,
        origins,
        "only "
            + Reconciler.originName(sorted.get(0))
            + " gives "
            + v.measure()
            + " ("
            + values(sorted)
            + "), repeated by "
            + sorted.stream().map(i -> i.article().outlet()).distinct().count()
            + " outlet(s)");
  }

  /**
   * The figure most independent origins give for a variable whose verdict is not itself an
   * agreement (a count that rose, figures of different scopes, a conflict): "6 dead" from four
   * origins beside the earlier 2, 3 and 4 is both a step of the update and a figure the sources
   * agree on. Two figures are one figure when one is the other rounded to the digits it is written
   * with ("2.6 km" and "2.57 km", "300 m" and "299 m") and they lie within {@link
   * ReconcileOptions#roundingTolerance} of each other, or when an approximate figure's interval
   * holds the other ("about 2.5 km" and "2.57 km"). Empty when no figure has two origins behind it.
   */
  static Optional<Finding> agreedFigure(
      Variable v, List<Item> items, FindingKind verdict, ReconcileOptions options) {
    if (verdict == FindingKind.AGREE || verdict == FindingKind.SINGLE_SOURCE) {
      return Optional.empty();
    }
    List<Item> sorted =
        items.stream()
            .filter(Reconciler::isNumeric)
            .filter(i -> Double.isFinite(Reconciler.stated(i)))
            .sorted(BY_DATE)
            .toList();
    FigureGroups groups = new FigureGroups(sorted, options);
    int bestCentre = -1;
    int bestSize = 0;
    int bestOrigins = 1;
    for (int c = 0; c < sorted.size(); c++) {
      // Every two figures of the group are one figure: "about 9 %" holds 9.1 % and 9.2 %, but
      // those two are not one.
      FigureGroups.Group same = groups.around(c);
      // The most origins, then the most reports; a later figure wins a tie (the count as it
      // settled).
      if (same.origins() > bestOrigins
          || same.origins() == bestOrigins && same.size() >= bestSize) {
        if (same.origins() >= 2) {
          bestCentre = c;
          bestSize = same.size();
          bestOrigins = same.origins();
        }
      }
    }
    if (bestCentre < 0) {
      return Optional.empty();
    }
    List<Item> best = groups.items(bestCentre);
    Variable agreed =
        new Variable(
            v.key() + "|agreed",
            v.subject(),
            v.measure(),
            v.scope(),
            v.place(),
            v.label() + ", the figure most sources give");
    boolean rounding = best.stream().map(Reconciler::stated).distinct().count() > 1;
    return Optional.of(
        finding(
            FindingKind.AGREE,
            agreed,
            Reconciler.supports(best),
            bestOrigins,
            bestOrigins
                + " independent origins agree on "
                + v.measure()
                + " ("
                + values(best)
                + ")"
                + (rounding ? ", the differences being rounding" : "")
                + "; the "
                + verdict.name().toLowerCase(java.util.Locale.ROOT)
                + " stands beside it"));
  }

  /**
   * Whether two figures are one figure: equal; or an approximate figure's interval holds the
   * other's; or, for a value in a unit or a sum of money (which reports round: a length, a share),
   * {@code b} rounded to the digits {@code a} is written with is {@code a} or the other way round,
   * the two within {@link ReconcileOptions#roundingTolerance}. A count of people or things is
   * written to the unit: 140 and 137 dead are two counts.
   */
  static boolean sameFigure(Item a, Item b, ReconcileOptions options) {
    double x = Reconciler.stated(a);
    double y = Reconciler.stated(b);
    if (x == y) {
      return true;
    }
    if (approximate(a) && a.low() <= y && y <= a.high()
        || approximate(b) && b.low() <= x && x <= b.high()) {
      return true;
    }
    return Math.abs(x - y) <= options.roundingTolerance() * Math.max(Math.abs(x), Math.abs(y))
        && writtenCoarser(a, b);
  }

  /**
   * Whether one of two figures in a unit of measurement is the other written to coarser digits: "3
   * km" beside "2.6 km", "300 m" beside "299 m". The coarser figure stands for anything within half
   * of its last written digit, so the two are one value at two precisions, not rival values. A
   * count of people or things is written to the unit and never read this way.
   */
  static boolean writtenCoarser(Item a, Item b) {
    if (!(a.claim().value() instanceof ClaimValue.Amount u && u.unit().isPresent())
        || !(b.claim().value() instanceof ClaimValue.Amount w && w.unit().isPresent())) {
      return false;
    }
    double x = Reconciler.stated(a);
    double y = Reconciler.stated(b);
    return Double.isFinite(x)
        && Double.isFinite(y)
        && (roundedTo(y, x) == x || roundedTo(x, y) == y);
  }

  /**
   * Figures of an update that are one figure miswritten, shown as conflicts beside it: two exact
   * figures for the same day from two independent origins, of 1,000 or more ({@link
   * ReconcileOptions#minSlipFigure}) and written past the hundreds (not round: "3,300" and "3,700"
   * are estimates, "7,340" is not), written with one digit changed ("5,383" and "5,385", "7,340"
   * and "7,840"). A count that rises within a day is reported again in later words; one digit apart
   * on the same day is a slip in one of the reports, and the dossier cannot tell which: both stand,
   * as a conflict, and the update keeps them as its points. Two undated reports (read at the
   * story's date) cannot be ordered either: their figures one digit apart are a slip too, but an
   * undated figure is never set against a dated one. A share restated with one digit changed and
   * then given again as before is a slip as well (see {@link #returnedShares}).
   */
  static List<Finding> slips(
      Variable v, List<Item> items, FindingKind verdict, ReconcileOptions options) {
    List<Finding> out = new ArrayList<>();
    if (verdict == FindingKind.SCOPE) {
      out.addAll(returnedShares(v, items));
    }
    if (verdict != FindingKind.UPDATE) {
      return out;
    }
    List<Item> exact =
        items.stream()
            .filter(Reconciler::isNumeric)
            .filter(i -> i.asOf().isPresent())
            .filter(
                i -> i.claim().value() instanceof ClaimValue.Amount a && a.hedge() == Hedge.EXACT)
            .filter(i -> wholeFigure(Reconciler.stated(i)) >= options.minSlipFigure())
            // Written past the hundreds: figures round to the hundred ("3,300", "60,000") are
            // estimates of their moment, while one written to the tens ("7,340") is a count.
            .filter(i -> wholeFigure(Reconciler.stated(i)) % 100 != 0)
            .sorted(BY_DATE)
            .toList();
    Set<String> pairs = new LinkedHashSet<>();
    for (int a = 0; a < exact.size(); a++) {
      for (int b = a + 1; b < exact.size(); b++) {
        Item x = exact.get(a);
        Item y = exact.get(b);
        if (!x.asOf().equals(y.asOf()) || x.dated() != y.dated() || x.origin().equals(y.origin())) {
          continue;
        }
        String dx = Long.toString(wholeFigure(Reconciler.stated(x)));
        String dy = Long.toString(wholeFigure(Reconciler.stated(y)));
        if (!oneDigitApart(dx, dy)) {
          continue;
        }
        String low = dx.compareTo(dy) <= 0 ? dx : dy;
        String high = low.equals(dx) ? dy : dx;
        if (!pairs.add(x.asOf().get() + " " + low + " " + high)) {
          continue;
        }
        Variable slip =
            new Variable(
                v.key() + "|slip " + low + " " + high,
                v.subject(),
                v.measure(),
                v.scope(),
                v.place(),
                v.label() + ", one figure written two ways");
        out.add(
            finding(
                FindingKind.CONFLICT,
                slip,
                Reconciler.supports(List.of(x, y)),
                2,
                Reconciler.originName(x)
                    + " says "
                    + x.value()
                    + " but "
                    + Reconciler.originName(y)
                    + " says "
                    + y.value()
                    + (x.dated()
                        ? " as of " + x.asOf().get() + ": one digit apart on the same day"
                        : ", both in undated reports: one digit apart and not to be ordered")
                    + ", a slip in one of them; the update stands beside it"));
      }
    }
    out.addAll(returnedShares(v, items));
    return out;
  }

  /**
   * Of the figures that stand for successive days of a variable, the first that comes back to an
   * earlier one after a different figure, from another origin than the different one's: the earlier
   * figure, the different one, the one that comes back.
   */
  private static Optional<Item[]> comesBack(List<Item> steps) {
    for (int c = 2; c < steps.size(); c++) {
      Item z = steps.get(c);
      for (int a = 0; a < c - 1; a++) {
        Item x = steps.get(a);
        Item y = steps.get(c - 1);
        if (Reconciler.stated(x) == Reconciler.stated(z)
            && Reconciler.stated(y) != Reconciler.stated(z)
            && !y.origin().equals(z.origin())) {
          return Optional.of(new Item[] {x, y, z});
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A share that reports restate at one precision, one of them with a digit changed: "9.2 %" from
   * one origin, later "9.1 %" from another, later "9.2 %" again. A share of one whole changes over
   * time, but a figure that comes back to its value after another origin gave it one digit apart
   * did not change twice; the reports restate one share and one of them misreads it. Sums of money
   * are left out: two sums one digit apart are often two valuations of one thing (with or without
   * the debt, the fees). Shown as a conflict of the figures beside the variable's own verdict
   * (figures of different moments, since the share comes back).
   */
  private static List<Finding> returnedShares(Variable v, List<Item> items) {
    List<Item> shares =
        items.stream()
            .filter(Reconciler::isNumeric)
            .filter(Item::dated)
            .filter(i -> i.asOf().isPresent())
            .filter(
                i ->
                    i.claim().value() instanceof ClaimValue.Amount a
                        && a.hedge() == Hedge.EXACT
                        && a.unit().filter("%"::equals).isPresent())
            .filter(i -> Double.isFinite(Reconciler.stated(i)))
            .sorted(BY_DATE)
            .toList();
    List<Finding> out = new ArrayList<>();
    Set<String> pairs = new LinkedHashSet<>();
    for (int a = 0; a < shares.size(); a++) {
      Item x = shares.get(a);
      for (int b = a + 1; b < shares.size(); b++) {
        Item y = shares.get(b);
        if (!y.asOf().get().isAfter(x.asOf().get())
            || y.origin().equals(x.origin())
            || !sameDigitsButOne(Reconciler.stated(x), Reconciler.stated(y))) {
          continue;
        }
        Optional<Item> back =
            shares.subList(b + 1, shares.size()).stream()
                .filter(z -> z.asOf().get().isAfter(y.asOf().get()))
                .filter(z -> !z.origin().equals(y.origin()))
                .filter(z -> Reconciler.stated(z) == Reconciler.stated(x))
                .findFirst();
        if (back.isEmpty()) {
          continue;
        }
        String key =
            Reconciler.num(Reconciler.stated(x)) + " " + Reconciler.num(Reconciler.stated(y));
        if (!pairs.add(key)) {
          continue;
        }
        Item z = back.get();
        Variable slip =
            new Variable(
                v.key() + "|slip " + key,
                v.subject(),
                v.measure(),
                v.scope(),
                v.place(),
                v.label() + ", one share written two ways");
        List<Item> three = List.of(x, y, z);
        out.add(
            finding(
                FindingKind.CONFLICT,
                slip,
                Reconciler.supports(three),
                Reconciler.origins(three),
                said(x)
                    + ", "
                    + said(y)
                    + " and "
                    + said(z)
                    + ": the share comes back to its figure, so it did not change twice; two"
                    + " figures one digit apart for one share, a misreading in one of them; the"
                    + " update stands beside it"));
      }
    }
    return out;
  }

  /**
   * Whether two figures are written to the same last digit and differ in one digit that is not
   * their first: 9.2 and 9.1, 5,383 and 5,385 (not 9 and 9.2, which differ in precision).
   */
  static boolean sameDigitsButOne(double x, double y) {
    if (x == y || x <= 0 || y <= 0 || digitOf(x) != digitOf(y)) {
      return false;
    }
    double step = digitOf(x);
    return oneDigitApart(Long.toString(Math.round(x / step)), Long.toString(Math.round(y / step)));
  }

  /**
   * Figures of one report that are one figure with a zero more or fewer ("78,000" in one line,
   * "7,800" a few lines on, for one count of one day): a slip that cannot both hold, shown as a
   * conflict. Both are of one measure and subject, of one place or one of them of none; the lower
   * is at least {@link ReconcileOptions#minSlipFigure} and written with two significant digits or
   * more (a lone digit and its tenfold, "5" and "50", are as often a part beside a total), and
   * neither is the start of a rise the sentence tells ("from 780 to 7,800").
   */
  static List<Finding> shiftedSlips(
      Map<Variable.Key, List<Item>> groups,
      Map<Variable.Key, Variable> variableOf,
      ReconcileOptions options) {
    Map<String, List<Item>> byArticle = new TreeMap<>();
    groups.values().stream()
        .flatMap(List::stream)
        .forEach(i -> byArticle.computeIfAbsent(i.article().id(), k -> new ArrayList<>()).add(i));
    Map<Variable.Key, Set<Item>> supportOf = new TreeMap<>();
    Map<Variable.Key, String> explanationOf = new TreeMap<>();
    Map<Variable.Key, Variable> baseOf = new TreeMap<>();
    for (List<Item> items : byArticle.values()) {
      List<Item> figures =
          items.stream()
              .filter(Reconciler::isNumeric)
              .filter(i -> Double.isFinite(Reconciler.stated(i)) && Reconciler.stated(i) > 0)
              .filter(i -> !riseStart(i))
              .toList();
      for (Item high : figures) {
        for (Item low : figures) {
          double x = Reconciler.stated(high);
          double y = Reconciler.stated(low);
          if (!(x > y)
              || y < options.minSlipFigure()
              || y / digitOf(y) < 10
              || !shiftedDigits(x / y)
              || high.claim().value() instanceof ClaimValue.Amount a && a.hedge() == Hedge.AT_MOST
              || high.dated() && low.dated() && !high.asOf().equals(low.asOf())) {
            continue;
          }
          Variable.Key hk = Reconciler.variableKey(high);
          Variable.Key lk = Reconciler.variableKey(low);
          if (!hk.withPlace("").equals(lk.withPlace(""))
              || !hk.place().isEmpty() && !lk.place().isEmpty() && !hk.equals(lk)) {
            continue;
          }
          // The finding sits with the variable of no place where one of them has none.
          Variable.Key base = hk.place().isEmpty() ? hk : lk;
          Variable.Key key = base.withFacet("slip " + Reconciler.num(y) + " " + Reconciler.num(x));
          supportOf.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(List.of(high, low));
          baseOf.putIfAbsent(key, variableOf.get(base));
          if (baseOf.get(key) == null) {
            baseOf.remove(key);
            supportOf.remove(key);
          }
          explanationOf.computeIfAbsent(
              key,
              k ->
                  say(high)
                      + " but "
                      + say(low)
                      + " in the same report: one figure with a zero more or fewer ("
                      + times(x, y)
                      + "), a slip in one of them that cannot both hold");
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<Variable.Key, Set<Item>> e : supportOf.entrySet()) {
      Variable base = baseOf.get(e.getKey());
      Variable v =
          Variable.of(
              e.getKey(), base.subject(), base.place(), base.label() + ", one figure a zero apart");
      List<Item> items = List.copyOf(e.getValue());
      out.add(
          finding(
              FindingKind.CONFLICT,
              v,
              Reconciler.supports(items),
              Reconciler.origins(items),
              explanationOf.get(e.getKey())));
    }
    return out;
  }

  /** A figure as a whole number, or -1 when it has a fraction. */
  private static long wholeFigure(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? (long) Math.abs(x) : -1;
  }

  /**
   * Whether two digit strings of one length differ in one digit only, not the leading one. A figure
   * with a digit more or fewer ("78,000" for "7,800") is a shift that {@link #rivals} already reads
   * as a slip.
   */
  static boolean oneDigitApart(String a, String b) {
    // A figure whose leading digit differs ("3,574" beside "8,574") is another count of another
    // scope (a region beside the country), thousands apart, not the same count miswritten.
    if (a.length() != b.length() || a.isEmpty() || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        diff++;
      }
    }
    return diff == 1;
  }

  static boolean approximate(Item it) {
    return it.claim().value() instanceof ClaimValue.Amount a
        && (a.hedge() == Hedge.APPROXIMATE || a.hedge() == Hedge.NEARLY);
  }

  /**
   * {@code x} rounded to the last digit {@code written} shows ("2.57" to "2.6", "299" to "300").
   */
  static double roundedTo(double x, double written) {
    double step = digitOf(written);
    double r = Math.round(x / step) * step;
    // Back to the written value's own decimal form, so that 2.6000000000000001 reads as 2.6.
    return Math.abs(r - written) < step * 1e-6 ? written : r;
  }

  /** The place of the last significant digit of a written figure: 100 for 300, 0.1 for 2.6. */
  static double digitOf(double written) {
    double w = Math.abs(written);
    if (w == 0) {
      return 1;
    }
    for (int k = 15; k >= -6; k--) {
      double step = Math.pow(10, k);
      if (step <= w) {
        double q = w / step;
        if (Math.abs(q - Math.rint(q)) < 1e-6 * Math.max(1, q)) {
          return step;
        }
      }
    }
    return 1e-6;
  }

  /**
   * Whether two figures of a growing count on {@code day} both lie between the highest figure of
   * the nearest earlier day and the highest of the nearest later day: the count rose through the
   * day, and the two are of different hours. On the last reported day, two figures above the day
   * before's highest and within {@link ReconcileOptions#roundingTolerance} of each other are. A
   * figure above the next day's (a slip, "78,000" for "7,800") or below the day before's is not
   * explained so.
   */
  private static boolean withinGrowth(
      LocalDate day,
      Item high,
      Item low,
      TreeMap<LocalDate, List<Item>> days,
      ReconcileOptions options) {
    if (day.equals(LocalDate.MIN)) {
      return false;
    }
    // The days before and after that hold a dated figure: a day whose reports are all undated
    // (placed there by the story's dates) bounds nothing.
    Map.Entry<LocalDate, List<Item>> after = days.higherEntry(day);
    while (after != null && highest(after.getValue()) == 0) {
      after = days.higherEntry(after.getKey());
    }
    Map.Entry<LocalDate, List<Item>> before = days.lowerEntry(day);
    while (before != null
        && !before.getKey().equals(LocalDate.MIN)
        && highest(before.getValue()) == 0) {
      before = days.lowerEntry(before.getKey());
    }
    double floor =
        before == null || before.getKey().equals(LocalDate.MIN) ? 0 : highest(before.getValue());
    // No later day with a dated figure: a count that only grows and that later reports with no
    // date of their own (read at the story's last day) give higher is still rising past the day.
    double undatedLater =
        after != null
            ? 0
            : days.tailMap(day, false).values().stream()
                .flatMap(List::stream)
                .mapToDouble(Reconciler::stated)
                .max()
                .orElse(0);
    if (after == null && undatedLater > 0) {
      return Reconciler.stated(low) >= floor && Reconciler.stated(high) < undatedLater;
    }
    if (after == null) {
      // The count's last reported day has no later figure to bound its hours: two figures above
      // every earlier day's, within a rounding of each other or less apart than the lower one rose
      // from the day before (within the pace of its updates), are its latest points, not rivals.
      double gap = Reconciler.stated(high) - Reconciler.stated(low);
      return floor > 0
          && Reconciler.stated(low) >= floor
          && (gap <= options.roundingTolerance() * Reconciler.stated(high)
              || gap <= Reconciler.stated(low) - floor);
    }
    return Reconciler.stated(low) >= floor && Reconciler.stated(high) <= highest(after.getValue());
  }

  private static double highest(List<Item> items) {
    return items.stream().filter(Item::dated).mapToDouble(Reconciler::stated).max().orElse(0);
  }

  /**
   * The highest figure of a growing count that each origin gives in each article (all of them where
   * several tie); two origins quoted side by side keep a figure each.
   */
  private static List<Item> currentFigures(List<Item> items) {
    Map<String, Double> top = new LinkedHashMap<>();
    for (Item it : items) {
      top.merge(reportOf(it), Reconciler.stated(it), Math::max);
    }
    return items.stream().filter(it -> Reconciler.stated(it) >= top.get(reportOf(it))).toList();
  }

  /** Whether an item's figure is the starting point of a rise its sentence tells. */
  private static boolean riseStart(Item it) {
    Span sentence = it.claim().evidence().sentence();
    Span value = it.claim().value().span();
    String text = it.article().text();
    if (sentence.end() > text.length()
        || value.start() < sentence.start()
        || value.end() > sentence.end()) {
      return false;
    }
    return Rises.start(
        text.substring(sentence.start(), sentence.end()),
        value.start() - sentence.start(),
        it.article().language());
  }

  private static String reportOf(Item it) {
    return it.article().id() + "\u0000" + it.origin();
  }

  /**
   * A clash of one day in which at least one side is a dated report. A report with no date of its
   * own stands at an estimated day, its story's last, so it held at or before that day: a growing
   * count it gives lower than a dated figure of that day is an earlier point ("three children among
   * the dead" beside a dated "five"), not a rival; one above it still clashes.
   */
  private static Optional<Item[]> clashWithDated(
      List<Item> day, ReconcileOptions options, BiPredicate<Item, Item> explained) {
    List<Item> dated = day.stream().filter(Item::dated).toList();
    if (dated.isEmpty()) {
      return Optional.empty();
    }
    Optional<Item[]> among = clash(dated, options, explained);
    if (among.isPresent()) {
      return among;
    }
    BiPredicate<Item, Item> earlierPoint = (high, low) -> high.dated() && !low.dated();
    for (Item it : day) {
      if (!it.dated()) {
        List<Item> with = new ArrayList<>(dated);
        with.add(it);
        Optional<Item[]> c = clash(with, options, explained.or(earlierPoint));
        if (c.isPresent()) {
          return c;
        }
      }
    }
    return Optional.empty();
  }

  /** The figures of reports without a day of their own, read as points of a growing count. */
  private static String undatedPoints(List<Item> sorted, List<Item> timed) {
    if (timed.size() == sorted.size()) {
      return "";
    }
    List<String> values =
        sorted.stream()
            .filter(i -> !i.dated())
            .map(Reconciler::stated)
            .distinct()
            .sorted()
            .map(Reconciler::num)
            .distinct()
            .toList();
    return "; "
        + (sorted.size() - timed.size())
        + " of "
        + sorted.size()
        + " reports give no date of their own: "
        + String.join(", ", values)
        + ", read as points of that growth";
  }

  /** Whether the dated items rise from their first day to a later day. */
  private static boolean grows(List<Item> sorted) {
    List<Item> dated = sorted.stream().filter(i -> i.dated() && i.asOf().isPresent()).toList();
    if (dated.isEmpty()) {
      return false;
    }
    LocalDate first = dated.get(0).asOf().get();
    double firstHigh =
        dated.stream()
            .filter(i -> i.asOf().get().equals(first))
            .mapToDouble(Reconciler::stated)
            .max()
            .orElse(Double.NaN);
    return dated.stream()
        .anyMatch(i -> i.asOf().get().isAfter(first) && Reconciler.stated(i) > firstHigh);
  }

  /**
   * Two origins of one day whose intervals do not meet and whose figures are rivals (see {@link
   * #rivals}): of all such pairs, the one furthest apart, the higher first. Two figures of one
   * origin never clash with each other (an origin that contradicts itself on one day corrects
   * itself).
   */
  private static Optional<Item[]> clash(
      List<Item> day, ReconcileOptions options, BiPredicate<Item, Item> explained) {
    return widest(
        day,
        (high, low) -> rivals(high.measure(), high, low, options) && !explained.test(high, low));
  }

  /**
   * Of the pairs of figures of two origins that do not meet ({@code low} wholly below {@code high})
   * and that {@code keep} keeps, the one furthest apart for its size, the higher first.
   */
  private static Optional<Item[]> widest(List<Item> items, BiPredicate<Item, Item> keep) {
    Item[] best = null;
    double widest = -1;
    for (Item high : items) {
      for (Item low : items) {
        if (high.origin().equals(low.origin())
            || !(low.high() < high.low())
            || !keep.test(high, low)) {
          continue;
        }
        double gap = (high.low() - low.high()) / Math.max(Math.abs(high.low()), Double.MIN_NORMAL);
        if (gap > widest) {
          widest = gap;
          best = new Item[] {high, low};
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether two figures of one variable that do not meet ({@code low} wholly below {@code high})
   * may be rival figures for one quantity: the figures as stated (the floor of an "up to" figure)
   * no more than {@link ReconcileOptions#rivalRatio} times apart, or one figure the other with its
   * digits shifted by a power of ten (a slip: "78,000" for "7,800", "500" for "50"). Figures
   * further apart are of different scopes or moments: a province beside the country, the first hour
   * beside the week. A figure in a unit of measurement (a depth, a length) is always a rival: one
   * thing has one such value. A measure on a logarithmic scale (a quake's magnitude) states
   * exponents: its figures are rivals within half a unit (about three times the amplitude;
   * agencies' estimates of one quake differ by less, a quake and its aftershock by more).
   */
  static boolean rivals(String measure, Item high, Item low, ReconcileOptions options) {
    double x = Reconciler.stated(high);
    double y = Reconciler.stated(low);
    if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) {
      return true;
    }
    if (physical(high) || physical(low)) {
      return true;
    }
    if (Measures.logarithmic(measure)) {
      return Math.abs(x - y) <= MAGNITUDE_RIVALS;
    }
    if (low.high() <= 0 || y == 0) {
      // "no one died" against a toll: a flat contradiction whatever the figure
      return true;
    }
    // The figures as stated, not as widened for rounding ("about 100 million" admits 50 to 150
    // million); "up to 4,000" asserts only its floor.
    double top =
        high.claim().value() instanceof ClaimValue.Amount a && a.hedge() == Hedge.AT_MOST
            ? high.low()
            : x;
    double small = Math.min(Math.abs(x), Math.abs(y));
    return Math.abs(top) / Math.abs(y) <= options.rivalRatio()
        || small > 0 && shiftedDigits(Math.max(Math.abs(x), Math.abs(y)) / small);
  }

  /**
   * Whether {@code low} and another figure of its sentence, of the same measure and unit, add up to
   * {@code high} within {@link ReconcileOptions#breakdownTolerance}.
   */
  private static boolean partOf(
      Item high, Item low, Map<String, List<Item>> byArticle, ReconcileOptions options) {
    double whole = Reconciler.stated(high);
    double own = Reconciler.stated(low);
    if (!(whole > own) || own <= 0) {
      return false;
    }
    String unit = unitOf(low);
    if (sentenceMates(low, true, byArticle)
        .anyMatch(v -> Math.abs(own + v - whole) <= options.breakdownTolerance() * whole)) {
      return true;
    }
    return unit.matches("[A-Z]{3}") && unreadPartOf(whole, low, options);
  }

  /**
   * Whether {@code high} is a whole that its own sentence breaks down, and {@code low} the rest of
   * it: a figure of that sentence in the same unit (of any measure) and {@code low} add up to
   * {@code high} within {@link ReconcileOptions#breakdownTolerance} ("695 people were hurt, of whom
   * 144 died" beside another report's "551 injured").
   */
  private static boolean wholeOf(
      Item high, Item low, Map<String, List<Item>> byArticle, ReconcileOptions options) {
    double whole = Reconciler.stated(high);
    double rest = Reconciler.stated(low);
    if (!(whole > rest) || rest <= 0) {
      return false;
    }
    return sentenceMates(high, false, byArticle)
        .anyMatch(
            v -> v < whole && Math.abs(rest + v - whole) <= options.breakdownTolerance() * whole);
  }

  /**
   * The stated values of the other figures in {@code of}'s sentence in the same unit, and of the
   * same measure where {@code sameMeasure}.
   */
  private static java.util.stream.DoubleStream sentenceMates(
      Item of, boolean sameMeasure, Map<String, List<Item>> byArticle) {
    String unit = unitOf(of);
    return byArticle.getOrDefault(of.article().id(), List.of()).stream()
        .filter(
            o ->
                o.index() != of.index()
                    && Reconciler.isNumeric(o)
                    && o.claim().evidence().sentenceIndex() == of.claim().evidence().sentenceIndex()
                    && (!sameMeasure || o.measure().equals(of.measure()))
                    && unitOf(o).equals(unit))
        .mapToDouble(Reconciler::stated);
  }

  /** How far before a sum's sentence its sibling part may stand, in characters. */
  private static final int SIBLING_REACH = 240;

  /**
   * Whether a sum of money and a number written in its sentence or just before it, which no claim
   * read ("invoices total about $75 million, while the guard's efforts cost about $24 million", the
   * sentence split after an abbreviation), add up to {@code whole}: the sibling part of a breakdown
   * whose whole another report gives.
   */
  private static boolean unreadPartOf(double whole, Item low, ReconcileOptions options) {
    String text = low.article().text();
    Span sentence = low.claim().evidence().sentence();
    Span own = low.claim().value().span();
    if (sentence.end() > text.length()) {
      return false;
    }
    Span window = new Span(Math.max(0, sentence.start() - SIBLING_REACH), sentence.end());
    double part = Reconciler.stated(low);
    for (NumberReader.Reading r :
        NumberReader.of(low.article().language()).read(text, window, List.of())) {
      if (r.end() > own.start() && r.start() < own.end() || r.percent()) {
        continue;
      }
      if (Math.abs(part + r.value() - whole) <= options.breakdownTolerance() * whole) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two figures of one sentence add up to a third figure of the variable: two parts named
   * side by side, whose whole another report gives.
   */
  private static boolean partsOfOne(Item a, Item b, List<Item> items, ReconcileOptions options) {
    if (!a.article().id().equals(b.article().id())
        || a.claim().evidence().sentenceIndex() != b.claim().evidence().sentenceIndex()) {
      return false;
    }
    double sum = Reconciler.stated(a) + Reconciler.stated(b);
    return items.stream()
        .filter(w -> w != a && w != b)
        .anyMatch(w -> Math.abs(Reconciler.stated(w) - sum) <= options.breakdownTolerance() * sum);
  }

  private static String unitOf(Item it) {
    return it.claim().value() instanceof ClaimValue.Amount a ? a.unit().orElse("") : "";
  }

  /** "12 times the other", "2.5 times the other". */
  private static String times(double high, double low) {
    if (low <= 0) {
      return "one is zero";
    }
    double r = high / low;
    return "one is "
        + (r >= 10
            ? String.valueOf(Math.round(r))
            : String.format(java.util.Locale.ROOT, "%.1f", r))
        + " times the other";
  }

  /**
   * Whether a figure measures a property of one thing in a unit of measurement (a depth in
   * kilometres, a length in feet): one thing has one such value, so any two figures are rivals.
   * Counts and sums of money (a currency's code) are of scopes that may differ.
   */
  static boolean physical(Item it) {
    return it.claim().value() instanceof ClaimValue.Amount a
        && a.unit().isPresent()
        && !a.unit().get().matches("[A-Z]{3}")
        && !a.unit().get().equals("%")
        && !a.unit().get().equals("fraction");
  }

  /** Two successive steps of a series whose later figure lies below the earlier one's. */
  private static Optional<Item[]> falls(List<Item> steps) {
    for (int i = 1; i < steps.size(); i++) {
      Item a = steps.get(i - 1);
      Item b = steps.get(i);
      if (b.high() < a.low()) {
        return Optional.of(new Item[] {a, b});
      }
    }
    return Optional.empty();
  }

  /**
   * Two successive steps of a series, from different origins, too far apart to be rival figures for
   * one quantity (see {@link #rivals}).
   */
  private static Optional<Item[]> farApart(
      String measure, List<Item> steps, ReconcileOptions options) {
    for (int i = 1; i < steps.size(); i++) {
      Item a = steps.get(i - 1);
      Item b = steps.get(i);
      boolean up = Reconciler.stated(b) >= Reconciler.stated(a);
      if (!a.origin().equals(b.origin()) && !rivals(measure, up ? b : a, up ? a : b, options)) {
        return Optional.of(new Item[] {a, b});
      }
    }
    return Optional.empty();
  }

  /**
   * Two successive steps of a series, from different origins, whose figures are a power of ten
   * apart (see {@link #shiftedDigits}).
   */
  private static Optional<Item[]> zeroApart(List<Item> steps) {
    for (int i = 1; i < steps.size(); i++) {
      Item a = steps.get(i - 1);
      Item b = steps.get(i);
      double x = Reconciler.stated(a);
      double y = Reconciler.stated(b);
      if (!a.origin().equals(b.origin())
          && x > 0
          && y > 0
          && shiftedDigits(Math.max(x, y) / Math.min(x, y))) {
        return Optional.of(new Item[] {a, b});
      }
    }
    return Optional.empty();
  }

  /** Whether a ratio is a power of ten (10, 100, …), as when a figure gains or loses a zero. */
  private static boolean shiftedDigits(double ratio) {
    double exponent = Math.log10(ratio);
    long k = Math.round(exponent);
    return k >= 1 && Math.abs(ratio / Math.pow(10, k) - 1) < 1e-9;
  }

  /**
   * Two origins whose figures do not meet and are too far apart to be rivals: the widest such pair,
   * the higher first.
   */
  private static Optional<Item[]> apart(List<Item> items, ReconcileOptions options) {
    return widest(items, (high, low) -> !rivals(high.measure(), high, low, options));
  }

  /**
   * Breakdowns: parts read in one sentence (dead and wounded) whose sum meets a reported total of
   * casualties within a day or so; and a fraction of a stated total that names a part.
   */
  static List<Finding> breakdowns(
      Map<String, List<Item>> byArticle,
      Map<Variable.Key, List<Item>> groups,
      Map<Variable.Key, Variable> variableOf,
      ReconcileOptions options) {
    List<Item> totals = new ArrayList<>();
    for (Map.Entry<Variable.Key, List<Item>> g : groups.entrySet()) {
      for (Item it : g.getValue()) {
        if (it.measure().equals("casualties") && Reconciler.isNumeric(it)) {
          totals.add(it);
        }
      }
    }
    totals.sort(BY_DATE);
    // Sets, not lists: a story of a thousand reports repeats one breakdown in hundreds of them.
    Map<Variable.Key, Set<Item>> supportOf = new TreeMap<>();
    Map<Variable.Key, String> explanationOf = new TreeMap<>();
    Map<Item, Variable.Key> keyOf = new IdentityHashMap<>();
    for (List<Item> items : byArticle.values()) {
      // Parts by sentence.
      Map<Integer, List<Item>> bySentence = new TreeMap<>();
      for (Item it : items) {
        if (Reconciler.isNumeric(it) && Measures.casualtyPart(it.measure())) {
          bySentence
              .computeIfAbsent(it.claim().evidence().sentenceIndex(), k -> new ArrayList<>())
              .add(it);
        }
      }
      for (List<Item> parts : bySentence.values()) {
        Item dead = parts.stream().filter(i -> i.measure().equals("dead")).findFirst().orElse(null);
        Item hurt =
            parts.stream().filter(i -> i.measure().equals("wounded")).findFirst().orElse(null);
        if (dead == null || hurt == null) {
          continue;
        }
        // The parts as stated ("almost 2,700" is 2,700), not the floors of their intervals.
        double sum = Reconciler.stated(dead) + Reconciler.stated(hurt);
        double lo = sum * (1 - options.breakdownTolerance());
        double hi = sum * (1 + options.breakdownTolerance());
        for (Item total : totals) {
          if (total.asOf().isPresent()
              && dead.asOf().isPresent()
              && Reconciler.days(total.asOf().get(), dead.asOf().get())
                  > options.breakdownSlackDays()) {
            continue;
          }
          if (total.low() <= hi && lo <= total.high()) {
            Variable.Key key = keyOf.computeIfAbsent(total, Reconciler::variableKey);
            Set<Item> s = supportOf.computeIfAbsent(key, k -> new LinkedHashSet<>());
            s.add(total);
            s.add(dead);
            s.add(hurt);
            explanationOf.computeIfAbsent(
                key,
                k ->
                    Reconciler.num(Reconciler.stated(dead))
                        + " dead + "
                        + Reconciler.num(Reconciler.stated(hurt))
                        + " wounded = "
                        + Reconciler.num(sum)
                        + ", which matches "
                        + total.value()
                        + " casualties ("
                        + Reconciler.originName(total)
                        + ")");
          }
        }
      }
      // Fractions of a stated total.
      for (Item it : items) {
        if (!Reconciler.isNumeric(it)) {
          continue;
        }
        int target =
            it.claim().links().stream()
                .filter(l -> l.kind() == io.corroborate.extract.ClaimLink.Kind.FRACTION_OF)
                .mapToInt(io.corroborate.extract.ClaimLink::other)
                .findFirst()
                .orElse(-1);
        if (target < 0 || target >= items.size()) {
          continue;
        }
        Item total = items.get(target);
        if (!Reconciler.isNumeric(total) || !it.value().contains(" of ")) {
          continue;
        }
        Variable.Key key = keyOf.computeIfAbsent(total, Reconciler::variableKey);
        Set<Item> s = supportOf.computeIfAbsent(key, k -> new LinkedHashSet<>());
        s.add(total);
        s.add(it);
        explanationOf.computeIfAbsent(
            key,
            k ->
                it.value()
                    + " "
                    + total.measure()
                    + " are "
                    + it.measure()
                    + ": about "
                    + Reconciler.num(Math.round((it.low() + it.high()) / 2))
                    + " "
                    + it.measure()
                    + " of "
                    + Reconciler.num(total.low())
                    + " "
                    + total.measure());
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<Variable.Key, Set<Item>> e : supportOf.entrySet()) {
      Variable total = variableOf.get(e.getKey());
      if (total == null) {
        continue;
      }
      Variable v =
          Variable.of(
              e.getKey().withFacet("breakdown"),
              total.subject(),
              total.place(),
              total.label() + ", broken down");
      out.add(
          finding(
              FindingKind.BREAKDOWN,
              v,
              Reconciler.supports(List.copyOf(e.getValue())),
              Reconciler.origins(List.copyOf(e.getValue())),
              explanationOf.get(e.getKey())));
    }
    return out;
  }

  /**
   * What remains of a force: "8,000 still fighting as of February" against the figures for those
   * deployed is an update, not a contradiction, when it is lower and later or the same day.
   */
  static List<Finding> remainders(
      Map<Variable.Key, List<Item>> groups, Map<Variable.Key, Variable> variableOf) {
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<Variable.Key, List<Item>> g : groups.entrySet()) {
      Variable rest = variableOf.get(g.getKey());
      if (rest == null || !rest.measure().equals("remaining")) {
        continue;
      }
      Variable.Key deployedKey =
          rest.subject().isEmpty() ? null : g.getKey().withMeasure("deployed");
      List<Item> deployed = deployedKey == null ? null : groups.get(deployedKey);
      if (deployed == null) {
        continue;
      }
      Item last = g.getValue().stream().max(BY_DATE).orElseThrow();
      Item before =
          deployed.stream()
              .filter(
                  d -> !d.asOf().orElse(LocalDate.MIN).isAfter(last.asOf().orElse(LocalDate.MIN)))
              .max(Comparator.comparing(Reconciler::stated))
              .orElse(null);
      if (before == null || Reconciler.stated(before) <= Reconciler.stated(last)) {
        continue;
      }
      List<Item> both = new ArrayList<>(deployed);
      both.addAll(g.getValue());
      both.sort(BY_DATE);
      Variable v =
          new Variable(
              g.getKey().withFacet("after-deployed").text(),
              rest.subject(),
              "deployed",
              rest.scope(),
              rest.place(),
              "deployed then remaining"
                  + (rest.subject().isEmpty() ? "" : " (" + rest.subject() + ")"));
      out.add(
          finding(
              FindingKind.UPDATE,
              v,
              Reconciler.supports(both),
              Reconciler.origins(both),
              "of "
                  + before.value()
                  + " deployed ("
                  + Reconciler.originName(before)
                  + "), "
                  + last.value()
                  + " remain as of "
                  + date(last)
                  + " ("
                  + Reconciler.originName(last)
                  + ")"));
    }
    return out;
  }

  /** The values over time, for the explanation of a conflict: "; over time 6 → 9 → 14 → 17". */
  private static String series(Map<LocalDate, List<Item>> byDay) {
    List<String> values = new ArrayList<>();
    for (List<Item> day : byDay.values()) {
      String value = Reconciler.num(Reconciler.stated(day.get(0)));
      if (values.isEmpty() || !values.get(values.size() - 1).equals(value)) {
        values.add(value);
      }
    }
    return values.size() > 2 ? "; over time " + String.join(" → ", values) : "";
  }

  static Finding finding(
      FindingKind kind, Variable v, List<Support> support, int origins, String explanation) {
    return new Finding(
        kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + v.key(),
        kind,
        v,
        support,
        origins,
        explanation);
  }

  private static boolean roundingSameDay(Map<LocalDate, List<Item>> byDay) {
    for (List<Item> day : byDay.values()) {
      boolean approx = false;
      Set<Double> values = new java.util.HashSet<>();
      for (Item it : day) {
        if (it.claim().value() instanceof ClaimValue.Amount a) {
          values.add(a.value());
          approx |= a.hedge() == Hedge.APPROXIMATE || a.hedge() == Hedge.NEARLY;
        }
      }
      if (approx && values.size() > 1 && Reconciler.origins(day) > 1) {
        return true;
      }
    }
    return false;
  }

  /** Whether a figure is open above: "more than 3,000", "at least 300". */
  private static boolean open(Item it) {
    return it.high() == Double.POSITIVE_INFINITY;
  }

  /** What {@code it} says and the day it was said ("… says 75 on 2026-03-04"). */
  /**
   * The finding that figures in the order of their days are not one figure's changes: each item
   * said in turn, the last joined by "then" (or by "but" for a conflict), and the reason.
   */
  private static Finding inTurn(
      FindingKind kind,
      Variable v,
      List<Support> support,
      int origins,
      Item[] items,
      String reason) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.length; i++) {
      if (i > 0) {
        text.append(
            i < items.length - 1 ? ", " : kind == FindingKind.CONFLICT ? " but " : ", then ");
      }
      text.append(said(items[i]));
    }
    return finding(kind, v, support, origins, text + ": " + reason);
  }

  private static String said(Item it) {
    return say(it) + " on " + date(it);
  }

  /** How many times the larger of two items' figures is the smaller. */
  private static String timesApart(Item a, Item b) {
    return times(
        Math.max(Reconciler.stated(a), Reconciler.stated(b)),
        Math.min(Reconciler.stated(a), Reconciler.stated(b)));
  }

  private static String say(Item it) {
    return Reconciler.originName(it) + " says " + it.value();
  }

  private static String date(Item it) {
    return it.asOf().map(LocalDate::toString).orElse("an unknown date");
  }

  private static String dayText(LocalDate d) {
    return d == null || d.equals(LocalDate.MIN) ? "an unknown date" : d.toString();
  }

  private static String values(List<Item> items) {
    Set<String> v = new LinkedHashSet<>();
    items.forEach(i -> v.add(i.value()));
    return String.join("; ", v);
  }
}
