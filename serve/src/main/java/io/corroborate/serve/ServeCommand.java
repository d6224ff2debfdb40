package io.corroborate.serve;

import io.corroborate.Corroborate;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.cluster.Embedder;
import io.corroborate.store.Store;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate serve}: the HTTP API and the web UI over the store, until stopped.
 *
 * <pre>{@code corroborate serve --db news.db --port 7070 --token "$(openssl rand -hex 16)"}</pre>
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the store over HTTP: a web UI to browse stories and their evidence, and a JSON API"
            + " (described at /api/openapi.json).")
public final class ServeCommand implements Callable<Integer> {
  static final String DEFAULT_DB = "corroborate.db";

  @Spec CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description =
          "The store: a SQLite file, created on first use (default: $CORROBORATE_DB or ./"
              + DEFAULT_DB
              + ").")
  String db;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "The TCP port to listen on (default: ${DEFAULT-VALUE}).",
      defaultValue = "7070")
  int port;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "The token that adding articles needs, sent as 'Authorization: Bearer TOKEN' (default:"
              + " $CORROBORATE_TOKEN; without one the server is read-only).")
  String token;

  @Option(
      names = "--read-token-required",
      description = "Reading needs the token too (default: anyone who reaches the port can read).")
  boolean readTokenRequired;

  @Option(
      names = "--max-body-mb",
      paramLabel = "MB",
      description = "The largest upload accepted, in megabytes (default: ${DEFAULT-VALUE}).",
      defaultValue = "50")
  long maxBodyMb;

  @Option(
      names = "--plain",
      description =
          "Annotate uploads with the fast model-free layer instead of CoreNLP (rougher claims and entities).")
  boolean plain;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    String env = System.getenv("CORROBORATE_TOKEN");
    Optional<String> t = Optional.ofNullable(token != null ? token : env);
    ServeOptions options =
        new ServeOptions(port, t, readTokenRequired, Math.multiplyExact(maxBodyMb, 1024L * 1024));
    String path = db != null ? db : System.getenv("CORROBORATE_DB");
    path = path != null && !path.isBlank() ? path : DEFAULT_DB;
    Store store = Stores.open(path);
    Corroborate c =
        Corroborate.builder()
            .annotate(plain ? new PlainLanguageLayer() : CoreNlpLayer.shared(), store)
            .build();
    ApiServer server =
        ApiServer.start(store, new AnalyzerAdder(c, store, Embedder.none()), options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  store.close();
                  stopped.countDown();
                }));
    out.println("Serving " + path + " at http://localhost:" + server.port() + "/");
    out.println(
        options.token().isPresent()
            ? "Adding articles needs the token" + (readTokenRequired ? "; so does reading." : ".")
            : "Read-only: give --token or set CORROBORATE_TOKEN to allow adding articles.");
    out.println("Press Ctrl-C to stop.");
    out.flush();
    stopped.await();
    return 0;
  }
}
