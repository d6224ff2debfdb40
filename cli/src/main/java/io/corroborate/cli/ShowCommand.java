package io.corroborate.cli;

import io.corroborate.model.Article;
import io.corroborate.model.FieldSource;
import io.corroborate.model.ModelJson;
import io.corroborate.model.RemovedPassage;
import io.corroborate.store.Store;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate show}: one stored article with its metadata evidence, text and removed
 * passages.
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show one stored article: metadata with its evidence, then its text.")
final class ShowCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The article's id, or a unique prefix of it.")
  String id;

  @Option(
      names = "--removed",
      description = "Also list the passages removed as junk, with their role and reason.")
  boolean removed;

  @Option(names = "--json", description = "Print the whole article as JSON.")
  boolean json;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Article a;
    try (Store s = store.openExisting()) {
      List<Article> found = s.articlesByIdPrefix(id);
      if (found.isEmpty()) {
        throw new IllegalArgumentException("no article with id " + id + " in " + s.name());
      }
      if (found.size() > 1) {
        throw new IllegalArgumentException(
            "id prefix " + id + " matches " + found.size() + " articles; give more of it");
      }
      a = found.get(0);
    }
    if (json) {
      out.println(ModelJson.writePretty(a));
      out.flush();
      return ExitCodes.OK;
    }
    out.println("id:        " + a.id());
    out.println(
        "input:     "
            + a.origin().where()
            + " ("
            + a.origin().format().name().toLowerCase(java.util.Locale.ROOT)
            + ")");
    out.println("outlet:    " + a.outlet());
    out.println("title:     " + a.title().orElse("(untitled)"));
    out.println("authors:   " + (a.authors().isEmpty() ? "-" : String.join(", ", a.authors())));
    out.println("published: " + a.published().map(Object::toString).orElse("-"));
    out.println("updated:   " + a.updated().map(Object::toString).orElse("-"));
    out.println("language:  " + a.language());
    a.url().ifPresent(u -> out.println("url:       " + u));
    out.println();
    out.println("evidence:");
    for (FieldSource f : a.provenance()) {
      out.println("  " + f.field() + " = " + Output.clip(f.value(), 60) + "  <- " + f.source());
    }
    out.println();
    out.println(a.text());
    if (removed) {
      out.println();
      out.println("removed (" + a.removed().size() + "):");
      for (RemovedPassage r : a.removed()) {
        out.println(
            "  ["
                + r.role().name().toLowerCase(java.util.Locale.ROOT)
                + " "
                + String.format(java.util.Locale.ROOT, "%.2f", r.confidence())
                + "] "
                + Output.clip(r.text(), 100)
                + "  ("
                + r.reason()
                + ")");
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
