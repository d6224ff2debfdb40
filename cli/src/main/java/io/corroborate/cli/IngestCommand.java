package io.corroborate.cli;

import io.corroborate.Corroborate;
import io.corroborate.RunCounts;
import io.corroborate.ingest.fetch.Fetcher;
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

  @Mixin InputArguments inputs;

  @Option(
      names = "--json",
      description =
          "Print the outcome as JSON: each article with added/already-stored, and the rejections.")
  boolean json;

  @Mixin QuietOption quiet;

  @Mixin StoreOption store;
  @Mixin InputOptions inputOptions;
  @Mixin FetchFlags fetchFlags;

  @Override
  public Integer call() {
    RunCounts run;
    Recorder recorder;
    List<Fetcher> fetchers = new java.util.ArrayList<>();
    // The options are checked (and the fetchers made) before the store is opened, so that a
    // refused option creates no store.
    Corroborate c =
        fetchFlags
            .wire(
                inputOptions.builder(),
                inputs.list(),
                spec,
                store.value(),
                inputOptions.maxRecordBytes,
                fetchers)
            .build();
    try (Store s = store.open();
        Progress progress = new Progress(spec.commandLine().getErr(), quiet.on() || json)) {
      recorder = new Recorder(s, progress, json);
      Recorder r = recorder;
      run = inputOptions.inStore(s, () -> c.stream(inputs.list(), r));
    } finally {
      fetchers.forEach(Fetcher::close);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("inputs", run.inputs());
      m.put("added", recorder.added());
      m.put("articles", recorder.outcomes());
      m.put("rejections", recorder.rejections());
      out.println(ModelJson.writePretty(m));
    } else {
      Output.summary(out, run.inputs(), run.articles(), recorder.added(), run.rejections());
    }
    out.flush();
    return run.rejections() == 0 ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
  }
}
