package io.corroborate.store.sqlite;

import io.corroborate.store.SearchHit;
import io.corroborate.store.SearchQuery;
import io.corroborate.store.jdbc.Dialect;
import io.corroborate.store.jdbc.IndexEntry;
import io.corroborate.store.jdbc.Migration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQLite under {@link io.corroborate.store.jdbc.JdbcStore}: times and dates as ISO text, full-text
 * search with FTS5, and write transactions that take the file's one write lock when they begin
 * ({@code BEGIN IMMEDIATE}), so two processes writing one file wait for each other (up to the
 * connection's busy timeout) instead of failing halfway.
 */
final class SqliteDialect implements Dialect {
  /** Words of context on each side of a match in a search snippet. */
  private static final int SNIPPET_TOKENS = 16;

  @Override
  public List<Migration> migrations() {
    return Migrations.ALL;
  }

  @Override
  public String createMigrationsTable() {
    return "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
        + " description TEXT NOT NULL, applied_at TEXT NOT NULL)";
  }

  @Override
  public void begin(Connection c) throws SQLException {
    exec(c, "BEGIN IMMEDIATE");
  }

  @Override
  public void commit(Connection c) throws SQLException {
    exec(c, "COMMIT");
  }

  @Override
  public void rollback(Connection c) throws SQLException {
    if (!c.getAutoCommit()) {
      c.rollback();
      return;
    }
    exec(c, "ROLLBACK");
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public String rejectionOffsetColumn() {
    return "offset";
  }

  @Override
  public String idStartsWith() {
    return "instr(id, ?) = 1";
  }

  @Override
  public Optional<String> storyUpdatedAtColumn() {
    return Optional.empty();
  }

  @Override
  public void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
    ps.setString(index, value.toString());
  }

  @Override
  public void setDate(PreparedStatement ps, int index, Optional<LocalDate> value)
      throws SQLException {
    ps.setString(index, value.map(LocalDate::toString).orElse(null));
  }

  @Override
  public Optional<LocalDate> getDate(ResultSet rs, int index) throws SQLException {
    return Optional.ofNullable(rs.getString(index)).map(LocalDate::parse);
  }

  @Override
  public void index(Connection c, String articleId, SearchHit.Kind kind, List<IndexEntry> entries)
      throws SQLException {
    // Each index row's rowid goes to search_rows right after it is made: FTS5 tables take no
    // triggers, and last_insert_rowid() is the connection's own.
    try (PreparedStatement row =
            c.prepareStatement(
                "INSERT INTO search_index (article_id, kind, title, body) VALUES (?, ?, ?, ?)");
        PreparedStatement key =
            c.prepareStatement(
                "INSERT INTO search_rows (fts_rowid, article_id, kind)"
                    + " VALUES (last_insert_rowid(), ?, ?)")) {
      for (IndexEntry e : entries) {
        row.setString(1, articleId);
        row.setString(2, kind.name());
        row.setString(3, e.title());
        row.setString(4, e.body());
        row.executeUpdate();
        key.setString(1, articleId);
        key.setString(2, kind.name());
        key.executeUpdate();
      }
    }
  }

  @Override
  public void unindex(Connection c, String articleId, SearchHit.Kind kind) throws SQLException {
    try (PreparedStatement rows =
            c.prepareStatement(
                "DELETE FROM search_index WHERE rowid IN"
                    + " (SELECT fts_rowid FROM search_rows WHERE article_id = ? AND kind = ?)");
        PreparedStatement keys =
            c.prepareStatement("DELETE FROM search_rows WHERE article_id = ? AND kind = ?")) {
      for (PreparedStatement ps : List.of(rows, keys)) {
        ps.setString(1, articleId);
        ps.setString(2, kind.name());
        ps.executeUpdate();
      }
    }
  }

  @Override
  public List<SearchHit> search(Connection c, String query, int limit) throws SQLException {
    String match = SearchQuery.fts5(query);
    if (match.isEmpty()) {
      return List.of();
    }
    List<SearchHit> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT kind, article_id, title, snippet(search_index, 3, '', '', '…', "
                + SNIPPET_TOKENS
                + ") FROM search_index WHERE search_index MATCH ?"
                // FTS5 walks a match's rows by rowid cheaply; ranking is what costs, so only the
                // newest window of a common word's matches is ranked.
                + " AND rowid >= (SELECT coalesce(min(rowid), 0) FROM (SELECT rowid FROM"
                + " search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?))"
                + " ORDER BY rank LIMIT ?")) {
      ps.setString(1, match);
      ps.setString(2, match);
      ps.setInt(3, SearchQuery.RANK_WINDOW);
      ps.setInt(4, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new SearchHit(
                  SearchHit.Kind.valueOf(rs.getString(1)),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4)));
        }
      }
    }
    return out;
  }
}
