package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.testkit.BadInputs;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays bounded on big inputs: 200 MB files (JSON Lines and WARC with many small records and
 * one record over the 16 MiB limit, and one 200 MB text file) are read in a separate JVM whose heap
 * (96 MB) is far smaller than any of them. Loading a file whole, or holding the oversized record,
 * would end that JVM with an OutOfMemoryError.
 */
@Tag("slow")
class LargeInputTest {
  static final long TARGET = 200L << 20;
  static final int OVERSIZED = 20 << 20;

  @TempDir Path dir;

  @Test
  void twoHundredMegabyteFilesStreamInASmallHeap() throws Exception {
    long t0 = System.nanoTime();
    Written jsonl = writeJsonLines(dir.resolve("big.jsonl"));
    Written warc = writeWarc(dir.resolve("big.warc"));
    BadInputs.oversizedText(dir, TARGET);
    assertThat(Files.size(dir.resolve("big.jsonl"))).isGreaterThan(TARGET);
    assertThat(Files.size(dir.resolve("big.warc"))).isGreaterThan(TARGET);

    System.out.println("generated in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd =
        new ArrayList<>(List.of(java, "-Xmx96m", "-cp", cp, StreamProbe.class.getName()));
    cmd.add(dir.resolve("big.jsonl").toString());
    cmd.add(dir.resolve("big.warc").toString());
    cmd.add(dir.resolve("oversized.txt").toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    System.out.println(out);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out)
        .contains(
            "big.jsonl docs="
                + jsonl.records()
                + " rejected={TOO_LARGE@"
                + jsonl.oversizedAt()
                + "=1} ")
        .contains(
            "big.warc docs="
                + warc.records()
                + " rejected={TOO_LARGE@"
                + warc.oversizedAt()
                + "=1} ")
        .contains("oversized.txt docs=0 rejected={TOO_LARGE@0=1} ");
  }

  /** A generated file: how many good records it holds and where its oversized record starts. */
  record Written(int records, long oversizedAt) {}

  /** About 200 MB of ~1 KB news-please lines, with one 20 MB line in the middle. */
  private static Written writeJsonLines(Path p) throws IOException {
    String filler =
        "The harbour council met again and talked about the wall, the ferry and the bridge. "
            .repeat(11);
    long written = 0;
    long oversizedAt = -1;
    int lines = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
      while (written < TARGET) {
        if (oversizedAt < 0 && written > TARGET / 2) {
          oversizedAt = written;
          byte[] head = "{\"maintext\":\"".getBytes(StandardCharsets.US_ASCII);
          out.write(head);
          byte[] x = "x".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
          for (int i = 0; i < OVERSIZED >> 16; i++) {
            out.write(x);
          }
          out.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
          written += head.length + OVERSIZED + 3;
          continue;
        }
        byte[] line =
            ("{\"url\":\"https://ledger.example/"
                    + lines
                    + "\",\"title\":\"Story "
                    + lines
                    + "\",\"maintext\":\""
                    + filler
                    + lines
                    + "\",\"date_publish\":\"2025-02-19 10:15:00\",\"source_domain\":\"ledger.example\"}\n")
                .getBytes(StandardCharsets.US_ASCII);
        out.write(line);
        written += line.length;
        lines++;
      }
    }
    return new Written(lines, oversizedAt);
  }

  /** About 200 MB of ~2 KB response records, with one 20 MB record in the middle. */
  private static Written writeWarc(Path p) throws IOException {
    String sentence =
        "The ferry ran again on Tuesday after a week of storms kept it in the harbour. ".repeat(5);
    long written = 0;
    long oversizedAt = -1;
    int n = 0;
    int good = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
      while (written < TARGET) {
        byte[] rec;
        if (oversizedAt < 0 && written > TARGET / 2) {
          oversizedAt = written;
          rec =
              BadInputs.warcResponse(
                  n + 1,
                  "https://harbour.example/huge",
                  BadInputs.page("Huge", "y".repeat(OVERSIZED / 4)));
        } else {
          rec =
              BadInputs.warcResponse(
                  n + 1, "https://harbour.example/" + n, BadInputs.page("Story " + n, sentence));
          good++;
        }
        out.write(rec);
        written += rec.length;
        n++;
      }
    }
    return new Written(good, oversizedAt);
  }
}
