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
    description =
        "Print the main text of a page or file (each article of a container), without storing it.")
final class ExtractCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT", description = "A file, or - for standard input.")
  String input;

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
    RunSummary run = c.run(List.of(input), new io.corroborate.RunListener() {});
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Article a : run.articles()) {
      if (json) {
        out.println(ModelJson.writePretty(a));
      } else if (roles) {
        printRoles(out, a);
      } else {
        a.title().ifPresent(out::println);
        a.title().ifPresent(t -> out.println());
        out.println(noCaptions ? a.textWithoutCaptions() : a.text());
      }
      if (run.articles().size() > 1) {
        out.println();
      }
    }
    run.rejections().forEach(r -> err.println("rejected " + r.describe()));
    out.flush();
    err.flush();
    return run.rejections().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
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
