package io.corroborate.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.model.Article;
import io.corroborate.model.Block;
import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.Role;
import io.corroborate.store.Store;
import io.corroborate.store.StoreException;
import io.corroborate.store.contract.SideBySideWriters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresStoreTest {
  private TestSchema schema;

  @BeforeEach
  void createSchema() throws Exception {
    schema = TestSchema.createOrSkip();
  }

  @AfterEach
  void dropSchema() throws Exception {
    if (schema != null) {
      schema.close();
    }
  }

  private static Article article(String id, String provenanceValue) {
    return Article.builder()
        .id(id)
        .origin(new Origin("feed-" + id + ".xml", 64, Format.FEED))
        .url("https://lantern-post.example/" + id)
        .outlet("Lantern Post")
        .title("Ferries to Tallow resume")
        .authors(List.of("Oren Valis"))
        .language("en")
        .provenance(List.of(new FieldSource("outlet", provenanceValue, "feed title")))
        .blocks(
            List.of(
                new Block("Related stories", Role.PROMPT, 0.9, "link list"),
                new Block("Ferries to Tallow Island sail again.", Role.BODY, 0.8, "paragraph")))
        .build();
  }

  @Test
  void migrationsApplyOnceAndReopeningChangesNothing() throws Exception {
    try (PostgresStore s = PostgresStore.open(schema.url())) {
      assertThat(s.schemaVersion()).isEqualTo(Migrations.latest());
    }
    try (PostgresStore s = PostgresStore.open(schema.url())) {
      assertThat(s.schemaVersion()).isEqualTo(Migrations.latest());
    }
    assertThat(schema.count("SELECT COUNT(*) FROM " + schema.name + ".schema_migrations"))
        .isEqualTo(Migrations.ALL.size());
  }

  @Test
  void aNewerSchemaIsRefusedWithItsVersion() throws Exception {
    PostgresStore.open(schema.url()).close();
    schema.execute(
        "INSERT INTO "
            + schema.name
            + ".schema_migrations (version, description) VALUES (99, 'x')");
    assertThatThrownBy(() -> PostgresStore.open(schema.url()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99")
        .hasMessageContaining("newer than this program knows");
  }

  @Test
  void aFailedWriteLeavesNothingHalfStored() throws Exception {
    try (Store s = PostgresStore.open(schema.url())) {
      // PostgreSQL refuses NUL in text; provenance is written after the article row and passages.
      assertThatThrownBy(() -> s.put(article("f00d", "Lantern\u0000Post")))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("f00d");
      assertThat(s.article("f00d")).isEmpty();
      assertThat(schema.count("SELECT COUNT(*) FROM " + schema.name + ".passages")).isZero();
      assertThat(schema.count("SELECT COUNT(*) FROM " + schema.name + ".search_index")).isZero();
      assertThat(s.put(article("f00d", "Lantern Post"))).isEqualTo(Store.Put.ADDED);
    }
  }

  @Test
  void concurrentPutsOfOneArticleFromTwoStoresKeepOneCopy() throws Exception {
    Article a = article("beef", "Lantern Post");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (Store one = PostgresStore.open(schema.url());
        Store two = PostgresStore.open(schema.url())) {
      CyclicBarrier start = new CyclicBarrier(2);
      List<Future<Store.Put>> results = new ArrayList<>();
      for (Store s : List.of(one, two)) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return s.put(a);
                }));
      }
      List<Store.Put> puts = new ArrayList<>();
      for (Future<Store.Put> f : results) {
        puts.add(f.get());
      }
      assertThat(puts).containsExactlyInAnyOrder(Store.Put.ADDED, Store.Put.ALREADY_STORED);
      assertThat(one.articleCount()).isEqualTo(1);
      assertThat(schema.count("SELECT COUNT(*) FROM " + schema.name + ".passages")).isEqualTo(1);
      assertThat(one.search("Tallow", 10)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void searchRanksTitleMatchesFirstAndSnippetsArePlainText() throws Exception {
    try (Store s = PostgresStore.open(schema.url())) {
      s.put(
          Article.builder()
              .id("c1")
              .origin(new Origin("c1.xml", 0, Format.FEED))
              .outlet("Lantern Post")
              .title("Harbour news")
              .language("en")
              .blocks(
                  List.of(
                      new Block(
                          "Crews checked the pier and later the ferries of Tallow.",
                          Role.BODY,
                          0.8,
                          "paragraph")))
              .build());
      s.put(article("c2", "Lantern Post"));
      var hits = s.search("ferries tallow", 10);
      assertThat(hits).extracting(h -> h.articleId()).containsExactly("c2", "c1");
      assertThat(hits.get(1).snippet()).contains("ferries of Tallow").doesNotContain("<b>");
    }
  }

  @Test
  void errorsNameTheDatabaseWithoutThePassword() {
    assertThatThrownBy(() -> PostgresStore.open("postgresql://ann:hunter2@127.0.0.1:1/nowhere"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("postgresql://ann@127.0.0.1:1/nowhere")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void bothUrlFormsReachTheSameDatabase() {
    PostgresStore.Target plain = PostgresStore.Target.parse("postgresql://u:p%40ss@db:5433/news");
    PostgresStore.Target jdbc =
        PostgresStore.Target.parse("jdbc:postgresql://db:5433/news?user=u&password=x");
    assertThat(plain.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5433/news");
    assertThat(plain.properties().getProperty("password")).isEqualTo("p@ss");
    assertThat(plain.name()).isEqualTo("postgresql://u@db:5433/news");
    assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5433/news?user=u&password=x");
    assertThat(jdbc.name()).isEqualTo("postgresql://u@db:5433/news");
  }

  @Test
  void twoWritersOnANewSchemaMigrateItOnceAndLoseNothing() throws Exception {
    int each = 50;
    SideBySideWriters.Outcome outcome =
        SideBySideWriters.run(() -> PostgresStore.open(schema.url()), each);
    assertThat(outcome.count(Store.Put.ADDED)).isEqualTo(2L * each + SideBySideWriters.SHARED);
    assertThat(schema.count("SELECT COUNT(*) FROM " + schema.name + ".articles"))
        .isEqualTo(2L * each + SideBySideWriters.SHARED);
    assertThat(schema.count("SELECT COUNT(*) FROM " + schema.name + ".schema_migrations"))
        .isEqualTo(Migrations.ALL.size());
  }

  @Test
  void openingASchemaWithoutAStoreForReadingCreatesNothing() throws Exception {
    assertThatThrownBy(() -> PostgresStore.openExisting(schema.url()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no store at");
    assertThat(
            schema.count(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                    + schema.name
                    + "'"))
        .isZero();
  }
}
