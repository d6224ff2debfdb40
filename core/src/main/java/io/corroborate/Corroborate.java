package io.corroborate;

import io.corroborate.analyze.StoryAnalysis;
import io.corroborate.annotate.Annotate;
import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.clean.Clean;
import io.corroborate.clean.CleanOptions;
import io.corroborate.cluster.Embedder;
import io.corroborate.dossier.Dossier;
import io.corroborate.ingest.Expansion;
import io.corroborate.ingest.Ingest;
import io.corroborate.ingest.IngestException;
import io.corroborate.ingest.IngestOptions;
import io.corroborate.ingest.Input;
import io.corroborate.ingest.Sink;
import io.corroborate.ingest.UrlResolver;
import io.corroborate.model.Article;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import io.corroborate.pipeline.Outcome;
import io.corroborate.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The front door: reads inputs through the pipeline and makes dossiers of what it read, one per
 * story.
 *
 * <pre>{@code
 * Corroborate c = Corroborate.create();
 * RunSummary run = c.run(List.of("examples/"), new RunListener() {});
 * List<Dossier> ds = c.dossiers(run, Embedder.none());
 * }</pre>
 */
public final class Corroborate {
  private final Ingest ingest;
  private final Pipeline pipeline;
  private final Optional<String> annotationKey;

  private Corroborate(Ingest ingest, Pipeline pipeline, Optional<String> annotationKey) {
    this.ingest = ingest;
    this.pipeline = pipeline;
    this.annotationKey = annotationKey;
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

  public Ingest ingest() {
    return ingest;
  }

  public Pipeline pipeline() {
    return pipeline;
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
   * listener} only, so memory stays bounded however many records the inputs hold.
   */
  public RunCounts stream(List<String> args, RunListener listener) {
    Expansion ex = ingest.expand(args);
    int[] counts = new int[2];
    Sink sink =
        new Sink() {
          @Override
          public void accept(RawDocument doc) {
            Outcome o = pipeline.process(doc);
            if (o instanceof Outcome.Done done) {
              Article a = done.doc().expectArticle();
              counts[0]++;
              done.doc().annotation().ifPresent(an -> listener.annotated(a, an));
              listener.article(a);
            } else {
              reject(((Outcome.Rejected) o).rejection());
            }
          }

          @Override
          public void reject(Rejection r) {
            if (ingest.options().strict()) {
              throw new IngestException(r);
            }
            counts[1]++;
            listener.rejected(r);
          }
        };
    ex.rejections().forEach(sink::reject);
    listener.started(ex.inputs().size());
    for (Input in : ex.inputs()) {
      ingest.read(in, sink);
      listener.inputDone(in);
    }
    return new RunCounts(ex.inputs().size(), counts[0], counts[1]);
  }

  /**
   * The run's articles clustered into stories, one dossier per story, the biggest first; see {@link
   * StoryAnalysis#dossiers}.
   */
  public List<Dossier> dossiers(RunSummary run, Embedder embedder) {
    return StoryAnalysis.dossiers(run.articles(), run.annotations(), run.rejections(), embedder);
  }

  /** Options for a {@link Corroborate}. */
  public static final class Builder {
    private IngestOptions ingestOptions = IngestOptions.defaults();
    private CleanOptions cleanOptions = CleanOptions.defaults();
    private LanguageLayer layer;
    private AnnotationCache cache = AnnotationCache.none();
    private UrlResolver urls;

    private Builder() {}

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

    public Corroborate build() {
      Pipeline.Builder b = Pipeline.builder().add(new Clean(cleanOptions));
      Optional<String> key = Optional.empty();
      if (layer != null) {
        Annotate annotate = new Annotate(layer, cache);
        b.add(annotate);
        key = Optional.of(annotate.layerKey());
      }
      Pipeline p = b.build();
      Ingest in = new Ingest(ingestOptions, java.nio.file.Path.of(""), Optional.ofNullable(urls));
      return new Corroborate(in, p, key);
    }
  }
}
