package io.corroborate.store.sqlite;

import io.corroborate.store.jdbc.Migration;
import java.util.List;

/**
 * The schema, as numbered migrations applied in order. A migration is never edited once released: a
 * change to the schema is a new entry at the end.
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
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    content_id TEXT NOT NULL,
                    origin_file TEXT NOT NULL,
                    origin_offset INTEGER NOT NULL,
                    format TEXT NOT NULL,
                    url TEXT,
                    outlet TEXT NOT NULL,
                    title TEXT,
                    authors TEXT NOT NULL,
                    published TEXT,
                    updated TEXT,
                    language TEXT NOT NULL,
                    text TEXT NOT NULL,
                    ingested_at TEXT NOT NULL
                  )""",
                  """
                  CREATE TABLE passages (
                    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    start_offset INTEGER NOT NULL,
                    end_offset INTEGER NOT NULL,
                    role TEXT NOT NULL,
                    confidence REAL NOT NULL,
                    PRIMARY KEY (article_id, idx)
                  )""",
                  """
                  CREATE TABLE removed_passages (
                    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    role TEXT NOT NULL,
                    confidence REAL NOT NULL,
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
                  """
                  CREATE TABLE rejections (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    file TEXT NOT NULL,
                    offset INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    first_seen TEXT NOT NULL,
                    UNIQUE (file, offset, reason)
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
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
                    story_id TEXT NOT NULL,
                    score REAL NOT NULL,
                    reason TEXT NOT NULL
                  )""",
                  "CREATE INDEX memberships_story ON memberships(story_id)",
                  """
                  CREATE TABLE stories (
                    id TEXT PRIMARY KEY,
                    title TEXT NOT NULL,
                    articles INTEGER NOT NULL,
                    outlets INTEGER NOT NULL,
                    findings INTEGER NOT NULL,
                    conflicts INTEGER NOT NULL,
                    first_date TEXT,
                    last_date TEXT,
                    updated TEXT NOT NULL,
                    dossier TEXT NOT NULL
                  )""",
                  """
                  CREATE TABLE claims (
                    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    json TEXT NOT NULL,
                    PRIMARY KEY (article_id, idx)
                  )""",
                  """
                  CREATE VIRTUAL TABLE search_index USING fts5(
                    article_id UNINDEXED, kind UNINDEXED, title, body,
                    tokenize = 'unicode61 remove_diacritics 2'
                  )""",
                  // Articles stored before this version are indexed once, here.
                  """
                  INSERT INTO search_index (article_id, kind, title, body)
                  SELECT id, 'ARTICLE', COALESCE(title, ''), text FROM articles ORDER BY seq""")),
          new Migration(
              4,
              "a keyed list of the full-text index's rows, so an article's claims are unindexed"
                  + " by key",
              List.of(
                  // FTS5 cannot index its UNINDEXED columns, so deleting by article_id scanned the
                  // whole index: at 10,000 articles that one statement was most of a run. This
                  // table maps (article, kind) to the index's rowids.
                  """
                  CREATE TABLE search_rows (
                    fts_rowid INTEGER PRIMARY KEY,
                    article_id TEXT NOT NULL,
                    kind TEXT NOT NULL
                  )""",
                  "CREATE INDEX search_rows_article ON search_rows(article_id, kind)",
                  """
                  INSERT INTO search_rows (fts_rowid, article_id, kind)
                  SELECT rowid, article_id, kind FROM search_index""")),
          new Migration(
              5,
              "dossiers kept compressed",
              List.of(
                  // A big story's dossier runs to tens of megabytes of JSON, rewritten at each
                  // update; compressed, it is a twentieth of that. Dossiers stored before stay in
                  // the text column until their story is rewritten.
                  "ALTER TABLE stories ADD COLUMN dossier_gz BLOB")));

  private Migrations() {}

  static int latest() {
    return Migration.latest(ALL);
  }
}
