package io.corroborate.cli;

import io.corroborate.Corroborate;
import io.corroborate.RunSummary;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.model.Passage;
import io.corroborate.model.RemovedPassage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corroborate extract}: the main text of one page or file, without storing anything. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Print the main text of pages or files (each article of a container), without storing it.",
      "With several articles, each starts with a '==> WHERE <==' line naming its file (and record); --json then prints one JSON object per line."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files, directories, glob patterns, or - for standard input.")
  List<String> inputs;

  @Option(
      names = "--roles",
      description = "Print every passage, kept or removed, with its role and confidence.")
  boolean roles;

  @Option(
      names = "--no-captions",
      description = "Leave image captions out of the main text, as most extractors print it.")
  boolean noCaptions;

  @Option(
      names = "--json",
      description = "Print everything as JSON: metadata with evidence, passages, removed passages.")
  boolean json;

  @Mixin InputOptions inputOptions;

  @Override
  public Integer call() {
    Corroborate c = inputOptions.corroborate();
    RunSummary run = c.run(inputs, new io.corroborate.RunListener() {});
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean several = run.articles().size() > 1;
    for (int i = 0; i < run.articles().size(); i++) {
      Article a = run.articles().get(i);
      if (json) {
        // Several articles: JSON Lines, so that each can be read on its own.
        out.println(several ? ModelJson.write(a) : ModelJson.writePretty(a));
        continue;
      }
      if (several) {
        if (i > 0) {
          out.println();
        }
        out.println(header(a));
      }
      if (roles) {
        printRoles(out, a);
      } else {
        a.title().ifPresent(out::println);
        a.title().ifPresent(t -> out.println());
        out.println(noCaptions ? a.textWithoutCaptions() : a.text());
      }
    }
    run.rejections().forEach(r -> err.println("rejected " + r.describe()));
    out.flush();
    err.flush();
    return run.rejections().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
  }

  /** The line that opens one article's text when there are several, as head(1) does per file. */
  static String header(Article a) {
    return "==> " + a.origin().where() + " <==";
  }

  private static void printRoles(PrintWriter out, Article a) {
    List<Map.Entry<Integer, String>> lines = new ArrayList<>();
    for (Passage p : a.passages()) {
      lines.add(Map.entry(p.index(), line(p.role().name(), p.confidence(), a.textOf(p), "kept")));
    }
    for (RemovedPassage r : a.removed()) {
      lines.add(
          Map.entry(
              r.index(),
              line(r.role().name(), r.confidence(), r.text(), "removed: " + r.reason())));
    }
    lines.sort(Comparator.comparing(Map.Entry::getKey));
    lines.forEach(e -> out.println(e.getValue()));
  }

  private static String line(String role, double confidence, String text, String why) {
    return String.format(
        Locale.ROOT,
        "%-10s %.2f  %s  [%s]",
        role.toLowerCase(Locale.ROOT),
        confidence,
        Output.clip(text, 110),
        why);
  }
}
