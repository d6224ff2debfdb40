package io.corroborate.store.postgres;

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
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL under {@link io.corroborate.store.jdbc.JdbcStore}: timestamps and dates typed, search
 * over a {@code tsvector} column, and migrations under an advisory lock so two processes opening
 * one database migrate it once. Concurrent writers need no lock of their own: every idempotent
 * write is one {@code INSERT ... ON CONFLICT}, which waits for a concurrent insert of the same key.
 */
final class PostgresDialect implements Dialect {
  /** Any number that names this program's migration lock; the same in every process. */
  private static final long MIGRATION_LOCK = 0x636f72726f626f72L;

  /** Plain text around the first match, about as long as the SQLite store's snippet. */
  private static final String HEADLINE =
      "StartSel=\"\", StopSel=\"\", MaxWords=16, MinWords=8, ShortWord=2,"
          + " MaxFragments=1, FragmentDelimiter=\"…\"";

  @Override
  public List<Migration> migrations() {
    return Migrations.ALL;
  }

  @Override
  public String createMigrationsTable() {
    return "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
        + " description TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())";
  }

  @Override
  public void begin(Connection c) throws SQLException {
    c.setAutoCommit(false);
  }

  @Override
  public void commit(Connection c) throws SQLException {
    c.commit();
    c.setAutoCommit(true);
  }

  @Override
  public void rollback(Connection c) throws SQLException {
    c.rollback();
    c.setAutoCommit(true);
  }

  @Override
  public void lockForMigration(Connection c) throws SQLException {
    // Held to the end of the transaction; PostgreSQL's DDL is transactional, so a failed
    // migration leaves the schema as it was.
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
    }
  }

  /** "offset" is a reserved word in PostgreSQL. */
  @Override
  public String rejectionOffsetColumn() {
    return "file_offset";
  }

  @Override
  public String idStartsWith() {
    return "starts_with(id, ?)";
  }

  /** {@code updated} is kept as written (exact to the nanosecond) and as a timestamp to sort by. */
  @Override
  public Optional<String> storyUpdatedAtColumn() {
    return Optional.of("updated_at");
  }

  @Override
  public void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
    ps.setTimestamp(index, Timestamp.from(value));
  }

  @Override
  public void setDate(PreparedStatement ps, int index, Optional<LocalDate> value)
      throws SQLException {
    ps.setObject(index, value.orElse(null), Types.DATE);
  }

  @Override
  public Optional<LocalDate> getDate(ResultSet rs, int index) throws SQLException {
    return Optional.ofNullable(rs.getObject(index, LocalDate.class));
  }

  @Override
  public void index(Connection c, String articleId, SearchHit.Kind kind, List<IndexEntry> entries)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO search_index (article_id, kind, title, body) VALUES (?, ?, ?, ?)")) {
      for (IndexEntry e : entries) {
        ps.setString(1, articleId);
        ps.setString(2, kind.name());
        ps.setString(3, e.title());
        ps.setString(4, e.body());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @Override
  public void unindex(Connection c, String articleId, SearchHit.Kind kind) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM search_index WHERE article_id = ? AND kind = ?")) {
      ps.setString(1, articleId);
      ps.setString(2, kind.name());
      ps.executeUpdate();
    }
  }

  @Override
  public List<SearchHit> search(Connection c, String query, int limit) throws SQLException {
    List<String> words = SearchQuery.words(query);
    if (words.isEmpty()) {
      return List.of();
    }
    // The words hold letters and digits only, and plainto_tsquery reads its input as plain text
    // joined by AND, so nothing a reader types reaches the tsquery syntax. The snippet is made
    // only for the rows returned.
    List<SearchHit> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT kind, article_id, title, ts_headline('simple', body, q, ?) FROM ("
                + " SELECT i.seq, i.kind, i.article_id, i.title, i.body, q,"
                + " ts_rank(i.document, q) AS rank"
                + " FROM search_index i, plainto_tsquery('simple', ?) AS q"
                + " WHERE i.document @@ q AND i.seq >= (SELECT coalesce(min(seq), 0) FROM"
                + " (SELECT w.seq FROM search_index w WHERE w.document @@ q"
                + " ORDER BY w.seq DESC LIMIT ?) newest)"
                + " ORDER BY rank DESC, i.seq LIMIT ?) best"
                + " ORDER BY rank DESC, seq")) {
      ps.setString(1, HEADLINE);
      ps.setString(2, String.join(" ", words));
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
