package io.corroborate.ingest.fetch;

import io.corroborate.ingest.Remote;
import io.corroborate.internal.Failures;
import io.corroborate.model.Rejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches http(s) addresses politely and keeps what it fetched: one {@link HttpClient} for the
 * whole run, redirects followed by hand (each hop checked against robots.txt), a deadline on every
 * response (headers and body together), a size limit enforced while reading, a pause between two
 * requests to one host (lengthened by robots.txt's {@code Crawl-delay}), and a user agent that
 * names the product, its version and a contact. Every failure is a {@link Rejection} naming the
 * address with its reason, never an exception. Responses are kept in a {@link FetchCache}, so a
 * re-run reads them from disk; {@link Freshness#REVALIDATE} asks the server again with the kept
 * validators ({@code If-None-Match}, {@code If-Modified-Since}).
 *
 * <pre>{@code
 * try (Fetcher f = new Fetcher(FetchOptions.defaults("0.1.0").withCache(dir))) {
 *   if (f.fetch("https://example.org/a", Freshness.CACHED) instanceof Fetched ok) read(ok.body());
 * }
 * }</pre>
 */
public final class Fetcher implements AutoCloseable {
  /** Whether a kept response will do. */
  public enum Freshness {
    /** Use the kept response when there is one (unless the options say refetch). */
    CACHED,
    /** Ask the server again, with the kept response's validators when there is one. */
    REVALIDATE
  }

  /** The outcome of one fetch. */
  public sealed interface Result permits Fetched, Failed {}

  /**
   * A response kept on disk. {@code fromCache}: no new body came over the network (kept, or the
   * server answered 304 Not Modified).
   */
  public record Fetched(FetchCache.Entry entry, Path body, boolean fromCache) implements Result {
    public Remote remote() {
      return new Remote(entry.finalUrl(), entry.contentType(), entry.fetched());
    }

    public byte[] bytes() {
      try {
        return Files.readAllBytes(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Why an address gave nothing. */
  public record Failed(Rejection rejection) implements Result {}

  /**
   * robots.txt bodies past this are cut here, as RFC 9309 allows (it asks for at least 500 KiB).
   */
  private static final int MAX_ROBOTS_BYTES = 512 * 1024;

  private static final Duration ROBOTS_LIFETIME = Duration.ofHours(24);

  /** A robots.txt that could not be read is asked for again after this. */
  private static final Duration ROBOTS_RETRY = Duration.ofMinutes(10);

  private final FetchOptions options;
  private final HttpClient http;
  private final FetchCache cache;
  private final boolean temporaryCache;
  private final Map<String, KnownRobots> robots = new ConcurrentHashMap<>();
  private final Map<String, Long> nextRequestAt = new HashMap<>();

  private record KnownRobots(Robots robots, Instant until) {}

  public Fetcher(FetchOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    if (options.cache().isPresent()) {
      this.cache = new FetchCache(options.cache().get());
      this.temporaryCache = false;
    } else {
      try {
        this.cache = new FetchCache(Files.createTempDirectory("corroborate-fetch"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make a temporary folder for fetched pages", e);
      }
      this.temporaryCache = true;
    }
  }

  public FetchOptions options() {
    return options;
  }

  public FetchCache cache() {
    return cache;
  }

  /** Fetches {@code url} (or reads it from the cache, as {@code freshness} allows). */
  public Result fetch(String url, Freshness freshness) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return fail(url, Rejection.Kind.UNREADABLE, "not a valid address: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      return fail(url, Rejection.Kind.UNSUPPORTED, "not an http(s) address");
    }
    Optional<FetchCache.Entry> kept = cache.entry(url);
    if (kept.isPresent() && freshness == Freshness.CACHED && !options.refetch()) {
      return new Fetched(kept.get(), cache.body(url), true);
    }
    URI at = uri;
    try {
      for (int hop = 0; ; hop++) {
        Robots rules = robotsFor(at);
        if (!rules.allows(pathAndQuery(at))) {
          return fail(url, Rejection.Kind.FETCH, rules.why() + (hop > 0 ? " (at " + at + ")" : ""));
        }
        pace(at, rules);
        HttpRequest.Builder req = request(at);
        if (hop == 0 && kept.isPresent() && !options.refetch()) {
          kept.get().etag().ifPresent(v -> req.header("If-None-Match", v));
          kept.get().lastModified().ifPresent(v -> req.header("If-Modified-Since", v));
        }
        HttpResponse<Body> resp = send(req.build(), options.maxBytes());
        int status = resp.statusCode();
        Optional<String> location = resp.headers().firstValue("Location");
        if (isRedirect(status) && location.isPresent()) {
          if (hop >= options.maxRedirects()) {
            return fail(
                url,
                Rejection.Kind.FETCH,
                "more than "
                    + options.maxRedirects()
                    + " redirects (last to "
                    + location.get()
                    + ")");
          }
          at = at.resolve(location.get().strip());
          continue;
        }
        if (status == 304 && kept.isPresent()) {
          return new Fetched(kept.get(), cache.body(url), true);
        }
        if (status < 200 || status >= 300) {
          return fail(url, Rejection.Kind.FETCH, "HTTP " + status + (hop > 0 ? " at " + at : ""));
        }
        if (resp.body().tooLarge()) {
          return fail(
              url,
              Rejection.Kind.TOO_LARGE,
              "limit: the response is over the " + options.maxBytes() + "-byte limit; not kept");
        }
        HttpHeaders h = resp.headers();
        FetchCache.Entry e =
            new FetchCache.Entry(
                url,
                at.toString(),
                status,
                h.firstValue("Content-Type"),
                h.firstValue("ETag"),
                h.firstValue("Last-Modified"),
                Instant.now());
        cache.put(e, resp.body().bytes());
        return new Fetched(e, cache.body(url), false);
      }
    } catch (Failure f) {
      return fail(url, f.kind, f.getMessage());
    } catch (IllegalArgumentException e) {
      return fail(url, Rejection.Kind.FETCH, "bad redirect address: " + Failures.describe(e));
    }
  }

  /** The rules of {@code at}'s site, read once a day (an unreadable one after ten minutes). */
  Robots robotsFor(URI at) throws Failure {
    String site = site(at);
    KnownRobots k = robots.get(site);
    if (k != null && k.until().isAfter(Instant.now())) {
      return k.robots();
    }
    Robots r = readRobots(URI.create(site + "/robots.txt"));
    Duration keep = r.unreadable() ? ROBOTS_RETRY : ROBOTS_LIFETIME;
    robots.put(site, new KnownRobots(r, Instant.now().plus(keep)));
    return r;
  }

  private Robots readRobots(URI start) throws Failure {
    URI at = start;
    for (int hop = 0; hop <= options.maxRedirects(); hop++) {
      pace(at, Robots.allowAll());
      HttpResponse<Body> resp;
      try {
        resp = send(request(at).build(), MAX_ROBOTS_BYTES);
      } catch (Failure f) {
        return Robots.disallowAll("cannot read " + start + ": " + f.getMessage());
      }
      int status = resp.statusCode();
      Optional<String> location = resp.headers().firstValue("Location");
      if (isRedirect(status) && location.isPresent()) {
        at = at.resolve(location.get().strip());
        continue;
      }
      if (status >= 200 && status < 300) {
        return Robots.parse(
            new String(resp.body().bytes(), StandardCharsets.UTF_8), options.productToken());
      }
      if (status >= 400 && status < 500) {
        return Robots.allowAll();
      }
      return Robots.disallowAll(
          start + " answered HTTP " + status + "; the site is not fetched until it answers");
    }
    return Robots.allowAll();
  }

  private HttpRequest.Builder request(URI at) {
    return HttpRequest.newBuilder(at)
        .GET()
        .timeout(options.timeout())
        .header("User-Agent", options.userAgent())
        .header(
            "Accept",
            "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                + "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
  }

  /** Sends and reads the body within the deadline, keeping at most {@code limit} bytes. */
  private HttpResponse<Body> send(HttpRequest req, long limit) throws Failure {
    CompletableFuture<HttpResponse<Body>> f =
        http.sendAsync(
            req,
            info -> {
              long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
              boolean wanted = info.statusCode() >= 200 && info.statusCode() < 300;
              return new Limited(limit, !wanted, declared > limit);
            });
    try {
      return f.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new Failure(
          Rejection.Kind.FETCH,
          "no complete answer within " + options.timeout().toSeconds() + " s (timed out)");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new Failure(Rejection.Kind.FETCH, "interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause() == null ? e : e.getCause();
      if (c instanceof HttpConnectTimeoutException) {
        throw new Failure(
            Rejection.Kind.FETCH,
            "cannot connect within " + options.connectTimeout().toSeconds() + " s");
      }
      if (c instanceof HttpTimeoutException) {
        throw new Failure(
            Rejection.Kind.FETCH,
            "no answer within " + options.timeout().toSeconds() + " s (timed out)");
      }
      if (c instanceof ConnectException) {
        throw new Failure(
            Rejection.Kind.FETCH, "cannot connect to " + req.uri().getAuthority() + ": refused");
      }
      throw new Failure(Rejection.Kind.FETCH, "network error: " + Failures.describe(c));
    }
  }

  /** Waits until {@code at}'s host may be asked again, and books the next slot. */
  private void pace(URI at, Robots rules) throws Failure {
    Duration gap = options.hostInterval();
    Optional<Duration> delay = rules.crawlDelay();
    if (delay.isPresent()) {
      Duration d =
          delay.get().compareTo(options.maxCrawlDelay()) > 0
              ? options.maxCrawlDelay()
              : delay.get();
      gap = d.compareTo(gap) > 0 ? d : gap;
    }
    long wait;
    synchronized (nextRequestAt) {
      long now = System.nanoTime();
      long next = nextRequestAt.getOrDefault(at.getAuthority(), now);
      long start = next - now > 0 ? next : now;
      nextRequestAt.put(at.getAuthority(), start + gap.toNanos());
      wait = start - now;
    }
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Failure(Rejection.Kind.FETCH, "interrupted");
      }
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static String site(URI at) {
    return at.getScheme().toLowerCase(Locale.ROOT) + "://" + at.getRawAuthority();
  }

  private static String pathAndQuery(URI at) {
    String p = at.getRawPath() == null || at.getRawPath().isEmpty() ? "/" : at.getRawPath();
    return at.getRawQuery() == null ? p : p + "?" + at.getRawQuery();
  }

  private static Failed fail(String url, Rejection.Kind kind, String reason) {
    return new Failed(new Rejection(url, 0, kind, reason));
  }

  @Override
  public void close() {
    if (temporaryCache) {
      cache.deleteAll();
    }
  }

  /** A failure inside one fetch, turned into a rejection at the top. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Rejection.Kind kind;

    Failure(Rejection.Kind kind, String message) {
      super(message, null, false, false);
      this.kind = kind;
    }
  }

  /** A body as read: its bytes, or the fact that it was over the limit (then no bytes). */
  record Body(byte[] bytes, boolean tooLarge) {}

  /**
   * Keeps a body up to a limit, and stops reading (cancelling the exchange) the moment it passes
   * it; a body not wanted (an error or redirect) is not read at all.
   */
  private static final class Limited implements HttpResponse.BodySubscriber<Body> {
    private final long limit;
    private final boolean skip;
    private final boolean declaredTooLarge;
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    Limited(long limit, boolean skip, boolean declaredTooLarge) {
      this.limit = limit;
      this.skip = skip;
      this.declaredTooLarge = declaredTooLarge;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (skip || declaredTooLarge) {
        s.cancel();
        result.complete(new Body(new byte[0], declaredTooLarge));
        return;
      }
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        if (buf.size() + (long) b.remaining() > limit) {
          subscription.cancel();
          result.complete(new Body(new byte[0], true));
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        buf.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(new Body(buf.toByteArray(), false));
    }

    @Override
    public java.util.concurrent.CompletionStage<Body> getBody() {
      return result;
    }
  }
}
