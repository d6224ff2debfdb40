package io.corroborate.store.postgres;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty schema in the test database named by {@code CORROBORATE_TEST_PG}; tests that need
 * one are skipped when the variable is unset (CI sets it, see {@code .ci/run}).
 */
final class TestSchema implements AutoCloseable {
  static final String ENV = "CORROBORATE_TEST_PG";

  final String name = "t_" + UUID.randomUUID().toString().replace("-", "");
  private final String base;

  private TestSchema(String base) {
    this.base = base;
  }

  static TestSchema createOrSkip() throws SQLException {
    String base = System.getenv(ENV);
    assumeTrue(
        base != null && !base.isBlank(),
        ENV + " is not set: PostgreSQL tests skipped (e.g. postgresql://u:p@localhost:5432/db)");
    TestSchema s = new TestSchema(base);
    s.execute("CREATE SCHEMA " + s.name);
    return s;
  }

  /** The url that opens a store in this schema. */
  String url() {
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
  }

  void execute(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  long count(String sqlReturningOneNumber) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        var rs = s.executeQuery(sqlReturningOneNumber)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private Connection connect() throws SQLException {
    PostgresStore.Target t = PostgresStore.Target.parse(base);
    return DriverManager.getConnection(t.jdbcUrl(), t.properties());
  }

  @Override
  public void close() throws SQLException {
    execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
  }
}
