package io.corroborate.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The job's command line: {@code [--annotate plain|corenlp] [--partitions N] [--master URL]
 * <input>... <output-dir>}. Inputs are paths or globs on any Hadoop file system (comma-joined for
 * Spark); the last argument is the output directory.
 *
 * <pre>{@code
 * JobOptions o = JobOptions.parse(new String[] {"--annotate", "plain", "s3a://b/cc-news/*.warc.gz", "out"});
 * }</pre>
 *
 * @param partitions the least number of input partitions; 0 lets Spark choose
 * @param master a Spark master for running without spark-submit, e.g. {@code local[*]}
 */
public record JobOptions(
    List<String> inputs, String output, LayerKind layer, int partitions, Optional<String> master) {
  public static final String USAGE =
      "usage: SparkJob [--annotate plain|corenlp] [--partitions N] [--master URL] <input>..."
          + " <output-dir>";

  public JobOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(master, "master");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input given; " + USAGE);
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be >= 0, got " + partitions);
    }
  }

  /** Reads the command line; a bad one throws with the usage line. */
  public static JobOptions parse(String[] args) {
    LayerKind layer = LayerKind.PLAIN;
    int partitions = 0;
    Optional<String> master = Optional.empty();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--annotate" -> layer = LayerKind.parse(value(args, ++i, a));
        case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
        case "--master" -> master = Optional.of(value(args, ++i, a));
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
          }
          positional.add(a);
        }
      }
    }
    if (positional.size() < 2) {
      throw new IllegalArgumentException("need at least one input and an output dir; " + USAGE);
    }
    return new JobOptions(
        positional.subList(0, positional.size() - 1),
        positional.get(positional.size() - 1),
        layer,
        partitions,
        master);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value; " + USAGE);
    }
    return args[i];
  }
}
