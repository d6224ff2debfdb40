package io.corroborate.serve;

import io.corroborate.store.Store;
import io.corroborate.store.sqlite.SqliteStore;
import java.nio.file.Path;

/**
 * Opens the store the server reads and writes, from the one string a user gives.
 *
 * <pre>{@code try (Store s = Stores.open("corroborate.db")) { ... }}</pre>
 */
public final class Stores {
  private Stores() {}

  /** A SQLite file path. */
  public static Store open(String db) {
    if (db == null || db.isBlank()) {
      throw new IllegalArgumentException("name the store: a SQLite file path");
    }
    return SqliteStore.open(Path.of(db));
  }
}
