package io.corroborate.serve;

import io.corroborate.annotate.Annotation;
import io.corroborate.dossier.ClaimLine;
import io.corroborate.model.Article;
import io.corroborate.model.Origin;
import io.corroborate.model.Rejection;
import io.corroborate.store.Membership;
import io.corroborate.store.SearchHit;
import io.corroborate.store.Store;
import io.corroborate.store.StorySummary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * A store that keeps each rejection under the name the user gave the upload instead of the server's
 * temp path, which means nothing to the user and should not leak. Everything else goes to the
 * wrapped store unchanged.
 *
 * <pre>{@code
 * NamingStore s = new NamingStore(store);
 * s.naming(file -> file.replace(tempDir + "/", ""), () -> analyzer.add(List.of(tempDir), l));
 * }</pre>
 */
final class NamingStore implements Store {
  private final Store store;
  private volatile UnaryOperator<String> shown = UnaryOperator.identity();

  /** One upload names its rejections at a time; fair, so uploads go in the order they came. */
  private final ReentrantLock turn = new ReentrantLock(true);

  /** The articles the current upload added to the store (not those already there). */
  private final Set<String> added = ConcurrentHashMap.newKeySet();

  NamingStore(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Runs {@code work} with rejections renamed by {@code names}; one upload at a time. An upload
   * waiting its turn can be stopped (interrupted): it then throws {@link CancellationException}.
   */
  <T> T naming(UnaryOperator<String> names, java.util.function.Supplier<T> work) {
    try {
      turn.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("stopped while waiting for another upload");
    }
    try {
      shown = Objects.requireNonNull(names, "names");
      added.clear();
      return work.get();
    } finally {
      shown = UnaryOperator.identity();
      turn.unlock();
    }
  }

  @Override
  public <T> T atomically(java.util.function.Supplier<T> work) {
    return store.atomically(work);
  }

  /** Whether the current upload (inside {@link #naming}) added the article {@code id}. */
  boolean addedNow(String id) {
    return added.contains(id);
  }

  /** {@code r} under the name its upload was given. */
  Rejection renamed(Rejection r) {
    String file = shown.apply(r.file());
    return file.equals(r.file()) ? r : new Rejection(file, r.offset(), r.kind(), r.reason());
  }

  @Override
  public boolean reject(Rejection rejection) {
    return store.reject(renamed(rejection));
  }

  /** Keeps the article with its origin under the upload's name, as its rejections are. */
  @Override
  public Put put(Article article) {
    Origin o = article.origin();
    String file = shown.apply(o.file());
    Put put =
        file.equals(o.file())
            ? store.put(article)
            : store.put(
                article.toBuilder().origin(new Origin(file, o.offset(), o.format())).build());
    if (put == Put.ADDED) {
      added.add(article.id());
    }
    return put;
  }

  @Override
  public Optional<Article> article(String id) {
    return store.article(id);
  }

  @Override
  public Article expectArticle(String id) {
    return store.expectArticle(id);
  }

  @Override
  public List<Article> articles() {
    return store.articles();
  }

  @Override
  public List<Rejection> rejections() {
    return store.rejections();
  }

  @Override
  public boolean assign(Membership membership) {
    return store.assign(membership);
  }

  @Override
  public List<Membership> memberships() {
    return store.memberships();
  }

  @Override
  public List<String> storyArticleIds(String storyId) {
    return store.storyArticleIds(storyId);
  }

  @Override
  public void batch(Runnable work) {
    store.batch(work);
  }

  @Override
  public void putDossier(StorySummary summary, String dossierJson) {
    store.putDossier(summary, dossierJson);
  }

  @Override
  public List<StorySummary> stories() {
    return store.stories();
  }

  @Override
  public Optional<StorySummary> story(String storyId) {
    return store.story(storyId);
  }

  @Override
  public Optional<String> dossierJson(String storyId) {
    return store.dossierJson(storyId);
  }

  @Override
  public Optional<java.io.InputStream> dossierBytes(String storyId) {
    return store.dossierBytes(storyId);
  }

  @Override
  public void putClaims(String articleId, List<ClaimLine> claims) {
    store.putClaims(articleId, claims);
  }

  @Override
  public List<ClaimLine> claims(String articleId) {
    return store.claims(articleId);
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    return store.search(query, limit);
  }

  @Override
  public int articleCount() {
    return store.articleCount();
  }

  @Override
  public int schemaVersion() {
    return store.schemaVersion();
  }

  @Override
  public Optional<Annotation> annotation(String articleId, String layer) {
    return store.annotation(articleId, layer);
  }

  @Override
  public java.util.List<String> layers(String articleId) {
    return store.layers(articleId);
  }

  @Override
  public void putAnnotation(String articleId, String layer, Annotation annotation) {
    store.putAnnotation(articleId, layer, annotation);
  }

  /** The wrapped store stays open: whoever opened it closes it. */
  @Override
  public void close() {}
}
