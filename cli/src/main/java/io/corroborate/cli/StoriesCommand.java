package io.corroborate.cli;

import io.corroborate.model.ModelJson;
import io.corroborate.store.Store;
import io.corroborate.store.StorySummary;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "List the stories in the store, the most recently updated first: articles, outlets, findings and conflicts.",
      "Open one with: corroborate dossier STORY"
    })
final class StoriesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "One JSON object per story (JSON Lines).")
  boolean json;

  @Mixin StoreOption store;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<StorySummary> stories;
    String name;
    try (Store s = store.openExisting()) {
      stories = s.stories();
      name = s.name();
    }
    if (json) {
      stories.forEach(st -> out.println(ModelJson.write(st)));
    } else if (stories.isEmpty()) {
      out.println("no stories in " + name + "; add articles with: corroborate analyze FILES");
    } else {
      out.printf(
          "%-12s %8s %7s %8s %9s  %-23s  %s%n",
          "story", "articles", "outlets", "findings", "conflicts", "dates", "title");
      for (StorySummary st : stories) {
        out.printf(
            "%-12s %8d %7d %8d %9d  %-23s  %s%n",
            st.id(),
            st.articles(),
            st.outlets(),
            st.findings(),
            st.conflicts(),
            dates(st.first(), st.last()),
            Output.clip(st.title(), 60));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String dates(Optional<LocalDate> first, Optional<LocalDate> last) {
    if (first.isEmpty()) {
      return "undated";
    }
    return first.get().equals(last.orElse(first.get()))
        ? first.get().toString()
        : first.get() + ".." + last.get();
  }
}
