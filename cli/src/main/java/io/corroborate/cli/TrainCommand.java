package io.corroborate.cli;

import io.corroborate.eval.attribution.AttributionTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corroborate train}: rebuilds a learned model shipped in the jar from its public data. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild a shipped model from its public training data.",
      "'train attribution <polnear>' trains the attribution tagger on PolNeAR's train split (deterministic: same data, same model) and writes the model with a properties file recording the data's SHA-256."
    })
final class TrainCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "What to train: attribution.")
  String model;

  @Parameters(
      index = "1",
      paramLabel = "DATA",
      description = "The training data's directory (a PolNeAR checkout or its data/train).")
  Path data;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "Where to write the model and its properties (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "2",
      description = "Threads annotating the articles (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws IOException {
    PrintWriter w = spec.commandLine().getOut();
    if (!model.equals("attribution")) {
      throw new IllegalArgumentException("unknown model '" + model + "'; known: attribution");
    }
    if (!Files.exists(data)) {
      throw new java.nio.file.NoSuchFileException(data + " (training data is absent)");
    }
    AttributionTrainer.Options defaults = AttributionTrainer.Options.defaults();
    long t0 = System.nanoTime();
    AttributionTrainer.Result r =
        new AttributionTrainer(
                new AttributionTrainer.Options(
                    defaults.epochs(), defaults.minCount(), defaults.seed(), threads))
            .train(data, out);
    w.printf(
        "trained on %d articles (%d tokens) in %.0f s%nmodel %s%ninfo %s%ndata sha256 %s%n",
        r.articles(),
        r.tokens(),
        (System.nanoTime() - t0) / 1e9,
        r.model(),
        r.info(),
        r.checksum());
    w.flush();
    return ExitCodes.OK;
  }
}
