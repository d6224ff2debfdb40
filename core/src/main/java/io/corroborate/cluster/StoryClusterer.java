package io.corroborate.cluster;

import io.corroborate.annotate.Annotation;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Groups articles into stories incrementally: each new article joins the most similar story or
 * starts one, and earlier assignments never move. Similarity weighs TF-IDF text, shared named
 * entities, the embedding of title and lead, and the gap in days. Each story keeps summed term,
 * entity and embedding profiles, and an inverted index from terms to stories finds the candidates,
 * so adding one article costs about the same however many articles came before.
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
  private final Map<String, TreeSet<Integer>> termIndex = new HashMap<>();
  private final Map<String, TreeSet<Integer>> entityIndex = new HashMap<>();
  private final Map<String, String> display = new HashMap<>();
  private final List<Profile> profiles = new ArrayList<>();
  private final Map<String, Integer> byId = new HashMap<>();
  private int docs;

  public StoryClusterer(ClusterOptions options, Embedder embedder) {
    this.options = Objects.requireNonNull(options, "options");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
  }

  /** Puts {@code article} into the best story, or starts one; deterministic for a given order. */
  public StoryAssignment add(Article article, Optional<Annotation> annotation) {
    Features f = features(article, annotation);
    TreeSet<Integer> candidates = candidates(f);
    Profile best = null;
    Score bestScore = null;
    for (int i : candidates) {
      Profile p = profiles.get(i);
      Score s = score(f, p);
      if (s != null && (bestScore == null || s.total > bestScore.total)) {
        best = p;
        bestScore = s;
      }
    }
    boolean joins =
        best != null
            && bestScore.total >= options.joinThreshold()
            && Math.max(bestScore.text, bestScore.entity) >= options.minTextOrEntity();
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
              article.id(), p.id, true, bestScore == null ? 0 : bestScore.total, why);
    }
    count(f);
    return result;
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

  /** The stories so far, in the order they started. */
  public List<Story> stories() {
    List<Story> out = new ArrayList<>(profiles.size());
    for (Profile p : profiles) {
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
    p.articleIds.add(a.id());
    f.tf.forEach((t, w) -> p.terms.merge(t, w, Double::sum));
    f.entities.forEach((e, w) -> p.entities.merge(e, w, Double::sum));
    for (String t : f.tf.keySet()) {
      termIndex.computeIfAbsent(t, k -> new TreeSet<>()).add(p.index);
    }
    for (String e : f.entities.keySet()) {
      entityIndex.computeIfAbsent(e, k -> new TreeSet<>()).add(p.index);
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

  private void count(Features f) {
    docs++;
    for (String t : f.tf.keySet()) {
      termDf.merge(t, 1, Integer::sum);
    }
    for (String e : f.entities.keySet()) {
      entityDf.merge(e, 1, Integer::sum);
    }
  }

  private double idf(Map<String, Integer> df, String t) {
    return Math.log((docs + 1.0) / (df.getOrDefault(t, 0) + 1.0)) + 1.0;
  }

  private TreeSet<Integer> candidates(Features f) {
    TreeSet<Integer> out = new TreeSet<>();
    lookUp(f.tf, termDf, termIndex, out);
    lookUp(f.entities, entityDf, entityIndex, out);
    return out;
  }

  private void lookUp(
      Map<String, Double> v,
      Map<String, Integer> df,
      Map<String, TreeSet<Integer>> index,
      TreeSet<Integer> out) {
    v.keySet().stream()
        .filter(index::containsKey)
        .sorted(
            Comparator.comparingDouble((String t) -> -idf(df, t) * v.get(t)).thenComparing(t -> t))
        .limit(options.candidateTerms())
        .forEach(t -> out.addAll(index.get(t)));
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
        return null;
      }
    }
    double text = cosine(f.tf, p.terms, termDf);
    List<String> shared = new ArrayList<>();
    double entity = cosine(f.entities, p.entities, entityDf);
    f.entities.keySet().stream()
        .filter(p.entities::containsKey)
        .sorted(Comparator.comparingDouble((String e) -> -idf(entityDf, e)).thenComparing(e -> e))
        .limit(4)
        .forEach(e -> shared.add(display.getOrDefault(e, e)));
    double embedding = Double.NaN;
    double wText = options.textWeight();
    double wEntity = options.entityWeight();
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
        f.date.isPresent() && p.first.isPresent() ? gap : -1);
  }

  private double cosine(Map<String, Double> a, Map<String, Double> b, Map<String, Integer> df) {
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
    double nb = 0;
    for (Map.Entry<String, Double> e : b.entrySet()) {
      double y = e.getValue() * idf(df, e.getKey());
      nb += y * y;
    }
    return dot / Math.sqrt(na * nb);
  }

  private Features features(Article a, Optional<Annotation> annotation) {
    String text = a.textWithoutCaptions();
    if (text.length() > options.bodyChars()) {
      text = text.substring(0, options.bodyChars());
    }
    String lead = text.substring(0, Math.min(options.leadChars(), text.length()));
    String title = a.title().orElse("");
    Map<String, Double> raw = new LinkedHashMap<>();
    for (String w : Terms.words(title)) {
      raw.merge(w, options.titleBoost(), Double::sum);
    }
    for (String w : Terms.words(lead)) {
      raw.merge(w, options.leadBoost() - 1.0, Double::sum);
    }
    for (String w : Terms.words(text)) {
      raw.merge(w, 1.0, Double::sum);
    }
    Map<String, Double> tf = unit(raw, true);
    Map<String, Double> entities =
        unit(Terms.entities(title + ".\n" + text, annotation, display), true);
    Optional<LocalDate> date =
        a.published().map(DateStamp::date).or(() -> annotation.flatMap(Annotation::anchor));
    String shown = title.isBlank() ? firstWords(text) : title;
    String embedText = (title.isBlank() ? "" : title + ". ") + lead;
    float[] embedding = embedText.isBlank() ? new float[0] : embedder.embed(embedText);
    return new Features(tf, entities, date, shown, embedding);
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
      float[] embedding) {}

  private record Score(
      double total, double text, double entity, double embedding, List<String> shared, long gap) {
    String describe() {
      List<String> parts = new ArrayList<>();
      if (!shared.isEmpty()) {
        parts.add("shares entities " + String.join(", ", shared));
      }
      parts.add("text " + fmt(text));
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

  /** A story's running sums: its term, entity and embedding profiles and its date span. */
  private static final class Profile {
    final String id;
    final int index;
    final List<String> articleIds = new ArrayList<>();
    final Map<String, Double> terms = new HashMap<>();
    final Map<String, Double> entities = new HashMap<>();
    double[] embedding;
    Optional<LocalDate> first = Optional.empty();
    Optional<LocalDate> last = Optional.empty();
    String title = "";
    Optional<LocalDate> titleDate = Optional.empty();

    Profile(String id, int index) {
      this.id = id;
      this.index = index;
    }
  }
}
