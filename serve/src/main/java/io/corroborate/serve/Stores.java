package io.corroborate.serve;

import io.corroborate.store.Store;
import io.corroborate.store.postgres.PostgresStore;
import io.corroborate.store.sqlite.SqliteStore;
import java.nio.file.Path;

/**
 * Opens the store the server reads and writes, from the one string a user gives.
 *
 * <pre>{@code try (Store s = Stores.open("corroborate.db")) { ... }}</pre>
 */
public final class Stores {
  private Stores() {}

  /** A PostgreSQL url ({@code postgresql://…} or {@code jdbc:postgresql:…}), else a SQLite file. */
  public static Store open(String db) {
    if (db == null || db.isBlank()) {
      throw new IllegalArgumentException(
          "name the store: a SQLite file path or a postgresql:// url");
    }
    if (db.startsWith("postgresql://")
        || db.startsWith("postgres://")
        || db.startsWith("jdbc:postgresql:")) {
      return PostgresStore.open(db);
    }
    return SqliteStore.open(Path.of(db));
  }
}
