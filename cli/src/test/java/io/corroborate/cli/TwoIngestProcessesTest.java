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
 * Two real {@code ingest} processes started together on one new store: both finish with exit code 0
 * and every article of both is stored once (they used to race on the first migration, and one
 * exited 3 with "table articles already exists", its articles lost).
 */
@Tag("slow")
class TwoIngestProcessesTest {
  private static final int FILES_EACH = 250;
  private static final int SHARED = 50;
  private static final long WAIT_SECONDS = 240;

  @TempDir Path dir;

  private static void write(Path folder, String name, int n) throws Exception {
    Files.writeString(
        folder.resolve(name + ".txt"),
        " date 2031-03-"
            + String.format("%02d", 1 + n % 28)
            + " Report "
            + name
            + " from the Veldan valley: the river stood at "
            + (100 + n)
            + " centimetres above its mark.\n\nOfficials said the levee held through the night"
            + " of report "
            + name
            + ".\n");
  }

  @Test
  void twoIngestsIntoOneNewStoreBothFinishAndKeepEveryArticleOnce() throws Exception {
    List<Path> folders = new ArrayList<>();
    for (String side : List.of("left", "right")) {
      Path folder = Files.createDirectories(dir.resolve(side));
      for (int i = 0; i < FILES_EACH; i++) {
        write(folder, side + "-" + i, i);
      }
      for (int i = 0; i < SHARED; i++) {
        write(folder, "shared-" + i, i);
      }
      folders.add(folder);
    }
    Path db = dir.resolve("new.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> children = new ArrayList<>();
    for (Path folder : folders) {
      children.add(
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "ingest",
                  folder.toString(),
                  "--db",
                  db.toString(),
                  "-q")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve(folder.getFileName() + ".log").toFile())
              .start());
    }
    for (int i = 0; i < children.size(); i++) {
      Process child = children.get(i);
      assertThat(child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
      String log = Files.readString(dir.resolve(folders.get(i).getFileName() + ".log"));
      assertThat(child.exitValue()).as(log).isZero();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM articles")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(2 * FILES_EACH + SHARED);
    }
  }
}
