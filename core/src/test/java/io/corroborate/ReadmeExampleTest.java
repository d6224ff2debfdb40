package io.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.testkit.Repo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java example, as written there (imports included), compiles against the library and
 * runs: the example story gives a dossier with findings, and claims.
 */
class ReadmeExampleTest {
  @TempDir Path dir;

  @Test
  void theReadmeJavaExampleCompilesRunsAndGivesFindingsAndClaims() throws Exception {
    String readme = Files.readString(Repo.root().resolve("README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("the README has a ```java example").isTrue();
    List<String> imports = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (String line : m.group(1).split("\n", -1)) {
      if (line.startsWith("import ")) {
        imports.add(line);
      } else {
        body.append("    ").append(line).append('\n');
      }
    }
    // The example names the examples folder from the repository's root, as a user runs it.
    String examples = Repo.root().resolve("examples").toString().replace("\\", "\\\\");
    String source =
        String.join("\n", imports)
            + "\n\npublic final class ReadmeExample {\n  public static void main(String[] args) {\n"
            + body.toString().replace("\"examples/", "\"" + examples + "/")
            + "  }\n}\n";
    Path file = dir.resolve("ReadmeExample.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK's compiler").isNotNull();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc =
        javac.run(
            null,
            null,
            errors,
            "-d",
            dir.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            file.toString());
    assertThat(rc).as(errors.toString(StandardCharsets.UTF_8) + "\n" + source).isZero();

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass("ReadmeExample").getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(out);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("## Findings").contains("### ");
    Matcher claims = Pattern.compile("(?m)^(\\d+) claims$").matcher(text);
    assertThat(claims.find()).as(text).isTrue();
    assertThat(Integer.parseInt(claims.group(1))).isPositive();
  }
}
