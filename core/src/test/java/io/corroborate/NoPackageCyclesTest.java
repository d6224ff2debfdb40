package io.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two packages of the product import each other, directly or round a longer loop, so each
 * package can be read after the ones it uses. The test reads the import lines of every module's
 * main sources (a type of the same package needs none) and looks for strongly connected groups of
 * packages.
 */
class NoPackageCyclesTest {
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import\\s+(?:static\\s+)?(io\\.corroborate(?:\\.[a-z0-9_]+)*)\\.[A-Z]");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");

  @Test
  void noPackageOfAnyModuleIsPartOfAnImportLoop() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    Map<String, Set<String>> imports = new TreeMap<>();
    int files = 0;
    try (Stream<Path> modules = Files.list(root)) {
      for (Path m : modules.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).toList()) {
        try (Stream<Path> sources = Files.walk(m.resolve("src/main/java"))) {
          for (Path f : sources.filter(s -> s.toString().endsWith(".java")).toList()) {
            files++;
            String text = Files.readString(f);
            Matcher p = PACKAGE.matcher(text);
            String pkg = p.find() ? p.group(1) : "";
            Set<String> used = imports.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher i = IMPORT.matcher(text);
            while (i.find()) {
              if (!i.group(1).equals(pkg)) {
                used.add(i.group(1));
              }
            }
          }
        }
      }
    }
    assertThat(files).as("main sources of every module under " + root).isGreaterThan(100);
    assertThat(loops(imports)).as("groups of packages that import each other").isEmpty();
  }

  @Test
  void theSearchFindsALoopOfThreeAndNothingInALine() {
    Map<String, Set<String>> loop =
        Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
    assertThat(loops(loop)).containsExactly(List.of("a", "b", "c"));
    assertThat(loops(Map.of("a", Set.of("b"), "b", Set.of("c")))).isEmpty();
  }

  /** The strongly connected groups of more than one package, each sorted (Tarjan's search). */
  static List<List<String>> loops(Map<String, Set<String>> imports) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    List<List<String>> out = new ArrayList<>();
    for (String start : new TreeSet<>(imports.keySet())) {
      if (!index.containsKey(start)) {
        visit(start, imports, index, low, stack, onStack, out);
      }
    }
    return out;
  }

  private static void visit(
      String v,
      Map<String, Set<String>> imports,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<List<String>> out) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    onStack.add(v);
    for (String w : imports.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        visit(w, imports, index, low, stack, onStack, out);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      List<String> group = new ArrayList<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        group.add(w);
      } while (!w.equals(v));
      if (group.size() > 1) {
        out.add(group.stream().sorted().toList());
      }
    }
  }
}
