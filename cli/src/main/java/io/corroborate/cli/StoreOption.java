package io.corroborate.cli;

import io.corroborate.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that uses the store. */
final class StoreOption {
  static final String DEFAULT = "corroborate.db";

  @Option(
      names = "--db",
      paramLabel = "STORE",
      description =
          "The store: a SQLite file, or postgresql://user:password@host:port/database (default:"
              + " $CORROBORATE_DB or ./"
              + DEFAULT
              + ").")
  String db;

  /** The store as given, or its default. */
  String value() {
    if (db != null) {
      return db;
    }
    String env = System.getenv("CORROBORATE_DB");
    return env != null && !env.isBlank() ? env : DEFAULT;
  }

  /** Opens the store, creating it when it is missing: for commands that write. */
  Store open() {
    return Stores.open(value(), Stores.Mode.WRITE);
  }

  /** Opens the store only if it exists: for commands that only read. */
  Store openExisting() {
    return Stores.open(value(), Stores.Mode.READ);
  }
}
