package io.corroborate.store.sqlite;

import io.corroborate.store.StoreException;
import io.corroborate.store.jdbc.JdbcStore;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.sqlite.SQLiteConfig;

/**
 * The embedded default store: one SQLite file, created on first use, migrated to the latest schema
 * on open. Each article is written in one transaction with its passages and provenance, so a
 * process killed mid-ingest leaves whole articles or none; writes are keyed by the article's
 * content id, so a re-run adds nothing twice. Two processes may write one file: each write
 * transaction waits for the other's (see {@link #BUSY_TIMEOUT}).
 *
 * <pre>{@code try (Store s = SqliteStore.open(Path.of("corroborate.db"))) { s.put(article); }}
 * </pre>
 */
public final class SqliteStore extends JdbcStore {
  /**
   * How long a writer waits for another process's write transaction before failing; a store's
   * transactions are one article or one story each, far shorter than this.
   */
  public static final Duration BUSY_TIMEOUT = Duration.ofSeconds(30);

  private final Path file;

  private SqliteStore(Path file, Connection conn) {
    super(file.toString(), conn, new SqliteDialect());
    this.file = file;
  }

  /** Opens (creating if needed) the store at {@code file} and applies pending migrations. */
  public static SqliteStore open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (!Files.exists(file)) {
        create(file);
      }
    } catch (IOException e) {
      throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
    }
    return connect(file);
  }

  /**
   * Makes a new store appear whole: it is built beside {@code file} under a name of its own (WAL
   * mode, every migration applied), closed, and then linked to {@code file}, which succeeds only if
   * no other writer got there first; the loser's copy is deleted and it opens the winner's. So two
   * writers starting on one new file never race on its journal mode or its first migration, and a
   * reader never sees a half-made schema.
   */
  private static void create(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path fresh = Files.createTempFile(dir, "." + file.getFileName() + ".", ".new");
    try {
      connect(fresh).close();
      try {
        Files.createLink(file, fresh);
      } catch (FileAlreadyExistsException another) {
        // another writer created the store first: open theirs
      } catch (UnsupportedOperationException | IOException noLinks) {
        moveUnlessPresent(fresh, file);
      }
    } finally {
      for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
        Files.deleteIfExists(Path.of(fresh + suffix));
      }
    }
  }

  /** For file systems without hard links: a rename that leaves an existing store alone. */
  private static void moveUnlessPresent(Path fresh, Path file) throws IOException {
    try {
      Files.move(fresh, file);
    } catch (FileAlreadyExistsException another) {
      // another writer created the store first: open theirs
    }
  }

  /**
   * Opens the store at {@code file} only if it exists, for commands that only read: a missing file
   * is a store error naming it, and nothing is created.
   */
  public static SqliteStore openExisting(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new StoreException(
          "no store at "
              + file
              + " (nothing was created; add articles with 'corroborate ingest' or 'analyze', or"
              + " name another store with --db)",
          null);
    }
    return connect(file);
  }

  private static SqliteStore connect(Path file) {
    Connection c = null;
    for (int attempt = 1; c == null; attempt++) {
      try {
        c = configured(file);
      } catch (SQLException e) {
        if (attempt >= OPEN_TRIES || !racing(e)) {
          throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
        }
        pause(file, e);
      }
    }
    return migrated(new SqliteStore(file, c));
  }

  /**
   * A connection in WAL mode. Two processes opening one new file at the same moment can both start
   * the switch to WAL; the loser sees the other's rollback journal vanish (an I/O error, reported
   * by the switch or by the statement after it) or the file busy. WAL is a property of the file, so
   * {@link #connect} opens again once the winner is done.
   */
  private static Connection configured(Path file) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = c.createStatement()) {
      // The busy timeout first: switching a new file to WAL takes a lock that a second process
      // opening the same file at the same moment must wait for.
      s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT.toMillis());
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=NORMAL");
      s.execute("PRAGMA foreign_keys=ON");
      return c;
    } catch (SQLException e) {
      try {
        c.close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /**
   * A read-only connection: in WAL mode readers run beside each other and beside the writer, each
   * seeing the file as last committed, so the server's reads need not wait for one another.
   */
  @Override
  protected Connection openReader() throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout((int) BUSY_TIMEOUT.toMillis());
    return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
  }

  private static void pause(Path file, SQLException cause) {
    try {
      Thread.sleep(OPEN_RETRY_MILLIS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new StoreException("cannot open store " + file + ": " + cause.getMessage(), cause);
    }
  }

  /** How often a store is opened while a second opener is switching the new file to WAL. */
  private static final int OPEN_TRIES = 50;

  private static final long OPEN_RETRY_MILLIS = 20;

  /** Whether {@code e} is what a second opener racing the WAL switch sees: busy, locked or I/O. */
  private static boolean racing(SQLException e) {
    int code =
        e instanceof org.sqlite.SQLiteException s ? s.getResultCode().code : e.getErrorCode();
    int primary = code & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_IOERR;
  }

  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;
  private static final int SQLITE_IOERR = 10;

  public Path file() {
    return file;
  }

  /** Runs SQLite's own consistency check; "ok" when the file is sound. */
  public String integrityCheck() {
    return withConnection(
        "check integrity",
        conn -> {
          try (Statement s = conn.createStatement();
              ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
          }
        });
  }
}
