package io.corroborate.store.jdbc;

import io.corroborate.annotate.Annotation;
import io.corroborate.dossier.ClaimLine;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.ModelJson;
import io.corroborate.model.Origin;
import io.corroborate.model.Passage;
import io.corroborate.model.Rejection;
import io.corroborate.model.RemovedPassage;
import io.corroborate.model.Role;
import io.corroborate.model.Span;
import io.corroborate.store.Membership;
import io.corroborate.store.SearchHit;
import io.corroborate.store.Store;
import io.corroborate.store.StoreException;
import io.corroborate.store.StorySummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A {@link Store} on one JDBC connection, written once for every database; what differs (schema,
 * write locks, types, full-text search) is its {@link Dialect}. Each article is written in one
 * transaction with its passages and provenance, so a process killed mid-write leaves whole articles
 * or none; idempotent writes are keyed inserts, so a re-run adds nothing twice. Several threads may
 * share one instance: one operation uses the connection at a time, which keeps every transaction
 * whole. Where the database lets readers run beside a writer (SQLite in WAL mode, see {@link
 * #openReader}), the reads a server answers (articles, stories, dossiers, claims, search) run on
 * connections of their own, several at once, and see what was committed when they start; while a
 * transaction of {@link #atomically} or {@link #batch} is open they use the writer's connection, so
 * the work inside it sees its own writes. Several processes may share the database: migrations run
 * in one transaction under the dialect's lock and read the schema version inside it, and writes
 * wait for each other as the dialect arranges (SQLite's take the file's write lock first;
 * PostgreSQL's keyed inserts wait for a concurrent insert of the same key), so two writers lose
 * nothing.
 *
 * <pre>{@code try (Store s = SqliteStore.open(Path.of("corroborate.db"))) { s.put(article); }}
 * </pre>
 */
public abstract class JdbcStore implements Store {
  private static final List<String> ARTICLE_COLUMNS =
      List.of(
          "id",
          "content_id",
          "origin_file",
          "origin_offset",
          "format",
          "url",
          "outlet",
          "title",
          "authors",
          "published",
          "updated",
          "language",
          "text",
          "ingested_at");
  private static final List<String> STORY_COLUMNS =
      List.of(
          "id",
          "title",
          "articles",
          "outlets",
          "findings",
          "conflicts",
          "first_date",
          "last_date",
          "updated",
          "dossier",
          "dossier_gz");

  private final String name;
  private final Connection conn;

  /**
   * Whether {@link #atomically} or {@link #batch} holds a transaction open; written under this
   * store's lock, read without it by {@link #read}.
   */
  private volatile boolean atomic;

  /** Reading connections not in use (see {@link #read}). */
  private final BlockingQueue<Connection> idleReaders = new LinkedBlockingQueue<>();

  /** Reading connections open, in use or idle; at most {@link #MAX_READERS}. */
  private final AtomicInteger readers = new AtomicInteger();

  /** Whether this database has no reading connections ({@link #openReader} gave none). */
  private volatile boolean noReaders;

  private volatile boolean closed;

  /** Reads at once on their own connections: enough for the machine's cores. */
  private static final int MAX_READERS =
      Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));

  private final Dialect dialect;
  private final String insertArticle;
  private final String insertRejection;
  private final String upsertAnnotation;
  private final String insertMembership;
  private final String upsertStory;
  private final String storiesOrder;

  protected JdbcStore(String name, Connection conn, Dialect dialect) {
    this.name = name;
    this.conn = conn;
    this.dialect = dialect;
    this.insertArticle = dialect.insertIgnoring("articles", ARTICLE_COLUMNS, List.of("id"));
    String offset = dialect.rejectionOffsetColumn();
    this.insertRejection =
        dialect.insertIgnoring(
            "rejections",
            List.of("file", offset, "kind", "reason", "first_seen"),
            List.of("file", offset, "reason"));
    this.upsertAnnotation =
        dialect.upsert(
            "annotations", List.of("article_id", "layer", "json"), List.of("article_id", "layer"));
    this.insertMembership =
        dialect.insertIgnoring(
            "memberships",
            List.of("article_id", "story_id", "score", "reason"),
            List.of("article_id"));
    List<String> storyColumns = new ArrayList<>(STORY_COLUMNS);
    dialect.storyUpdatedAtColumn().ifPresent(storyColumns::add);
    this.upsertStory = dialect.upsert("stories", storyColumns, List.of("id"));
    this.storiesOrder = dialect.storyUpdatedAtColumn().orElse("updated") + " DESC, id";
  }

  /**
   * Migrates {@code store} to the latest schema and returns it, closing it if that fails; the
   * subclasses' {@code open} methods end with this.
   */
  protected static <S extends JdbcStore> S migrated(S opened) {
    // Private members are reached through the base type, not the type variable.
    JdbcStore store = opened;
    try {
      store.migrate();
      return opened;
    } catch (SQLException | RuntimeException e) {
      try {
        store.conn.close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException(
          "cannot open store " + store.name + ": " + StoreUrls.mask(e.getMessage()), e);
    }
  }

  /** Where the store is, without any password: safe to print. */
  @Override
  public String name() {
    return name;
  }

  /**
   * Applies pending migrations in one write transaction, so a second process opening the same new
   * store waits, then finds the schema migrated and applies nothing.
   */
  private void migrate() throws SQLException {
    List<Migration> all = dialect.migrations();
    int latest = Migration.latest(all);
    inTransaction(
        () -> {
          dialect.lockForMigration(conn);
          try (Statement s = conn.createStatement()) {
            s.execute(dialect.createMigrationsTable());
            int current = readSchemaVersion();
            if (current > latest) {
              throw new StoreException(
                  "store "
                      + name
                      + " has schema version "
                      + current
                      + ", newer than this program knows ("
                      + latest
                      + "): use a newer Corroborate",
                  null);
            }
            for (Migration m : all) {
              if (m.version() <= current) {
                continue;
              }
              for (String sql : m.statements()) {
                s.execute(sql);
              }
              try (PreparedStatement ps =
                  conn.prepareStatement(
                      Dialect.insert(
                          "schema_migrations", List.of("version", "description", "applied_at")))) {
                ps.setInt(1, m.version());
                ps.setString(2, m.description());
                dialect.setInstant(ps, 3, Instant.now());
                ps.executeUpdate();
              }
            }
          }
          return null;
        });
  }

  private int readSchemaVersion() throws SQLException {
    try (Statement s = conn.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  @Override
  public synchronized int schemaVersion() {
    try {
      return readSchemaVersion();
    } catch (SQLException e) {
      throw failure("read schema version", e);
    }
  }

  /** Work done on the connection that may throw SQL errors. */
  @FunctionalInterface
  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} in one write transaction: committed whole, or rolled back and rethrown.
   * Inside {@link #atomically} it is part of that transaction instead.
   */
  private <T> T inTransaction(SqlWork<T> work) throws SQLException {
    if (atomic) {
      return work.run();
    }
    dialect.begin(conn);
    try {
      T result = work.run();
      dialect.commit(conn);
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        dialect.rollback(conn);
      } catch (SQLException rollingBack) {
        e.addSuppressed(rollingBack);
      }
      throw e;
    }
  }

  /**
   * One transaction around the whole of {@code work}: the dialect's write transaction (SQLite's
   * write lock, so other writers wait until it ends) is opened first and committed or rolled back
   * last. The store's lock is not held in between, so that {@code work} may use the store from
   * several threads.
   */
  @Override
  public <T> T atomically(Supplier<T> work) {
    synchronized (this) {
      if (atomic) {
        throw new IllegalStateException("already inside atomically() on " + name());
      }
      try {
        dialect.begin(conn);
      } catch (SQLException e) {
        throw failure("begin a transaction", e);
      }
      atomic = true;
    }
    boolean done = false;
    try {
      T result = work.get();
      synchronized (this) {
        atomic = false;
        try {
          dialect.commit(conn);
        } catch (SQLException e) {
          throw failure("commit the run", e);
        }
      }
      done = true;
      return result;
    } finally {
      if (!done) {
        synchronized (this) {
          atomic = false;
          try {
            dialect.rollback(conn);
          } catch (SQLException e) {
            // the connection is gone or the transaction was already ended; nothing was committed
          }
        }
      }
    }
  }

  /**
   * One transaction around {@code work}, holding the store's lock throughout (writes from other
   * threads wait for it), so the puts inside it commit once; inside {@link #atomically} it is part
   * of that transaction.
   */
  @Override
  public synchronized void batch(Runnable work) {
    if (atomic) {
      work.run();
      return;
    }
    try {
      inTransaction(
          () -> {
            atomic = true;
            try {
              work.run();
            } finally {
              atomic = false;
            }
            return null;
          });
    } catch (SQLException e) {
      throw failure("write a batch", e);
    }
  }

  /** Runs {@code work} alone on the connection; subclasses' own queries go through here. */
  protected final synchronized <T> T withConnection(String what, SqlFunction<T> work) {
    try {
      return work.apply(conn);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /** A query on the connection. */
  @FunctionalInterface
  protected interface SqlFunction<T> {
    T apply(Connection c) throws SQLException;
  }

  /**
   * A connection that only reads, beside the writer's, or null where the database gives readers
   * nothing they would not have on the one connection (the default). Reads run on it outside the
   * store's lock, several at once, each seeing the database as last committed.
   */
  protected Connection openReader() throws SQLException {
    return null;
  }

  /**
   * Runs the read {@code work} on a reading connection, or on the writer's under the store's lock
   * where there are none or a transaction of {@link #atomically} or {@link #batch} is open (its
   * work must see its own writes, and a reader would not).
   */
  private <T> T read(String what, SqlFunction<T> work) {
    Connection reader = noReaders || atomic ? null : takeReader(what);
    if (reader == null) {
      return withConnection(what, work);
    }
    try {
      return work.apply(reader);
    } catch (SQLException e) {
      throw failure(what, e);
    } finally {
      idleReaders.add(reader);
      if (closed) {
        closeReaders();
      }
    }
  }

  /** An idle reading connection, a new one while there are fewer than allowed, else the next. */
  private Connection takeReader(String what) {
    Connection c = idleReaders.poll();
    if (c != null) {
      return c;
    }
    if (readers.incrementAndGet() <= MAX_READERS) {
      try {
        c = openReader();
      } catch (SQLException e) {
        readers.decrementAndGet();
        throw failure(what, e);
      }
      if (c == null) {
        noReaders = true;
      }
      return c;
    }
    readers.decrementAndGet();
    try {
      return idleReaders.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("store " + name + ": interrupted while waiting to " + what, e);
    }
  }

  private void closeReaders() {
    for (Connection c; (c = idleReaders.poll()) != null; ) {
      try {
        c.close();
      } catch (SQLException e) {
        // a reader holds no transaction: nothing is lost by a failed close
      }
    }
  }

  @Override
  public synchronized Put put(Article a) {
    try {
      return inTransaction(
          () -> {
            try (PreparedStatement ps = conn.prepareStatement(insertArticle)) {
              ps.setString(1, a.id());
              ps.setString(2, a.id());
              ps.setString(3, a.origin().file());
              ps.setLong(4, a.origin().offset());
              ps.setString(5, a.origin().format().name());
              ps.setString(6, a.url().orElse(null));
              ps.setString(7, a.outlet());
              ps.setString(8, a.title().orElse(null));
              ps.setString(9, ModelJson.write(a.authors()));
              ps.setString(10, a.published().map(DateStamp::toString).orElse(null));
              ps.setString(11, a.updated().map(DateStamp::toString).orElse(null));
              ps.setString(12, a.language());
              ps.setString(13, a.text());
              dialect.setInstant(ps, 14, Instant.now());
              if (ps.executeUpdate() == 0) {
                return Put.ALREADY_STORED;
              }
            }
            writeParts(a);
            dialect.index(
                conn,
                a.id(),
                SearchHit.Kind.ARTICLE,
                List.of(new IndexEntry(a.title().orElse(""), a.text())));
            return Put.ADDED;
          });
    } catch (SQLException e) {
      throw failure("store article " + a.id() + " from " + a.origin().where(), e);
    }
  }

  private void writeParts(Article a) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            Dialect.insert(
                "passages",
                List.of(
                    "article_id", "idx", "start_offset", "end_offset", "role", "confidence")))) {
      for (Passage p : a.passages()) {
        ps.setString(1, a.id());
        ps.setInt(2, p.index());
        ps.setInt(3, p.span().start());
        ps.setInt(4, p.span().end());
        ps.setString(5, p.role().name());
        ps.setDouble(6, p.confidence());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            Dialect.insert(
                "removed_passages",
                List.of("article_id", "idx", "text", "role", "confidence", "reason")))) {
      for (RemovedPassage r : a.removed()) {
        ps.setString(1, a.id());
        ps.setInt(2, r.index());
        ps.setString(3, r.text());
        ps.setString(4, r.role().name());
        ps.setDouble(5, r.confidence());
        ps.setString(6, r.reason());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            Dialect.insert(
                "provenance", List.of("article_id", "ord", "field", "value", "source")))) {
      int ord = 0;
      for (FieldSource f : a.provenance()) {
        ps.setString(1, a.id());
        ps.setInt(2, ord++);
        ps.setString(3, f.field());
        ps.setString(4, f.value());
        ps.setString(5, f.source());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @Override
  public synchronized boolean reject(Rejection r) {
    try (PreparedStatement ps = conn.prepareStatement(insertRejection)) {
      ps.setString(1, r.file());
      ps.setLong(2, r.offset());
      ps.setString(3, r.kind().name());
      ps.setString(4, r.reason());
      dialect.setInstant(ps, 5, Instant.now());
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("record rejection of " + r.file(), e);
    }
  }

  @Override
  public Optional<Article> article(String id) {
    List<Article> found = read("read articles", c -> query(c, "WHERE id = ?", id));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<Article> articles() {
    return read("read articles", c -> query(c, "ORDER BY seq"));
  }

  @Override
  public List<Article> articlesByIdPrefix(String prefix) {
    return read(
        "read articles",
        c -> query(c, "WHERE " + dialect.idStartsWith() + " ORDER BY seq", prefix));
  }

  @Override
  public int articleCount() {
    return read(
        "count articles",
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
            rs.next();
            return rs.getInt(1);
          }
        });
  }

  @Override
  public List<Rejection> rejections() {
    return read(
        "read rejections",
        c -> {
          List<Rejection> out = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT file, "
                          + dialect.rejectionOffsetColumn()
                          + ", kind, reason FROM rejections ORDER BY seq")) {
            while (rs.next()) {
              out.add(
                  new Rejection(
                      rs.getString(1),
                      rs.getLong(2),
                      Rejection.Kind.valueOf(rs.getString(3)),
                      rs.getString(4)));
            }
            return out;
          }
        });
  }

  @Override
  public synchronized Optional<Annotation> annotation(String articleId, String layer) {
    try (PreparedStatement ps =
        conn.prepareStatement("SELECT json FROM annotations WHERE article_id = ? AND layer = ?")) {
      ps.setString(1, articleId);
      ps.setString(2, layer);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        try {
          return Optional.of(ModelJson.read(rs.getString(1), Annotation.class));
        } catch (UncheckedIOException e) {
          // An entry this version cannot read is a cache miss: the article is annotated again.
          return Optional.empty();
        }
      }
    } catch (SQLException e) {
      throw failure("read annotation of " + articleId, e);
    }
  }

  @Override
  public synchronized List<String> layers(String articleId) {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT layer FROM annotations WHERE article_id = ? ORDER BY layer")) {
      ps.setString(1, articleId);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read annotation layers of " + articleId, e);
    }
  }

  @Override
  public synchronized void putAnnotation(String articleId, String layer, Annotation annotation) {
    try (PreparedStatement ps = conn.prepareStatement(upsertAnnotation)) {
      ps.setString(1, articleId);
      ps.setString(2, layer);
      ps.setString(3, ModelJson.write(annotation));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("store annotation of " + articleId, e);
    }
  }

  @Override
  public synchronized boolean assign(Membership m) {
    try (PreparedStatement ps = conn.prepareStatement(insertMembership)) {
      ps.setString(1, m.articleId());
      ps.setString(2, m.storyId());
      ps.setDouble(3, m.score());
      ps.setString(4, m.reason());
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("put article " + m.articleId() + " in story " + m.storyId(), e);
    }
  }

  @Override
  public List<Membership> memberships() {
    return read(
        "read story memberships",
        c -> {
          List<Membership> out = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT article_id, story_id, score, reason FROM memberships ORDER BY seq")) {
            while (rs.next()) {
              out.add(
                  new Membership(
                      rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4)));
            }
            return out;
          }
        });
  }

  @Override
  public List<String> storyArticleIds(String storyId) {
    return read(
        "read the articles of story " + storyId,
        c -> {
          List<String> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT article_id FROM memberships WHERE story_id = ? ORDER BY seq")) {
            ps.setString(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getString(1));
              }
            }
            return out;
          }
        });
  }

  @Override
  public void putDossier(StorySummary s, String dossierJson) {
    putPacked(s, Compressed.pack(dossierJson));
  }

  @Override
  public void putDossier(StorySummary s, JsonText json) {
    byte[] packed;
    try {
      packed = Compressed.pack(json);
    } catch (IOException e) {
      throw new StoreException(
          "store " + name + ": cannot write the dossier of story " + s.id() + ": " + e.getMessage(),
          e);
    }
    putPacked(s, packed);
  }

  private synchronized void putPacked(StorySummary s, byte[] packed) {
    try (PreparedStatement ps = conn.prepareStatement(upsertStory)) {
      ps.setString(1, s.id());
      ps.setString(2, s.title());
      ps.setInt(3, s.articles());
      ps.setInt(4, s.outlets());
      ps.setInt(5, s.findings());
      ps.setInt(6, s.conflicts());
      dialect.setDate(ps, 7, s.first());
      dialect.setDate(ps, 8, s.last());
      // Kept as written too: a timestamp column may round the instant.
      ps.setString(9, s.updated().toString());
      // The text column holds dossiers stored before they were compressed.
      ps.setString(10, "");
      ps.setBytes(11, packed);
      if (dialect.storyUpdatedAtColumn().isPresent()) {
        dialect.setInstant(ps, 12, s.updated());
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("store the dossier of story " + s.id(), e);
    }
  }

  private static final String SUMMARY_COLUMNS =
      "SELECT id, title, articles, outlets, findings, conflicts, first_date, last_date, updated"
          + " FROM stories";

  @Override
  public List<StorySummary> stories() {
    return read(
        "read stories",
        c -> {
          List<StorySummary> out = new ArrayList<>();
          try (Statement st = c.createStatement();
              ResultSet rs = st.executeQuery(SUMMARY_COLUMNS + " ORDER BY " + storiesOrder)) {
            while (rs.next()) {
              out.add(summary(rs));
            }
            return out;
          }
        });
  }

  /** One story's row, without reading every story's. */
  @Override
  public Optional<StorySummary> story(String storyId) {
    return read(
        "read story " + storyId,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(SUMMARY_COLUMNS + " WHERE id = ?")) {
            ps.setString(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(summary(rs)) : Optional.<StorySummary>empty();
            }
          }
        });
  }

  private StorySummary summary(ResultSet rs) throws SQLException {
    return new StorySummary(
        rs.getString(1),
        rs.getString(2),
        rs.getInt(3),
        rs.getInt(4),
        rs.getInt(5),
        rs.getInt(6),
        dialect.getDate(rs, 7),
        dialect.getDate(rs, 8),
        Instant.parse(rs.getString(9)));
  }

  @Override
  public Optional<String> dossierJson(String storyId) {
    return storedDossier(storyId)
        .map(
            d -> {
              try {
                return d.packed() == null ? d.text() : Compressed.unpack(d.packed());
              } catch (UncheckedIOException e) {
                throw new StoreException(
                    "store "
                        + name
                        + ": cannot read the dossier of story "
                        + storyId
                        + ": "
                        + e.getMessage(),
                    e);
              }
            });
  }

  /**
   * The dossier's UTF-8 bytes, inflated as they are read: a caller that streams or parses the
   * dossier never holds its whole text, and inflating happens outside the store's lock.
   */
  @Override
  public Optional<InputStream> dossierBytes(String storyId) {
    return storedDossier(storyId)
        .map(
            d ->
                d.packed() == null
                    ? new ByteArrayInputStream(d.text().getBytes(StandardCharsets.UTF_8))
                    : Compressed.inflating(
                        d.packed(),
                        "store " + name + ": cannot read the dossier of story " + storyId));
  }

  /** A dossier as stored: deflated, or as text where it was stored before dossiers were packed. */
  private record StoredDossier(String text, byte[] packed) {}

  private Optional<StoredDossier> storedDossier(String storyId) {
    return read(
        "read the dossier of story " + storyId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT dossier, dossier_gz FROM stories WHERE id = ?")) {
            ps.setString(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.<StoredDossier>empty();
              }
              byte[] packed = rs.getBytes(2);
              return Optional.of(
                  new StoredDossier(packed == null ? rs.getString(1) : null, packed));
            }
          }
        });
  }

  @Override
  public synchronized void putClaims(String articleId, List<ClaimLine> claims) {
    try {
      inTransaction(
          () -> {
            try (PreparedStatement del =
                conn.prepareStatement("DELETE FROM claims WHERE article_id = ?")) {
              del.setString(1, articleId);
              del.executeUpdate();
            }
            dialect.unindex(conn, articleId, SearchHit.Kind.CLAIM);
            List<IndexEntry> entries = new ArrayList<>();
            try (PreparedStatement ps =
                conn.prepareStatement(
                    Dialect.insert("claims", List.of("article_id", "idx", "json")))) {
              int i = 0;
              for (ClaimLine c : claims) {
                ps.setString(1, articleId);
                ps.setInt(2, i++);
                ps.setString(3, ModelJson.write(c));
                ps.addBatch();
                entries.add(
                    new IndexEntry(
                        c.measure() + " " + c.value(), c.sentence() + " — " + c.chain()));
              }
              ps.executeBatch();
            }
            dialect.index(conn, articleId, SearchHit.Kind.CLAIM, entries);
            return null;
          });
    } catch (SQLException e) {
      throw failure("store the claims of article " + articleId, e);
    }
  }

  @Override
  public List<ClaimLine> claims(String articleId) {
    List<String> lines =
        read(
            "read the claims of article " + articleId,
            c -> {
              List<String> out = new ArrayList<>();
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT json FROM claims WHERE article_id = ? ORDER BY idx")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    out.add(rs.getString(1));
                  }
                }
              }
              return out;
            });
    return lines.stream().map(json -> ModelJson.read(json, ClaimLine.class)).toList();
  }

  @Override
  public List<SearchHit> search(String query, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return read("search for '" + query + "'", c -> dialect.search(c, query, limit));
  }

  private List<Article> query(Connection conn, String where, String... args) {
    List<Article> out = new ArrayList<>();
    String sql =
        "SELECT id, origin_file, origin_offset, format, url, outlet, title, authors, published,"
            + " updated, language, text FROM articles "
            + where;
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          Article.Builder b =
              Article.builder()
                  .id(id)
                  .origin(
                      new Origin(rs.getString(2), rs.getLong(3), Format.valueOf(rs.getString(4))))
                  .url(rs.getString(5))
                  .outlet(rs.getString(6))
                  .title(rs.getString(7))
                  .authors(Arrays.asList(ModelJson.read(rs.getString(8), String[].class)))
                  .language(rs.getString(11));
          Optional.ofNullable(rs.getString(9)).map(DateStamp::parse).ifPresent(b::published);
          Optional.ofNullable(rs.getString(10)).map(DateStamp::parse).ifPresent(b::updated);
          b.text(rs.getString(12), passages(conn, id), removed(conn, id));
          b.provenance(provenance(conn, id));
          out.add(b.build());
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read articles", e);
    }
  }

  private static List<Passage> passages(Connection conn, String id) throws SQLException {
    List<Passage> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT idx, start_offset, end_offset, role, confidence FROM passages"
                + " WHERE article_id = ? ORDER BY start_offset")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Passage(
                  rs.getInt(1),
                  new Span(rs.getInt(2), rs.getInt(3)),
                  Role.valueOf(rs.getString(4)),
                  rs.getDouble(5)));
        }
      }
    }
    return out;
  }

  private static List<RemovedPassage> removed(Connection conn, String id) throws SQLException {
    List<RemovedPassage> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT idx, text, role, confidence, reason FROM removed_passages"
                + " WHERE article_id = ? ORDER BY idx")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new RemovedPassage(
                  rs.getInt(1),
                  rs.getString(2),
                  Role.valueOf(rs.getString(3)),
                  rs.getDouble(4),
                  rs.getString(5)));
        }
      }
    }
    return out;
  }

  private static List<FieldSource> provenance(Connection conn, String id) throws SQLException {
    List<FieldSource> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT field, value, source FROM provenance WHERE article_id = ? ORDER BY ord")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new FieldSource(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    return out;
  }

  /** A store error naming the store (never its password) and what failed. */
  protected final StoreException failure(String what, SQLException e) {
    return new StoreException(
        "store " + name + ": cannot " + what + ": " + StoreUrls.mask(e.getMessage()), e);
  }

  @Override
  public synchronized void close() {
    closed = true;
    closeReaders();
    try {
      conn.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }
}
