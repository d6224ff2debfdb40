package io.corroborate.spark;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The {@code *.meta.json} sidecar files among the job's inputs, as the listing names them, so an
 * executor knows without asking the file system which files may have one. Which sidecar belongs to
 * which file is the core ingest's decision: {@link #candidates} only narrows the list to the
 * sidecars in the same directory whose name could match, and {@link FileRows} hands those to the
 * core beside the file.
 *
 * <pre>{@code
 * Sidecars s = Sidecars.of(List.of("hdfs:/in/x.meta.json"));
 * s.candidates("hdfs:/in/x.txt"); // [hdfs:/in/x.meta.json]
 * }</pre>
 */
public record Sidecars(SortedSet<String> paths) implements Serializable {
  /** How the core names a sidecar: {@code x.txt.meta.json} or {@code x.meta.json} for x.txt. */
  public static final String SUFFIX = ".meta.json";

  public Sidecars {
    paths = new TreeSet<>(paths);
  }

  public static Sidecars of(Collection<String> paths) {
    return new Sidecars(new TreeSet<>(paths));
  }

  public static Sidecars none() {
    return new Sidecars(new TreeSet<>());
  }

  public static boolean isSidecar(String path) {
    return path.endsWith(SUFFIX);
  }

  /**
   * The sidecars that could describe {@code file}: same directory, name starting with the file's
   * name up to its last dot and a dot ({@code x.} for {@code x.txt}), which covers both names the
   * core tries.
   */
  public List<String> candidates(String file) {
    int slash = file.lastIndexOf('/');
    String name = file.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    String prefix = file.substring(0, slash + 1) + (dot > 0 ? name.substring(0, dot) : name) + ".";
    return paths.subSet(prefix, prefix + Character.MAX_VALUE).stream()
        .filter(p -> p.indexOf('/', prefix.length()) < 0)
        .toList();
  }
}
