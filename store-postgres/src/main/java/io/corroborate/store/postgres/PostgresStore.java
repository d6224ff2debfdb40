package io.corroborate.store.postgres;

import io.corroborate.store.StoreException;
import io.corroborate.store.jdbc.JdbcStore;
import io.corroborate.store.jdbc.StoreUrls;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The store of a shared deployment: one PostgreSQL database (or one schema of it, chosen with
 * {@code ?currentSchema=}), migrated to the latest schema on open. Behaves as the SQLite store does
 * (both are a {@link JdbcStore}): each article is written in one transaction with its passages and
 * provenance, writes are keyed by the article's content id so a re-run adds nothing twice, and
 * search takes words only. Several processes may share the database, since every idempotent write
 * is one {@code INSERT ... ON CONFLICT} and migrations run under an advisory lock.
 *
 * <pre>{@code
 * try (Store s = PostgresStore.open("postgresql://corroborate:secret@localhost:5432/news")) {
 *   s.put(article);
 * }
 * }</pre>
 */
public final class PostgresStore extends JdbcStore {
  private PostgresStore(String name, Connection conn) {
    super(name, conn, new PostgresDialect());
  }

  /**
   * Opens the database at {@code url} and applies pending migrations. The url is {@code
   * postgresql://user:password@host:port/database} (also {@code postgres://}) or the JDBC form
   * {@code jdbc:postgresql://host:port/database?user=...}; query parameters go to the driver.
   */
  public static PostgresStore open(String url) {
    Target t = Target.parse(url);
    return migrated(new PostgresStore(t.name(), connect(t)));
  }

  /**
   * Opens the store at {@code url} only if it holds one, for commands that only read: a database
   * without Corroborate's tables is a store error naming it, and nothing is created.
   */
  public static PostgresStore openExisting(String url) {
    Target t = Target.parse(url);
    Connection c = connect(t);
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT to_regclass('schema_migrations') IS NOT NULL")) {
      if (!rs.next() || !rs.getBoolean(1)) {
        c.close();
        throw new StoreException(
            "no store at "
                + t.name()
                + " (nothing was created; add articles with 'corroborate ingest' or 'analyze')",
            null);
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot open store " + t.name() + ": " + StoreUrls.mask(e.getMessage()), e);
    }
    return migrated(new PostgresStore(t.name(), c));
  }

  private static Connection connect(Target t) {
    try {
      return DriverManager.getConnection(t.jdbcUrl(), t.properties());
    } catch (SQLException e) {
      throw new StoreException(
          "cannot open store " + t.name() + ": " + StoreUrls.mask(e.getMessage()), e);
    }
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
      return StoreUrls.mask(url);
    }
  }
}
