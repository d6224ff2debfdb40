package io.corroborate.eval.dossier;

import io.corroborate.dossier.ClaimLine;
import io.corroborate.dossier.Dossier;
import io.corroborate.dossier.EntityCard;
import io.corroborate.reconcile.Finding;
import io.corroborate.reconcile.FindingKind;
import io.corroborate.reconcile.Support;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores what the engine made of one real story against its gold file. Pure: it reads the dossiers,
 * the stored claims and which story each article went to, and counts; {@link Tally} pools the
 * counts of several stories.
 *
 * <p>Definitions, in the order they are computed:
 *
 * <ol>
 *   <li>A gold claim is <em>found as a claim</em> when a claim of its article carries its value (an
 *       end of the claim's interval within a rounding, or a narrow interval holding it; for words,
 *       the claim's value contains them).
 *   <li>Its <em>source is found</em> when one of those claims names the gold source as its speaker
 *       or cited party, or speaks in the outlet's own voice where the gold says so (see {@link
 *       SourceMatch}).
 *   <li>A finding <em>holds</em> a gold claim when one of its supports does, by the same test.
 *   <li>A fact is <em>found</em> when one finding of the right kind holds at least two of its
 *       claims (its only claim, for a fact of one claim); <em>partial</em> when that many are held
 *       by findings of another kind or split over several findings, or found only as claims.
 *   <li>A conflict (an update) is <em>false</em> when two of its values make a pair that must not
 *       be called a conflict, or when it does not hold two claims of one gold conflict (update).
 *   <li>A gold entity is <em>merged</em> by the largest share of its spellings (its canonical name
 *       and every spelling the story uses) that one entity card carries under its name or aliases.
 * </ol>
 */
public final class DossierScorer {
  private DossierScorer() {}

  /** An article as the run placed it, with the clusterer's reason for its place. */
  public record Placed(String id, String url, String language, String storyId, String reason) {
    public Placed {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(storyId, "storyId");
      Objects.requireNonNull(reason, "reason");
    }

    /** An article placed without a recorded reason. */
    public Placed(String id, String url, String language, String storyId) {
      this(id, url, language, storyId, "");
    }
  }

  /** What one run made of a story: its articles placed, the dossiers, the claims by article. */
  public record Output(
      List<Placed> articles, List<Dossier> dossiers, Map<String, List<ClaimLine>> claims) {
    public Output {
      articles = List.copyOf(articles);
      dossiers = List.copyOf(dossiers);
      claims = Map.copyOf(claims);
    }
  }

  /** A fact's verdict and why, for the per-fact report. */
  public record FactResult(
      Gold.Fact fact, String verdict, List<String> findingIds, String reason) {}

  /** A conflict or update and whether the gold backs it. */
  public record Judged(String storyId, Finding finding, boolean isFalse, String reason) {}

  /** Counts that pool over stories. */
  public static final class Tally {
    int articles;
    int inLargest;
    final Map<String, int[]> placedByLanguage = new TreeMap<>();
    int facts;
    double factsFound;
    int factsStrict;
    int conflicts;
    int falseConflicts;
    int updates;
    int falseUpdates;
    int goldClaims;
    int goldClaimsFound;
    int goldSources;
    int goldSourcesFound;
    final Map<String, int[]> claimsByLanguage = new TreeMap<>();
    final Map<String, int[]> sourcesByLanguage = new TreeMap<>();
    final Map<String, int[]> claimsPerArticle = new TreeMap<>();
    double entityScore;
    int entities;
    int stories;

    /** Adds another tally's counts to this one. */
    public void add(Tally t) {
      articles += t.articles;
      inLargest += t.inLargest;
      merge(placedByLanguage, t.placedByLanguage);
      facts += t.facts;
      factsFound += t.factsFound;
      factsStrict += t.factsStrict;
      conflicts += t.conflicts;
      falseConflicts += t.falseConflicts;
      updates += t.updates;
      falseUpdates += t.falseUpdates;
      goldClaims += t.goldClaims;
      goldClaimsFound += t.goldClaimsFound;
      goldSources += t.goldSources;
      goldSourcesFound += t.goldSourcesFound;
      merge(claimsByLanguage, t.claimsByLanguage);
      merge(sourcesByLanguage, t.sourcesByLanguage);
      merge(claimsPerArticle, t.claimsPerArticle);
      entityScore += t.entityScore;
      entities += t.entities;
      stories += t.stories;
      storiesFormed += t.storiesFormed;
    }

    private static void merge(Map<String, int[]> into, Map<String, int[]> from) {
      from.forEach(
          (k, v) -> {
            int[] a = into.computeIfAbsent(k, x -> new int[2]);
            a[0] += v[0];
            a[1] += v[1];
          });
    }

    /**
     * The figures, named as {@code eval dossier} prints them; shares are 0 when nothing counted.
     */
    public Map<String, Double> figures() {
      Map<String, Double> f = new LinkedHashMap<>();
      f.put("largest_story_share", share(inLargest, articles));
      f.put("stories_per_event", stories == 0 ? 0 : (double) storiesFormed / stories);
      if (facts > 0) {
        f.put("facts_found", factsFound / facts);
        f.put("facts_found_strict", (double) factsStrict / facts);
      }
      f.put("false_conflicts", share(falseConflicts, conflicts));
      f.put("conflicts", (double) conflicts);
      // a count beside the share: a conflict the gold backs is the dossier working, a false one
      // is the error a ceiling must hold down
      f.put("false_conflict_count", (double) falseConflicts);
      f.put("false_updates", share(falseUpdates, updates));
      if (goldClaims > 0) {
        f.put("claims_found", share(goldClaimsFound, goldClaims));
      }
      if (goldSources > 0) {
        f.put("sources_found", share(goldSourcesFound, goldSources));
      }
      if (entities > 0) {
        f.put("entities_merged", entityScore / entities);
      }
      placedByLanguage.forEach((l, v) -> f.put("largest_story_share." + l, share(v[0], v[1])));
      claimsByLanguage.forEach((l, v) -> f.put("claims_found." + l, share(v[0], v[1])));
      claimsPerArticle.forEach((l, v) -> f.put("claims_per_article." + l, share(v[0], v[1])));
      sourcesByLanguage.forEach((l, v) -> f.put("sources_found." + l, share(v[0], v[1])));
      int[] nonEnglish = pooledOutside(placedByLanguage, "en");
      f.put("largest_story_share.non_en", share(nonEnglish[0], nonEnglish[1]));
      int[] nonEnglishClaims = pooledOutside(claimsByLanguage, "en");
      if (nonEnglishClaims[1] > 0) {
        f.put("claims_found.non_en", share(nonEnglishClaims[0], nonEnglishClaims[1]));
      }
      int[] nonEnglishSources = pooledOutside(sourcesByLanguage, "en");
      if (nonEnglishSources[1] > 0) {
        f.put("sources_found.non_en", share(nonEnglishSources[0], nonEnglishSources[1]));
      }
      return f;
    }

    int storiesFormed;

    /** The counts of every language but {@code language}, summed. */
    private static int[] pooledOutside(Map<String, int[]> byLanguage, String language) {
      int[] out = new int[2];
      byLanguage.forEach(
          (l, v) -> {
            if (!l.equals(language)) {
              out[0] += v[0];
              out[1] += v[1];
            }
          });
      return out;
    }

    private static double share(double a, double b) {
      return b == 0 ? 0 : a / b;
    }
  }

  /** The scores of one story and the lines of its report. */
  public record Result(
      Tally tally,
      List<FactResult> facts,
      List<Judged> judged,
      List<String> notes,
      List<Missed> missed,
      List<SourceMissed> sourcesMissed,
      List<EntityMerge> entities) {}

  /**
   * How one gold entity was merged, for the report: the card that carries most of its spellings
   * (empty when none carries any), the spellings that card carries, and the ones it misses, each
   * with the names of the other cards that carry it (none when no card does).
   */
  public record EntityMerge(
      Gold.GoldEntity entity,
      Optional<String> card,
      List<String> merged,
      Map<String, List<String>> missed) {
    public EntityMerge {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(card, "card");
      merged = List.copyOf(merged);
      missed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(missed));
    }
  }

  /** A gold claim no claim of its article carries, with its page's language, for the report. */
  public record Missed(String factId, String language, Gold.GoldClaim claim) {}

  /**
   * A gold claim read as a claim whose source no claim carrying its value names: the chains those
   * claims carry instead, for the report.
   */
  public record SourceMissed(
      String factId, String language, Gold.GoldClaim claim, List<String> chains) {}

  /** Scores one story's output against its gold file. */
  public static Result score(Output out, Gold gold) {
    Tally t = new Tally();
    t.stories = 1;
    Map<String, Placed> byUrl = new HashMap<>();
    Map<String, Placed> byId = new HashMap<>();
    for (Placed p : out.articles()) {
      byUrl.put(p.url(), p);
      byId.put(p.id(), p);
    }
    // 1. Fragmentation: the largest story and each language's share in it.
    Map<String, Integer> sizes = new HashMap<>();
    out.articles().forEach(p -> sizes.merge(p.storyId(), 1, Integer::sum));
    String largest =
        sizes.entrySet().stream()
            .max(
                Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .orElse("");
    t.storiesFormed = sizes.size();
    t.articles = out.articles().size();
    for (Placed p : out.articles()) {
      int[] v = t.placedByLanguage.computeIfAbsent(p.language(), x -> new int[2]);
      v[1]++;
      if (p.storyId().equals(largest)) {
        v[0]++;
        t.inLargest++;
      }
      int[] c = t.claimsPerArticle.computeIfAbsent(p.language(), x -> new int[2]);
      c[0] += out.claims().getOrDefault(p.id(), List.of()).size();
      c[1]++;
    }
    // 2. Gold claims found as claims.
    List<String> notes = new ArrayList<>();
    List<Missed> missed = new ArrayList<>();
    List<SourceMissed> sourcesMissed = new ArrayList<>();
    for (Gold.Fact f : gold.facts()) {
      for (Gold.GoldClaim g : f.claims()) {
        Placed p = byUrl.get(g.url());
        String lang = p == null ? "und" : p.language();
        int[] v = t.claimsByLanguage.computeIfAbsent(lang, x -> new int[2]);
        v[1]++;
        t.goldClaims++;
        if (p != null && foundAsClaim(g, out.claims().getOrDefault(p.id(), List.of()))) {
          v[0]++;
          t.goldClaimsFound++;
          // 2b. Its source: is it the speaker or cited party of a claim that carries the value?
          if (!g.source().isBlank()) {
            List<String> chains =
                out.claims().getOrDefault(p.id(), List.of()).stream()
                    .filter(c -> holds(g, c.value(), c.interval()))
                    .map(ClaimLine::chain)
                    .distinct()
                    .toList();
            int[] sv = t.sourcesByLanguage.computeIfAbsent(lang, x -> new int[2]);
            sv[1]++;
            t.goldSources++;
            if (chains.stream()
                .anyMatch(ch -> SourceMatch.matches(g.source(), ch, gold.entities()))) {
              sv[0]++;
              t.goldSourcesFound++;
            } else {
              sourcesMissed.add(new SourceMissed(f.id(), lang, g, chains));
            }
          }
        } else {
          missed.add(new Missed(f.id(), lang, g));
        }
      }
    }
    // 3. Facts.
    List<Finding> findings = new ArrayList<>();
    Map<Finding, String> storyOf = new HashMap<>();
    for (Dossier d : out.dossiers()) {
      for (Finding f : d.findings()) {
        findings.add(f);
        storyOf.put(f, d.storyId());
      }
    }
    List<FactResult> facts = new ArrayList<>();
    for (Gold.Fact f : gold.facts()) {
      facts.add(fact(f, findings, byUrl, out.claims()));
    }
    t.facts = facts.size();
    for (FactResult r : facts) {
      if (r.verdict().equals("found")) {
        t.factsFound += 1;
        t.factsStrict++;
      } else if (r.verdict().equals("partial")) {
        t.factsFound += 0.5;
      }
    }
    // 4. Conflicts and updates against the gold.
    List<Judged> judged = new ArrayList<>();
    for (Finding f : findings) {
      if (f.kind() != FindingKind.CONFLICT && f.kind() != FindingKind.UPDATE) {
        continue;
      }
      Judged j = judge(storyOf.get(f), f, gold, byId);
      judged.add(j);
      if (f.kind() == FindingKind.CONFLICT) {
        t.conflicts++;
        t.falseConflicts += j.isFalse() ? 1 : 0;
      } else {
        t.updates++;
        t.falseUpdates += j.isFalse() ? 1 : 0;
      }
    }
    // 5. Entities.
    List<EntityCard> cards = new ArrayList<>();
    out.dossiers().forEach(d -> cards.addAll(d.entities()));
    List<EntityMerge> entityMerges = new ArrayList<>();
    for (Gold.GoldEntity e : gold.entities()) {
      t.entities++;
      t.entityScore += merged(e, cards);
      entityMerges.add(mergeOf(e, cards));
    }
    return new Result(t, facts, judged, notes, missed, sourcesMissed, entityMerges);
  }

  static boolean foundAsClaim(Gold.GoldClaim g, List<ClaimLine> claims) {
    for (ClaimLine c : claims) {
      if (holds(g, c.value(), c.interval())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a value as printed (its words and its interval) carries the gold claim's value. */
  static boolean holds(Gold.GoldClaim g, String value, String interval) {
    if (g.text().isPresent()) {
      List<String> names = new ArrayList<>();
      names.add(g.text().get());
      names.addAll(g.spellings());
      for (String name : names) {
        String want = fold(name);
        if (!want.isEmpty()
            && (fold(value).contains(want)
                || fold(interval).contains(want)
                || want.contains(fold(value)) && fold(value).length() > 3)) {
          return true;
        }
      }
      // "at most 5%", "less than 5% of monetized traffic": words around one share
      Matcher share = SHARE.matcher(g.text().get());
      Optional<Values.Interval> i = Values.interval(interval);
      return share.find()
          && i.isPresent()
          && Values.matches(i.get(), Double.parseDouble(share.group(1).replace(',', '.')));
    }
    Optional<Values.Interval> i = Values.interval(interval);
    if (i.isEmpty()) {
      return false;
    }
    for (double n : g.numbers()) {
      if (Values.matches(i.get(), n)) {
        return true;
      }
    }
    return false;
  }

  /** The one share a gold value written in words holds: "at most 5%", "less than 5 per cent". */
  private static final Pattern SHARE =
      Pattern.compile("^[^\\d]*?(\\d+(?:[.,]\\d+)?)\\s*(?:%|percent|per cent)[^\\d]*$");

  private static boolean supportHolds(Gold.GoldClaim g, Support s, Map<String, Placed> byUrl) {
    Placed p = byUrl.get(g.url());
    return p != null && p.id().equals(s.articleId()) && holds(g, s.value(), s.interval());
  }

  private static boolean kindMatches(Gold.Fact f, FindingKind k) {
    return switch (f.kind()) {
      case "update" -> k == FindingKind.UPDATE;
      case "conflict" -> k == FindingKind.CONFLICT;
      case "breakdown" -> k == FindingKind.BREAKDOWN;
      case "single" -> k == FindingKind.SINGLE_SOURCE;
      case "agree" ->
          k == FindingKind.AGREE || (f.origins() == 1 && k == FindingKind.SINGLE_SOURCE);
      default -> false;
    };
  }

  private static FactResult fact(
      Gold.Fact f,
      List<Finding> findings,
      Map<String, Placed> byUrl,
      Map<String, List<ClaimLine>> claims) {
    int need = Math.min(2, f.claims().size());
    Finding bestRight = null;
    int bestRightCount = 0;
    Finding bestAny = null;
    int bestAnyCount = 0;
    Set<Gold.GoldClaim> inFindings = new HashSet<>();
    List<String> touched = new ArrayList<>();
    for (Finding fi : findings) {
      int held = 0;
      for (Gold.GoldClaim g : f.claims()) {
        boolean h = fi.support().stream().anyMatch(s -> supportHolds(g, s, byUrl));
        if (h) {
          held++;
          inFindings.add(g);
        }
      }
      if (held == 0) {
        continue;
      }
      touched.add(fi.id() + " (" + fi.kind().name().toLowerCase(Locale.ROOT) + ", " + held + ")");
      if (kindMatches(f, fi.kind()) && held > bestRightCount) {
        bestRight = fi;
        bestRightCount = held;
      }
      if (held > bestAnyCount) {
        bestAny = fi;
        bestAnyCount = held;
      }
    }
    long asClaims =
        f.claims().stream()
            .filter(
                g -> {
                  Placed p = byUrl.get(g.url());
                  return p != null && foundAsClaim(g, claims.getOrDefault(p.id(), List.of()));
                })
            .count();
    if (bestRight != null && bestRightCount >= need) {
      return new FactResult(
          f,
          "found",
          List.of(bestRight.id()),
          bestRightCount + " of " + f.claims().size() + " claims in one " + f.kind() + " finding");
    }
    if (bestAny != null && bestAnyCount >= need) {
      return new FactResult(
          f,
          "partial",
          touched,
          bestAnyCount
              + " claims in one finding of kind "
              + bestAny.kind().name().toLowerCase(Locale.ROOT)
              + ", gold says "
              + f.kind());
    }
    if (inFindings.size() >= need) {
      return new FactResult(
          f, "partial", touched, inFindings.size() + " claims split over findings " + touched);
    }
    if (asClaims >= need) {
      return new FactResult(
          f, "partial", touched, asClaims + " claims read, but no finding holds " + need);
    }
    return new FactResult(
        f,
        "missed",
        touched,
        asClaims
            + " of "
            + f.claims().size()
            + " claims read as claims, "
            + inFindings.size()
            + " in findings");
  }

  private static Judged judge(String storyId, Finding f, Gold gold, Map<String, Placed> byId) {
    // A pair that must not be called a conflict: two supports with two of its values.
    for (Gold.NotConflict n : gold.notConflicts()) {
      Set<Double> hit = new HashSet<>();
      for (Support s : f.support()) {
        Placed p = byId.get(s.articleId());
        if (!n.urls().isEmpty() && (p == null || !n.urls().contains(p.url()))) {
          continue;
        }
        Optional<Values.Interval> i = Values.interval(s.interval());
        if (i.isEmpty()) {
          continue;
        }
        for (double v : n.values()) {
          if (Values.matches(i.get(), v)) {
            hit.add(v);
          }
        }
      }
      if (hit.size() >= 2) {
        return new Judged(storyId, f, true, "must not be a conflict: " + n.why());
      }
    }
    String want = f.kind() == FindingKind.CONFLICT ? "conflict" : "update";
    Map<String, Placed> byUrl = new HashMap<>();
    byId.values().forEach(p -> byUrl.put(p.url(), p));
    for (Gold.Fact g : gold.facts()) {
      if (!g.kind().equals(want)) {
        continue;
      }
      long held =
          g.claims().stream()
              .filter(c -> f.support().stream().anyMatch(s -> supportHolds(c, s, byUrl)))
              .count();
      if (held >= 2) {
        return new Judged(
            storyId, f, false, "holds " + held + " claims of gold " + want + " " + g.id());
      }
    }
    return new Judged(storyId, f, true, "holds no two claims of a gold " + want);
  }

  private static double merged(Gold.GoldEntity e, List<EntityCard> cards) {
    Map<Integer, Integer> perCard = new HashMap<>();
    for (String spelling : e.spellings()) {
      for (int i = 0; i < cards.size(); i++) {
        if (carries(cards.get(i), e, spelling)) {
          perCard.merge(i, 1, Integer::sum);
        }
      }
    }
    int best = perCard.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return e.spellings().isEmpty() ? 0 : (double) best / e.spellings().size();
  }

  /** The report's view of {@link #merged}: the best card and what it carries and misses. */
  private static EntityMerge mergeOf(Gold.GoldEntity e, List<EntityCard> cards) {
    Map<Integer, List<String>> perCard = new LinkedHashMap<>();
    Map<String, List<String>> carriers = new LinkedHashMap<>();
    for (String spelling : e.spellings()) {
      carriers.put(spelling, new ArrayList<>());
      for (int i = 0; i < cards.size(); i++) {
        if (carries(cards.get(i), e, spelling)) {
          perCard.computeIfAbsent(i, x -> new ArrayList<>()).add(spelling);
          carriers.get(spelling).add(cards.get(i).name());
        }
      }
    }
    Optional<Integer> best =
        perCard.entrySet().stream()
            .max(
                java.util.Comparator.comparingInt(
                        (Map.Entry<Integer, List<String>> x) -> x.getValue().size())
                    .thenComparing(x -> -x.getKey()))
            .map(Map.Entry::getKey);
    List<String> merged = best.map(perCard::get).orElse(List.of());
    Map<String, List<String>> missed = new LinkedHashMap<>();
    for (String spelling : e.spellings()) {
      if (!merged.contains(spelling)) {
        missed.put(spelling, carriers.get(spelling).stream().distinct().limit(3).toList());
      }
    }
    return new EntityMerge(e, best.map(i -> cards.get(i).name()), merged, missed);
  }

  /**
   * Whether a card carries one spelling of a gold entity: its name or an alias is the spelling, or
   * the spelling as a reader takes its name to be: without punctuation ("Twitter, Inc." is "Twitter
   * Inc."), without a title or an honorific written before or glued after it ("Maryland Gov. Wes
   * Moore", "ムーア知事"; every language's titles and name trailers), and, for the annotator's own label
   * of the entity, without the gloss in parentheses or as that gloss alone ("Dali (container
   * ship)", "Federal Security Service (FSB)").
   */
  static boolean carries(EntityCard c, Gold.GoldEntity e, String spelling) {
    Set<String> names = new HashSet<>();
    for (String n : c.aliases()) {
      names.add(fold(n));
      names.add(bare(fold(n)));
    }
    names.add(fold(c.name()));
    names.add(bare(fold(c.name())));
    return readings(spelling, spelling.equals(e.name())).stream().anyMatch(names::contains);
  }

  /** The folded forms a gold spelling is recognised by ({@link #carries}). */
  static Set<String> readings(String spelling, boolean label) {
    Set<String> out = new java.util.LinkedHashSet<>();
    List<String> forms = new ArrayList<>();
    forms.add(spelling);
    java.util.regex.Matcher gloss = GLOSS.matcher(spelling);
    if (label && gloss.matches() && !gloss.group(1).isBlank()) {
      forms.add(gloss.group(1));
      forms.add(gloss.group(2));
    }
    for (String f : forms) {
      String folded = fold(f);
      out.add(folded);
      out.add(bare(folded));
      untitled(bare(folded)).ifPresent(out::add);
    }
    out.remove("");
    return out;
  }

  private static final java.util.regex.Pattern GLOSS =
      java.util.regex.Pattern.compile("(.*?)\\s*\\(([^()]+)\\)\\s*");

  /** Letters, digits and single spaces: punctuation and quotation marks around a name go. */
  private static String bare(String folded) {
    return folded.replaceAll("[^\\p{L}\\p{N}\\s]+", " ").replaceAll("\\s+", " ").strip();
  }

  /**
   * A name without the titles before it ("maryland gov wes moore" is "wes moore": the words after
   * the last title) or a title or honorific glued after it in a script that writes no spaces
   * ("ムーア知事").
   */
  private static Optional<String> untitled(String bare) {
    List<String> words = List.of(bare.split(" "));
    for (int i = words.size() - 2; i >= 0; i--) {
      if (title(words.get(i))) {
        return Optional.of(String.join(" ", words.subList(i + 1, words.size())));
      }
    }
    if (words.size() == 1) {
      String w = words.get(0);
      for (String t : TITLES) {
        if (!t.endsWith("*") && w.endsWith(t) && w.length() > t.length()) {
          String rest = w.substring(0, w.length() - t.length());
          int last = rest.codePointBefore(rest.length());
          // Only where the name's last letter is of a script without case: "Bergen" keeps "gen".
          if (rest.codePointCount(0, rest.length()) >= 2
              && Character.isLetter(last)
              && !Character.isLowerCase(last)
              && !Character.isUpperCase(last)) {
            return Optional.of(rest);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean title(String word) {
    for (String t : TITLES) {
      if (t.endsWith("*")
          ? word.startsWith(t.substring(0, t.length() - 1))
              || word.endsWith(t.substring(0, t.length() - 1))
          : word.equals(t)) {
        return true;
      }
    }
    return false;
  }

  /** Every language's titles (first column of {@code titles.tsv}) and name trailers, folded. */
  private static final Set<String> TITLES = titles();

  private static Set<String> titles() {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (List<String> row : io.corroborate.lang.LanguagePack.everyLanguageRows("titles.tsv")) {
      if (!row.isEmpty() && !row.get(0).isBlank()) {
        out.add(fold(row.get(0)).replace(".", ""));
      }
    }
    for (String t : io.corroborate.lang.LanguagePack.everyLanguage("name-trailers.txt")) {
      if (!t.isBlank()) {
        out.add(fold(t));
      }
    }
    out.removeIf(t -> t.length() < 2 && t.codePoints().allMatch(c -> c < 0x3000));
    return Set.copyOf(out);
  }

  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
