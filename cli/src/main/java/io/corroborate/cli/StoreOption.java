package io.corroborate.cli;

import io.corroborate.store.sqlite.SqliteStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that uses the store. */
final class StoreOption {
  static final String DEFAULT = "corroborate.db";

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description =
          "The store: a SQLite file, created on first use (default: $CORROBORATE_DB or ./"
              + DEFAULT
              + ").")
  String db;

  Path path() {
    if (db != null) {
      return Path.of(db);
    }
    String env = System.getenv("CORROBORATE_DB");
    return Path.of(env != null && !env.isBlank() ? env : DEFAULT);
  }

  SqliteStore open() {
    return SqliteStore.open(path());
  }
}
