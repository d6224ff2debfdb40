package io.corroborate.store.jdbc;

import io.corroborate.store.SearchHit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one database does differently under {@link JdbcStore}: its schema, how a writer takes the
 * write lock, how times and dates are typed, and its full-text search. Everything else is the SQL
 * both databases speak, written once in {@link JdbcStore}.
 *
 * <pre>{@code new SqliteStore(file, connection, new SqliteDialect())}</pre>
 */
public interface Dialect {
  /** The schema as numbered migrations, in order. */
  List<Migration> migrations();

  /** DDL that creates the {@code schema_migrations} table when it is missing. */
  String createMigrationsTable();

  /**
   * Starts a write transaction. Where the database has one write lock (SQLite), the transaction
   * takes it at once, waiting while another writer holds it, so one that reads before it writes
   * never finds the data changed under it.
   */
  void begin(Connection c) throws SQLException;

  void commit(Connection c) throws SQLException;

  void rollback(Connection c) throws SQLException;

  /**
   * Called first inside the migration transaction: keeps every other process's migration out until
   * this one commits. Nothing by default, for databases whose {@link #begin} already excludes other
   * writers.
   */
  default void lockForMigration(Connection c) throws SQLException {}

  /** The name of the rejections table's byte-offset column. */
  String rejectionOffsetColumn();

  /** A condition on {@code articles.id}, with one parameter, true for ids starting with it. */
  String idStartsWith();

  /** A second column of {@code stories} holding the update time as a timestamp, to sort by. */
  Optional<String> storyUpdatedAtColumn();

  void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException;

  void setDate(PreparedStatement ps, int index, Optional<LocalDate> value) throws SQLException;

  Optional<LocalDate> getDate(ResultSet rs, int index) throws SQLException;

  /**
   * Adds one article's rows of one kind to the full-text index, inside the caller's transaction.
   */
  void index(Connection c, String articleId, SearchHit.Kind kind, List<IndexEntry> entries)
      throws SQLException;

  /** Removes one article's rows of one kind from the full-text index, by key. */
  void unindex(Connection c, String articleId, SearchHit.Kind kind) throws SQLException;

  /** Best matches first; {@code query} is words, never the database's query syntax. */
  List<SearchHit> search(Connection c, String query, int limit) throws SQLException;

  /** An insert that does nothing when a row with the same {@code key} exists. */
  default String insertIgnoring(String table, List<String> columns, List<String> key) {
    return insert(table, columns) + " ON CONFLICT (" + String.join(", ", key) + ") DO NOTHING";
  }

  /** An insert that replaces the other columns of a row with the same {@code key}. */
  default String upsert(String table, List<String> columns, List<String> key) {
    String set =
        columns.stream()
            .filter(c -> !key.contains(c))
            .map(c -> c + " = excluded." + c)
            .collect(Collectors.joining(", "));
    return insert(table, columns)
        + " ON CONFLICT ("
        + String.join(", ", key)
        + ") DO UPDATE SET "
        + set;
  }

  /** A plain insert of every column, one parameter each. */
  static String insert(String table, List<String> columns) {
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", columns)
        + ") VALUES ("
        + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
        + ")";
  }
}
