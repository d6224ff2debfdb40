package io.corroborate.store;

import io.corroborate.annotate.AnnotationCache;
import io.corroborate.model.Article;
import io.corroborate.model.Rejection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Where articles and rejections persist. Writes are idempotent and atomic: putting an article that
 * is already stored changes nothing, and a crash mid-write leaves either the whole article or none
 * of it.
 *
 * <pre>{@code
 * try (Store s = SqliteStore.open(Path.of("corroborate.db"))) {
 *   s.put(article);  // Put.ADDED, or Put.ALREADY_STORED on a re-run
 * }
 * }</pre>
 */
public interface Store extends AnnotationCache, AutoCloseable {
  /** What {@link #put(Article)} did. */
  enum Put {
    ADDED,
    ALREADY_STORED
  }

  Put put(Article article);

  /** Records a rejection; returns false if the same one (file, offset, reason) is already kept. */
  boolean reject(Rejection rejection);

  Optional<Article> article(String id);

  /** The article with {@code id}; throws naming the id when there is none. */
  default Article expectArticle(String id) {
    return article(id).orElseThrow(() -> new NoSuchElementException("no article with id " + id));
  }

  /** Every stored article, oldest ingest first. */
  List<Article> articles();

  List<Rejection> rejections();

  int articleCount();

  /** The schema version after migrations. */
  int schemaVersion();

  @Override
  void close();
}
