package io.corroborate.store.jdbc;

import java.util.List;

/**
 * One numbered step of a store's schema. Released migrations are never edited: a change to the
 * schema is a new migration at the end of the dialect's list.
 *
 * <pre>{@code new Migration(4, "a keyed index of search rows", List.of("CREATE TABLE ..."))}</pre>
 *
 * @param version the schema version this step leads to, counted from 1 without gaps
 * @param description what the step adds, kept in the store's {@code schema_migrations} table
 * @param statements the SQL run in order, in one transaction
 */
public record Migration(int version, String description, List<String> statements) {
  public Migration {
    if (version < 1) {
      throw new IllegalArgumentException("a migration's version starts at 1, got " + version);
    }
    statements = List.copyOf(statements);
  }

  /** The version the last of {@code all} leads to. */
  public static int latest(List<Migration> all) {
    return all.get(all.size() - 1).version();
  }
}
