package io.corroborate.reconcile;

import io.corroborate.annotate.time.TimeInterval;
import io.corroborate.extract.ClaimValue;
import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import io.corroborate.reconcile.Reconciler.Item;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The timeline: event claims of one kind and subject merged when their dates are compatible
 * ("January 9", "on Thursday" and "last month" may be one event); two day-precise dates a few days
 * apart from different origins are a conflict about the event's date.
 */
final class Timeline {
  private Timeline() {}

  record Result(List<TimelineEvent> events, List<Finding> findings, List<Variable> variables) {}

  private static final class Cluster {
    final List<Item> items = new ArrayList<>();
    TimeInterval narrowest;
  }

  static Result build(List<Item> events, ReconcileOptions options) {
    Map<Variable.Key, List<Item>> byKey = new TreeMap<>();
    for (Item it : events) {
      if (it.claim().value() instanceof ClaimValue.When && !present(it)) {
        byKey
            .computeIfAbsent(
                new Variable.Key(it.subjectKey(), it.measure(), "event-date", "", ""),
                k -> new ArrayList<>())
            .add(it);
      }
    }
    List<Cluster> all = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<Variable> variables = new ArrayList<>();
    for (Map.Entry<Variable.Key, List<Item>> e : byKey.entrySet()) {
      List<Item> items = new ArrayList<>(e.getValue());
      // Finer dates first among those starting on one day, so the narrowest seeds the cluster.
      items.sort(
          Comparator.comparing((Item i) -> when(i).start())
              .thenComparing(i -> -when(i).end().toLocalDate().toEpochDay())
              .thenComparing(i -> i.article().id())
              .thenComparing(Item::index));
      List<Cluster> clusters = new ArrayList<>();
      for (Item it : items) {
        TimeInterval w = when(it);
        Cluster fit = null;
        for (int c = clusters.size() - 1; c >= 0 && fit == null; c--) {
          Cluster cl = clusters.get(c);
          for (Item member : cl.items) {
            if (overlaps(when(member), w)) {
              fit = cl;
              break;
            }
          }
        }
        if (fit == null) {
          fit = new Cluster();
          clusters.add(fit);
        }
        fit.items.add(it);
        if (fit.narrowest == null || w.granularity().compareTo(fit.narrowest.granularity()) < 0) {
          fit.narrowest = w;
        }
      }
      all.addAll(clusters);
      Cluster previous = null;
      for (Cluster cl : clusters) {
        Item first = cl.items.get(0);
        LocalDate start = cl.narrowest.startDate();
        String kind = first.measure();
        String subject = first.subjectLabel();
        if (previous != null
            && day(previous.narrowest)
            && day(cl.narrowest)
            && Reconciler.days(previous.narrowest.startDate(), start) <= options.eventConflictDays()
            && !previous.items.get(0).origin().equals(first.origin())) {
          Variable v =
              Variable.of(
                  e.getKey(),
                  subject,
                  "",
                  "date of " + (subject.isEmpty() ? "" : subject + " ") + kind);
          variables.add(v);
          List<Item> both = new ArrayList<>(previous.items);
          both.addAll(cl.items);
          findings.add(
              Verdicts.finding(
                  FindingKind.CONFLICT,
                  v,
                  Reconciler.supports(both),
                  Reconciler.origins(both),
                  Reconciler.originName(previous.items.get(0))
                      + " dates it "
                      + previous.narrowest.startDate()
                      + " but "
                      + Reconciler.originName(first)
                      + " dates it "
                      + start));
        }
        previous = cl;
      }
    }
    // One day, one kind of event: the same capture told of "Ri" by one outlet and of "the 84th
    // Tactical Group" by another is one event with two sources.
    Map<String, Cluster> byDay = new java.util.LinkedHashMap<>();
    List<Cluster> merged = new ArrayList<>();
    for (Cluster cl : all) {
      if (!day(cl.narrowest)) {
        merged.add(cl);
        continue;
      }
      String k = family(cl.items.get(0).measure()) + "|" + cl.narrowest.startDate();
      Cluster into = byDay.get(k);
      if (into == null) {
        byDay.put(k, cl);
        merged.add(cl);
      } else {
        into.items.addAll(cl.items);
      }
    }
    // A coarser telling ("last month", "in January 2025") joins the one day-precise event of its
    // kind that it contains; with two such days it stays apart, as it could be either.
    List<Cluster> days = merged.stream().filter(c -> day(c.narrowest)).toList();
    List<Cluster> kept = new ArrayList<>();
    for (Cluster cl : merged) {
      if (day(cl.narrowest)) {
        kept.add(cl);
        continue;
      }
      String fam = family(cl.items.get(0).measure());
      List<Cluster> inside =
          days.stream()
              .filter(d -> family(d.items.get(0).measure()).equals(fam))
              .filter(d -> cl.narrowest.contains(d.narrowest.startDate()))
              .toList();
      if (inside.size() == 1) {
        inside.get(0).items.addAll(cl.items);
      } else {
        kept.add(cl);
      }
    }
    merged = kept;
    List<TimelineEvent> out = new ArrayList<>();
    for (Cluster cl : merged) {
      Item first = cl.items.get(0);
      LocalDate start = cl.narrowest.startDate();
      String kind = first.measure();
      String subject = writtenSubject(cl.items);
      out.add(
          new TimelineEvent(
              "event:" + kind + "|" + first.subjectKey() + "|" + start,
              kind,
              subject,
              start,
              cl.narrowest.lastDate(),
              cl.narrowest.granularity().name().toLowerCase(Locale.ROOT),
              (subject.isEmpty() ? "" : subject + " ") + kind.replace('-', ' '),
              Reconciler.supports(cl.items),
              Reconciler.origins(cl.items)));
    }
    out.sort(
        Comparator.comparing(TimelineEvent::start)
            .thenComparing(TimelineEvent::end)
            .thenComparing(TimelineEvent::id));
    return new Result(out, findings, variables);
  }

  /** Event kinds that tell one happening in other words: a departure, a capture. */
  private static final Map<String, String> FAMILY =
      LanguagePack.english().pairs("event-families.tsv");

  private static String family(String measure) {
    return FAMILY.getOrDefault(measure, measure);
  }

  /**
   * Whether an event is dated only by "currently" or "now": the day the report was read, not the
   * day it happened ("the two captured soldiers are currently receiving treatment").
   */
  private static boolean present(Item it) {
    ClaimValue.When w = (ClaimValue.When) it.claim().value();
    String text = it.article().text();
    if (w.span().start() < 0 || w.span().end() > text.length()) {
      return false;
    }
    return PRESENT_WORDS.contains(w.span().of(text).strip().toLowerCase(Locale.ROOT));
  }

  private static final java.util.Set<String> PRESENT_WORDS =
      LanguagePack.english().set("present-time-words.txt");

  private static TimeInterval when(Item it) {
    return ((ClaimValue.When) it.claim().value()).interval();
  }

  private static boolean overlaps(TimeInterval a, TimeInterval b) {
    return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
  }

  private static boolean day(TimeInterval i) {
    return i.granularity().compareTo(io.corroborate.annotate.time.Granularity.DAY) <= 0;
  }

  private static final java.util.Set<String> PRONOUNS =
      Lexicon.pronouns(
          LanguagePack.english(),
          java.util.Set.of("personal", "neuter", "plural", "first", "second"),
          java.util.Set.of("subject", "object"));

  /** A subject opened by a pronoun of a subject: "it also captured", "I entered battle". */
  private static final java.util.regex.Pattern PRONOUN_OPENS =
      java.util.regex.Pattern.compile(
          "(?:"
              + LanguagePack.alternationOf(
                  Lexicon.pronouns(
                      LanguagePack.english(),
                      java.util.Set.of("personal", "neuter", "plural", "first"),
                      java.util.Set.of("subject")),
                  " ")
              + ")\\b.*");

  /**
   * The event's subject as the articles write it: the wording most of its reports use, leaving out
   * pronouns ("I entered battle", "it also captured") and subjects no report states.
   */
  static String writtenSubject(List<Item> items) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (Item it : items) {
      String w = it.claim().subject().text().strip().replaceAll("\\s+", " ");
      String lower = w.toLowerCase(Locale.ROOT);
      if (w.isEmpty()
          || w.startsWith("(")
          || PRONOUNS.contains(lower)
          || PRONOUN_OPENS.matcher(lower).matches()
          || w.length() > 60) {
        continue;
      }
      counts.merge(w, 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(
            Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                .thenComparing(e -> Character.isUpperCase(e.getKey().codePointAt(0))))
        .map(Map.Entry::getKey)
        .orElse("");
  }
}
