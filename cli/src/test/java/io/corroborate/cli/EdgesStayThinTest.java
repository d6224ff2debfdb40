package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server and the Spark job are libraries over the core: neither names the other, the CLI or the
 * benches, and the server parses no command line. Only the CLI composes them. Checked on the main
 * sources of each module, where an import or a fully qualified name would show.
 */
class EdgesStayThinTest {
  private static final Map<String, List<String>> FORBIDDEN =
      Map.of(
          "serve",
          List.of("io.corroborate.cli", "io.corroborate.spark", "io.corroborate.bench", "picocli"),
          "spark",
          List.of("io.corroborate.cli", "io.corroborate.serve", "io.corroborate.bench"),
          "core",
          List.of(
              "io.corroborate.cli",
              "io.corroborate.serve",
              "io.corroborate.spark",
              "io.corroborate.bench",
              "picocli",
              "io.javalin"));

  @Test
  void theServerAndTheSparkJobNeverNameAnotherEdge() throws IOException {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : FORBIDDEN.entrySet()) {
      Path main = Repo.root().resolve(e.getKey()).resolve("src/main/java");
      assertThat(main).isDirectory();
      try (Stream<Path> files = Files.walk(main)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String text = Files.readString(f);
          for (String name : e.getValue()) {
            if (text.contains(name + ".")) {
              found.add(Repo.root().relativize(f) + " names " + name);
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theServerModuleDependsOnNoOtherEdgeAndNoCommandLineParser() throws IOException {
    String pom = Files.readString(Repo.root().resolve("serve/pom.xml"));
    assertThat(pom)
        .doesNotContain("<artifactId>picocli</artifactId>")
        .doesNotContain("<artifactId>corroborate-cli</artifactId>")
        .doesNotContain("<artifactId>corroborate-spark</artifactId>");
    // The Spark job's tests take the bench's news generator, with the server excluded.
    String spark =
        Files.readString(Repo.root().resolve("spark/pom.xml"))
            .replaceAll("(?s)<exclusions>.*?</exclusions>", "");
    assertThat(spark)
        .doesNotContain("<artifactId>corroborate-cli</artifactId>")
        .doesNotContain("<artifactId>corroborate-serve</artifactId>");
  }
}
