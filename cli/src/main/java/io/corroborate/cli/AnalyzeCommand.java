package io.corroborate.cli;

import io.corroborate.AnalyzeResult;
import io.corroborate.Corroborate;
import io.corroborate.RunSummary;
import io.corroborate.Session;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.dossier.Dossier;
import io.corroborate.dossier.DossierRenderer;
import io.corroborate.dossier.MarkdownRenderer;
import io.corroborate.extract.ReadLanguages;
import io.corroborate.ingest.fetch.Fetcher;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.model.Rejection;
import io.corroborate.store.Store;
import io.corroborate.store.StorySummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corroborate analyze}: reads articles, stores them and writes their dossier. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Read articles (files, directories, globs, or - for standard input), store them, put each in a story, and write the dossier of every story they belong to.",
      "Formats: plain text, HTML, news-please JSON Lines, WARC/WARC.gz, RSS/Atom; addresses are fetched politely (robots.txt, one request a second per host) and kept beside the store, so a re-run fetches nothing again unless --refetch. Markdown goes to standard output unless -o names a .md, .html or .json file."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin InputArguments inputs;

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

  @Mixin QuietOption quiet;

  @Mixin StoreOption store;
  @Mixin InputOptions inputOptions;
  @Mixin AnnotateTimeOption annotateTime;
  @Mixin FetchFlags fetchFlags;

  @Option(
      names = "--embeddings",
      description =
          "Also use sentence embeddings (all-MiniLM-L6-v2) to match stories and to read differently worded subjects of one figure as one (homes, houses), never on the embedding alone: slower to start, and on ECB+ stories no better than words, names and dates (B3 F1 0.871 with, 0.872 without).")
  boolean embeddings;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Recorder recorder;
    List<Dossier> dossiers = new ArrayList<>();
    int inputCount;
    int articleCount;
    Optional<String> unread;
    int added;
    List<Rejection> rejections;
    List<Fetcher> fetchers = new ArrayList<>();
    Corroborate c;
    // Options are checked before the store is opened: a refused option creates no store, and a
    // wrong -o costs no run.
    Corroborate.Builder base = inputOptions.builder();
    if (output != null) {
      FileErrors.checkWritable(Path.of(output));
      DossierRenderer.forFile(output);
    }
    try (Store s = noStore ? null : store.open();
        Progress progress = new Progress(spec.commandLine().getErr(), quiet.on())) {
      Corroborate.Builder b =
          fetchFlags.wire(
              base,
              inputs.list(),
              spec,
              noStore ? null : store.value(),
              inputOptions.maxRecordBytes,
              fetchers);
      if (!noAnnotate) {
        b.annotate(CoreNlpLayer.shared(), s != null ? s : AnnotationCache.none())
            .annotateTimeLimit(annotateTime.value());
      }
      if (embeddings) {
        b.embedder(Embedders.standard());
      }
      c = b.build();
      recorder = new Recorder(null, progress, false);
      if (s == null) {
        RunSummary run = c.run(inputs.list(), recorder);
        dossiers.addAll(c.dossiers(run));
        inputCount = run.inputs();
        articleCount = run.articles().size();
        unread = ReadLanguages.note(run.articles());
        added = -1;
        rejections = run.rejections();
      } else {
        Session session = c.session(s);
        Recorder rec = recorder;
        AnalyzeResult r = inputOptions.inStore(s, () -> session.add(inputs.list(), rec));
        for (StorySummary t : r.touched()) {
          dossiers.add(ModelJson.read(s.dossierJson(t.id()).orElseThrow(), Dossier.class));
        }
        inputCount = r.counts().inputs();
        articleCount = r.articles().size();
        unread = ReadLanguages.note(storyArticles(dossiers));
        added = r.added();
        rejections = r.rejections();
      }
    } finally {
      fetchers.forEach(Fetcher::close);
    }
    // The biggest story first: it is the one -o names, the others go beside it.
    dossiers.sort(java.util.Comparator.comparingInt((Dossier d) -> -d.articles().size()));
    if (title != null) {
      dossiers.replaceAll(d -> retitle(d, dossiers.size() == 1 ? title : title + ": " + d.title()));
    }
    if (dossiers.isEmpty()) {
      dossiers.add(
          c.dossier(
              "",
              title != null ? title : defaultTitle(inputs.list()),
              List.of(),
              Map.of(),
              rejections));
    }
    if (output != null) {
      DossierRenderer renderer = DossierRenderer.forFile(output);
      for (int i = 0; i < dossiers.size(); i++) {
        Path file = i == 0 ? Path.of(output) : numbered(Path.of(output), dossiers.get(i).storyId());
        Files.writeString(file, renderer.render(dossiers.get(i)), StandardCharsets.UTF_8);
        if (!quiet.on()) {
          err.println(
              "wrote "
                  + file
                  + " (story "
                  + dossiers.get(i).storyId()
                  + ": "
                  + dossiers.get(i).title()
                  + ")");
        }
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      for (Dossier d : dossiers) {
        // One JSON document per line when there are several stories: JSON Lines.
        out.print(json ? ModelJson.write(d) + "\n" : new MarkdownRenderer().render(d) + "\n");
      }
      out.flush();
    }
    if (!quiet.on()) {
      Output.summary(err, inputCount, articleCount, added, rejections.size());
      unread.ifPresent(l -> err.println("note: " + l));
      err.println(dossiers.size() + (dossiers.size() == 1 ? " story" : " stories"));
    }
    err.flush();
    return rejections.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
  }

  private static Dossier retitle(Dossier d, String title) {
    return new Dossier(
        d.schema(),
        d.storyId(),
        title,
        d.articles(),
        d.sources(),
        d.copies(),
        d.findings(),
        d.timeline(),
        d.entities(),
        d.relays(),
        d.dates(),
        d.figures(),
        d.rejections());
  }

  /** {@code dossier.html} and story {@code s12} → {@code dossier-s12.html}. */
  static Path numbered(Path output, String storyId) {
    String name = output.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String numbered =
        dot < 0
            ? name + "-" + storyId
            : name.substring(0, dot) + "-" + storyId + name.substring(dot);
    return output.resolveSibling(numbered);
  }

  static String defaultTitle(List<String> inputs) {
    if (inputs.size() == 1 && !inputs.get(0).equals("-")) {
      Path p = Path.of(inputs.get(0)).toAbsolutePath().normalize().getFileName();
      return p == null ? inputs.get(0) : p.toString();
    }
    return inputs.size() + " inputs";
  }

  /** The articles of the stories a stored run touched, each once. */
  private static List<Article> storyArticles(List<Dossier> dossiers) {
    Map<String, Article> byId = new java.util.LinkedHashMap<>();
    dossiers.forEach(d -> d.articles().forEach(a -> byId.putIfAbsent(a.id(), a)));
    return List.copyOf(byId.values());
  }
}
