package io.corroborate.store;

import io.corroborate.annotate.AnnotationCache;
import io.corroborate.dossier.ClaimLine;
import io.corroborate.model.Article;
import io.corroborate.model.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where articles, rejections, annotations, stories with their dossiers and claims persist. Writes
 * are idempotent and atomic: putting an article that is already stored changes nothing, and a crash
 * mid-write leaves either the whole article or none of it.
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

  /** Articles whose id starts with {@code prefix}, oldest first, so users can type short ids. */
  default List<Article> articlesByIdPrefix(String prefix) {
    return articles().stream().filter(a -> a.id().startsWith(prefix)).toList();
  }

  List<Rejection> rejections();

  /**
   * Puts an article in a story. An article keeps the first story it was given: a second call for
   * the same article changes nothing and returns false, so re-runs never move or duplicate it.
   */
  boolean assign(Membership membership);

  /** Every article's story, in the order they were assigned. */
  List<Membership> memberships();

  /** The ids of a story's articles, in the order they joined it; empty for an unknown story. */
  default List<String> storyArticleIds(String storyId) {
    return memberships().stream()
        .filter(m -> m.storyId().equals(storyId))
        .map(Membership::articleId)
        .toList();
  }

  /**
   * Replaces a story's summary and its dossier (the JSON form, see {@code dossier.JsonRenderer}) in
   * one transaction: a reader sees the old pair or the new one, never a mix.
   */
  void putDossier(StorySummary summary, String dossierJson);

  /** Writes a dossier's JSON to a writer, for {@link #putDossier(StorySummary, JsonText)}. */
  @FunctionalInterface
  interface JsonText {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * {@link #putDossier(StorySummary, String)} with the JSON written by {@code json}: a store that
   * can takes it a piece at a time instead of as one text of tens of megabytes. This one collects
   * the text first.
   */
  default void putDossier(StorySummary summary, JsonText json) {
    StringWriter text = new StringWriter();
    try {
      json.writeTo(text);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the dossier of story " + summary.id(), e);
    }
    putDossier(summary, text.toString());
  }

  /** Every story with a dossier, the most recently updated first. */
  List<StorySummary> stories();

  default Optional<StorySummary> story(String storyId) {
    return stories().stream().filter(s -> s.id().equals(storyId)).findFirst();
  }

  Optional<String> dossierJson(String storyId);

  /**
   * The dossier's JSON as UTF-8 bytes, for a reader that passes it on or parses part of it without
   * holding the whole text; the caller closes it. By default the bytes of {@link #dossierJson}; a
   * store that keeps dossiers compressed inflates them as they are read.
   */
  default Optional<InputStream> dossierBytes(String storyId) {
    return dossierJson(storyId)
        .map(json -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Replaces an article's claims as the dossier lists them, and what search finds of them. Claims
   * are derived data: a new extractor version writes them again.
   */
  void putClaims(String articleId, List<ClaimLine> claims);

  List<ClaimLine> claims(String articleId);

  /**
   * Full-text search over article titles and texts and over claims, best matches first. The query
   * is words, not a query language: quotes, operators and punctuation in it are taken as text. A
   * query matching more than {@link SearchQuery#RANK_WINDOW} index rows ranks the most recently
   * indexed of them.
   */
  List<SearchHit> search(String query, int limit);

  int articleCount();

  /** Where the store is, fit to print: a file path, or a database url without its password. */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * Runs {@code work} as one write: what it writes is kept when it returns and undone when it
   * throws, leaving the store as it was before (strict runs go through here). Writes from other
   * threads meanwhile join it. A store that cannot undo writes refuses before running anything.
   */
  default <T> T atomically(Supplier<T> work) {
    throw new UnsupportedOperationException(name() + " cannot undo a run's writes");
  }

  /**
   * Runs {@code work}, whose writes the store may commit together, as one transaction: many small
   * writes (a folder of thousands of short articles, the dossiers of thousands of stories) then
   * cost one commit instead of one each. A crash leaves all of them or none, each whole; a write
   * that fails undoes the batch and is rethrown. Inside {@link #atomically} the work is part of
   * that run. Other threads' writes wait until the batch ends, so batches are kept short. By
   * default the work simply runs, each write its own transaction.
   */
  default void batch(Runnable work) {
    work.run();
  }

  /** The schema version after migrations. */
  int schemaVersion();

  @Override
  void close();
}
