package io.corroborate.cli;

import io.corroborate.ingest.IngestException;
import io.corroborate.store.StoreException;
import io.corroborate.store.jdbc.StoreUrls;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code corroborate} command. Errors are mapped to exit codes here and nowhere else: usage
 * errors 2, I/O and store errors 3 (see {@link ExitCodes}).
 */
@Command(
    name = "corroborate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Reads many outlets' reports of one developing story and writes a dossier of what they agree and disagree on.",
    subcommands = {
      AnalyzeCommand.class,
      StoriesCommand.class,
      DossierCommand.class,
      IngestCommand.class,
      WatchCommand.class,
      ArticlesCommand.class,
      ShowCommand.class,
      ExtractCommand.class,
      ClaimsCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      TrainCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  all good",
      "  1  some inputs were rejected (listed on stderr and kept in the store)",
      "  2  usage error",
      "  3  I/O or store error, or strict mode stopped at a bad input"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command, e.g. 'corroborate analyze examples/'");
  }

  /** The command line with its error mapping; tests call this instead of {@link #main}. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    // Output prints kinds and formats in lower case; the options take them as they are printed.
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          Throwable e = ex instanceof UncheckedIOException u ? u.getCause() : ex;
          if (e instanceof IOException io) {
            cmd.getErr().println("corroborate: " + StoreUrls.mask(FileErrors.describe(io)));
            return ExitCodes.IO_OR_STORE;
          }
          if (e instanceof StoreException || e instanceof IngestException) {
            cmd.getErr().println("corroborate: " + StoreUrls.mask(e.getMessage()));
            return ExitCodes.IO_OR_STORE;
          }
          if (e instanceof IllegalArgumentException
              || e instanceof java.util.NoSuchElementException) {
            cmd.getErr().println("corroborate: " + StoreUrls.mask(e.getMessage()));
            return ExitCodes.USAGE;
          }
          throw ex;
        });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
