package io.corroborate.cli;

import picocli.CommandLine.Option;

/** The {@code -q/--quiet} option of the commands that print progress and rejections. */
final class QuietOption {
  @Option(
      names = {"-q", "--quiet"},
      description = "Print no progress and no rejections on standard error.")
  boolean quiet;

  /** Whether progress and rejections stay off standard error. */
  boolean on() {
    return quiet;
  }
}
