package io.corroborate.store.postgres;

import io.corroborate.store.jdbc.Migration;
import java.util.List;

/**
 * The PostgreSQL schema, as numbered migrations applied in order; the numbers follow the SQLite
 * store's, so both report the same {@code schemaVersion()} for the same data. A migration is never
 * edited once released: a change to the schema is a new entry at the end.
 */
final class Migrations {
  static final List<Migration> ALL =
      List.of(
          new Migration(
              1,
              "articles, their passages, removed passages, field provenance and rejections",
              List.of(
                  """
                  CREATE TABLE articles (
                    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    content_id TEXT NOT NULL,
                    origin_file TEXT NOT NULL,
                    origin_offset BIGINT NOT NULL,
                    format TEXT NOT NULL,
                    url TEXT,
                    outlet TEXT NOT NULL,
                    title TEXT,
                    authors TEXT NOT NULL,
                    published TEXT,
                    updated TEXT,
                    language TEXT NOT NULL,
                    text TEXT NOT NULL,
                    ingested_at TIMESTAMPTZ NOT NULL DEFAULT now()
                  )""",
                  """
                  CREATE TABLE passages (
                    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    start_offset INTEGER NOT NULL,
                    end_offset INTEGER NOT NULL,
                    role TEXT NOT NULL,
                    confidence DOUBLE PRECISION NOT NULL,
                    PRIMARY KEY (article_id, idx)
                  )""",
                  """
                  CREATE TABLE removed_passages (
                    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    role TEXT NOT NULL,
                    confidence DOUBLE PRECISION NOT NULL,
                    reason TEXT NOT NULL,
                    PRIMARY KEY (article_id, idx)
                  )""",
                  """
                  CREATE TABLE provenance (
                    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    ord INTEGER NOT NULL,
                    field TEXT NOT NULL,
                    value TEXT NOT NULL,
                    source TEXT NOT NULL,
                    PRIMARY KEY (article_id, ord)
                  )""",
                  // "offset" is a reserved word in PostgreSQL.
                  """
                  CREATE TABLE rejections (
                    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    file TEXT NOT NULL,
                    file_offset BIGINT NOT NULL,
                    kind TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    first_seen TIMESTAMPTZ NOT NULL DEFAULT now(),
                    UNIQUE (file, file_offset, reason)
                  )""")),
          new Migration(
              2,
              "annotations of the language layer, cached per article and layer",
              List.of(
                  // No foreign key: an annotation is a cache entry, written before its article in
                  // the same run; one left by a killed run is reused by the re-run.
                  """
                  CREATE TABLE annotations (
                    article_id TEXT NOT NULL,
                    layer TEXT NOT NULL,
                    json TEXT NOT NULL,
                    PRIMARY KEY (article_id, layer)
                  )""")),
          new Migration(
              3,
              "stories: memberships, summaries with dossiers, claims and a full-text index",
              List.of(
                  """
                  CREATE TABLE memberships (
                    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
                    story_id TEXT NOT NULL,
                    score DOUBLE PRECISION NOT NULL,
                    reason TEXT NOT NULL
                  )""",
                  "CREATE INDEX memberships_story ON memberships(story_id)",
                  // updated is kept as written (exact to the nanosecond) and as a timestamp to sort
                  // by.
                  """
                  CREATE TABLE stories (
                    id TEXT PRIMARY KEY,
                    title TEXT NOT NULL,
                    articles INTEGER NOT NULL,
                    outlets INTEGER NOT NULL,
                    findings INTEGER NOT NULL,
                    conflicts INTEGER NOT NULL,
                    first_date DATE,
                    last_date DATE,
                    updated TEXT NOT NULL,
                    updated_at TIMESTAMPTZ NOT NULL,
                    dossier TEXT NOT NULL
                  )""",
                  """
                  CREATE TABLE claims (
                    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    json TEXT NOT NULL,
                    PRIMARY KEY (article_id, idx)
                  )""",
                  // The 'simple' configuration neither stems nor drops stop words: names such as
                  // Brenitsa match exactly as typed, whatever the language of the article.
                  """
                  CREATE TABLE search_index (
                    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    title TEXT NOT NULL,
                    body TEXT NOT NULL,
                    document TSVECTOR GENERATED ALWAYS AS (
                      setweight(to_tsvector('simple', title), 'A')
                        || setweight(to_tsvector('simple', body), 'B')) STORED
                  )""",
                  "CREATE INDEX search_index_document ON search_index USING GIN (document)",
                  "CREATE INDEX search_index_article ON search_index(article_id, kind)",
                  // Articles stored before this version are indexed once, here.
                  """
                  INSERT INTO search_index (article_id, kind, title, body)
                  SELECT id, 'ARTICLE', COALESCE(title, ''), text FROM articles ORDER BY seq""")),
          // Nothing to do here: search_index_article above already serves the keyed delete that
          // SQLite's version 4 adds. The entry keeps the two stores' version numbers in step.
          new Migration(
              4, "a keyed list of the full-text index's rows (already indexed here)", List.of()),
          new Migration(
              5,
              "dossiers kept compressed",
              List.of("ALTER TABLE stories ADD COLUMN dossier_gz BYTEA")));

  private Migrations() {}

  static int latest() {
    return Migration.latest(ALL);
  }
}
