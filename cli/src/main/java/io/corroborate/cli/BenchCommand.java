package io.corroborate.cli;

import io.corroborate.bench.Bench;
import io.corroborate.bench.BenchOptions;
import io.corroborate.bench.BenchResult;
import io.corroborate.bench.BenchStage;
import io.corroborate.bench.BenchStages;
import io.corroborate.model.ModelJson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corroborate bench}: measures a stage's throughput and peak memory. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = {
      io.corroborate.bench.serve.ServeBench.class,
      io.corroborate.bench.scale.ScaleBench.class
    },
    description = {
      "Measure a stage's throughput and peak memory on a corpus.",
      "Warm-up, then timed repetitions at each thread count; prints median and spread of items/s and the peak heap,",
      "then one 'figure bench.<stage> <name> <value>' line per figure."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "STAGE",
      description = "The stage (see --list).")
  String stage;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "CORPUS",
      description = "The corpus: directories or files, read as one (analyze takes several).")
  List<Path> corpus = new java.util.ArrayList<>();

  @Option(
      names = "--generated",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "analyze: add N made-up articles, 20 a story, whose median length is the corpus's"
              + " (default: ${DEFAULT-VALUE}).")
  int generated;

  @Option(
      names = "--threads",
      split = ",",
      defaultValue = "1,2",
      description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
  List<Integer> threads;

  @Option(
      names = "--warmup",
      defaultValue = "2",
      description = "Untimed repetitions first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--reps",
      defaultValue = "5",
      description = "Timed repetitions (default: ${DEFAULT-VALUE}).")
  int reps;

  @Option(names = "--list", description = "List the stages.")
  boolean list;

  @Option(names = "--json", description = "Print the results as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (list || stage == null) {
      BenchStages.all().forEach(s -> out.printf("%-18s %s%n", s.name(), s.description()));
      out.printf(
          "%-18s %s%n", "serve", "the HTTP server's requests/s and latency (bench serve -h)");
      out.printf(
          "%-18s %s%n",
          "analyze-scale",
          "time per article as one store grows to many articles (bench analyze-scale -h)");
      out.flush();
      return list ? ExitCodes.OK : ExitCodes.USAGE;
    }
    BenchStage s = BenchStages.expect(stage.toLowerCase(java.util.Locale.ROOT));
    if (corpus.isEmpty() && generated == 0) {
      throw new IllegalArgumentException("bench " + stage + " needs a corpus path");
    }
    for (Path p : corpus) {
      if (!Files.exists(p)) {
        throw new java.nio.file.NoSuchFileException(p + " (corpus for bench " + stage + ")");
      }
    }
    List<BenchResult> results =
        Bench.run(s, corpus, generated, new BenchOptions(threads, warmup, reps));
    if (json) {
      out.println(ModelJson.writePretty(results));
    } else {
      out.printf(
          "bench %s on %s: %d %s per repetition, %d warm-up + %d timed repetitions, %d cores%n",
          s.name(),
          corpus.isEmpty()
              ? "made-up articles"
              : corpus.stream()
                      .map(Path::toString)
                      .collect(java.util.stream.Collectors.joining(", "))
                  + (generated > 0 ? " and made-up articles" : ""),
          results.get(0).items(),
          s.unit(),
          warmup,
          reps,
          Runtime.getRuntime().availableProcessors());
      s.corpusSummary().ifPresent(c -> out.println("  corpus: " + c));
      for (BenchResult r : results) {
        out.printf(
            Locale.ROOT,
            "  %d thread(s): median %.1f %s/s, spread %.1f%%, peak heap %.0f MB%n",
            r.threads(),
            r.median(),
            r.unit(),
            r.spread() * 100,
            r.peakHeapBytes() / 1e6);
      }
      out.println();
      for (BenchResult r : results) {
        String suite = "bench." + r.stage();
        out.printf(
            Locale.ROOT, "figure %s %s_per_s_t%d %.2f%n", suite, r.unit(), r.threads(), r.median());
        out.printf(Locale.ROOT, "figure %s spread_t%d %.4f%n", suite, r.threads(), r.spread());
        out.printf(
            Locale.ROOT,
            "figure %s peak_heap_mb_t%d %.0f%n",
            suite,
            r.threads(),
            r.peakHeapBytes() / 1e6);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
