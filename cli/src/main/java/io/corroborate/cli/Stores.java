package io.corroborate.cli;

import io.corroborate.store.Store;
import io.corroborate.store.postgres.PostgresStore;
import io.corroborate.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place a {@code --db} value becomes a store, for every command, {@code serve} included: a
 * PostgreSQL url opens PostgreSQL, anything else is a SQLite file.
 *
 * <pre>{@code try (Store s = Stores.open("postgresql://ann@db/news", Stores.Mode.READ)) { ... }}
 * </pre>
 */
final class Stores {
  /** Whether a command may create the store or only reads one that exists. */
  enum Mode {
    /** Creates the store (file or schema) when it is missing. */
    WRITE,
    /** Fails naming the store when it is missing, and creates nothing. */
    READ
  }

  private static final List<String> POSTGRES_PREFIXES =
      List.of("postgresql://", "postgres://", "jdbc:postgresql:");

  private Stores() {}

  static boolean isPostgres(String db) {
    return POSTGRES_PREFIXES.stream().anyMatch(db::startsWith);
  }

  static Store open(String db, Mode mode) {
    if (db == null || db.isBlank()) {
      throw new IllegalArgumentException(
          "name the store: a SQLite file path or a postgresql:// url");
    }
    if (isPostgres(db)) {
      return mode == Mode.READ ? PostgresStore.openExisting(db) : PostgresStore.open(db);
    }
    Path file = Path.of(db);
    return mode == Mode.READ ? SqliteStore.openExisting(file) : SqliteStore.open(file);
  }
}
