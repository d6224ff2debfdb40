package io.corroborate.cli;

import io.corroborate.Corroborate;
import io.corroborate.RunSummary;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.dossier.Dossier;
import io.corroborate.dossier.DossierRenderer;
import io.corroborate.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corroborate analyze}: reads articles, stores them and writes their dossier. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Read articles (files, directories, globs, or - for standard input), store them, and write a dossier.",
      "Formats: plain text, HTML, news-please JSON Lines, WARC/WARC.gz, RSS/Atom. Markdown goes to standard output unless -o names a .md, .html or .json file."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files, directories, glob patterns, or - for standard input.")
  List<String> inputs;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the dossier here (.md, .html or .json) instead of standard output.")
  String output;

  @Option(names = "--json", description = "Write the dossier to standard output as JSON.")
  boolean json;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "The dossier's title (default: the input's name).")
  String title;

  @Option(names = "--no-store", description = "Do not write the articles to the store.")
  boolean noStore;

  @Option(
      names = "--no-annotate",
      description =
          "Skip the language layer (entities, dates): much faster, but the dossier lists only the articles.")
  boolean noAnnotate;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print no progress and no rejections on standard error.")
  boolean quiet;

  @Mixin StoreOption store;
  @Mixin InputOptions inputOptions;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Recorder recorder;
    RunSummary run;
    Corroborate c;
    try (Store s = noStore ? null : store.open();
        Progress progress = new Progress(spec.commandLine().getErr(), quiet)) {
      Corroborate.Builder b = inputOptions.builder();
      if (!noAnnotate) {
        b.annotate(CoreNlpLayer.shared(), s != null ? s : AnnotationCache.none());
      }
      c = b.build();
      recorder = new Recorder(s, progress, false);
      run = c.run(inputs, recorder);
    }
    Dossier d = c.dossier(title != null ? title : defaultTitle(inputs), run);
    if (output != null) {
      Files.writeString(
          Path.of(output), DossierRenderer.forFile(output).render(d), StandardCharsets.UTF_8);
      if (!quiet) {
        err.println("wrote " + output);
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(DossierRenderer.forFile(json ? "dossier.json" : "dossier.md").render(d));
      out.flush();
    }
    if (!quiet) {
      Output.summary(
          err, run.inputs(), run.articles().size(), recorder.added(), run.rejections().size());
    }
    err.flush();
    return run.rejections().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
  }

  static String defaultTitle(List<String> inputs) {
    if (inputs.size() == 1 && !inputs.get(0).equals("-")) {
      Path p = Path.of(inputs.get(0)).toAbsolutePath().normalize().getFileName();
      return p == null ? inputs.get(0) : p.toString();
    }
    return inputs.size() + " inputs";
  }
}
