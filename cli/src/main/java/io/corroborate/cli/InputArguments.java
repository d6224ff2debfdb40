package io.corroborate.cli;

import java.util.List;
import picocli.CommandLine.Parameters;

/** The INPUT arguments of the commands that read articles into the store: one or more. */
final class InputArguments {
  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Files, directories, glob patterns, http(s) addresses (pages, RSS/Atom feeds, sitemaps), @FILE for a list of them, or - for standard input.")
  List<String> inputs;

  List<String> list() {
    return inputs;
  }
}
