package io.corroborate.store.sqlite;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The embedded default store: one SQLite file, created on first use, migrated to the latest schema
 * on open. Each article is written in one transaction with its passages and provenance, so a
 * process killed mid-ingest leaves whole articles or none; writes are keyed by the article's
 * content id, so a re-run adds nothing twice.
 *
 * <pre>{@code try (Store s = SqliteStore.open(Path.of("corroborate.db"))) { s.put(article); }}
 * </pre>
 */
public final class SqliteStore implements Store {
  private final Path file;
  private final Connection conn;

  private SqliteStore(Path file, Connection conn) {
    this.file = file;
    this.conn = conn;
  }

  /** Opens (creating if needed) the store at {@code file} and applies pending migrations. */
  public static SqliteStore open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=15000");
      }
      SqliteStore store = new SqliteStore(file, c);
      store.migrate();
      return store;
    } catch (SQLException | java.io.IOException e) {
      throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  private void migrate() throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
    }
    int current = schemaVersion();
    if (current > Migrations.latest()) {
      throw new SQLException(
          "schema version "
              + current
              + " is newer than this program knows ("
              + Migrations.latest()
              + ")");
    }
    for (Migrations.Migration m : Migrations.ALL) {
      if (m.version() <= current) {
        continue;
      }
      conn.setAutoCommit(false);
      try (Statement s = conn.createStatement()) {
        for (String sql : m.statements()) {
          s.execute(sql);
        }
        try (PreparedStatement ps =
            conn.prepareStatement("INSERT INTO schema_migrations VALUES (?, ?, ?)")) {
          ps.setInt(1, m.version());
          ps.setString(2, m.description());
          ps.setString(3, Instant.now().toString());
          ps.executeUpdate();
        }
        conn.commit();
      } catch (SQLException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    }
  }

  @Override
  public int schemaVersion() {
    try (Statement s = conn.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) {
      return rs.next() ? rs.getInt(1) : 0;
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
                "INSERT OR IGNORE INTO articles (id, content_id, origin_file, origin_offset, format, url, outlet, title, authors,"
                    + " published, updated, language, text, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
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
          ps.setString(14, Instant.now().toString());
          if (ps.executeUpdate() == 0) {
            conn.rollback();
            return Put.ALREADY_STORED;
          }
        }
        try (PreparedStatement ps =
            conn.prepareStatement("INSERT INTO passages VALUES (?,?,?,?,?,?)")) {
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
            conn.prepareStatement("INSERT INTO removed_passages VALUES (?,?,?,?,?,?)")) {
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
            conn.prepareStatement("INSERT INTO provenance VALUES (?,?,?,?,?)")) {
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
            "INSERT OR IGNORE INTO rejections (file, offset, kind, reason, first_seen) VALUES (?,?,?,?,?)")) {
      ps.setString(1, r.file());
      ps.setLong(2, r.offset());
      ps.setString(3, r.kind().name());
      ps.setString(4, r.reason());
      ps.setString(5, Instant.now().toString());
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
    return query("WHERE id LIKE ? || '%' ORDER BY seq", prefix);
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
            s.executeQuery("SELECT file, offset, kind, reason FROM rejections ORDER BY seq")) {
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
        conn.prepareStatement("INSERT OR REPLACE INTO annotations VALUES (?, ?, ?)")) {
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
            "INSERT OR IGNORE INTO memberships (article_id, story_id, score, reason) VALUES (?,?,?,?)")) {
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
        conn.prepareStatement("INSERT OR REPLACE INTO stories VALUES (?,?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, s.id());
      ps.setString(2, s.title());
      ps.setInt(3, s.articles());
      ps.setInt(4, s.outlets());
      ps.setInt(5, s.findings());
      ps.setInt(6, s.conflicts());
      ps.setString(7, s.first().map(LocalDate::toString).orElse(null));
      ps.setString(8, s.last().map(LocalDate::toString).orElse(null));
      ps.setString(9, s.updated().toString());
      ps.setString(10, dossierJson);
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
                    + " FROM stories ORDER BY updated DESC, id")) {
      while (rs.next()) {
        out.add(
            new StorySummary(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getInt(4),
                rs.getInt(5),
                rs.getInt(6),
                Optional.ofNullable(rs.getString(7)).map(LocalDate::parse),
                Optional.ofNullable(rs.getString(8)).map(LocalDate::parse),
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
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO claims VALUES (?,?,?)");
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
    String match = SearchQuery.fts5(query);
    if (match.isEmpty() || limit <= 0) {
      return List.of();
    }
    List<SearchHit> out = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT kind, article_id, title, snippet(search_index, 3, '', '', '…', 16)"
                + " FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?")) {
      ps.setString(1, match);
      ps.setInt(2, limit);
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

  /** Runs SQLite's own consistency check; "ok" when the file is sound. */
  public synchronized String integrityCheck() {
    try (Statement s = conn.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      return rs.next() ? rs.getString(1) : "no answer";
    } catch (SQLException e) {
      throw failure("check integrity", e);
    }
  }

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
    return new StoreException("store " + file + ": cannot " + what + ": " + e.getMessage(), e);
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
