package io.corroborate.cli;

import io.corroborate.dossier.CsvTables;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.store.Store;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corroborate articles}: lists the stored articles. */
@Command(
    name = "articles",
    mixinStandardHelpOptions = true,
    description = "List the articles in the store.")
final class ArticlesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print JSON Lines, one article's metadata per line.")
  boolean json;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "table (the default), json (as --json) or csv (one row per article, with a header).")
  String format;

  @Option(names = "--rejected", description = "List the rejected inputs kept in the store instead.")
  boolean rejected;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String shape = Output.format(format, json);
    try (Store s = store.openExisting()) {
      if (rejected) {
        boolean lines = shape.equals("json");
        s.rejections().forEach(r -> out.println(lines ? ModelJson.write(r) : r.describe()));
      } else {
        List<Article> all = s.articles();
        if (shape.equals("csv")) {
          out.print(CsvTables.articles(all));
        } else if (shape.equals("json")) {
          all.forEach(a -> out.println(ModelJson.write(summary(a))));
        } else {
          Output.articleTable(out, all);
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  static Map<String, Object> summary(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("outlet", a.outlet());
    a.title().ifPresent(t -> m.put("title", t));
    m.put("authors", a.authors());
    a.published().ifPresent(p -> m.put("published", p.toString()));
    a.updated().ifPresent(p -> m.put("updated", p.toString()));
    m.put("language", a.language());
    a.url().ifPresent(u -> m.put("url", u));
    m.put("origin", a.origin().where());
    m.put("format", a.origin().format().name().toLowerCase(java.util.Locale.ROOT));
    return m;
  }
}
