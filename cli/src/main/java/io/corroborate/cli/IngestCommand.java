package io.corroborate.cli;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.model.Rejection;
import io.corroborate.store.Store;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corroborate ingest}: adds articles to the store; re-running adds nothing twice. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Add articles to the store.",
      "An article already stored (same content) is not added again; rejected inputs are kept in the store with their reason."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, glob patterns, or - for standard input.")
  List<String> inputs;

  @Option(names = "--json", description = "Print the outcome as JSON: each article with added/already-stored, and the rejections.")
  boolean json;

  @Option(names = {"-q", "--quiet"}, description = "Print no progress and no rejections on standard error.")
  boolean quiet;

  @Mixin StoreOption store;
  @Mixin InputOptions inputOptions;

  @Override
  public Integer call() {
    Corroborate c = inputOptions.corroborate();
    List<Map<String, String>> outcomes = new ArrayList<>();
    int[] added = {0};
    RunSummary run;
    try (Store s = store.open();
        Progress progress = new Progress(spec.commandLine().getErr(), quiet || json)) {
      run =
          c.run(
              inputs,
              new RunListener() {
                @Override
                public void started(int n) {
                  progress.started(n);
                }

                @Override
                public void article(Article a) {
                  Store.Put put = s.put(a);
                  if (put == Store.Put.ADDED) {
                    added[0]++;
                  }
                  Map<String, String> m = new LinkedHashMap<>();
                  m.put("id", a.id());
                  m.put("input", a.origin().where());
                  m.put("outcome", put == Store.Put.ADDED ? "added" : "already-stored");
                  outcomes.add(m);
                }

                @Override
                public void rejected(Rejection r) {
                  s.reject(r);
                  progress.rejected(r);
                }

                @Override
                public void inputDone(io.corroborate.ingest.Input in) {
                  progress.inputDone(in);
                }
              });
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("inputs", run.inputs());
      m.put("added", added[0]);
      m.put("articles", outcomes);
      m.put("rejections", run.rejections());
      out.println(ModelJson.writePretty(m));
    } else {
      Output.summary(out, run.inputs(), run.articles().size(), added[0], run.rejections());
    }
    out.flush();
    return run.rejections().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
  }
}
