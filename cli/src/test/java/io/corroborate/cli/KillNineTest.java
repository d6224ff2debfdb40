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
 * Kills a real ingest process with SIGKILL halfway through and checks that the store is sound, that
 * no article is half-written, and that re-running completes the work without duplicates.
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
