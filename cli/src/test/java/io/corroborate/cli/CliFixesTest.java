package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.extract.ClaimKind;
import io.corroborate.model.ModelJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a user of the command line met: strict runs, error reasons, option case, extract. */
class CliFixesTest {
  @TempDir Path dir;

  /** Four reports; the third is binary junk, which strict mode stops at. */
  private Path folderWhoseThirdFileIsBad() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("01.txt"),
        "Engineers opened two gates of the Kaldor Dam at dawn, officials said.");
    Files.writeString(
        in.resolve("02.txt"), "About 3,000 people left their homes near the Kaldor Dam on Monday.");
    byte[] junk = new byte[2000];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 7 == 0 ? 0 : i);
    }
    Files.write(in.resolve("03.txt"), junk);
    Files.writeString(in.resolve("04.txt"), "The water authority said the gates would stay open.");
    return in;
  }

  private Path storeWithOneArticle() throws Exception {
    Path before = dir.resolve("before.txt");
    Files.writeString(before, "Rain fell on the Kaldor valley for a third day, forecasters said.");
    Path db = dir.resolve("news.db");
    assertThat(Cli.run("ingest", before.toString(), "--db", db.toString()).exit()).isZero();
    return db;
  }

  /** What a store holds, as its listing commands print it. */
  private static String contents(Path db) {
    return Cli.run("articles", "--json", "--db", db.toString()).out()
        + Cli.run("articles", "--rejected", "--json", "--db", db.toString()).out()
        + Cli.run("stories", "--json", "--db", db.toString()).out();
  }

  @Test
  void strictIngestStoppedAtTheThirdFileLeavesTheStoreAsItWasBeforeTheRun() throws Exception {
    Path in = folderWhoseThirdFileIsBad();
    Path db = storeWithOneArticle();
    String before = contents(db);
    Cli r = Cli.run("ingest", "--strict", in.toString(), "--db", db.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.IO_OR_STORE);
    assertThat(r.err()).contains("03.txt").contains("binary");
    assertThat(contents(db)).isEqualTo(before);
    assertThat(before).contains("before.txt").doesNotContain("01.txt");
  }

  @Test
  void strictAnalyzeStoppedAtTheThirdFileLeavesTheStoreAsItWasBeforeTheRun() throws Exception {
    Path in = folderWhoseThirdFileIsBad();
    Path db = storeWithOneArticle();
    assertThat(
            Cli.run(
                    "analyze",
                    "--no-annotate",
                    "-q",
                    db.getParent().resolve("before.txt").toString(),
                    "--db",
                    db.toString())
                .exit())
        .isZero();
    String before = contents(db);
    Cli r = Cli.run("analyze", "--strict", "--no-annotate", in.toString(), "--db", db.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.IO_OR_STORE);
    assertThat(contents(db)).isEqualTo(before);
    assertThat(before).contains("before.txt");
  }

  @Test
  void aStrictRunWithNoBadInputKeepsEverything() throws Exception {
    Path in = folderWhoseThirdFileIsBad();
    Files.delete(in.resolve("03.txt"));
    Path db = storeWithOneArticle();
    Cli r = Cli.run("ingest", "--strict", in.toString(), "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Cli.run("articles", "--json", "--db", db.toString()).out().lines()).hasSize(4);
  }

  @Test
  void kindsAreTakenInTheLowerCaseTheTablePrintsThem() {
    CommandLine cl = Main.commandLine();
    cl.parseArgs("claims", "--kind", "numeric", "in.txt");
    ClaimsCommand claims = cl.getSubcommands().get("claims").getCommand();
    assertThat(claims.kind).isEqualTo(ClaimKind.NUMERIC);
    cl = Main.commandLine();
    cl.parseArgs("claims", "--kind", "Event", "in.txt");
    assertThat(cl.getSubcommands().get("claims").<ClaimsCommand>getCommand().kind)
        .isEqualTo(ClaimKind.EVENT);
    assertThat(Cli.run("claims", "--help").out()).contains("numeric, event");
  }

  @Test
  void anOutputIntoAMissingFolderSaysWhichFolderIsMissing() throws Exception {
    Path in = dir.resolve("a.txt");
    Files.writeString(in, "Engineers opened two gates of the Kaldor Dam at dawn.");
    Path out = dir.resolve("reports/2031/d.md");
    Cli r =
        Cli.run(
            "analyze", "--no-store", "--no-annotate", "-q", "-o", out.toString(), in.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.IO_OR_STORE);
    assertThat(r.err())
        .isEqualTo(
            "corroborate: "
                + out
                + ": the folder "
                + dir.resolve("reports")
                + " does not exist"
                + System.lineSeparator());
  }

  @Test
  void anOutputThatIsAFolderSaysSo() throws Exception {
    Path in = dir.resolve("a.txt");
    Files.writeString(in, "Engineers opened two gates of the Kaldor Dam at dawn.");
    Path out = Files.createDirectories(dir.resolve("d.md"));
    Cli r =
        Cli.run(
            "analyze", "--no-store", "--no-annotate", "-q", "-o", out.toString(), in.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.IO_OR_STORE);
    assertThat(r.err())
        .isEqualTo("corroborate: " + out + ": is a directory" + System.lineSeparator());
  }

  @Test
  void aWrongOutputIsRefusedBeforeTheRunSoNothingIsStoredOrLost() throws Exception {
    Path in = dir.resolve("a.txt");
    Files.writeString(in, "Engineers opened two gates of the Kaldor Dam at dawn.");
    Path db = dir.resolve("never.db");
    Path folder = Files.createDirectories(dir.resolve("out"));
    Cli r =
        Cli.run(
            "analyze",
            "--no-annotate",
            "-q",
            "--db",
            db.toString(),
            "-o",
            folder.toString(),
            in.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.IO_OR_STORE);
    assertThat(r.err())
        .isEqualTo("corroborate: " + folder + ": is a directory" + System.lineSeparator());
    assertThat(db).as("no store was opened for a run that could not write").doesNotExist();
    Cli format =
        Cli.run(
            "analyze",
            "--no-annotate",
            "-q",
            "--db",
            db.toString(),
            "-o",
            dir.resolve("d.docx").toString(),
            in.toString());
    assertThat(format.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(format.err()).contains("unknown dossier format");
    assertThat(db).doesNotExist();
  }

  @Test
  void aFileErrorNamesItsReasonNotOnlyItsPath() {
    assertThat(FileErrors.describe(new AccessDeniedException("/srv/out/d.md")))
        .isEqualTo("/srv/out/d.md: permission denied");
    assertThat(FileErrors.describe(new java.io.IOException("disk full"))).isEqualTo("disk full");
  }

  @Test
  void extractOnAFolderPrintsEachArticleUnderItsOwnHeader() throws Exception {
    Path in = folderWhoseThirdFileIsBad();
    Files.delete(in.resolve("03.txt"));
    Cli r = Cli.run("extract", in.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> headers = r.out().lines().filter(l -> l.startsWith("==> ")).toList();
    assertThat(headers)
        .containsExactly(
            "==> " + in.resolve("01.txt") + " <==",
            "==> " + in.resolve("02.txt") + " <==",
            "==> " + in.resolve("04.txt") + " <==");
    String second = r.out().split("==> ")[2];
    assertThat(second).contains("About 3,000 people").doesNotContain("Engineers");
    Cli json =
        Cli.run(
            "extract", "--json", in.resolve("01.txt").toString(), in.resolve("04.txt").toString());
    List<JsonNode> lines = new ArrayList<>();
    for (String l : json.out().lines().toList()) {
      lines.add(ModelJson.mapper().readTree(l));
    }
    assertThat(lines)
        .extracting(n -> n.get("text").asText())
        .containsExactly(
            "Engineers opened two gates of the Kaldor Dam at dawn, officials said.",
            "The water authority said the gates would stay open.");
  }

  @Test
  void ingestLimitsAreOptionsAndWhatReachesOneIsRejectedWithItsReason() throws Exception {
    Path in = dir.resolve("long.txt");
    Files.writeString(in, "A line of a report.\n".repeat(12));
    Cli r =
        Cli.run(
            "ingest", "--max-lines", "10", in.toString(), "--db", dir.resolve("n.db").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.SOME_REJECTED);
    assertThat(r.err()).contains("long.txt").contains("10");
    Cli zero = Cli.run("ingest", "--max-records", "0", in.toString(), "--no-store");
    assertThat(zero.exit()).isEqualTo(ExitCodes.USAGE);
    Cli bad =
        Cli.run(
            "ingest", "--max-records", "0", in.toString(), "--db", dir.resolve("m.db").toString());
    assertThat(bad.err()).contains("--max-records must be at least 1, got 0");
    assertThat(dir.resolve("m.db")).doesNotExist();
  }

  /** A second process, so that the store's url can come from the environment as a user sets it. */
  @Test
  void noPasswordIsPrintedInHelpErrorsOrLogsWhenTheStoreComesFromTheEnvironment() throws Exception {
    String url = "postgresql://ann:hunter2@127.0.0.1:1/newsroom?password=hunter2";
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (List<String> args :
        List.of(List.of("serve", "--help"), List.of("dossier", "--help"), List.of("stories"))) {
      List<String> command =
          new ArrayList<>(
              List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
      command.addAll(args);
      Path log = dir.resolve("child.log");
      ProcessBuilder pb =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().put("CORROBORATE_DB", url);
      Process p = pb.start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String printed = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(printed).as(String.join(" ", args)).isNotBlank().doesNotContain("hunter2");
      if (args.get(0).equals("stories")) {
        assertThat(p.exitValue()).isEqualTo(ExitCodes.IO_OR_STORE);
        assertThat(printed).contains("127.0.0.1:1/newsroom");
      }
    }
  }
}
