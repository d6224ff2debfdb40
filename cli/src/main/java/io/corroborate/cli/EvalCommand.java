package io.corroborate.cli;

import io.corroborate.eval.EvalReport;
import io.corroborate.eval.EvalSuite;
import io.corroborate.eval.EvalSuites;
import io.corroborate.eval.Figure;
import io.corroborate.model.ModelJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corroborate eval}: scores a stage on a public benchmark. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score a stage on a public benchmark.",
      "Prints each figure beside the published figure it is compared with and the data's checksum. Ends with one machine-readable line per figure: 'figure <suite> <name> <value>'."
    })
final class EvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SUITE",
      description = "The suite (see --list).")
  String suite;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "DATA",
      description = "The benchmark data's directory or file.")
  Path data;

  @Option(names = "--list", description = "List the suites.")
  boolean list;

  @Option(
      names = "--report",
      paramLabel = "DIR",
      description = "Write the suite's detailed reports here (eval dossier: one per story).")
  Path report;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (list || suite == null) {
      EvalSuites.all().forEach(s -> out.printf("%-18s %s%n", s.name(), s.description()));
      if (EvalSuites.all().isEmpty()) {
        out.println("(no suites yet)");
      }
      out.flush();
      return list ? ExitCodes.OK : ExitCodes.USAGE;
    }
    EvalSuite s = EvalSuites.expect(suite.toLowerCase(java.util.Locale.ROOT));
    if (report != null) {
      s = s.withReportDir(report);
    }
    if (data == null) {
      throw new IllegalArgumentException("eval " + suite + " needs the benchmark data's path");
    }
    if (!Files.exists(data)) {
      throw new java.nio.file.NoSuchFileException(
          data + " (benchmark data for eval " + suite + " is absent)");
    }
    EvalReport r = s.run(data);
    if (json) {
      out.println(ModelJson.writePretty(r));
    } else {
      out.printf(
          "eval %s on %s (%d items)%ndata sha256 %s%n%n",
          r.suite(), r.data(), r.items(), r.checksum());
      out.printf("%-50s %10s %10s  %s%n", "figure", "ours", "published", "by");
      for (Figure f : r.figures()) {
        out.printf(
            Locale.ROOT,
            "%-50s %10.4f %10s  %s%n",
            f.name(),
            f.value(),
            f.published().map(p -> String.format(Locale.ROOT, "%.4f", p)).orElse("-"),
            f.peer());
      }
      r.notes().forEach(n -> out.println("note: " + n));
      out.println();
      r.figures().forEach(f -> out.println(f.line()));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
