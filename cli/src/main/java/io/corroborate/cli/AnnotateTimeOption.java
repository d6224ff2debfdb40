package io.corroborate.cli;

import io.corroborate.pipeline.Annotate;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The {@code --max-annotate-seconds} limit of the commands that run the language layer: an article
 * whose annotation takes longer is rejected with that reason and the run goes on. The default is
 * the core's ({@link Annotate#DEFAULT_MAX_TIME}).
 */
final class AnnotateTimeOption {
  @Option(
      names = "--max-annotate-seconds",
      paramLabel = "S",
      description =
          "Give up annotating one article (the language layer) after this many seconds and reject"
              + " it (default: ${DEFAULT-VALUE}).")
  long seconds = Annotate.DEFAULT_MAX_TIME.toSeconds();

  /** The most time the language layer may take over one article. */
  Duration value() {
    if (seconds < 1) {
      throw new IllegalArgumentException(
          "--max-annotate-seconds must be at least 1, got " + seconds);
    }
    return Duration.ofSeconds(seconds);
  }
}
