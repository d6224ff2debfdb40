package io.corroborate.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The job's command line: {@code [--annotate plain|corenlp] [--partitions N] [--master URL]
 * [--max-block N] [--window-days N] <input>... <output-dir>}. Inputs are paths or globs on any
 * Hadoop file system (comma-joined for Spark); the last argument is the output directory.
 *
 * <pre>{@code
 * JobOptions o = JobOptions.parse(new String[] {"--annotate", "plain", "s3a://b/cc-news/*.warc.gz", "out"});
 * }</pre>
 *
 * @param partitions the least number of input partitions; 0 lets Spark choose
 * @param master a Spark master for running without spark-submit, e.g. {@code local[*]}
 * @param blocking how stories are blocked; {@code --max-block} and {@code --window-days} set its
 *     block size cap and time window, {@code --whole-input} the most articles clustered whole
 */
public record JobOptions(
    List<String> inputs,
    String output,
    LayerKind layer,
    int partitions,
    Optional<String> master,
    Blocking.BlockingOptions blocking) {
  public static final String USAGE =
      "usage: SparkJob [--annotate plain|corenlp] [--partitions N] [--master URL]"
          + " [--max-block N] [--window-days N] [--whole-input N] <input>... <output-dir>";

  public JobOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(master, "master");
    Objects.requireNonNull(blocking, "blocking");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input given; " + USAGE);
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be >= 0, got " + partitions);
    }
  }

  /** The given inputs, output and layer with Spark's partitioning and the default blocking. */
  public static JobOptions of(List<String> inputs, String output, LayerKind layer) {
    return new JobOptions(
        inputs, output, layer, 0, Optional.empty(), Blocking.BlockingOptions.defaults());
  }

  public JobOptions withPartitions(int partitions) {
    return new JobOptions(inputs, output, layer, partitions, master, blocking);
  }

  public JobOptions withBlocking(Blocking.BlockingOptions blocking) {
    return new JobOptions(inputs, output, layer, partitions, master, blocking);
  }

  /** Reads the command line; a bad one throws with the usage line. */
  public static JobOptions parse(String[] args) {
    LayerKind layer = LayerKind.PLAIN;
    int partitions = 0;
    Optional<String> master = Optional.empty();
    Blocking.BlockingOptions blocking = Blocking.BlockingOptions.defaults();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--annotate" -> layer = LayerKind.parse(value(args, ++i, a));
        case "--partitions" -> partitions = number(value(args, ++i, a), a);
        case "--master" -> master = Optional.of(value(args, ++i, a));
        case "--max-block" -> blocking = blocking.withMaxBlock(number(value(args, ++i, a), a));
        case "--window-days" -> blocking = blocking.withWindowDays(number(value(args, ++i, a), a));
        case "--whole-input" -> blocking = blocking.withWholeInput(number(value(args, ++i, a), a));
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
        master,
        blocking);
  }

  private static int number(String value, String option) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a whole number, got '" + value + "'");
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value; " + USAGE);
    }
    return args[i];
  }
}
