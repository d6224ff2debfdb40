package io.corroborate.cli;

import io.corroborate.Corroborate;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.dossier.Dossier;
import io.corroborate.dossier.DossierRenderer;
import io.corroborate.ingest.fetch.Fetcher;
import io.corroborate.ingest.fetch.Links;
import io.corroborate.model.ModelJson;
import io.corroborate.model.Rejection;
import io.corroborate.store.Store;
import io.corroborate.watch.Change;
import io.corroborate.watch.Watch;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate watch}: keeps the store and the dossiers current with feeds, sitemaps, address
 * lists and folders, and reports what each round changed.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Keep the store and the dossiers current with feeds, sitemaps, lists of addresses and folders, and report what each round changed: new stories, new reports, revisions, new conflicts and updates, with their sentences and outlets.",
      "Each round asks the feeds and sitemaps again, reads the pages and files not read before, and compares the stories with what the store held before the round, so a restarted watch reports nothing twice. A source that fails is reported and the watch goes on."
    })
final class WatchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "SOURCE",
      description =
          "http(s) addresses (RSS/Atom feeds, sitemaps or sitemap indexes, pages), text files listing addresses one a line, folders or files.")
  List<String> sources;

  @Option(
      names = "--every",
      paramLabel = "TIME",
      defaultValue = "15m",
      description =
          "Time from the start of one round to the start of the next (default: ${DEFAULT-VALUE}).")
  String every;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "0",
      description = "Stop after N rounds (default: 0, run until stopped).")
  int rounds;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "What standard output gets each round: text or jsonl (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--jsonl",
      paramLabel = "FILE",
      description = "Also append each round as one JSON line to FILE.")
  Path jsonl;

  @Option(
      names = "--post",
      paramLabel = "URL",
      description =
          "Also POST each round that changed something to URL as JSON; a failed post is reported, kept beside the store and sent again next round, even after a restart.")
  String post;

  @Option(
      names = "--dossiers",
      paramLabel = "DIR",
      description = "Write the dossier of every story a round changed to DIR/STORY.EXT.")
  Path dossiers;

  @Option(
      names = "--dossier-format",
      paramLabel = "EXT",
      defaultValue = "html",
      description =
          "The dossiers' format for --dossiers: html, md or json (default: ${DEFAULT-VALUE}).")
  String dossierFormat;

  @Option(
      names = "--plain",
      description =
          "Use the fast model-free language layer instead of CoreNLP (fewer entities and dates; starts at once).")
  boolean plain;

  @Mixin QuietOption quiet;

  @Mixin StoreOption store;
  @Mixin InputOptions inputOptions;
  @Mixin AnnotateTimeOption annotateTime;
  @Mixin FetchFlags fetchFlags;

  private final Deque<String> unsent = new ArrayDeque<>();

  @Override
  public Integer call() throws IOException, InterruptedException {
    Duration interval = Durations.parse(every, "--every");
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("jsonl")) {
      throw new IllegalArgumentException("--format: '" + format + "' is not text or jsonl");
    }
    if (rounds < 0) {
      throw new IllegalArgumentException("--rounds must be 0 or more, got " + rounds);
    }
    String ext = dossierFormat.toLowerCase(Locale.ROOT);
    DossierRenderer renderer = DossierRenderer.forFile("dossier." + ext);
    URI postTo = post == null ? null : postUri(post);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean anyRejected = false;
    try (Store s = store.open();
        Fetcher fetcher = fetchFlags.fetcher(spec, store.value(), inputOptions.maxRecordBytes);
        Progress progress = new Progress(err, quiet.on())) {
      Links links = Links.forWatch(fetcher);
      Path unsentFile = fetcher.cache().dir().resolve("unsent-posts.jsonl");
      if (postTo != null && Files.isRegularFile(unsentFile)) {
        Files.readAllLines(unsentFile, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .forEach(unsent::add);
      }
      Corroborate c =
          inputOptions
              .builder()
              .fetch(links)
              .annotate(plain ? new PlainLanguageLayer() : CoreNlpLayer.shared(), s)
              .annotateTimeLimit(annotateTime.value())
              .build();
      Watch watch = new Watch(c.session(s), s, c.ingest(), Optional.of(links));
      HttpClient http = postTo == null ? null : HttpClient.newHttpClient();
      for (int n = 1; rounds == 0 || n <= rounds; n++) {
        long start = System.nanoTime();
        Watch.Round r = watch.round(sources, progress);
        anyRejected |= !r.rejections().isEmpty();
        String line = ModelJson.write(json(r));
        if (fmt.equals("jsonl")) {
          out.println(line);
        } else {
          text(out, r);
        }
        out.flush();
        if (jsonl != null) {
          Files.writeString(
              jsonl,
              line + "\n",
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND);
        }
        if (dossiers != null) {
          writeDossiers(s, r, renderer, ext, err);
        }
        if (http != null) {
          if (!r.changes().isEmpty() || !r.failedSources().isEmpty()) {
            unsent.add(line);
          }
          postAll(http, postTo, err);
          keepUnsent(unsentFile);
        }
        if (rounds != 0 && n == rounds) {
          break;
        }
        long left = interval.toNanos() - (System.nanoTime() - start);
        if (left > 0) {
          Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
      }
    }
    return anyRejected ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
  }

  private static URI postUri(String post) {
    try {
      URI u = URI.create(post);
      if (u.getScheme() == null
          || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))) {
        throw new IllegalArgumentException("--post: '" + post + "' is not an http(s) address");
      }
      return u;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--post: '" + post + "' is not an http(s) address", e);
    }
  }

  /** Keeps the rounds not yet delivered beside the store, so a restarted watch sends them. */
  private void keepUnsent(Path file) throws IOException {
    if (unsent.isEmpty()) {
      Files.deleteIfExists(file);
      return;
    }
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, unsent, StandardCharsets.UTF_8);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Sends the rounds not yet delivered, oldest first; stops at the first failure. */
  private void postAll(HttpClient http, URI to, PrintWriter err) {
    while (!unsent.isEmpty()) {
      String body = unsent.peekFirst();
      String why;
      try {
        HttpResponse<Void> resp =
            http.send(
                HttpRequest.newBuilder(to)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (resp.statusCode() >= 200 && resp.statusCode() < 300) {
          unsent.removeFirst();
          continue;
        }
        why = "HTTP " + resp.statusCode();
      } catch (IOException e) {
        why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        why = "interrupted";
      }
      err.println(
          "post to "
              + to
              + " failed: "
              + why
              + "; "
              + unsent.size()
              + (unsent.size() == 1 ? " round" : " rounds")
              + " will be sent again next round");
      err.flush();
      return;
    }
  }

  private void writeDossiers(
      Store s, Watch.Round r, DossierRenderer renderer, String ext, PrintWriter err) {
    Set<String> changed = new LinkedHashSet<>();
    r.changes().forEach(c -> changed.add(c.storyId()));
    try {
      Files.createDirectories(dossiers);
      for (String id : changed) {
        Optional<String> json = s.dossierJson(id);
        if (json.isEmpty()) {
          continue;
        }
        Dossier d = ModelJson.read(json.get(), Dossier.class);
        Path file = dossiers.resolve(id + "." + ext);
        Files.writeString(file, renderer.render(d), StandardCharsets.UTF_8);
        if (!quiet.on()) {
          err.println("wrote " + file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write dossiers to " + dossiers + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> json(Watch.Round r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("round", r.number());
    m.put("started", r.started().toString());
    m.put("finished", r.finished().toString());
    m.put("articles", r.articles());
    m.put("added", r.added());
    m.put("changes", r.changes());
    m.put("failedSources", r.failedSources().stream().map(Rejection::describe).toList());
    m.put("rejections", r.rejections().stream().map(Rejection::describe).toList());
    return m;
  }

  private static void text(PrintWriter out, Watch.Round r) {
    out.println(
        "round "
            + r.number()
            + " ("
            + r.started()
            + "): "
            + r.articles()
            + (r.articles() == 1 ? " article read, " : " articles read, ")
            + r.added()
            + " new in the store, "
            + (r.changes().isEmpty()
                ? "nothing changed"
                : r.changes().size() + (r.changes().size() == 1 ? " change" : " changes"))
            + (r.rejections().isEmpty() ? "" : ", " + r.rejections().size() + " rejected"));
    for (Change c : r.changes()) {
      out.println("  " + label(c.kind()) + " [" + c.storyId() + "] " + c.summary());
      for (Change.Evidence e : c.evidence()) {
        StringBuilder b = new StringBuilder("    - ").append(e.outlet()).append(": ");
        if (!e.value().isEmpty()) {
          b.append(e.value()).append(" — ");
        }
        b.append('"').append(Output.clip(e.text(), 200)).append('"');
        if (!e.chain().isEmpty()) {
          b.append(" (").append(e.chain()).append(')');
        }
        e.url().ifPresent(u -> b.append(" <").append(u).append('>'));
        out.println(b);
      }
    }
    for (Rejection f : r.failedSources()) {
      out.println("  source failed: " + f.describe());
    }
  }

  private static String label(Change.Kind k) {
    return switch (k) {
      case NEW_STORY -> "new story";
      case NEW_ARTICLES -> "new reports";
      case REVISION -> "revision";
      case NEW_CONFLICT -> "new conflict";
      case UPDATE -> "update";
    };
  }
}
