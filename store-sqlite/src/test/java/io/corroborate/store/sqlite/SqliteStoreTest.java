package io.corroborate.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.dossier.ClaimLine;
import io.corroborate.model.Article;
import io.corroborate.model.Block;
import io.corroborate.model.DateStamp;
import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.Rejection;
import io.corroborate.model.Role;
import io.corroborate.store.Store;
import io.corroborate.store.StoreException;
import io.corroborate.store.StorySummary;
import io.corroborate.store.contract.SideBySideWriters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {
  @TempDir Path dir;

  static Article article(String id, String body) {
    return Article.builder()
        .id(id)
        .origin(new Origin("feed.xml", 512, Format.FEED))
        .url("https://harbor-wire.example/2031/03/02/dam")
        .outlet("Harbor Wire")
        .title("Dam gates opened")
        .authors(List.of("Mira Solenne", "Teo Vance"))
        .published(DateStamp.of(OffsetDateTime.parse("2031-03-02T08:30:00Z")))
        .updated(DateStamp.parse("2031-03-03"))
        .language("en")
        .provenance(
            List.of(
                new FieldSource("outlet", "Harbor Wire", "feed title"),
                new FieldSource("author", "Mira Solenne", "feed item author")))
        .blocks(
            List.of(
                new Block("Share on X", Role.PROMPT, 0.9, "share bar"),
                new Block(body, Role.BODY, 0.8, "paragraph"),
                new Block("Photo: the spillway", Role.CAPTION, 0.7, "figcaption")))
        .build();
  }

  @Test
  void anArticleReadsBackExactlyAsItWasStored() {
    Article a = article("0123456789abcdef", "Engineers opened two gates at dawn.");
    try (SqliteStore s = SqliteStore.open(dir.resolve("c.db"))) {
      assertThat(s.put(a)).isEqualTo(Store.Put.ADDED);
      assertThat(s.expectArticle(a.id())).isEqualTo(a);
      assertThat(s.articlesByIdPrefix("0123")).containsExactly(a);
    }
  }

  @Test
  void storingTheSameArticleTwiceKeepsOneCopy() {
    Article a = article("0123456789abcdef", "Engineers opened two gates at dawn.");
    Path db = dir.resolve("c.db");
    try (SqliteStore s = SqliteStore.open(db)) {
      s.put(a);
      assertThat(s.put(a)).isEqualTo(Store.Put.ALREADY_STORED);
    }
    try (SqliteStore s = SqliteStore.open(db)) {
      assertThat(s.put(a)).isEqualTo(Store.Put.ALREADY_STORED);
      assertThat(s.articleCount()).isEqualTo(1);
      assertThat(s.expectArticle(a.id()).passages()).hasSize(2);
    }
  }

  @Test
  void aRejectionIsKeptOnceWithFileOffsetAndReason() {
    Rejection r = new Rejection("cut.warc.gz", 4096, Rejection.Kind.TRUNCATED, "record cut short");
    try (SqliteStore s = SqliteStore.open(dir.resolve("c.db"))) {
      assertThat(s.reject(r)).isTrue();
      assertThat(s.reject(r)).isFalse();
      assertThat(s.rejections()).containsExactly(r);
    }
  }

  @Test
  void aNewFileIsMigratedToTheLatestSchemaAndReopeningAppliesNothingTwice() throws Exception {
    Path db = dir.resolve("c.db");
    try (SqliteStore s = SqliteStore.open(db)) {
      assertThat(s.schemaVersion()).isEqualTo(Migrations.latest());
    }
    try (SqliteStore s = SqliteStore.open(db)) {
      assertThat(s.schemaVersion()).isEqualTo(Migrations.latest());
    }
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
        var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM schema_migrations")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(Migrations.ALL.size());
    }
  }

  @Test
  void aStoreFromANewerVersionIsRefusedWithAClearMessage() throws Exception {
    Path db = dir.resolve("c.db");
    SqliteStore.open(db).close();
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.createStatement().execute("INSERT INTO schema_migrations VALUES (999, 'future', 'x')");
    }
    assertThatThrownBy(() -> SqliteStore.open(db))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("newer")
        .hasMessageContaining(db.toString());
  }

  @Test
  void aFileThatIsNotADatabaseIsAStoreErrorNamingTheFile() throws Exception {
    Path db = dir.resolve("notes.db");
    Files.writeString(db, "these are my notes, not a database ".repeat(200));
    assertThatThrownBy(() -> SqliteStore.open(db))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("notes.db");
  }

  @Test
  void aFailedWriteLeavesNothingHalfStored() throws Exception {
    Path db = dir.resolve("c.db");
    Article a = article("0123456789abcdef", "Engineers opened two gates at dawn.");
    try (SqliteStore s = SqliteStore.open(db)) {
      try (var c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
        // A trigger that fails the provenance insert, i.e. midway through the article's
        // transaction.
        c.createStatement()
            .execute(
                "CREATE TRIGGER fail_provenance BEFORE INSERT ON provenance BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
      }
      assertThatThrownBy(() -> s.put(a))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("disk trouble");
      assertThat(s.articleCount()).isZero();
    }
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
        var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM passages")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void twoWritersOnANewFileWaitForEachOtherAndLoseNothing() throws Exception {
    int each = 100;
    // Several new files: the race on the first migration is won by either side at random.
    for (int round = 0; round < 5; round++) {
      Path db = dir.resolve("new-" + round + ".db");
      SideBySideWriters.Outcome outcome = SideBySideWriters.run(() -> SqliteStore.open(db), each);
      assertThat(outcome.count(Store.Put.ADDED)).isEqualTo(2L * each + SideBySideWriters.SHARED);
      try (SqliteStore s = SqliteStore.open(db)) {
        assertThat(s.articleCount()).isEqualTo(2 * each + SideBySideWriters.SHARED);
        assertThat(s.schemaVersion()).isEqualTo(Migrations.latest());
        assertThat(s.integrityCheck()).isEqualTo("ok");
      }
    }
    // Each new store is built under a name of its own and linked into place; nothing of that is
    // left behind.
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".new"));
    }
  }

  @Test
  void openingAMissingFileForReadingCreatesNothing() {
    Path db = dir.resolve("sub/missing.db");
    assertThatThrownBy(() -> SqliteStore.openExisting(db))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no store at " + db);
    assertThat(dir.resolve("sub")).doesNotExist();
  }

  private static ClaimLine claim(String articleId, String value) {
    return new ClaimLine(
        articleId,
        "Harbor Wire",
        "numeric",
        "killed",
        value,
        "[" + value + ", " + value + "]",
        "2031-03-02",
        "the river authority ← Harbor Wire",
        "The authority counted " + value + " dead.");
  }

  @Test
  void rewritingOneArticlesClaimsLeavesTheOtherArticlesInTheIndex() {
    try (SqliteStore s = SqliteStore.open(dir.resolve("c.db"))) {
      s.put(article("aaaa", "Engineers opened two gates at dawn."));
      s.put(article("bbbb", "Engineers closed the spillway."));
      s.putClaims("aaaa", List.of(claim("aaaa", "14")));
      s.putClaims("bbbb", List.of(claim("bbbb", "15")));
      s.putClaims("aaaa", List.of(claim("aaaa", "16"), claim("aaaa", "17")));
      assertThat(s.search("authority counted", 10))
          .extracting(h -> h.articleId() + " " + h.snippet().replaceAll("\\D+", ""))
          .containsExactlyInAnyOrder("aaaa 16", "aaaa 17", "bbbb 15");
      assertThat(s.search("engineers", 10)).hasSize(2);
    }
  }

  @Test
  void aVersion3StoreGetsItsIndexRowsKeyedOnUpgrade() throws Exception {
    Path db = dir.resolve("c.db");
    try (SqliteStore s = SqliteStore.open(db)) {
      s.put(article("aaaa", "Engineers opened two gates at dawn."));
      s.putClaims("aaaa", List.of(claim("aaaa", "14")));
    }
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.createStatement().execute("DROP TABLE search_rows");
      c.createStatement().execute("ALTER TABLE stories DROP COLUMN dossier_gz");
      c.createStatement().execute("DELETE FROM schema_migrations WHERE version >= 4");
    }
    try (SqliteStore s = SqliteStore.open(db)) {
      assertThat(s.schemaVersion()).isEqualTo(Migrations.latest());
      s.putClaims("aaaa", List.of(claim("aaaa", "17")));
      assertThat(s.search("authority counted", 10))
          .singleElement()
          .satisfies(h -> assertThat(h.snippet()).contains("17").doesNotContain("14"));
    }
  }

  @Test
  void aDossierStoredBeforeDossiersWereCompressedStaysReadableAndIsReplacedCompressed()
      throws Exception {
    Path db = dir.resolve("c.db");
    SqliteStore.open(db).close();
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.createStatement().execute("ALTER TABLE stories DROP COLUMN dossier_gz");
      c.createStatement().execute("DELETE FROM schema_migrations WHERE version >= 5");
      c.createStatement()
          .execute(
              "INSERT INTO stories (id, title, articles, outlets, findings, conflicts, updated,"
                  + " dossier) VALUES ('s1', 'Dam', 1, 1, 0, 0, '2031-03-02T10:00:00Z',"
                  + " '{\"v\":1}')");
    }
    String big =
        "{\"lines\":[" + "\"The river authority counted 14 dead.\",".repeat(2000) + "\"\"]}";
    try (SqliteStore s = SqliteStore.open(db)) {
      assertThat(s.dossierJson("s1")).contains("{\"v\":1}");
      s.putDossier(s.story("s1").orElseThrow(), big);
      assertThat(s.dossierJson("s1")).contains(big);
    }
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
        var rs =
            c.createStatement()
                .executeQuery("SELECT length(dossier), length(dossier_gz) FROM stories")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
      assertThat(rs.getInt(2)).isPositive().isLessThan(big.length() / 10);
    }
  }

  @Test
  void aDossierReadAsBytesIsItsJsonInUtf8AndAStoryIsFoundByItsId() throws Exception {
    String json = "{\"title\":\"Flood in Velmora — 14 dead\",\"findings\":[]}";
    try (SqliteStore s = SqliteStore.open(dir.resolve("d.db"))) {
      s.putDossier(
          new StorySummary(
              "s1",
              "Flood in Velmora",
              2,
              2,
              0,
              0,
              Optional.empty(),
              Optional.empty(),
              Instant.parse("2031-03-02T10:00:00Z")),
          json);
      try (var in = s.dossierBytes("s1").orElseThrow()) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(json);
      }
      assertThat(s.dossierBytes("s2")).isEmpty();
      assertThat(s.story("s1").orElseThrow().title()).isEqualTo("Flood in Velmora");
      assertThat(s.story("s2")).isEmpty();
    }
  }

  @Test
  void readsSeeWhatWasCommittedAndTheWorkOfAnOpenTransactionSeesItsOwnWrites() {
    try (SqliteStore s = SqliteStore.open(dir.resolve("r.db"))) {
      s.put(article("a1", "The river rose two metres overnight."));
      // Read on a reading connection, beside the writer's.
      assertThat(s.article("a1")).isPresent();
      s.put(article("a2", "The gates were opened at dawn."));
      assertThat(s.articleCount()).isEqualTo(2);
      s.atomically(
          () -> {
            s.put(article("a3", "Rescue teams reached the valley."));
            // Inside the transaction its own write is seen before it commits.
            assertThat(s.article("a3")).isPresent();
            assertThat(s.articleCount()).isEqualTo(3);
            return null;
          });
      assertThat(s.articles()).extracting(Article::id).containsExactly("a1", "a2", "a3");
    }
  }

  @Test
  void manyThreadsReadAtOnceAndEachGetsWhatItAskedFor() throws Exception {
    try (SqliteStore s = SqliteStore.open(dir.resolve("m.db"))) {
      for (int i = 0; i < 20; i++) {
        s.put(article("a" + i, "Report number " + i + " on the flood."));
      }
      var pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<String>> got = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
          String id = "a" + (k % 20);
          got.add(pool.submit(() -> s.article(id).orElseThrow().id()));
        }
        for (int k = 0; k < 200; k++) {
          assertThat(got.get(k).get()).isEqualTo("a" + (k % 20));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
