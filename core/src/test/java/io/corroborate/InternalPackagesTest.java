package io.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An {@code internal} package holds helpers that nothing outside its owner may use: {@code
 * io.corroborate.x.internal} belongs to {@code io.corroborate.x} and its sub-packages, and {@code
 * io.corroborate.internal} to the core module. The test reads every module's main sources.
 */
class InternalPackagesTest {
  private static final Pattern IMPORT =
      Pattern.compile(
          "(?m)^import\\s+(?:static\\s+)?(io\\.corroborate(?:\\.[a-z0-9_]+)*?)\\.internal\\.");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");

  @Test
  void noSourceOutsideItsOwnerImportsAnInternalPackage() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path m : modules.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).toList()) {
        try (Stream<Path> files = Files.walk(m.resolve("src/main/java"))) {
          files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
        }
      }
    }
    assertThat(sources).as("main sources of every module under " + root).hasSizeGreaterThan(100);
    List<String> outside = new ArrayList<>();
    for (Path f : sources) {
      String text = Files.readString(f);
      Matcher p = PACKAGE.matcher(text);
      String pkg = p.find() ? p.group(1) : "";
      boolean core = root.relativize(f).startsWith("core");
      Matcher m = IMPORT.matcher(text);
      while (m.find()) {
        String owner = m.group(1);
        boolean allowed =
            owner.equals("io.corroborate")
                ? core
                : pkg.equals(owner) || pkg.startsWith(owner + ".");
        if (!allowed) {
          outside.add(root.relativize(f) + " imports " + owner + ".internal");
        }
      }
    }
    assertThat(outside).as("imports of internal packages from outside their owner").isEmpty();
  }

  @Test
  void theRuleSeesAnOutsideImport() {
    Matcher m =
        IMPORT.matcher("package io.corroborate.cli;\nimport io.corroborate.link.internal.Keys;\n");
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("io.corroborate.link");
  }
}
