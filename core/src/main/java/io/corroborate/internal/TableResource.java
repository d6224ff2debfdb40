package io.corroborate.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a small table shipped as a class-path resource: one row a line, columns split by a tab,
 * blank lines and lines starting with {@code #} skipped. A missing resource or a row with the wrong
 * number of columns fails with the resource's name and line.
 *
 * <pre>{@code List<String[]> rows = TableResource.rows(Owner.class, "table.tsv", 2);}</pre>
 */
public final class TableResource {
  private TableResource() {}

  /** The rows of {@code name} (relative to {@code owner}'s package), each of {@code columns}. */
  public static List<String[]> rows(Class<?> owner, String name, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "resource " + owner.getPackageName().replace('.', '/') + "/" + name + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", -1);
        if (parts.length != columns || parts[0].isBlank()) {
          throw new IllegalStateException(
              name + ":" + n + ": expected " + columns + " columns separated by tabs");
        }
        for (int i = 0; i < parts.length; i++) {
          parts[i] = parts[i].strip();
        }
        out.add(parts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
    return List.copyOf(out);
  }
}
