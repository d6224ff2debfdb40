package io.corroborate.cluster;

import io.corroborate.annotate.Annotation;
import io.corroborate.lang.Words;
import io.corroborate.link.NameKeys;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Groups articles into stories incrementally: each new article joins the most similar story or
 * starts one, and earlier assignments never move. Similarity weighs TF-IDF text, shared named
 * entities, the embedding of title and lead, and the gap in days; the text of a story told in
 * several languages is compared with its reports in the article's language too. Each story keeps
 * summed term, entity and embedding profiles, and an inverted index from terms to stories finds the
 * candidates, so adding one article costs about the same however many articles came before.
 *
 * <pre>{@code
 * StoryClusterer c = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
 * StoryAssignment a = c.add(article, Optional.of(annotation));
 * List<Story> stories = c.stories();
 * }</pre>
 *
 * <p>Not thread-safe: add articles from one thread, in a fixed order for repeatable results.
 */
public final class StoryClusterer {
  private final ClusterOptions options;
  private final Embedder embedder;
  private final Map<String, Integer> termDf = new HashMap<>();
  private final Map<String, Integer> entityDf = new HashMap<>();
  private final Map<String, StoryList> termIndex = new HashMap<>();
  private final Map<String, StoryList> entityIndex = new HashMap<>();
  private final Map<String, StoryList> nameIndex = new HashMap<>();
  private final Map<String, String> display = new HashMap<>();
  private final List<Profile> profiles = new ArrayList<>();
  private final Map<String, Integer> byId = new HashMap<>();
  private int docs;

  /** Each story's votes in the current round of {@link #candidates}, by its index. */
  private double[] voteOf = new double[0];

  /** The round in which each story's votes were last reset. */
  private int[] votedAt = new int[0];

  /** The stories voted for this round, in the order first voted for. */
  private int[] voted = new int[0];

  private int votedCount;
  private int round;

  private final Map<String, Integer> nameDf = new HashMap<>();

  /** The language the named-entity tagger of the language layer reads. */
  private static final String ENGLISH = "en";

  /**
   * At most this many stories are scored for one article: the ones its rarest words and names point
   * to most strongly. A store of a few hundred stories scores every story an article shares a rare
   * word with; a store of ten thousand does not score each story that shares a common one.
   */
  static final int MAX_SCORED = 256;

  /**
   * A word or name carried by more stories than this votes for its most recent ones only: walking
   * every story that shares a common word made a report's cost grow with the store, while the
   * stories it leaves out share nothing rarer with the report and would not have been scored.
   */
  static final int MAX_VOTED = 4 * MAX_SCORED;

  /**
   * A story's term and entity profiles keep at most this many of their strongest entries, pruned
   * back to it whenever they grow to twice as many, so that scoring a story costs the same however
   * many reports it has: a report is compared with what a story is mostly about, not with every
   * word any of its reports ever used once. A story of seventy reports in a dozen languages holds
   * about 4,000 terms, under twice this, so it is kept whole.
   */
  static final int MAX_PROFILE_TERMS = 4096;

  public StoryClusterer(ClusterOptions options, Embedder embedder) {
    this.options = Objects.requireNonNull(options, "options");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
  }

  /** Puts {@code article} into the best story, or starts one; deterministic for a given order. */
  public StoryAssignment add(Article article, Optional<Annotation> annotation) {
    return add(article, features(article, annotation));
  }

  private StoryAssignment add(Article article, Features f) {
    Choice c = choose(f, candidates(f), q -> false);
    Profile best = c.story();
    Score bestScore = c.score();
    boolean joins = c.joins();
    StoryAssignment result;
    if (joins) {
      join(best, article, f);
      result =
          new StoryAssignment(
              article.id(), best.id, false, bestScore.total, "joined: " + bestScore.describe());
    } else {
      Profile p = start(article, f, newId(article.id()));
      String why =
          best == null
              ? "started: no earlier story shares its terms or entities"
              : "started: the closest story "
                  + best.id
                  + " scored "
                  + fmt(bestScore.total)
                  + " ("
                  + bestScore.describe()
                  + ")";
      result =
          new StoryAssignment(
              article.id(),
              p.id,
              true,
              bestScore == null ? 0 : bestScore.total,
              why,
              best == null ? "" : best.id);
    }
    count(f);
    return result;
  }

  /**
   * Adds a batch of articles, each as {@link #add} would, then lets a story this batch started join
   * an older or bigger one when the two are told in different languages and share names in Latin
   * form that most reports of each carry. In input order the first report in each language starts a
   * story of its own and the reports after it join that one on wording; this step brings them
   * together. Then a story of one report this batch started joins the story it would have joined
   * had its report come last (see {@link #joinLate}). Stories from earlier batches never move or
   * merge: only this batch's new stories do, and the returned assignments are final.
   */
  public List<StoryAssignment> addBatch(
      List<Article> batch, Function<String, Optional<Annotation>> annotations) {
    List<StoryAssignment> out = new ArrayList<>();
    Set<Integer> started = new LinkedHashSet<>();
    Map<Integer, Features> first = new HashMap<>();
    for (Article a : batch) {
      Features f = features(a, annotations.apply(a.id()));
      StoryAssignment s = add(a, f);
      if (s.started()) {
        started.add(byId.get(s.storyId()));
        first.put(byId.get(s.storyId()), f);
      }
      out.add(s);
    }
    Map<String, String> movedTo = new HashMap<>();
    Map<String, String> why = new HashMap<>();
    boolean merged = true;
    while (merged) {
      merged = false;
      for (int i : started) {
        Profile from = profiles.get(i);
        if (from.mergedInto != null) {
          continue;
        }
        Profile into = null;
        List<String> shared = List.of();
        // only stories that share a name key with this one can qualify
        BitSet near = new BitSet(profiles.size());
        for (String key : from.nameKeyArticles.keySet()) {
          StoryList in = nameIndex.get(key);
          for (int n = 0; in != null && n < in.size(); n++) {
            near.set(in.get(n));
          }
        }
        // What of this story's names other reports carry depends on it alone: read once.
        Map<String, Integer> shown = seenElsewhere(from.nameKeyArticles, true);
        for (int qi = near.nextSetBit(0); qi >= 0; qi = near.nextSetBit(qi + 1)) {
          Profile q = profiles.get(qi);
          if (q == from || q.mergedInto != null || q.articleIds.size() < from.articleIds.size()) {
            continue;
          }
          List<String> k = sharedAcrossLanguages(from, shown, q);
          if (k.size() > shared.size()
              || !k.isEmpty()
                  && k.size() == shared.size()
                  && q.articleIds.size() > into.articleIds.size()) {
            into = q;
            shared = k;
          }
        }
        if (into != null) {
          merge(from, into);
          movedTo.put(from.id, into.id);
          why.put(
              from.id,
              "joined its story's reports in "
                  + into.language()
                  + ": both carry "
                  + String.join(", ", shared));
          merged = true;
        }
      }
      if (!merged) {
        // once no story moves on names, a story of one report may still join on its wording
        merged = joinLate(started, first, movedTo, why);
      }
    }
    if (movedTo.isEmpty()) {
      return out;
    }
    List<StoryAssignment> fin = new ArrayList<>(out.size());
    for (StoryAssignment s : out) {
      String story = s.storyId();
      List<String> reasons = new ArrayList<>();
      while (movedTo.containsKey(story)) {
        reasons.add(why.get(story));
        story = movedTo.get(story);
      }
      fin.add(
          reasons.isEmpty()
              ? s
              : new StoryAssignment(
                  s.articleId(),
                  story,
                  false,
                  s.score(),
                  s.reason() + "; then " + String.join("; then ", reasons),
                  s.closest()));
    }
    return fin;
  }

  /**
   * The story an article joins among the stories {@code candidates} lists, leaving out those {@code
   * skip} names and stories merged into others: the closest one when it is close enough in wording
   * or names; else one that shares names most of its reports carry (see {@link #preferred}). When
   * none qualifies, the closest story (or none) with {@code joins} false.
   */
  private Choice choose(Features f, List<Integer> candidates, IntPredicate skip) {
    Profile best = null;
    Score bestScore = null;
    Profile anchored = null;
    Score anchoredScore = null;
    for (int i : candidates) {
      Profile p = profiles.get(i);
      if (p.mergedInto != null || skip.test(i)) {
        continue;
      }
      Score s = score(f, p);
      if (s == null) {
        continue;
      }
      if (bestScore == null || s.total > bestScore.total) {
        best = p;
        bestScore = s;
      }
      if (s.anchored() && (anchoredScore == null || preferred(s, p, anchoredScore, anchored))) {
        anchored = p;
        anchoredScore = s;
      }
    }
    boolean joins =
        best != null
            && bestScore.total >= options.joinThreshold()
            && Math.max(bestScore.text, bestScore.entity) >= options.minTextOrEntity();
    if (!joins && anchored != null) {
      // No story is close in wording, but one shares names that most of its reports carry.
      return new Choice(anchored, anchoredScore, true);
    }
    return new Choice(best, bestScore, joins);
  }

  /**
   * The story an article joins or is closest to ({@code null} when none scores), and whether it
   * joins.
   */
  private record Choice(Profile story, Score score, boolean joins) {}

  /**
   * Lets each story this batch started join another story as its report would had it come last: a
   * report read before the reports it is close to (the first report in German, ahead of the German
   * reports that joined the main story on names) starts a story of its own, and would join now.
   * Only a story of one report is scored so, with the features it was read with; it joins a story
   * with more reports (or as many, started earlier), on the rule {@link #add} follows. Whether any
   * story moved.
   */
  private boolean joinLate(
      Set<Integer> started,
      Map<Integer, Features> first,
      Map<String, String> movedTo,
      Map<String, String> why) {
    boolean any = false;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (int i : started) {
        Profile from = profiles.get(i);
        Features f = first.get(i);
        if (from.mergedInto != null || from.articleIds.size() != 1 || f == null) {
          continue;
        }
        Choice c =
            choose(
                f,
                candidates(f),
                qi -> qi == i || profiles.get(qi).articleIds.size() == 1 && qi > i);
        if (c.joins()) {
          merge(from, c.story());
          movedTo.put(from.id, c.story().id);
          why.put(
              from.id,
              "joined " + c.story().id + " once the batch was read: " + c.score().describe());
          moved = true;
          any = true;
        }
      }
    }
    return any;
  }

  /**
   * Names in Latin form that most reports of both stories carry, when the stories are told in
   * different languages and their dates are close; empty unless there are enough to join them.
   * {@code shownOfA} is {@link #seenElsewhere} of {@code a}'s names, read once per story.
   */
  private List<String> sharedAcrossLanguages(Profile a, Map<String, Integer> shownOfA, Profile b) {
    if (a.language().equals(b.language()) || !close(a, b)) {
      return List.of();
    }
    double inA = Math.max(1, options.anchorShare() * a.articleIds.size());
    List<String> out =
        crossLanguageAnchors(
            a.nameKeyArticles, shownOfA, inA, a.articleIds.size(), a.figureArticles.keySet(), b);
    Part mine = a.parts.get(a.language());
    if (!out.isEmpty()
        && unlikeInWording(mine == null ? a.terms : mine.terms, b.parts.get(a.language()))) {
      return List.of();
    }
    return out;
  }

  /**
   * Whether a report's or a story's wording {@code terms} reads unlike {@code part}, a story's
   * reports in the same language, so that names in Latin form both carry do not join them: two
   * events in one country share its name, its months and, in a language that writes every noun with
   * a capital, its common nouns ("Menschen"), while what each event's reports say differs. The
   * wording is read only where it can be: {@link ClusterOptions#anchorMinArticles} reports in that
   * language at least. Text written without spaces (Japanese, Chinese, Thai) is read by its
   * dictionary words like any other (see {@link Terms#words}).
   */
  private boolean unlikeInWording(Map<String, Double> terms, Part part) {
    if (part == null || part.size < options.anchorMinArticles()) {
      return false;
    }
    return cosine(terms, part.terms, termDf, part.termNorm) < options.minTextOrEntity();
  }

  /**
   * The names in Latin form of {@code keys} that some report outside them carries too ({@code
   * counted}: the reports of {@code keys} are counted among all already). A word no other report
   * carries tells no story from another; in a script without capitals every word is a candidate
   * name ("წყალდიდობა", "երկրաշարժ"), and such words, left in, would make a short report in it look
   * unlike every story.
   */
  private Map<String, Integer> seenElsewhere(Map<String, Integer> keys, boolean counted) {
    Map<String, Integer> out = new HashMap<>();
    keys.forEach(
        (k, n) -> {
          if (nameDf.getOrDefault(k, 0) > (counted ? n : 0)) {
            out.put(k, n);
          }
        });
    return out;
  }

  /**
   * The evidence that reports in one language (an article, or a story of {@code size} reports whose
   * names in Latin form {@code keys} counts, {@code carried} of them making a name theirs) tell the
   * event of story {@code b}, told in another: names in Latin form that both sides carry, several
   * of them long enough to tell names apart ("Kestrava", "Dovgal"); or, where the event has one
   * such name or only short ones (a country, a city), one name and {@link
   * ClusterOptions#crossLanguageFigures} specific figures (see {@link FigureKeys}) that {@link
   * ClusterOptions#anchorMinArticles} reports of {@code b} state too (a toll, a magnitude, a
   * price). Long names must besides be alike as a whole on both sides (see {@link #nameCosine}), so
   * that two names common to many stories do not join two events; figures are that check for the
   * one name. With no name shared, {@link ClusterOptions#crossLanguagePreciseFigures} precise
   * figures (see {@link FigureKeys#precise}) that {@code b} states too are the evidence. Empty
   * unless they are enough.
   */
  private List<String> crossLanguageAnchors(
      Map<String, Integer> keys,
      Map<String, Integer> shown,
      double carried,
      int size,
      Set<String> figures,
      Profile b) {
    double inB = Math.max(options.anchorMinArticles(), options.anchorShare() * b.articleIds.size());
    List<String> names = new ArrayList<>();
    keys.forEach(
        (k, n) -> {
          if (n >= carried && carries(b, k, inB)) {
            names.add(k);
          }
        });
    names.sort(null);
    if (names.isEmpty()) {
      return preciseFigures(figures, b);
    }
    // A short key ("vrn" of "Varn") is distinctive too where it runs through most of the story's
    // reports: what most reports of one event name is that event's, however short. Two reports
    // that both name a capital are no such majority: it takes twice the reports an anchor needs.
    double most =
        Math.max(
            2.0 * options.anchorMinArticles(),
            options.crossLanguageMajority() * b.articleIds.size());
    List<String> distinctive =
        names.stream()
            .filter(
                k ->
                    k.length() >= NameKeys.KEY_LENGTH
                        || b.nameKeyArticles.getOrDefault(k, 0) >= Math.max(inB, most))
            .toList();
    if (distinctive.size() >= options.crossLanguageAnchors()
        && nameCosine(keyVector(shown, size), keyVector(b.nameKeyArticles, b.articleIds.size()))
            >= options.crossLanguageSimilarity()) {
      return distinctive;
    }
    List<String> shared =
        figures.stream()
            .filter(x -> b.figureArticles.getOrDefault(x, 0) >= options.anchorMinArticles())
            .sorted()
            .toList();
    if (shared.size() < options.crossLanguageFigures()) {
      // Names too few or too common to tell the event (a country both sides name) take nothing
      // away from the precise figures both sides state.
      return preciseFigures(figures, b);
    }
    List<String> out = new ArrayList<>(names);
    shared.forEach(x -> out.add("figure " + x));
    return out;
  }

  /**
   * Whether {@code inB} of story {@code b}'s reports carry name key {@code k}, or, in a story told
   * in several languages, the share of its reports in one language at which a name is theirs: a
   * name its reports in one script carry most of (a head of state's, in Cyrillic) is the story's
   * however many reports in other scripts it gathers.
   */
  private boolean carries(Profile b, String k, double inB) {
    if (b.nameKeyArticles.getOrDefault(k, 0) >= inB) {
      return true;
    }
    for (Part part : b.parts.values()) {
      double inPart = Math.max(options.anchorMinArticles(), options.anchorShare() * part.size);
      if (part.nameKeyArticles.getOrDefault(k, 0) >= inPart) {
        return true;
      }
    }
    return false;
  }

  /**
   * Several precise figures of the event (a toll of 31,482, not 31,000) stated on both sides, which
   * tell the same event where no name does (a place named in a case form or with a suffix that
   * changes its key, or only short names); empty unless there are {@link
   * ClusterOptions#crossLanguagePreciseFigures} of them.
   */
  private List<String> preciseFigures(Set<String> figures, Profile b) {
    List<String> precise =
        figures.stream()
            .filter(x -> FigureKeys.precise(x) && b.figureArticles.getOrDefault(x, 0) >= 1)
            .sorted()
            .toList();
    return precise.size() >= options.crossLanguagePreciseFigures()
        ? precise.stream().map(x -> "figure " + x).toList()
        : List.of();
  }

  /**
   * A story's (or an article's) names in Latin form as a vector: the share of its reports that
   * carry each, weighted by how rare the name is among all articles, so that two stories are alike
   * when the same particular names run through both, not when both mention a president.
   */
  private Map<String, Double> keyVector(Map<String, Integer> carried, int size) {
    Map<String, Double> v = new HashMap<>();
    carried.forEach((k, n) -> v.put(k, (double) n / size * idf(nameDf, k)));
    return v;
  }

  private static double nameCosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double y = b.get(e.getKey());
      if (y != null) {
        dot += e.getValue() * y;
      }
    }
    if (dot == 0) {
      return 0;
    }
    double na = a.values().stream().mapToDouble(x -> x * x).sum();
    double nb = b.values().stream().mapToDouble(x -> x * x).sum();
    return dot / Math.sqrt(na * nb);
  }

  private boolean close(Profile a, Profile b) {
    if (a.first.isEmpty() || b.first.isEmpty()) {
      return true;
    }
    LocalDate start = a.first.get().isAfter(b.first.get()) ? a.first.get() : b.first.get();
    LocalDate end = a.last.get().isBefore(b.last.get()) ? a.last.get() : b.last.get();
    return !start.isAfter(end) || ChronoUnit.DAYS.between(end, start) <= options.anchorMaxGapDays();
  }

  /** Moves every article and every sum of {@code from} into {@code into}. */
  private void merge(Profile from, Profile into) {
    if (!from.parts.isEmpty()
        || !into.parts.isEmpty()
        || !from.languages.keySet().equals(into.languages.keySet())) {
      if (into.parts.isEmpty()) {
        into.parts.put(into.language(), Part.of(into));
      }
      Map<String, Part> moved =
          from.parts.isEmpty() ? Map.of(from.language(), Part.of(from)) : from.parts;
      moved.forEach((l, part) -> into.parts.computeIfAbsent(l, k -> new Part()).add(part));
    }
    into.articleIds.addAll(from.articleIds);
    from.terms.forEach((t, w) -> into.terms.merge(t, w, Double::sum));
    from.entities.forEach((e, w) -> into.entities.merge(e, w, Double::sum));
    from.entityArticles.forEach((e, n) -> into.entityArticles.merge(e, n, Integer::sum));
    from.nameKeyArticles.forEach((k, n) -> into.nameKeyArticles.merge(k, n, Integer::sum));
    from.figureArticles.forEach((k, n) -> into.figureArticles.merge(k, n, Integer::sum));
    from.languages.forEach((l, n) -> into.languages.merge(l, n, Integer::sum));
    into.dominant = null;
    into.termNorm.clear();
    into.entityNorm.clear();
    cap(into.terms);
    cap(into.entities);
    reindex(termIndex, from.terms.keySet(), from, into);
    reindex(entityIndex, from.entities.keySet(), from, into);
    reindex(nameIndex, from.nameKeyArticles.keySet(), from, into);
    if (from.embedding != null) {
      if (into.embedding == null) {
        into.embedding = from.embedding.clone();
      } else if (into.embedding.length == from.embedding.length) {
        for (int i = 0; i < into.embedding.length; i++) {
          into.embedding[i] += from.embedding[i];
        }
      }
    }
    if (from.first.isPresent()) {
      LocalDate f = from.first.get();
      LocalDate l = from.last.get();
      into.first = Optional.of(into.first.filter(x -> x.isBefore(f)).orElse(f));
      into.last = Optional.of(into.last.filter(x -> x.isAfter(l)).orElse(l));
    }
    boolean earlier =
        from.titleDate.isPresent()
            && (into.titleDate.isEmpty() || from.titleDate.get().isBefore(into.titleDate.get()));
    if (into.title.isEmpty() || earlier) {
      into.title = from.title;
      into.titleDate = from.titleDate;
    }
    from.mergedInto = into;
    byId.put(from.id, into.index);
  }

  private static void reindex(
      Map<String, StoryList> index, Set<String> keys, Profile from, Profile into) {
    for (String k : keys) {
      StoryList in = index.get(k);
      if (in != null && in.remove(from.index)) {
        in.add(into.index);
      }
    }
  }

  /** Re-adds a stored article to its stored story without deciding, to continue a saved run. */
  public void restore(Article article, Optional<Annotation> annotation, String storyId) {
    Objects.requireNonNull(storyId, "storyId");
    Features f = features(article, annotation);
    Integer i = byId.get(storyId);
    if (i == null) {
      start(article, f, storyId);
    } else {
      join(profiles.get(i), article, f);
    }
    count(f);
  }

  /** The story {@code storyId} now is: itself, or the story it was merged into. */
  public Optional<Story> story(String storyId) {
    Integer i = byId.get(storyId);
    if (i == null) {
      return Optional.empty();
    }
    Profile p = profiles.get(i);
    while (p.mergedInto != null) {
      p = p.mergedInto;
    }
    return Optional.of(new Story(p.id, p.title, p.articleIds, p.first, p.last));
  }

  /** The stories so far, in the order they started. */
  public List<Story> stories() {
    List<Story> out = new ArrayList<>(profiles.size());
    for (Profile p : profiles) {
      if (p.mergedInto != null) {
        continue;
      }
      out.add(new Story(p.id, p.title, p.articleIds, p.first, p.last));
    }
    return out;
  }

  private String newId(String articleId) {
    String base = "s" + articleId.substring(0, Math.min(10, articleId.length()));
    String id = base;
    for (int n = 2; byId.containsKey(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private Profile start(Article a, Features f, String id) {
    Profile p = new Profile(id, profiles.size());
    profiles.add(p);
    byId.put(id, p.index);
    join(p, a, f);
    return p;
  }

  private void join(Profile p, Article a, Features f) {
    if (p.parts.isEmpty() && !p.languages.isEmpty() && !p.languages.containsKey(f.language)) {
      p.parts.put(p.language(), Part.of(p));
    }
    if (!p.parts.isEmpty()) {
      p.parts.computeIfAbsent(f.language, l -> new Part()).add(f);
    }
    p.articleIds.add(a.id());
    f.tf.forEach((t, w) -> p.terms.merge(t, w, Double::sum));
    f.entities.forEach((e, w) -> p.entities.merge(e, w, Double::sum));
    f.entities.keySet().forEach(e -> p.entityArticles.merge(e, 1, Integer::sum));
    for (String k : f.nameKeys) {
      p.nameKeyArticles.merge(k, 1, Integer::sum);
      nameIndex.computeIfAbsent(k, x -> new StoryList()).add(p.index);
    }
    f.figures.forEach(x -> p.figureArticles.merge(x, 1, Integer::sum));
    p.languages.merge(f.language, 1, Integer::sum);
    p.dominant = null;
    p.termNorm.clear();
    p.entityNorm.clear();
    cap(p.terms);
    cap(p.entities);
    for (String t : f.tf.keySet()) {
      termIndex.computeIfAbsent(t, k -> new StoryList()).add(p.index);
    }
    for (String e : f.entities.keySet()) {
      entityIndex.computeIfAbsent(e, k -> new StoryList()).add(p.index);
    }
    if (f.embedding.length > 0) {
      if (p.embedding == null) {
        p.embedding = new double[f.embedding.length];
      }
      if (p.embedding.length == f.embedding.length) {
        for (int i = 0; i < f.embedding.length; i++) {
          p.embedding[i] += f.embedding[i];
        }
      }
    }
    if (f.date.isPresent()) {
      LocalDate d = f.date.get();
      p.first = Optional.of(p.first.filter(x -> x.isBefore(d)).orElse(d));
      p.last = Optional.of(p.last.filter(x -> x.isAfter(d)).orElse(d));
    }
    // the title is the earliest article's; undated articles give theirs only to an untitled story
    boolean earlier =
        p.titleDate.isEmpty()
            ? f.date.isPresent()
            : f.date.map(d -> d.isBefore(p.titleDate.get())).orElse(false);
    if (p.title.isEmpty() || earlier) {
      p.title = f.title;
      p.titleDate = f.date;
    }
  }

  /**
   * Keeps the {@link #MAX_PROFILE_TERMS} heaviest entries of a profile once it holds twice as many
   * (ties by the entry's text, so a run is repeatable); the index still leads to the story by the
   * dropped ones, which only stop counting in its score.
   */
  static void cap(Map<String, Double> profile) {
    if (profile.size() <= 2 * MAX_PROFILE_TERMS) {
      return;
    }
    List<Map.Entry<String, Double>> kept =
        profile.entrySet().stream()
            .sorted(
                Map.Entry.<String, Double>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(MAX_PROFILE_TERMS)
            .map(e -> Map.entry(e.getKey(), e.getValue()))
            .toList();
    profile.clear();
    kept.forEach(e -> profile.put(e.getKey(), e.getValue()));
  }

  private void count(Features f) {
    docs++;
    for (String t : f.tf.keySet()) {
      termDf.merge(t, 1, Integer::sum);
    }
    for (String e : f.entities.keySet()) {
      entityDf.merge(e, 1, Integer::sum);
    }
    for (String k : f.nameKeys) {
      nameDf.merge(k, 1, Integer::sum);
    }
  }

  private double idf(Map<String, Integer> df, String t) {
    return Math.log((docs + 1.0) / (df.getOrDefault(t, 0) + 1.0)) + 1.0;
  }

  /**
   * The stories worth scoring for an article: those its rarest terms, entities and names lead to,
   * each counted by the weight of what leads to it, the best {@link #MAX_SCORED} of them in the
   * order the stories began. Scoring a story compares whole profiles; looking one up only adds a
   * number, so an article's cost stays flat however many stories share its common words.
   */
  private List<Integer> candidates(Features f) {
    if (voteOf.length < profiles.size()) {
      int n = Math.max(64, 2 * profiles.size());
      voteOf = new double[n];
      votedAt = new int[n];
      voted = new int[n];
    }
    round++;
    votedCount = 0;
    lookUp(f.tf, termDf, termIndex);
    lookUp(f.entities, entityDf, entityIndex);
    for (String k : f.nameKeys) {
      StoryList in = nameIndex.get(k);
      if (in != null) {
        vote(in, idf(nameDf, k));
      }
    }
    Integer[] stories = new Integer[votedCount];
    for (int i = 0; i < votedCount; i++) {
      stories[i] = voted[i];
    }
    if (votedCount > MAX_SCORED) {
      Arrays.sort(
          stories, Comparator.comparingDouble((Integer s) -> -voteOf[s]).thenComparingInt(s -> s));
      stories = Arrays.copyOf(stories, MAX_SCORED);
    }
    Arrays.sort(stories);
    return Arrays.asList(stories);
  }

  private void lookUp(
      Map<String, Double> v, Map<String, Integer> df, Map<String, StoryList> index) {
    v.keySet().stream()
        .filter(index::containsKey)
        .sorted(
            Comparator.comparingDouble((String t) -> -idf(df, t) * v.get(t)).thenComparing(t -> t))
        .limit(options.candidateTerms())
        .forEach(t -> vote(index.get(t), idf(df, t) * v.get(t)));
  }

  /**
   * Adds {@code w} to the votes of the stories in {@code in}, the {@link #MAX_VOTED} latest. A
   * story's votes sit at its index in a plain array, counted afresh each round: a common word's
   * thousand stories cost a thousand additions, not a thousand boxed map entries.
   */
  private void vote(StoryList in, double w) {
    for (int n = in.size() - 1, k = 0; n >= 0 && k < MAX_VOTED; n--, k++) {
      int s = in.get(n);
      if (votedAt[s] != round) {
        votedAt[s] = round;
        voteOf[s] = 0;
        voted[votedCount++] = s;
      }
      voteOf[s] += w;
    }
  }

  private Score score(Features f, Profile p) {
    long gap = 0;
    if (f.date.isPresent() && p.first.isPresent()) {
      LocalDate d = f.date.get();
      if (d.isBefore(p.first.get())) {
        gap = ChronoUnit.DAYS.between(d, p.first.get());
      } else if (d.isAfter(p.last.get())) {
        gap = ChronoUnit.DAYS.between(p.last.get(), d);
      }
      if (gap > options.maxGapDays()) {
        // a developing story runs for months (a deal, a trial, a rebuild): past the gap that
        // wording may bridge, only names most of the story's reports carry can
        List<String> anchors = gap <= options.anchorMaxGapDays() ? anchors(f, p) : List.of();
        return anchors.isEmpty()
            ? null
            : new Score(0, 0, 0, Double.NaN, List.of(), gap, anchors, toldIn(p, f.language), "");
      }
    }
    double text = cosine(f.tf, p.terms, termDf, p.termNorm);
    List<String> shared = new ArrayList<>();
    double entity = cosine(f.entities, p.entities, entityDf, p.entityNorm);
    double wText = options.textWeight();
    double wEntity = options.entityWeight();
    // The wording of a story told in several languages is compared with its reports in the
    // article's language too: a short report in German reads like the story's German reports, not
    // like its whole, whose words are mostly another language's. Names are shared across languages,
    // and are compared with the whole.
    Part part = p.parts.get(f.language);
    String within = "";
    if (part != null) {
      double partText = cosine(f.tf, part.terms, termDf, part.termNorm);
      if (partText > text) {
        text = partText;
        within = f.language;
      }
    }
    f.entities.keySet().stream()
        .filter(p.entities::containsKey)
        .sorted(Comparator.comparingDouble((String e) -> -idf(entityDf, e)).thenComparing(e -> e))
        .limit(4)
        .forEach(e -> shared.add(display.getOrDefault(e, e)));
    double embedding = Double.NaN;
    double wEmbed = 0;
    if (f.embedding.length > 0 && p.embedding != null && p.embedding.length == f.embedding.length) {
      double dot = 0;
      double norm = 0;
      for (int i = 0; i < p.embedding.length; i++) {
        dot += p.embedding[i] * f.embedding[i];
        norm += p.embedding[i] * p.embedding[i];
      }
      embedding = norm == 0 ? 0 : dot / Math.sqrt(norm);
      double base = options.embeddingBaseline();
      embedding = Math.max(0, (embedding - base) / (1 - base));
      wEmbed = options.embeddingWeight();
    }
    // Embeddings can only add evidence for a match: two reports that share words, names and dates
    // are not pulled apart because their leads are phrased differently ("Dam breach floods town"
    // against "Engineer says he warned of cracks"), and a close embedding alone joins nothing.
    double words = (wText * text + wEntity * entity) / (wText + wEntity);
    double sum =
        wEmbed > 0
            ? Math.max(
                words,
                (wText * text + wEntity * entity + wEmbed * embedding) / (wText + wEntity + wEmbed))
            : words;
    double penalty =
        options.maxGapDays() == 0 ? 0 : options.gapPenalty() * gap / (double) options.maxGapDays();
    return new Score(
        sum - penalty,
        text,
        entity,
        embedding,
        shared,
        f.date.isPresent() && p.first.isPresent() ? gap : -1,
        anchors(f, p),
        toldIn(p, f.language),
        within);
  }

  /** Whether the story has reports in {@code language}, whose wording an article in it can meet. */
  private static boolean toldIn(Profile p, String language) {
    return p.language().equals(language) || p.parts.containsKey(language);
  }

  /**
   * Which of two stories an article that shares their names joins: one in its own language first
   * (its wording could be compared), then the one more reports stand behind (across languages the
   * first report in each language starts a story of its own; the main story is the big one), then
   * the closer.
   */
  private static boolean preferred(Score s, Profile p, Score than, Profile other) {
    if (s.sameLanguage != than.sameLanguage) {
      return s.sameLanguage;
    }
    if (p.articleIds.size() != other.articleIds.size()) {
      return p.articleIds.size() > other.articleIds.size();
    }
    return s.total > than.total;
  }

  /**
   * The names the article shares with what most of the story's reports carry: in the story's own
   * language a name of several words ("Port of Baltimore") is enough; in another language, whose
   * wording cannot be compared, two names in Latin form are needed. Empty when neither holds.
   */
  private List<String> anchors(Features f, Profile p) {
    double carried =
        Math.max(options.anchorMinArticles(), options.anchorShare() * p.articleIds.size());
    List<String> out = new ArrayList<>();
    boolean main = f.language.equals(p.language());
    if (main) {
      f.entities.keySet().stream()
          .filter(e -> e.indexOf(' ') > 0 && p.entityArticles.getOrDefault(e, 0) >= carried)
          .sorted()
          .forEach(e -> out.add(display.getOrDefault(e, e)));
    }
    // A story told in several languages counts a name among its reports in the article's language
    // too: its reports in other languages write the name in their own script or form, so as they
    // grow in number a name most of its reports in the article's language carry falls short of the
    // share among all. In a language besides its main one this is the only count of its kind.
    Part part = p.parts.get(f.language);
    if (out.isEmpty() && part != null) {
      double inPart = Math.max(options.anchorMinArticles(), options.anchorShare() * part.size);
      f.entities.keySet().stream()
          .filter(e -> e.indexOf(' ') > 0 && part.entityArticles.getOrDefault(e, 0) >= inPart)
          .sorted()
          .forEach(e -> out.add(display.getOrDefault(e, e)));
    }
    if (!out.isEmpty() || main) {
      return out;
    }
    Map<String, Integer> own = new HashMap<>();
    f.nameKeys.forEach(k -> own.put(k, 1));
    List<String> found = crossLanguageAnchors(own, seenElsewhere(own, false), 1, 1, f.figures, p);
    if (!found.isEmpty() && unlikeInWording(f.tf, part)) {
      return List.of();
    }
    return found;
  }

  private double cosine(
      Map<String, Double> a, Map<String, Double> b, Map<String, Integer> df, Norm normOfB) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double dot = 0;
    double na = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      double idf = idf(df, e.getKey());
      double x = e.getValue() * idf;
      na += x * x;
      Double y = b.get(e.getKey());
      if (y != null) {
        dot += x * y * idf;
      }
    }
    if (dot == 0) {
      return 0;
    }
    double nb = normOfB.squared(docs);
    if (nb < 0) {
      nb = 0;
      for (Map.Entry<String, Double> e : b.entrySet()) {
        double y = e.getValue() * idf(df, e.getKey());
        nb += y * y;
      }
      normOfB.keep(nb, docs);
    }
    return dot / Math.sqrt(na * nb);
  }

  /**
   * A story profile's weighted length, kept between the reports compared with it: weighing every
   * word of a long profile again for each report made a report's cost grow with the stories it is
   * compared with. The weights move with the store's counts, so a kept length is used only while
   * the store has grown by at most one report in a hundred since it was weighed (below a hundred
   * reports, never), and is dropped whenever the profile changes.
   */
  private static final class Norm {
    private double squared = -1;
    private int docs;

    double squared(int docsNow) {
      return squared >= 0 && docsNow - docs <= docs / 100 ? squared : -1;
    }

    void keep(double value, int docsNow) {
      squared = value;
      docs = docsNow;
    }

    void clear() {
      squared = -1;
    }
  }

  /**
   * What this clusterer counts of {@code article} in its word statistics when it reads it: one
   * report, and each of its words, entities and name keys once. Reads the article alone: this
   * clusterer's stories and statistics stay as they were. Summed over a larger input, these are the
   * statistics {@link #assume} takes.
   */
  public WordCounts counts(Article article, Optional<Annotation> annotation) {
    Features f = features(article, annotation, new HashMap<>(), false);
    return new WordCounts(1, ones(f.tf.keySet()), ones(f.entities.keySet()), ones(f.nameKeys));
  }

  private static Map<String, Integer> ones(Set<String> keys) {
    Map<String, Integer> out = new LinkedHashMap<>();
    keys.forEach(k -> out.put(k, 1));
    return out;
  }

  /**
   * Counts the reports of {@code others} in the word statistics as if this clusterer had read them
   * before its own, without placing them in a story: a clusterer given one part of a larger input
   * (the reports that may share a story) then weighs a word by how common it is in the whole input,
   * as one clusterer reading all of it does, not by how common it is in that part.
   */
  public void assume(WordCounts others) {
    docs += others.docs();
    others.terms().forEach((k, n) -> termDf.merge(k, n, Integer::sum));
    others.entities().forEach((k, n) -> entityDf.merge(k, n, Integer::sum));
    others.names().forEach((k, n) -> nameDf.merge(k, n, Integer::sum));
  }

  private Features features(Article a, Optional<Annotation> annotation) {
    return features(a, annotation, display, true);
  }

  /**
   * {@code display} keeps each entity's name as first read; {@code embed} false leaves the
   * embedding out (counting needs none).
   */
  private Features features(
      Article a, Optional<Annotation> annotation, Map<String, String> display, boolean embed) {
    String text = a.textWithoutCaptions();
    if (text.length() > options.bodyChars()) {
      text = text.substring(0, options.bodyChars());
    }
    String lead = text.substring(0, Math.min(options.leadChars(), text.length()));
    String title = a.title().orElse("");
    Map<String, Double> raw = new LinkedHashMap<>();
    for (String w : Terms.words(title, a.language())) {
      raw.merge(w, options.titleBoost(), Double::sum);
    }
    // The body is split into words once (text without spaces goes through a dictionary); the
    // words that begin in the lead count more.
    for (Words.Word word : Words.of(text)) {
      Optional<String> w = Terms.content(word, a.language());
      if (w.isPresent()) {
        raw.merge(w.get(), word.start() < lead.length() ? options.leadBoost() : 1.0, Double::sum);
      }
    }
    Map<String, Double> tf = unit(raw, true);
    Map<String, Double> entities =
        unit(Terms.entities(title + ".\n" + text, a.language(), annotation, display), true);
    Optional<LocalDate> date =
        a.published().map(DateStamp::date).or(() -> annotation.flatMap(Annotation::anchor));
    String shown = title.isBlank() ? firstWords(text) : title;
    String embedText = (title.isBlank() ? "" : title + ". ") + lead;
    float[] embedding = !embed || embedText.isBlank() ? new float[0] : embedder.embed(embedText);
    Set<String> nameKeys = new LinkedHashSet<>();
    for (String e : entities.keySet()) {
      nameKeys.addAll(NameKeys.keys(display.getOrDefault(e, e)));
    }
    for (String w : NameKeys.uncasedNameWords(title + "\n" + text)) {
      nameKeys.addAll(NameKeys.readings(w));
    }
    // The tagger reads English: in another language with case it misses names the capitals mark.
    if (!a.language().equals(ENGLISH)) {
      for (String w : Terms.capitalised(title + "\n" + text, a.language())) {
        NameKeys.key(w).ifPresent(nameKeys::add);
      }
    }
    Set<String> figures = FigureKeys.of(title + "\n" + text, a.language());
    return new Features(tf, entities, date, shown, embedding, nameKeys, figures, a.language());
  }

  private static String firstWords(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= 80 ? t : t.substring(0, 80) + "…";
  }

  /** Sub-linear term frequencies scaled to unit length, so long articles do not weigh more. */
  private static Map<String, Double> unit(Map<String, Double> raw, boolean sublinear) {
    Map<String, Double> out = new LinkedHashMap<>();
    double norm = 0;
    for (Map.Entry<String, Double> e : raw.entrySet()) {
      if (e.getValue() <= 0) {
        continue;
      }
      double v = sublinear ? 1 + Math.log(e.getValue()) : e.getValue();
      v = Math.max(v, 0.1);
      out.put(e.getKey(), v);
      norm += v * v;
    }
    double n = Math.sqrt(norm);
    out.replaceAll((k, v) -> v / n);
    return out;
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  private record Features(
      Map<String, Double> tf,
      Map<String, Double> entities,
      Optional<LocalDate> date,
      String title,
      float[] embedding,
      Set<String> nameKeys,
      Set<String> figures,
      String language) {}

  private record Score(
      double total,
      double text,
      double entity,
      double embedding,
      List<String> shared,
      long gap,
      List<String> anchors,
      boolean sameLanguage,
      String within) {
    boolean anchored() {
      return !anchors.isEmpty();
    }

    String describe() {
      List<String> parts = new ArrayList<>();
      if (anchored()) {
        parts.add("shares names most of its reports carry: " + String.join(", ", anchors));
      }
      if (!shared.isEmpty()) {
        parts.add("shares entities " + String.join(", ", shared));
      }
      parts.add(
          within.isEmpty()
              ? "text " + fmt(text)
              : "text " + fmt(text) + " against its reports in " + within);
      parts.add("entities " + fmt(entity));
      if (!Double.isNaN(embedding)) {
        parts.add("embedding " + fmt(embedding));
      }
      if (gap >= 0) {
        parts.add(gap == 0 ? "within its dates" : gap + (gap == 1 ? " day apart" : " days apart"));
      }
      return String.join("; ", parts);
    }
  }

  /** The sums of a story's reports in one language. */
  private static final class Part {
    final Map<String, Double> terms = new HashMap<>();
    final Map<String, Double> entities = new HashMap<>();
    final Map<String, Integer> entityArticles = new HashMap<>();
    final Map<String, Integer> nameKeyArticles = new HashMap<>();
    final Norm termNorm = new Norm();
    int size;

    void add(Features f) {
      termNorm.clear();
      f.nameKeys.forEach(k -> nameKeyArticles.merge(k, 1, Integer::sum));
      f.tf.forEach((t, w) -> terms.merge(t, w, Double::sum));
      f.entities.forEach((e, w) -> entities.merge(e, w, Double::sum));
      f.entities.keySet().forEach(e -> entityArticles.merge(e, 1, Integer::sum));
      size++;
    }

    void add(Part other) {
      termNorm.clear();
      other.terms.forEach((t, w) -> terms.merge(t, w, Double::sum));
      other.entities.forEach((e, w) -> entities.merge(e, w, Double::sum));
      other.entityArticles.forEach((e, n) -> entityArticles.merge(e, n, Integer::sum));
      other.nameKeyArticles.forEach((k, n) -> nameKeyArticles.merge(k, n, Integer::sum));
      size += other.size;
    }

    /** The whole of a story told in one language, as its part in that language. */
    static Part of(Profile p) {
      Part part = new Part();
      part.terms.putAll(p.terms);
      part.entities.putAll(p.entities);
      part.entityArticles.putAll(p.entityArticles);
      part.nameKeyArticles.putAll(p.nameKeyArticles);
      part.size = p.articleIds.size();
      return part;
    }
  }

  /** A story's running sums: its term, entity and embedding profiles and its date span. */
  private static final class Profile {
    final String id;
    final int index;
    final List<String> articleIds = new ArrayList<>();
    final Map<String, Double> terms = new HashMap<>();
    final Map<String, Double> entities = new HashMap<>();
    final Map<String, Integer> entityArticles = new HashMap<>();
    final Map<String, Integer> nameKeyArticles = new HashMap<>();
    final Map<String, Integer> figureArticles = new HashMap<>();
    final Map<String, Integer> languages = new HashMap<>();
    final Norm termNorm = new Norm();
    final Norm entityNorm = new Norm();

    /**
     * The story's reports in each language, once it has reports in two: how its reports in one
     * language read, which a report in that language is compared with as well as with the whole.
     * Empty while the story is told in one language, whose part is then the whole story.
     */
    final Map<String, Part> parts = new HashMap<>();

    Profile mergedInto;
    String dominant;
    double[] embedding;
    Optional<LocalDate> first = Optional.empty();
    Optional<LocalDate> last = Optional.empty();
    String title = "";
    Optional<LocalDate> titleDate = Optional.empty();

    Profile(String id, int index) {
      this.id = id;
      this.index = index;
    }

    /** The language most of the story's articles are in. */
    String language() {
      if (dominant == null) {
        dominant =
            languages.entrySet().stream()
                .max(
                    Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse("");
      }
      return dominant;
    }
  }
}
