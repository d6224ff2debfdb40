package io.corroborate;

import io.corroborate.analyze.StoryAnalysis;
import io.corroborate.analyze.StoryOptions;
import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.clean.Clean;
import io.corroborate.clean.CleanOptions;
import io.corroborate.cluster.Embedder;
import io.corroborate.cluster.StoryClusterer;
import io.corroborate.dossier.Dossier;
import io.corroborate.extract.Claim;
import io.corroborate.ingest.Expansion;
import io.corroborate.ingest.Ingest;
import io.corroborate.ingest.IngestException;
import io.corroborate.ingest.IngestOptions;
import io.corroborate.ingest.Input;
import io.corroborate.ingest.Sink;
import io.corroborate.ingest.UrlResolver;
import io.corroborate.internal.InOrder;
import io.corroborate.internal.Memos;
import io.corroborate.model.Article;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import io.corroborate.pipeline.Annotate;
import io.corroborate.pipeline.Outcome;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * The front door: reads inputs through the document pipeline (ingest, clean, annotate), and makes
 * claims and dossiers of what it read through the story pipeline (stories, outlets, anchored times,
 * claims, copies, entities, findings, dossier), each stage with the options given to its builder.
 * The CLI, the server, the Spark job and the evaluations get claims and dossiers only through here,
 * so each story's stages run with the same options in each.
 *
 * <pre>{@code
 * Corroborate c = Corroborate.create();
 * RunSummary run = c.run(List.of("examples/"), new RunListener() {});
 * List<Dossier> ds = c.dossiers(run);
 * }</pre>
 */
public final class Corroborate {
  private final Ingest ingest;
  private final Pipeline pipeline;
  private final Optional<String> annotationKey;
  private final StoryAnalysis stories;
  private final int threads;

  private Corroborate(
      Ingest ingest,
      Pipeline pipeline,
      Optional<String> annotationKey,
      StoryAnalysis stories,
      int threads) {
    this.ingest = ingest;
    this.pipeline = pipeline;
    this.annotationKey = annotationKey;
    this.stories = stories;
    this.threads = threads;
  }

  /** How many records a run reads (cleans and annotates) at once; see {@link Builder#threads}. */
  public int threads() {
    return threads;
  }

  /**
   * The key this pipeline's annotations are cached under ({@link Annotate#layerKey()}), or empty
   * when it does not annotate.
   */
  public Optional<String> annotationKey() {
    return annotationKey;
  }

  public static Corroborate create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Empties what this process remembers of words already read (names' spellings, pages' class
   * names), which only saves work: a measurement that repeats a run calls it between repetitions so
   * that each one costs what a user's first run costs. Results do not change.
   */
  public static void forgetMemos() {
    Memos.forgetAll();
  }

  public Ingest ingest() {
    return ingest;
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  /** The story half: clustering and the story pipeline, with this door's options. */
  public StoryAnalysis stories() {
    return stories;
  }

  /**
   * Reads every input named by {@code args} (files, directories, globs, {@code -}) and runs each
   * record through the pipeline, keeping what it makes for the caller: fine for a story, not for a
   * crawl (use {@link #stream}). Bad inputs become rejections; in strict mode the first one throws
   * {@link IngestException}.
   */
  public RunSummary run(List<String> args, RunListener listener) {
    List<Article> articles = new ArrayList<>();
    Map<String, Annotation> annotations = new HashMap<>();
    List<Rejection> rejections = new ArrayList<>();
    RunCounts counts =
        stream(
            args,
            new RunListener() {
              @Override
              public void started(int inputs) {
                listener.started(inputs);
              }

              @Override
              public void annotated(Article a, Annotation an) {
                annotations.put(a.id(), an);
                listener.annotated(a, an);
              }

              @Override
              public void article(Article a) {
                articles.add(a);
                listener.article(a);
              }

              @Override
              public void rejected(Rejection r) {
                rejections.add(r);
                listener.rejected(r);
              }

              @Override
              public void inputDone(Input in) {
                listener.inputDone(in);
              }
            });
    return new RunSummary(counts.inputs(), articles, annotations, rejections);
  }

  /**
   * Like {@link #run} but keeps nothing: every article, annotation and rejection goes to {@code
   * listener} only, so memory stays bounded however many records the inputs hold. When the calling
   * thread is interrupted the run stops at the next record, or inside the annotation of the current
   * one, with {@link CancellationException}; what the listener was given stays given.
   */
  public RunCounts stream(List<String> args, RunListener listener) {
    Expansion ex = ingest.expand(args);
    int[] counts = new int[2];
    // A strict run stops at its first bad record, so it reads one record at a time.
    int readers = ingest.options().strict() ? 1 : threads;
    try (InOrder<Outcome> order = new InOrder<>(readers, o -> done(o, counts, listener))) {
      Sink sink =
          new Sink() {
            /** Set once the run's thread is interrupted: every later record stops the run again. */
            private boolean stopped;

            /**
             * Stops the run when its thread was interrupted (a server stopping an upload). Thrown
             * from the sink, the readers' own handlers cannot keep it: a reader that takes it for a
             * bad record and rejects the record meets it again here.
             */
            private void stopIfInterrupted() {
              if (stopped || Thread.currentThread().isInterrupted()) {
                stopped = true;
                throw new CancellationException("the run was stopped");
              }
            }

            @Override
            public void accept(RawDocument doc) {
              stopIfInterrupted();
              order.submit(() -> pipeline.process(doc));
            }

            @Override
            public void reject(Rejection r) {
              stopIfInterrupted();
              order.then(() -> rejected(r, counts, listener));
            }
          };
      ex.rejections().forEach(sink::reject);
      listener.started(ex.inputs().size());
      for (Input in : ex.inputs()) {
        ingest.read(in, sink);
        order.then(() -> listener.inputDone(in));
      }
      order.finish();
    }
    return new RunCounts(ex.inputs().size(), counts[0], counts[1]);
  }

  /** Hands one record's outcome to the listener, on the run's thread and in the inputs' order. */
  private void done(Outcome o, int[] counts, RunListener listener) {
    if (o instanceof Outcome.Done done) {
      Article a = done.doc().expectArticle();
      counts[0]++;
      done.doc().annotation().ifPresent(an -> listener.annotated(a, an));
      listener.article(a);
    } else {
      rejected(((Outcome.Rejected) o).rejection(), counts, listener);
    }
  }

  private void rejected(Rejection r, int[] counts, RunListener listener) {
    if (ingest.options().strict()) {
      throw new IngestException(r);
    }
    counts[1]++;
    listener.rejected(r);
  }

  /**
   * The run's articles clustered into stories, one dossier per story, the biggest first; the run's
   * rejections go in every dossier.
   */
  public List<Dossier> dossiers(RunSummary run) {
    return stories.dossiers(run.articles(), run.annotations(), run.rejections());
  }

  /**
   * Like {@link #dossiers}, each story's dossier with its articles' claims as the dossier read
   * them, in one pass over each story.
   */
  public List<StoryAnalysis.Report> reports(RunSummary run) {
    return stories.reports(run.articles(), run.annotations(), run.rejections());
  }

  /** The dossier of one story: every article given belongs to it. */
  public Dossier dossier(
      String storyId,
      String title,
      List<Article> articles,
      Map<String, Annotation> annotations,
      List<Rejection> rejections) {
    return stories.dossier(storyId, title, articles, annotations, rejections);
  }

  /**
   * The claims of the run's articles, by article id in the run's order, each read in its story as
   * the story's dossier reads it.
   */
  public Map<String, List<Claim>> claims(RunSummary run) {
    return stories.claims(run.articles(), run.annotations());
  }

  /** The claims of one story's articles, by article id, as the story's dossier reads them. */
  public Map<String, List<Claim>> storyClaims(
      List<Article> articles, Map<String, Annotation> annotations) {
    return stories.storyClaims(articles, annotations);
  }

  /** A clusterer with this door's options, holding no story yet. */
  public StoryClusterer clusterer() {
    return stories.clusterer();
  }

  /**
   * A session that adds articles to {@code store} and keeps its stories and their dossiers up to
   * date; see {@link Session}.
   */
  public Session session(Store store) {
    return session(store, Clock.systemUTC());
  }

  /** Like {@link #session(Store)}, stamping stories with {@code clock}'s time. */
  public Session session(Store store, Clock clock) {
    return new Session(this, store, clock);
  }

  /** Options for a {@link Corroborate}. */
  public static final class Builder {
    private IngestOptions ingestOptions = IngestOptions.defaults();
    private CleanOptions cleanOptions = CleanOptions.defaults();
    private LanguageLayer layer;
    private AnnotationCache cache = AnnotationCache.none();
    private Duration annotateTime = Annotate.DEFAULT_MAX_TIME;
    private UrlResolver urls;
    private StoryOptions storyOptions = StoryOptions.defaults();
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /**
     * How many records a run reads at once (cleaning and annotating them, the costly part of
     * reading): one per processor unless set. The listener still hears every article, rejection and
     * finished input on the run's thread, in the inputs' order, so the results are those of a
     * sequential run; 1 reads one record after the other on the run's thread.
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("a run reads with at least one thread, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * The options of every stage of the story half, its embedder included ({@code
     * StoryOptions.defaults().withLink(…)}).
     */
    public Builder stories(StoryOptions options) {
      this.storyOptions = Objects.requireNonNull(options);
      return this;
    }

    /**
     * Sentence embeddings as one more signal for matching stories and reading two wordings of one
     * subject as one (never alone); {@link Embedder#none()} (the default) for none.
     */
    public Builder embedder(Embedder embedder) {
      storyOptions = storyOptions.withEmbedder(embedder);
      return this;
    }

    /**
     * Takes http(s) addresses among the inputs too: pages, feeds and sitemaps, fetched through
     * {@code urls} (see {@code ingest.fetch.Links}).
     */
    public Builder fetch(UrlResolver urls) {
      this.urls = Objects.requireNonNull(urls);
      return this;
    }

    public Builder ingest(IngestOptions options) {
      this.ingestOptions = Objects.requireNonNull(options);
      return this;
    }

    public Builder clean(CleanOptions options) {
      this.cleanOptions = Objects.requireNonNull(options);
      return this;
    }

    /**
     * Annotates every article with {@code layer}, reusing what {@code cache} holds for the same
     * article and layer and adding what it makes.
     */
    public Builder annotate(LanguageLayer layer, AnnotationCache cache) {
      this.layer = Objects.requireNonNull(layer);
      this.cache = Objects.requireNonNull(cache);
      return this;
    }

    /**
     * The most time the language layer may take over one article ({@link Annotate#DEFAULT_MAX_TIME}
     * unless set): an article past it is rejected with that reason and the run goes on.
     */
    public Builder annotateTimeLimit(Duration maxTime) {
      this.annotateTime = Objects.requireNonNull(maxTime);
      return this;
    }

    public Corroborate build() {
      Pipeline.Builder b = Pipeline.builder().add(new Clean(cleanOptions));
      Optional<String> key = Optional.empty();
      if (layer != null) {
        Annotate annotate = new Annotate(layer, cache, annotateTime);
        b.add(annotate);
        key = Optional.of(annotate.layerKey());
      }
      Pipeline p = b.build();
      Ingest in = new Ingest(ingestOptions, java.nio.file.Path.of(""), Optional.ofNullable(urls));
      return new Corroborate(in, p, key, new StoryAnalysis(storyOptions), threads);
    }
  }
}
