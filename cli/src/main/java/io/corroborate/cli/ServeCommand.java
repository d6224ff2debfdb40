package io.corroborate.cli;

import io.corroborate.Corroborate;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.clean.CleanOptions;
import io.corroborate.ingest.IngestOptions;
import io.corroborate.serve.AnalyzerAdder;
import io.corroborate.serve.ApiServer;
import io.corroborate.serve.ServeOptions;
import io.corroborate.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate serve}: the HTTP API and the web UI over the store, until stopped. The server
 * itself is a library ({@link ApiServer}); this command reads the options, opens the store and the
 * language layer, and starts it.
 *
 * <pre>{@code CORROBORATE_TOKEN=$(openssl rand -hex 16) corroborate serve --db news.db --port 7070}
 * </pre>
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the store over HTTP: a web UI to browse stories and their evidence, and a JSON API"
            + " (described at /api/openapi.json). Adding articles needs a token: set"
            + " $CORROBORATE_TOKEN or give --token-file; without one the server is read-only.")
final class ServeCommand implements Callable<Integer> {
  static final String TOKEN_ENV = "CORROBORATE_TOKEN";
  private static final long BYTES_PER_MB = 1024L * 1024;

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Mixin LimitOptions limits;
  @Mixin AnnotateTimeOption annotateTime;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description =
          "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for"
              + " every interface).",
      defaultValue = ServeOptions.DEFAULT_BIND)
  String bind;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "The TCP port to listen on (default: ${DEFAULT-VALUE}).",
      defaultValue = "7070")
  int port;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "A file holding the token that adding articles needs, sent as 'Authorization: Bearer"
              + " TOKEN' (default: $CORROBORATE_TOKEN).")
  Path tokenFile;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "The token itself. Prefer $CORROBORATE_TOKEN or --token-file: a command line can be seen"
              + " by other users of the machine.")
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
      names = "--upload-workers",
      paramLabel = "N",
      description = "Uploads analysed at once (default: ${DEFAULT-VALUE}).",
      defaultValue = "2")
  int uploadWorkers;

  @Option(
      names = "--upload-queue",
      paramLabel = "N",
      description =
          "Uploads that may wait for a worker; more are refused at once with 503 (default:"
              + " ${DEFAULT-VALUE}).",
      defaultValue = "8")
  int uploadQueue;

  @Option(
      names = "--upload-time-limit",
      paramLabel = "SECONDS",
      description =
          "How long one upload may take, waiting included, before it is stopped (default:"
              + " ${DEFAULT-VALUE}).",
      defaultValue = "300")
  long uploadTimeLimitSeconds;

  @Option(
      names = "--plain",
      description =
          "Annotate uploads with the fast model-free layer instead of CoreNLP (rougher claims and entities).")
  boolean plain;

  @Override
  public Integer call() throws InterruptedException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    ServeOptions options =
        new ServeOptions(
            bind,
            port,
            token(),
            readTokenRequired,
            Math.multiplyExact(maxBodyMb, BYTES_PER_MB),
            uploadWorkers,
            uploadQueue,
            Duration.ofSeconds(uploadTimeLimitSeconds));
    IngestOptions ingest = limits.apply(IngestOptions.defaults());
    CleanOptions clean = limits.clean();
    Store s = store.open();
    ApiServer server;
    try {
      // The language layer is built before the port opens: the server listens only once it can
      // answer every route.
      Corroborate c =
          Corroborate.builder()
              .ingest(ingest)
              .clean(clean)
              .annotateTimeLimit(annotateTime.value())
              .annotate(plain ? new PlainLanguageLayer() : CoreNlpLayer.shared(), s)
              .build();
      server = ApiServer.start(s, new AnalyzerAdder(c, s), options);
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  s.close();
                  stopped.countDown();
                }));
    out.println("Serving " + s.name() + " at http://" + bind + ":" + server.port() + "/");
    out.println(
        options.token().isPresent()
            ? "Adding articles needs the token" + (readTokenRequired ? "; so does reading." : ".")
            : "Read-only: set CORROBORATE_TOKEN or give --token-file to allow adding articles.");
    out.println("Press Ctrl-C to stop.");
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  /** The token from --token-file, --token or the environment, in that order; never printed. */
  private Optional<String> token() throws IOException {
    if (tokenFile != null && token != null) {
      throw new ParameterException(
          spec.commandLine(), "give the token once: --token-file or --token, not both");
    }
    if (tokenFile != null) {
      String t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      if (t.isEmpty()) {
        throw new IllegalArgumentException("the token file " + tokenFile + " is empty");
      }
      return Optional.of(t);
    }
    return Optional.ofNullable(token != null ? token : System.getenv(TOKEN_ENV));
  }
}
