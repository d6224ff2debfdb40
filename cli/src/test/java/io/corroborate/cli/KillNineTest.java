package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingest process with SIGKILL halfway through, and another twenty times at random
 * points, and checks that the store is sound, that no article is half-written, and that re-running
 * completes the work without duplicates.
 */
@Tag("slow")
class KillNineTest {
  private static final int FILES = 3000;

  @TempDir Path dir;

  @Test
  void anIngestKilledMidwayLeavesTheStoreConsistentAndTheRerunCompletesIt() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(
          in.resolve(String.format("report-%05d.txt", i)),
          " date 2031-03-"
              + String.format("%02d", 1 + i % 28)
              + " Report number "
              + i
              + " from the Veldan valley: the river stood at "
              + (100 + i)
              + " centimetres above its mark, and "
              + (i * 7 % 500)
              + " people were moved to the school gym.\n\n"
              + "Officials said the levee held through the night of report "
              + i
              + ".\n");
    }
    Path db = dir.resolve("c.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "ingest",
                in.toString(),
                "--db",
                db.toString(),
                "-q"));
    Process child =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    long seen = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (seen < 200 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      seen = countOrZero(db, "SELECT COUNT(*) FROM articles");
    }
    assertThat(child.isAlive())
        .as(
            "child finished before it could be killed; log: %s",
            Files.readString(dir.resolve("child.log")))
        .isTrue();
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(137);

    long afterKill = countOrZero(db, "SELECT COUNT(*) FROM articles");
    assertThat(afterKill).isBetween(1L, (long) FILES - 1);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      assertThat(single(c, "PRAGMA integrity_check")).isEqualTo("ok");
      assertThat(
              single(
                  c,
                  "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.article_id = a.id)"))
          .as("articles stored without their passages")
          .isEqualTo("0");
      assertThat(
              single(
                  c,
                  "SELECT COUNT(*) FROM passages p WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = p.article_id)"))
          .as("passages without their article")
          .isEqualTo("0");
    }

    Cli rerun = Cli.run("ingest", in.toString(), "--db", db.toString(), "--json");
    assertThat(rerun.exit()).as(rerun.err()).isZero();
    assertThat(countOrZero(db, "SELECT COUNT(*) FROM articles")).isEqualTo(FILES);
    assertThat(countOrZero(db, "SELECT COUNT(DISTINCT article_id) FROM passages")).isEqualTo(FILES);
    Cli again = Cli.run("ingest", in.toString(), "--db", db.toString(), "--json");
    assertThat(again.out()).contains("\"added\" : 0");
    assertThat(countOrZero(db, "SELECT COUNT(*) FROM articles")).isEqualTo(FILES);
  }

  /** Kills of {@link #ingestKilledAtTwentyRandomPointsLosesAndDuplicatesNothing}. */
  private static final int KILLS = 20;

  @Test
  void ingestKilledAtTwentyRandomPointsLosesAndDuplicatesNothing() throws Exception {
    int files = 1200;
    Path in = Files.createDirectories(dir.resolve("random-in"));
    for (int i = 0; i < files; i++) {
      Files.writeString(
          in.resolve(String.format("note-%05d.txt", i)),
          "Gauge note "
              + i
              + ": the Veldan stood at "
              + (200 + i)
              + " centimetres at the weir, and "
              + (i * 13 % 700)
              + " sandbags were laid on the east bank.\n\nThe crew of note "
              + i
              + " reported no breach.\n");
    }
    Path db = dir.resolve("random.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        List.of(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "ingest",
            in.toString(),
            "--db",
            db.toString(),
            "-q");
    // Fixed seed: a failure names the round and is the same on the next run.
    java.util.Random random = new java.util.Random(19);
    int kills = 0;
    for (int round = 0; kills < KILLS; round++) {
      assertThat(round).as("rounds needed for %d kills", KILLS).isLessThan(3 * KILLS);
      long before = countOrZero(db, "SELECT COUNT(*) FROM articles");
      Process child =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("random-child.log").toFile())
              .start();
      // Half the rounds die at a random moment (opening the store included), half after a random
      // number of new articles.
      if (round % 2 == 0) {
        Thread.sleep(random.nextInt(2_500));
      } else {
        long target = before + 1 + random.nextInt(40);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive()
            && countOrZero(db, "SELECT COUNT(*) FROM articles") < target
            && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
      }
      if (child.isAlive()) {
        child.destroyForcibly();
        kills++;
      }
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertSound(db, "after round " + round);
    }
    Cli rerun = Cli.run("ingest", in.toString(), "--db", db.toString(), "--json");
    assertThat(rerun.exit()).as(rerun.err()).isZero();
    assertThat(countOrZero(db, "SELECT COUNT(*) FROM articles")).isEqualTo(files);
    assertThat(countOrZero(db, "SELECT COUNT(DISTINCT article_id) FROM passages")).isEqualTo(files);
    assertSound(db, "after the rerun");
  }

  /**
   * {@code analyze} stores articles and dossiers a batch at a time: killed at random points (while
   * reading, while assigning stories, while writing dossiers), it leaves whole articles, and a
   * re-run completes the store with every article, membership and story once.
   */
  @Test
  void analyzeKilledAtRandomPointsLosesAndDuplicatesNothing() throws Exception {
    int files = 1500;
    Path in = Files.createDirectories(dir.resolve("analyze-in"));
    java.util.Random words = new java.util.Random(23);
    String[] syllables = {"ka", "lo", "mi", "ren", "tor", "va", "shi", "den", "pra", "gul", "bel"};
    for (int i = 0; i < files; i++) {
      StringBuilder text = new StringBuilder("Dispatch " + i + ":");
      for (int w = 0; w < 20; w++) {
        text.append(' ');
        for (int k = 0; k < 4; k++) {
          text.append(syllables[words.nextInt(syllables.length)]);
        }
      }
      Files.writeString(in.resolve(String.format("d-%05d.txt", i)), text + ".\n");
    }
    Path db = dir.resolve("analyze.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        List.of(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "analyze",
            "--no-annotate",
            in.toString(),
            "--db",
            db.toString(),
            "-q",
            "-o",
            dir.resolve("d.md").toString());
    java.util.Random random = new java.util.Random(29);
    int kills = 0;
    for (int round = 0; kills < 8; round++) {
      assertThat(round).as("rounds needed for 8 kills").isLessThan(24);
      Process child =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("analyze-child.log").toFile())
              .start();
      Thread.sleep(1_000 + random.nextInt(8_000));
      if (child.isAlive()) {
        child.destroyForcibly();
        kills++;
      }
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertSound(db, "after analyze round " + round);
    }
    Cli rerun =
        Cli.run("analyze", "--no-annotate", in.toString(), "--db", db.toString(), "-q", "--json");
    assertThat(rerun.exit()).as(rerun.err()).isZero();
    assertThat(countOrZero(db, "SELECT COUNT(*) FROM articles")).isEqualTo(files);
    assertThat(countOrZero(db, "SELECT COUNT(*) FROM memberships")).isEqualTo(files);
    assertThat(countOrZero(db, "SELECT COUNT(DISTINCT article_id) FROM memberships"))
        .isEqualTo(files);
    assertThat(countOrZero(db, "SELECT SUM(articles) FROM stories")).isEqualTo(files);
    assertThat(
            countOrZero(
                db,
                "SELECT COUNT(*) FROM (SELECT DISTINCT story_id FROM memberships) m WHERE NOT"
                    + " EXISTS (SELECT 1 FROM stories s WHERE s.id = m.story_id)"))
        .as("stories without a dossier")
        .isZero();
    assertSound(db, "after the analyze rerun");
  }

  /** The store is intact: no article without its passages, no passage without its article. */
  private static void assertSound(Path db, String when) throws Exception {
    if (!Files.exists(db)) {
      return;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.createStatement().execute("PRAGMA busy_timeout=5000");
      assertThat(single(c, "PRAGMA integrity_check")).as(when).isEqualTo("ok");
      if (countOrZero(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'passages'") == 0) {
        return; // killed before the schema was made
      }
      assertThat(
              single(
                  c,
                  "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE"
                      + " p.article_id = a.id)"))
          .as("articles stored without their passages, %s", when)
          .isEqualTo("0");
      assertThat(
              single(
                  c,
                  "SELECT COUNT(*) FROM passages p WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE"
                      + " a.id = p.article_id)"))
          .as("passages without their article, %s", when)
          .isEqualTo("0");
    }
  }

  private static long countOrZero(Path db, String sql) throws Exception {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.createStatement().execute("PRAGMA busy_timeout=5000");
      try (ResultSet rs = c.createStatement().executeQuery(sql)) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (java.sql.SQLException e) {
      // The schema may not exist yet in the first milliseconds of the child's life.
      return 0;
    }
  }

  private static String single(Connection c, String sql) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
