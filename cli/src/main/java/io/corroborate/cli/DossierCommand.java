package io.corroborate.cli;

import io.corroborate.dossier.Dossier;
import io.corroborate.dossier.DossierRenderer;
import io.corroborate.model.ModelJson;
import io.corroborate.store.Store;
import io.corroborate.store.StorySummary;
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

@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    description =
        "Write a stored story's dossier: Markdown to standard output, or -o a .md, .html, .json, .csv or .jsonld file, or name a --format.")
final class DossierCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "STORY",
      description = "The story's id, or a unique prefix of it (see: corroborate stories).")
  String id;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the dossier here instead of standard output; the extension names the format (.md, .html, .json, .csv, .jsonld for ClaimReview) unless --format does.")
  String output;

  @Option(names = "--json", description = "Write the dossier to standard output as JSON.")
  boolean json;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "markdown, html, json, csv (one row per claim behind each finding) or claimreview (schema.org ClaimReview JSON-LD, one per finding).")
  String format;

  @Option(
      names = "--reviewer",
      paramLabel = "NAME",
      description = "With claimreview: who reviews (the reviews' author); default: the tool.")
  String reviewer;

  @Option(
      names = "--review-url",
      paramLabel = "URL",
      description =
          "With claimreview: the page the dossier is published on; each review's url is it with the finding's anchor.")
  String reviewUrl;

  @Mixin StoreOption store;

  @Override
  public Integer call() throws IOException {
    DossierRenderer renderer = Output.dossierRenderer(format, output, json, reviewer, reviewUrl);
    Dossier d;
    try (Store s = store.openExisting()) {
      String storyId = resolve(s.stories(), id, s.name());
      d = ModelJson.read(s.dossierJson(storyId).orElseThrow(), Dossier.class);
    }
    if (output != null) {
      Files.writeString(Path.of(output), renderer.render(d), StandardCharsets.UTF_8);
      spec.commandLine().getErr().println("wrote " + output);
      spec.commandLine().getErr().flush();
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(renderer.render(d));
      out.flush();
    }
    return ExitCodes.OK;
  }

  /** The one story whose id is or starts with {@code id}; a clear error otherwise. */
  static String resolve(List<StorySummary> stories, String id, String db) {
    List<StorySummary> found = stories.stream().filter(s -> s.id().startsWith(id)).toList();
    if (found.stream().anyMatch(s -> s.id().equals(id))) {
      return id;
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException(
          "no story with id " + id + " in " + db + "; list them with: corroborate stories");
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException(
          "story id prefix " + id + " matches " + found.size() + " stories; give more of it");
    }
    return found.get(0).id();
  }
}
