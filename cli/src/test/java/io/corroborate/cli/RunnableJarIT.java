package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packed jar ({@code target/corroborate.jar}) the way the README does, {@code java -jar},
 * in a fresh JVM with nothing else on the class path. Runs after {@code package} (failsafe).
 */
class RunnableJarIT {
  @TempDir Path dir;

  static Path jar() {
    String prop = System.getProperty("corroborate.jar");
    Path jar =
        prop != null
            ? Path.of(prop)
            : Repo.root().resolve("cli").resolve("target").resolve("corroborate.jar");
    assertThat(jar).as("the build packs %s", jar).isRegularFile();
    return jar;
  }

  record Run(int code, String out, String err) {}

  private Run run(String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx3g", "-jar", jar().toString()));
    cmd.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("finished: %s", cmd).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void versionNamesTheVersionAndTheCommit() throws Exception {
    Run r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .matches(
            "(?s)corroborate \\d+\\.\\d+\\.\\d+\\S* \\((commit [0-9a-f]{7,}|commit unknown).*\\)\\s*");
  }

  @Test
  void theManifestNamesTheMainClassAndNoSignatureIsLeft() throws Exception {
    try (JarFile jar = new JarFile(jar().toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(Main.class.getName());
      assertThat(jar.stream().map(e -> e.getName()))
          .noneMatch(n -> n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"));
      // Providers of every jar are merged, not the last one's alone.
      String drivers =
          new String(
              jar.getInputStream(jar.getEntry("META-INF/services/java.sql.Driver")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(drivers).contains("org.sqlite.JDBC").contains("org.postgresql.Driver");
    }
  }

  @Test
  void analyzeHelpAndAPlainRunOnTheExamples() throws Exception {
    Run help = run("analyze", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Usage: corroborate analyze");
    Run r =
        run(
            "analyze",
            Repo.examples().resolve("kaldor-dam").toString(),
            "--no-annotate",
            "--db",
            dir.resolve("c.db").toString());
    assertThat(r.code()).as("stderr: %s", r.err()).isZero();
    assertThat(r.out() + r.err()).contains("Maradin Courier");
    assertThat(dir.resolve("c.db")).isRegularFile();
  }

  /** The language layer from the jar alone: CoreNLP's classes and the models it loads are in. */
  @Test
  @Tag("slow")
  void claimsRunTheJarsCoreNlpLayer() throws Exception {
    Run r =
        run(
            "claims",
            Repo.examples().resolve("kaldor-dam").resolve("lumenpost-2026-03-06.txt").toString(),
            "--no-store",
            "--format",
            "csv");
    assertThat(r.code()).as("stderr: %s", r.err()).isZero();
    assertThat(r.out()).startsWith("article,outlet,kind,");
    assertThat(r.out().lines().count()).isGreaterThan(2);
  }
}
