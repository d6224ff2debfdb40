package io.corroborate.cli;

import io.corroborate.ingest.fetch.FetchOptions;
import io.corroborate.ingest.fetch.Fetcher;
import io.corroborate.model.Ids;
import io.corroborate.store.jdbc.StoreUrls;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * How http(s) inputs are fetched, for the commands that take them (analyze, ingest, watch): the
 * contact put in the user agent, the timeout, the pause between two requests to one host, where
 * responses are kept, and whether to fetch again what is kept.
 */
final class FetchFlags {
  @Option(
      names = "--refetch",
      description = "Fetch addresses again even when their response is kept from an earlier run.")
  boolean refetch;

  @Option(
      names = "--contact",
      paramLabel = "URL",
      description =
          "A web page or mailto: address for site owners, sent in the user agent (default: $CORROBORATE_CONTACT).")
  String contact;

  @Option(
      names = "--fetch-timeout",
      paramLabel = "TIME",
      defaultValue = "30s",
      description = "Give up on a response not complete in this time (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Option(
      names = "--host-interval",
      paramLabel = "TIME",
      defaultValue = "1s",
      description =
          "Wait at least this long between two requests to one host; a longer robots.txt Crawl-delay wins (default: ${DEFAULT-VALUE}).")
  String hostInterval;

  @Option(
      names = "--fetch-cache",
      paramLabel = "DIR",
      description =
          "Keep fetched responses here (default: beside the store, STORE.fetch/ for a SQLite file).")
  Path cache;

  /**
   * The builder with a fetcher for the addresses among {@code inputs}, or as it was when there are
   * none. The fetcher, when made, goes to {@code closer} to be closed with the command.
   */
  io.corroborate.Corroborate.Builder wire(
      io.corroborate.Corroborate.Builder b,
      java.util.List<String> inputs,
      CommandSpec spec,
      String db,
      long maxBytes,
      java.util.List<Fetcher> closer) {
    if (inputs.stream().noneMatch(io.corroborate.ingest.UrlResolver::isUrl)) {
      return b;
    }
    Fetcher f = fetcher(spec, db, maxBytes);
    closer.add(f);
    return b.fetch(io.corroborate.ingest.fetch.Links.forRun(f));
  }

  /** A fetcher for this command; {@code db} is the store (null: none, then nothing is kept). */
  Fetcher fetcher(CommandSpec spec, String db, long maxBytes) {
    String c = contact != null ? contact : System.getenv("CORROBORATE_CONTACT");
    FetchOptions o =
        FetchOptions.defaults(version(spec))
            .withMaxBytes(maxBytes)
            .withTimeout(Durations.parse(timeout, "--fetch-timeout"))
            .withHostInterval(Durations.parse(hostInterval, "--host-interval"))
            .withRefetch(refetch);
    o = o.withUserAgent(FetchOptions.userAgent(version(spec), Optional.ofNullable(c)));
    Optional<Path> dir = cache != null ? Optional.of(cache) : cacheBeside(db);
    if (dir.isPresent()) {
      o = o.withCache(dir.get());
    }
    return new Fetcher(o);
  }

  /**
   * {@code news.db} keeps its responses in {@code news.db.fetch/}; a PostgreSQL store in the user's
   * cache folder, under a name made from its url (without the password).
   */
  static Optional<Path> cacheBeside(String db) {
    if (db == null) {
      return Optional.empty();
    }
    if (Stores.isPostgres(db)) {
      String home = System.getProperty("user.home");
      return Optional.of(
          Path.of(
              home,
              ".cache",
              "corroborate",
              "fetch",
              Ids.sha256(StoreUrls.mask(db)).substring(0, 16)));
    }
    return Optional.of(Path.of(db + ".fetch"));
  }

  /** {@code 0.1.0} from the root command's {@code corroborate 0.1.0}. */
  static String version(CommandSpec spec) {
    String[] v = spec.root().version();
    if (v.length == 0 || v[0].isBlank()) {
      return "unknown";
    }
    String[] words = v[0].strip().split("\\s+");
    return words[words.length - 1];
  }
}
