package io.corroborate.store.postgres;

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
import io.corroborate.store.SearchQuery;
import io.corroborate.store.Store;
import io.corroborate.store.StoreException;
import io.corroborate.store.StorySummary;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The store of a shared deployment: one PostgreSQL database (or one schema of it, chosen with
 * {@code ?currentSchema=}), migrated to the latest schema on open. Behaves as the SQLite store
 * does: each article is written in one transaction with its passages and provenance, writes are
 * keyed by the article's content id so a re-run adds nothing twice, and search takes words only.
 * Several server threads may share one instance: it holds one connection and lets one operation use
 * it at a time, which keeps every transaction whole; several processes may share the database,
 * since every idempotent write is one {@code INSERT ... ON CONFLICT}.
 *
 * <pre>{@code
 * try (Store s = PostgresStore.open("postgresql://corroborate:secret@localhost:5432/news")) {
 *   s.put(article);
 * }
 * }</pre>
 */
public final class PostgresStore implements Store {
  /** Any number that names this program's migration lock; the same in every process. */
  private static final long MIGRATION_LOCK = 0x636f72726f626f72L;

  private final String name;
  private final Connection conn;

  private PostgresStore(String name, Connection conn) {
    this.name = name;
    this.conn = conn;
  }

  /**
   * Opens the database at {@code url} and applies pending migrations. The url is {@code
   * postgresql://user:password@host:port/database} (also {@code postgres://}) or the JDBC form
   * {@code jdbc:postgresql://host:port/database?user=...}; query parameters go to the driver.
   */
  public static PostgresStore open(String url) {
    Target t = Target.parse(url);
    try {
      Connection c = DriverManager.getConnection(t.jdbcUrl(), t.properties());
      PostgresStore store = new PostgresStore(t.name(), c);
      try {
        store.migrate();
      } catch (SQLException | RuntimeException e) {
        c.close();
        throw e;
      }
      return store;
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + t.name() + ": " + e.getMessage(), e);
    }
  }

  /** Where the store is, without the password: safe to print. */
  public String name() {
    return name;
  }

  /** A url taken apart: what the driver needs, and a name for messages that holds no secret. */
  record Target(String jdbcUrl, Properties properties, String name) {
    static Target parse(String url) {
      if (url == null || url.isBlank()) {
        throw new StoreException("cannot open store: no PostgreSQL url given", null);
      }
      String rest = url.strip();
      if (rest.startsWith("jdbc:")) {
        rest = rest.substring("jdbc:".length());
      }
      URI uri;
      try {
        uri = new URI(rest);
      } catch (URISyntaxException e) {
        throw new StoreException(
            "cannot open store: not a PostgreSQL url: " + redact(url) + " (" + e.getReason() + ")",
            e);
      }
      String scheme = uri.getScheme();
      if (!"postgresql".equals(scheme) && !"postgres".equals(scheme) || uri.getHost() == null) {
        throw new StoreException(
            "cannot open store: expected postgresql://user:password@host:port/database, got "
                + redact(url),
            null);
      }
      Properties props = new Properties();
      String user = null;
      if (uri.getRawUserInfo() != null) {
        String info = uri.getRawUserInfo();
        int colon = info.indexOf(':');
        user = decode(colon < 0 ? info : info.substring(0, colon));
        props.setProperty("user", user);
        if (colon >= 0) {
          props.setProperty("password", decode(info.substring(colon + 1)));
        }
      }
      String hostPort = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      if (user == null && uri.getRawQuery() != null) {
        for (String pair : uri.getRawQuery().split("&")) {
          if (pair.startsWith("user=")) {
            user = decode(pair.substring("user=".length()));
          }
        }
      }
      String name = "postgresql://" + (user == null ? "" : user + "@") + hostPort + path;
      return new Target("jdbc:postgresql://" + hostPort + path + query, props, name);
    }

    private static String decode(String s) {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The url with any password replaced, for a message about a url that did not parse. */
    static String redact(String url) {
      return url.replaceAll("(//[^:/@]*:)[^@/]*@", "$1***@")
          .replaceAll("(?i)(password=)[^&]*", "$1***");
    }
  }

  /**
   * Applies pending migrations in one transaction under an advisory lock, so two processes opening
   * the same database at once migrate it once; PostgreSQL's DDL is transactional, so a failed
   * migration leaves the schema as it was.
   */
  private void migrate() throws SQLException {
    conn.setAutoCommit(false);
    try (Statement s = conn.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
              + " description TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
      int current = readSchemaVersion();
      if (current > Migrations.latest()) {
        throw new StoreException(
            "store "
                + name
                + " has schema version "
                + current
                + ", newer than this program knows ("
                + Migrations.latest()
                + "): use a newer Corroborate",
            null);
      }
      for (Migrations.Migration m : Migrations.ALL) {
        if (m.version() <= current) {
          continue;
        }
        for (String sql : m.statements()) {
          s.execute(sql);
        }
        try (PreparedStatement ps =
            conn.prepareStatement(
                "INSERT INTO schema_migrations (version, description) VALUES (?, ?)")) {
          ps.setInt(1, m.version());
          ps.setString(2, m.description());
          ps.executeUpdate();
        }
      }
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
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

  @Override
  public synchronized Put put(Article a) {
    try {
      conn.setAutoCommit(false);
      try {
        try (PreparedStatement ps =
            conn.prepareStatement(
                "INSERT INTO articles (id, content_id, origin_file, origin_offset, format, url, outlet, title, authors,"
                    + " published, updated, language, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
                    + " ON CONFLICT (id) DO NOTHING")) {
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
          if (ps.executeUpdate() == 0) {
            conn.rollback();
            return Put.ALREADY_STORED;
          }
        }
        try (PreparedStatement ps =
            conn.prepareStatement(
                "INSERT INTO passages (article_id, idx, start_offset, end_offset, role, confidence)"
                    + " VALUES (?,?,?,?,?,?)")) {
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
                "INSERT INTO removed_passages (article_id, idx, text, role, confidence, reason)"
                    + " VALUES (?,?,?,?,?,?)")) {
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
                "INSERT INTO provenance (article_id, ord, field, value, source) VALUES (?,?,?,?,?)")) {
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
        try (PreparedStatement ps =
            conn.prepareStatement(
                "INSERT INTO search_index (article_id, kind, title, body) VALUES (?, 'ARTICLE', ?, ?)")) {
          ps.setString(1, a.id());
          ps.setString(2, a.title().orElse(""));
          ps.setString(3, a.text());
          ps.executeUpdate();
        }
        conn.commit();
        return Put.ADDED;
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure("store article " + a.id() + " from " + a.origin().where(), e);
    }
  }

  @Override
  public synchronized boolean reject(Rejection r) {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO rejections (file, file_offset, kind, reason) VALUES (?,?,?,?)"
                + " ON CONFLICT (file, file_offset, reason) DO NOTHING")) {
      ps.setString(1, r.file());
      ps.setLong(2, r.offset());
      ps.setString(3, r.kind().name());
      ps.setString(4, r.reason());
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("record rejection of " + r.file(), e);
    }
  }

  @Override
  public synchronized Optional<Article> article(String id) {
    List<Article> found = query("WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public synchronized List<Article> articles() {
    return query("ORDER BY seq");
  }

  /** Articles whose id starts with {@code prefix}, so users can type short ids. */
  public synchronized List<Article> articlesByIdPrefix(String prefix) {
    return query("WHERE starts_with(id, ?) ORDER BY seq", prefix);
  }

  @Override
  public synchronized int articleCount() {
    try (Statement s = conn.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw failure("count articles", e);
    }
  }

  @Override
  public synchronized List<Rejection> rejections() {
    List<Rejection> out = new ArrayList<>();
    try (Statement s = conn.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT file, file_offset, kind, reason FROM rejections ORDER BY seq")) {
      while (rs.next()) {
        out.add(
            new Rejection(
                rs.getString(1),
                rs.getLong(2),
                Rejection.Kind.valueOf(rs.getString(3)),
                rs.getString(4)));
      }
      return out;
    } catch (SQLException e) {
      throw failure("read rejections", e);
    }
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
        } catch (java.io.UncheckedIOException e) {
          // An entry this version cannot read is a cache miss: the article is annotated again.
          return Optional.empty();
        }
      }
    } catch (SQLException e) {
      throw failure("read annotation of " + articleId, e);
    }
  }

  @Override
  public synchronized void putAnnotation(String articleId, String layer, Annotation annotation) {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO annotations (article_id, layer, json) VALUES (?, ?, ?)"
                + " ON CONFLICT (article_id, layer) DO UPDATE SET json = EXCLUDED.json")) {
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
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO memberships (article_id, story_id, score, reason) VALUES (?,?,?,?)"
                + " ON CONFLICT (article_id) DO NOTHING")) {
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
  public synchronized List<Membership> memberships() {
    List<Membership> out = new ArrayList<>();
    try (Statement s = conn.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT article_id, story_id, score, reason FROM memberships ORDER BY seq")) {
      while (rs.next()) {
        out.add(new Membership(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4)));
      }
      return out;
    } catch (SQLException e) {
      throw failure("read story memberships", e);
    }
  }

  @Override
  public synchronized List<String> storyArticleIds(String storyId) {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT article_id FROM memberships WHERE story_id = ? ORDER BY seq")) {
      ps.setString(1, storyId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read the articles of story " + storyId, e);
    }
  }

  @Override
  public synchronized void putDossier(StorySummary s, String dossierJson) {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO stories (id, title, articles, outlets, findings, conflicts, first_date,"
                + " last_date, updated, updated_at, dossier) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title,"
                + " articles = EXCLUDED.articles, outlets = EXCLUDED.outlets,"
                + " findings = EXCLUDED.findings, conflicts = EXCLUDED.conflicts,"
                + " first_date = EXCLUDED.first_date, last_date = EXCLUDED.last_date,"
                + " updated = EXCLUDED.updated, updated_at = EXCLUDED.updated_at,"
                + " dossier = EXCLUDED.dossier")) {
      ps.setString(1, s.id());
      ps.setString(2, s.title());
      ps.setInt(3, s.articles());
      ps.setInt(4, s.outlets());
      ps.setInt(5, s.findings());
      ps.setInt(6, s.conflicts());
      ps.setObject(7, s.first().orElse(null), Types.DATE);
      ps.setObject(8, s.last().orElse(null), Types.DATE);
      ps.setString(9, s.updated().toString());
      ps.setTimestamp(10, Timestamp.from(s.updated()));
      ps.setString(11, dossierJson);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("store the dossier of story " + s.id(), e);
    }
  }

  @Override
  public synchronized List<StorySummary> stories() {
    List<StorySummary> out = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT id, title, articles, outlets, findings, conflicts, first_date, last_date, updated"
                    + " FROM stories ORDER BY updated_at DESC, id")) {
      while (rs.next()) {
        out.add(
            new StorySummary(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getInt(4),
                rs.getInt(5),
                rs.getInt(6),
                Optional.ofNullable(rs.getObject(7, LocalDate.class)),
                Optional.ofNullable(rs.getObject(8, LocalDate.class)),
                Instant.parse(rs.getString(9))));
      }
      return out;
    } catch (SQLException e) {
      throw failure("read stories", e);
    }
  }

  @Override
  public synchronized Optional<String> dossierJson(String storyId) {
    try (PreparedStatement ps = conn.prepareStatement("SELECT dossier FROM stories WHERE id = ?")) {
      ps.setString(1, storyId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read the dossier of story " + storyId, e);
    }
  }

  @Override
  public synchronized void putClaims(String articleId, List<ClaimLine> claims) {
    try {
      conn.setAutoCommit(false);
      try {
        try (PreparedStatement del =
                conn.prepareStatement("DELETE FROM claims WHERE article_id = ?");
            PreparedStatement delIndex =
                conn.prepareStatement(
                    "DELETE FROM search_index WHERE article_id = ? AND kind = 'CLAIM'")) {
          del.setString(1, articleId);
          del.executeUpdate();
          delIndex.setString(1, articleId);
          delIndex.executeUpdate();
        }
        try (PreparedStatement ps =
                conn.prepareStatement("INSERT INTO claims (article_id, idx, json) VALUES (?,?,?)");
            PreparedStatement index =
                conn.prepareStatement(
                    "INSERT INTO search_index (article_id, kind, title, body) VALUES (?, 'CLAIM', ?, ?)")) {
          int i = 0;
          for (ClaimLine c : claims) {
            ps.setString(1, articleId);
            ps.setInt(2, i++);
            ps.setString(3, ModelJson.write(c));
            ps.addBatch();
            index.setString(1, articleId);
            index.setString(2, c.measure() + " " + c.value());
            index.setString(3, c.sentence() + " — " + c.chain());
            index.addBatch();
          }
          ps.executeBatch();
          index.executeBatch();
        }
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure("store the claims of article " + articleId, e);
    }
  }

  @Override
  public synchronized List<ClaimLine> claims(String articleId) {
    List<ClaimLine> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement("SELECT json FROM claims WHERE article_id = ? ORDER BY idx")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(ModelJson.read(rs.getString(1), ClaimLine.class));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read the claims of article " + articleId, e);
    }
  }

  @Override
  public synchronized List<SearchHit> search(String query, int limit) {
    List<String> words = SearchQuery.words(query);
    if (words.isEmpty() || limit <= 0) {
      return List.of();
    }
    // The words hold letters and digits only, and plainto_tsquery reads its input as plain text
    // joined by AND, so nothing a reader types reaches the tsquery syntax. The snippet is made
    // only for the rows returned.
    List<SearchHit> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT kind, article_id, title, ts_headline('simple', body, q, ?) FROM ("
                + " SELECT i.seq, i.kind, i.article_id, i.title, i.body, q,"
                + " ts_rank(i.document, q) AS rank"
                + " FROM search_index i, plainto_tsquery('simple', ?) AS q"
                + " WHERE i.document @@ q ORDER BY rank DESC, i.seq LIMIT ?) best"
                + " ORDER BY rank DESC, seq")) {
      ps.setString(1, HEADLINE);
      ps.setString(2, String.join(" ", words));
      ps.setInt(3, limit);
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
      return out;
    } catch (SQLException e) {
      throw failure("search for '" + query + "'", e);
    }
  }

  /** Plain text around the first match, about as long as the SQLite store's snippet. */
  private static final String HEADLINE =
      "StartSel=\"\", StopSel=\"\", MaxWords=16, MinWords=8, ShortWord=2,"
          + " MaxFragments=1, FragmentDelimiter=\"…\"";

  private List<Article> query(String where, String... args) {
    List<Article> out = new ArrayList<>();
    String sql =
        "SELECT id, origin_file, origin_offset, format, url, outlet, title, authors, published, updated, language, text FROM articles "
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
          b.text(rs.getString(12), passages(id), removed(id));
          b.provenance(provenance(id));
          out.add(b.build());
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read articles", e);
    }
  }

  private List<Passage> passages(String id) throws SQLException {
    List<Passage> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT idx, start_offset, end_offset, role, confidence FROM passages WHERE article_id = ? ORDER BY start_offset")) {
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

  private List<RemovedPassage> removed(String id) throws SQLException {
    List<RemovedPassage> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT idx, text, role, confidence, reason FROM removed_passages WHERE article_id = ? ORDER BY idx")) {
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

  private List<FieldSource> provenance(String id) throws SQLException {
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

  private StoreException failure(String what, SQLException e) {
    return new StoreException("store " + name + ": cannot " + what + ": " + e.getMessage(), e);
  }

  @Override
  public synchronized void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }
}
