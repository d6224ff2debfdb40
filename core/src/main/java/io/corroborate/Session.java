package io.corroborate;

import io.corroborate.analyze.StoryAnalysis;
import io.corroborate.analyze.StoryMemo;
import io.corroborate.annotate.Annotation;
import io.corroborate.cluster.Story;
import io.corroborate.cluster.StoryAssignment;
import io.corroborate.cluster.StoryClusterer;
import io.corroborate.dossier.ClaimLine;
import io.corroborate.dossier.Dossier;
import io.corroborate.dossier.Facts;
import io.corroborate.extract.Claim;
import io.corroborate.ingest.Input;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.model.Rejection;
import io.corroborate.reconcile.FindingKind;
import io.corroborate.store.Membership;
import io.corroborate.store.Store;
import io.corroborate.store.StorySummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Adds articles to a store and keeps its stories up to date: each new article is stored, put in a
 * story (joining one or starting one, without re-clustering the others), and the dossier of every
 * story that changed is rewritten. What the CLI's {@code analyze} and {@code watch} and the web
 * server's upload do. Made by {@link Corroborate#session}, with that door's options.
 *
 * <pre>{@code
 * try (Store store = SqliteStore.open(Path.of("corroborate.db"))) {
 *   Corroborate c = Corroborate.builder().annotate(CoreNlpLayer.shared(), store).build();
 *   AnalyzeResult r = c.session(store).add(List.of("examples/"), listener);
 *   r.touched().forEach(s -> System.out.println(s.id() + " " + s.title()));
 * }
 * }</pre>
 *
 * <p>One session may be shared by threads: calls to {@link #add} run one at a time. Stories added
 * to the same store by another process are picked up at the next call.
 */
public final class Session {
  private final Corroborate corroborate;
  private final StoryAnalysis stories;
  private final Store store;
  private final Clock clock;
  private StoryClusterer clusterer;
  private int restored;

  /**
   * What was read of each article of the stories that keep their memo (by story, then article): the
   * article, its annotation and its claims, so rewriting a big story after one new article reads
   * only that article from the store. A story whose memo is dropped drops these too, so the heap
   * holds the articles of at most {@link #MEMO_STORIES} stories however big the store grows; the
   * others are read back from the store when their story is next rewritten.
   */
  private final Map<String, Map<String, Known>> known = new HashMap<>();

  private record Known(Article article, Optional<Annotation> annotation, List<Claim> claims) {}

  /** The stories analysed most recently, each with what its next analysis can reuse. */
  private final Map<String, StoryMemo> memos =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryMemo> eldest) {
          if (size() <= MEMO_STORIES) {
            return false;
          }
          known.remove(eldest.getKey());
          return true;
        }
      };

  /** How many stories keep their memo: a run touching more analyses the rest from scratch. */
  private static final int MEMO_STORIES = 64;

  Session(Corroborate corroborate, Store store, Clock clock) {
    this.corroborate = Objects.requireNonNull(corroborate, "corroborate");
    this.stories = corroborate.stories();
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Reads the inputs (files, directories, globs, {@code -}), stores their articles and rejections,
   * puts each new article in a story and rewrites the dossiers of the stories the run's articles
   * belong to. {@code listener} hears every article and rejection as it comes, for progress.
   */
  public synchronized AnalyzeResult add(List<String> inputs, RunListener listener) {
    annotated.clear();
    try {
      return addAll(inputs, listener);
    } finally {
      annotated.clear();
    }
  }

  /**
   * How many articles this session holds in memory to rewrite their stories: those of the stories
   * that keep their memo, at most {@value #MEMO_STORIES} stories however many the store holds.
   */
  public synchronized int articlesKept() {
    return known.values().stream().mapToInt(Map::size).sum();
  }

  /**
   * The annotations of the articles the current {@link #add} read, as they were stored: putting
   * them in stories and reading their claims needs no round trip through the store.
   */
  private final Map<String, Annotation> annotated = new HashMap<>();

  private AnalyzeResult addAll(List<String> inputs, RunListener listener) {
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Rejection> rejections = new ArrayList<>();
    Batch batch = new Batch(listener);
    RunCounts counts;
    try {
      counts =
          corroborate.stream(
              inputs,
              new RunListener() {
                @Override
                public void started(int n) {
                  listener.started(n);
                }

                @Override
                public void annotated(Article a, Annotation an) {
                  annotated.put(a.id(), an);
                  listener.annotated(a, an);
                }

                @Override
                public void article(Article a) {
                  if (seen.add(a.id())) {
                    ids.add(a.id());
                  }
                  batch.article(a);
                }

                @Override
                public void rejected(Rejection r) {
                  rejections.add(r);
                  batch.rejected(r);
                }

                @Override
                public void inputDone(Input in) {
                  batch.flushIfDue();
                  listener.inputDone(in);
                }
              });
    } catch (RuntimeException | Error e) {
      // What was read before a stop (a strict run's bad input, a cancelled upload) is kept whole.
      try {
        batch.flush();
      } catch (RuntimeException flushing) {
        e.addSuppressed(flushing);
      }
      throw e;
    }
    batch.flush();
    List<StorySummary> touched = new ArrayList<>();
    Set<String> storyIds = assign(ids);
    Map<String, String> titles = new HashMap<>();
    for (Story s : clusterer.stories()) {
      if (storyIds.contains(s.id())) {
        titles.put(s.id(), s.title());
      }
    }
    Set<String> fresh = new HashSet<>(ids);
    Dossiers written = new Dossiers();
    for (String storyId : storyIds) {
      written.add(rewrite(storyId, titles.get(storyId), rejections, fresh));
      touched.add(written.last());
    }
    written.flush();
    return new AnalyzeResult(counts, ids, batch.added, touched, rejections);
  }

  /** Writes of one batch commit together once this many are waiting... */
  private static final int BATCH_WRITES = 500;

  /** ...or once the first of them has waited this long, so a slow run still stores as it goes. */
  private static final long BATCH_NANOS = 1_000_000_000L;

  /**
   * The run's articles and rejections, stored a batch at a time ({@link Store#batch}): a folder of
   * ten thousand short files costs a commit every 500 articles or every second, not one each. The
   * listener hears of each article once its batch is stored. A crash loses at most the batch being
   * gathered, each article whole, and a re-run reads it again (nothing is stored twice: ids come
   * from content).
   */
  private final class Batch {
    private final RunListener listener;
    private final List<Object> pending = new ArrayList<>();
    private long since;
    int added;

    Batch(RunListener listener) {
      this.listener = listener;
    }

    void article(Article a) {
      add(a);
    }

    void rejected(Rejection r) {
      add(r);
    }

    private void add(Object item) {
      if (pending.isEmpty()) {
        since = System.nanoTime();
      }
      pending.add(item);
      flushIfDue();
    }

    void flushIfDue() {
      if (pending.size() >= BATCH_WRITES
          || !pending.isEmpty() && System.nanoTime() - since >= BATCH_NANOS) {
        flush();
      }
    }

    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      List<Object> items = List.copyOf(pending);
      pending.clear();
      store.batch(
          () -> {
            for (Object item : items) {
              if (item instanceof Article a) {
                if (store.put(a) == Store.Put.ADDED) {
                  added++;
                }
              } else {
                store.reject((Rejection) item);
              }
            }
          });
      for (Object item : items) {
        if (item instanceof Article a) {
          listener.article(a);
        } else {
          listener.rejected((Rejection) item);
        }
      }
    }
  }

  /**
   * A story's dossier and the claims of its new articles, to be stored; the dossier is written to
   * the store as it is encoded, never held as one string.
   */
  private record Rewritten(
      StorySummary summary, Dossier dossier, Map<String, List<ClaimLine>> claims, StoryMemo memo) {}

  /**
   * Dossiers stored a batch at a time, as articles are: a run that touches thousands of stories
   * commits a few times. Each story's dossier is made outside the batch, so a big story's analysis
   * never holds the store's write lock.
   */
  private final class Dossiers {
    private final List<Rewritten> pending = new ArrayList<>();
    private long since;
    private StorySummary last;

    void add(Rewritten r) {
      if (pending.isEmpty()) {
        since = System.nanoTime();
      }
      pending.add(r);
      last = r.summary();
      if (pending.size() >= BATCH_WRITES || System.nanoTime() - since >= BATCH_NANOS) {
        flush();
      }
    }

    StorySummary last() {
      return last;
    }

    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      List<Rewritten> items = List.copyOf(pending);
      pending.clear();
      store.batch(
          () -> {
            for (Rewritten r : items) {
              r.claims().forEach(store::putClaims);
              store.putDossier(r.summary(), out -> r.memo().writeDossier(r.dossier(), out));
            }
          });
    }
  }

  /** The stories of the given articles, in order, putting each article not yet in one in one. */
  private Set<String> assign(List<String> ids) {
    StoryClusterer c = clusterer();
    Map<String, String> storyOf = new HashMap<>();
    for (Membership m : store.memberships()) {
      storyOf.put(m.articleId(), m.storyId());
    }
    List<Article> fresh = new ArrayList<>();
    for (String id : ids) {
      if (!storyOf.containsKey(id)) {
        fresh.add(store.expectArticle(id));
      }
    }
    for (StoryAssignment s : c.addBatch(fresh, this::annotation)) {
      store.assign(new Membership(s.articleId(), s.storyId(), s.score(), s.reason()));
      restored++;
      storyOf.put(s.articleId(), s.storyId());
    }
    Set<String> touched = new LinkedHashSet<>();
    for (String id : ids) {
      touched.add(storyOf.get(id));
    }
    return touched;
  }

  /** The clusterer, brought up to date with the memberships the store holds. */
  private StoryClusterer clusterer() {
    if (clusterer == null) {
      clusterer = stories.clusterer();
      restored = 0;
    }
    List<Membership> all = store.memberships();
    for (int i = restored; i < all.size(); i++) {
      Membership m = all.get(i);
      Optional<Article> a = store.article(m.articleId());
      if (a.isPresent()) {
        clusterer.restore(a.get(), annotation(m.articleId()), m.storyId());
      }
    }
    restored = all.size();
    return clusterer;
  }

  /**
   * The article's annotation by this session's layer, else by any other layer the store holds for
   * it: a store analysed with CoreNLP and served with the plain layer keeps its articles' claims
   * when a new upload rewrites their story. A session without a layer reads none.
   */
  private Optional<Annotation> annotation(String articleId) {
    Optional<String> own = corroborate.annotationKey();
    if (own.isEmpty()) {
      return Optional.empty();
    }
    Annotation read = annotated.get(articleId);
    if (read != null) {
      return Optional.of(read);
    }
    Optional<Annotation> mine = store.annotation(articleId, own.get());
    if (mine.isPresent()) {
      return mine;
    }
    for (String layer : store.layers(articleId)) {
      if (!layer.equals(own.get())) {
        Optional<Annotation> other = store.annotation(articleId, layer);
        if (other.isPresent()) {
          return other;
        }
      }
    }
    return Optional.empty();
  }

  private Rewritten rewrite(
      String storyId, String knownTitle, List<Rejection> rejections, Set<String> fresh) {
    List<Article> articles = new ArrayList<>();
    Map<String, Annotation> annotations = new HashMap<>();
    Map<String, List<Claim>> claims = new HashMap<>();
    Map<String, Known> kept = known.getOrDefault(storyId, Map.of());
    for (String id : store.storyArticleIds(storyId)) {
      Known k = kept.get(id);
      if (k == null) {
        Optional<Article> a = store.article(id);
        if (a.isEmpty()) {
          continue;
        }
        k = new Known(a.get(), annotation(id), null);
      }
      articles.add(k.article());
      k.annotation().ifPresent(an -> annotations.put(id, an));
      if (k.claims() != null) {
        claims.put(id, k.claims());
      }
    }
    String title =
        knownTitle != null
            ? knownTitle
            : articles.isEmpty() ? storyId : articles.get(0).title().orElse(storyId);
    StoryMemo memo = memos.computeIfAbsent(storyId, k -> new StoryMemo());
    StoryAnalysis.Report report =
        stories.analyze(storyId, title, articles, annotations, claims, rejections, memo);
    Dossier d = report.dossier();
    Map<String, Known> keep = new HashMap<>();
    for (Article a : articles) {
      keep.put(
          a.id(),
          new Known(
              a,
              Optional.ofNullable(annotations.get(a.id())),
              report.claims().getOrDefault(a.id(), List.of())));
    }
    // After the memo's lookup above, which may have dropped another story's memo and articles.
    known.put(storyId, keep);
    Map<String, List<ClaimLine>> claimLines = new LinkedHashMap<>();
    for (Article a : d.articles()) {
      if (fresh.contains(a.id()) && annotations.containsKey(a.id())) {
        List<ClaimLine> lines =
            report.claims().getOrDefault(a.id(), List.of()).stream()
                .map(c -> Facts.line(a, c))
                .toList();
        claimLines.put(a.id(), lines);
      }
    }
    return new Rewritten(summary(d), d, claimLines, memo);
  }

  private StorySummary summary(Dossier d) {
    List<LocalDate> dates =
        d.articles().stream()
            .map(Article::published)
            .flatMap(Optional::stream)
            .map(DateStamp::date)
            .sorted()
            .toList();
    int conflicts =
        (int) d.findings().stream().filter(f -> f.kind() == FindingKind.CONFLICT).count();
    return new StorySummary(
        d.storyId(),
        d.title(),
        d.articles().size(),
        d.sources().size(),
        d.findings().size(),
        conflicts,
        dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0)),
        dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1)),
        clock.instant());
  }
}
