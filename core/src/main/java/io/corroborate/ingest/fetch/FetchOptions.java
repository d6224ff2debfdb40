package io.corroborate.ingest.fetch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How addresses are fetched. Every limit of the fetcher lives here.
 *
 * <pre>{@code
 * FetchOptions o = FetchOptions.defaults("0.1.0").withContact("mailto:desk@example.org")
 *     .withCache(Path.of("corroborate.db.fetch"));
 * }</pre>
 *
 * @param userAgent what every request says it is: the product, its version and how to reach whoever
 *     runs it
 * @param productToken the name robots.txt groups are matched against ({@code corroborate})
 * @param connectTimeout how long to wait for a connection
 * @param timeout how long one response may take, headers and body together; a slower one is a
 *     rejection
 * @param maxBytes a response body larger than this is rejected without being kept
 * @param hostInterval the least time between two requests to one host (robots.txt's {@code
 *     Crawl-delay} lengthens it, up to {@code maxCrawlDelay})
 * @param maxCrawlDelay the longest {@code Crawl-delay} honoured; a site asking for more is fetched
 *     at this pace
 * @param maxRedirects redirects followed before giving up
 * @param maxSitemapDepth how deep sitemap indexes may nest
 * @param maxLinks the most pages one feed or sitemap (index included) may name; the rest are
 *     rejected in one rejection
 * @param refetch fetch again what the cache already holds
 * @param cache where responses are kept between runs; empty: a temporary folder removed at close
 */
public record FetchOptions(
    String userAgent,
    String productToken,
    Duration connectTimeout,
    Duration timeout,
    long maxBytes,
    Duration hostInterval,
    Duration maxCrawlDelay,
    int maxRedirects,
    int maxSitemapDepth,
    int maxLinks,
    boolean refetch,
    Optional<Path> cache) {
  /** The name the fetcher gives itself in its user agent and looks for in robots.txt. */
  public static final String PRODUCT = "Corroborate";

  public FetchOptions {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(productToken, "productToken");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(hostInterval, "hostInterval");
    Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
    Objects.requireNonNull(cache, "cache");
    if (maxBytes <= 0 || maxRedirects < 0 || maxSitemapDepth < 1 || maxLinks < 1) {
      throw new IllegalArgumentException(
          "maxBytes, maxSitemapDepth and maxLinks must be > 0 and maxRedirects >= 0");
    }
    if (timeout.isNegative() || timeout.isZero() || hostInterval.isNegative()) {
      throw new IllegalArgumentException("timeout must be > 0 and hostInterval >= 0");
    }
  }

  /**
   * Polite defaults for {@code version} of the product: 10 s to connect, 30 s a response, 16 MiB a
   * body, one request a second per host, Crawl-delay honoured up to a minute, 5 redirects, sitemap
   * indexes 3 deep, 50,000 pages a feed or sitemap (the sitemap protocol's own limit), no cache.
   */
  public static FetchOptions defaults(String version) {
    return new FetchOptions(
        userAgent(version, Optional.empty()),
        PRODUCT.toLowerCase(java.util.Locale.ROOT),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        16L << 20,
        Duration.ofSeconds(1),
        Duration.ofSeconds(60),
        5,
        3,
        50_000,
        false,
        Optional.empty());
  }

  /** {@code Corroborate/0.1.0 (+https://desk.example.org/contact)}; the contact is optional. */
  public static String userAgent(String version, Optional<String> contact) {
    String ua = PRODUCT + "/" + version;
    return contact.filter(c -> !c.isBlank()).map(c -> ua + " (+" + c.strip() + ")").orElse(ua);
  }

  public FetchOptions withUserAgent(String userAgent) {
    return with(o -> o.userAgent = userAgent);
  }

  public FetchOptions withTimeout(Duration timeout) {
    return with(o -> o.timeout = timeout);
  }

  public FetchOptions withMaxBytes(long maxBytes) {
    return with(o -> o.maxBytes = maxBytes);
  }

  public FetchOptions withHostInterval(Duration hostInterval) {
    return with(o -> o.hostInterval = hostInterval);
  }

  public FetchOptions withRefetch(boolean refetch) {
    return with(o -> o.refetch = refetch);
  }

  public FetchOptions withCache(Path cache) {
    return with(o -> o.cache = Optional.of(cache));
  }

  /** These options with {@code change} made: every wither goes through the one constructor call. */
  private FetchOptions with(Consumer<Fields> change) {
    Fields f = new Fields(this);
    change.accept(f);
    return new FetchOptions(
        f.userAgent,
        f.productToken,
        f.connectTimeout,
        f.timeout,
        f.maxBytes,
        f.hostInterval,
        f.maxCrawlDelay,
        f.maxRedirects,
        f.maxSitemapDepth,
        f.maxLinks,
        f.refetch,
        f.cache);
  }

  /** The components, to copy the options with one of them changed. */
  private static final class Fields {
    String userAgent;
    String productToken;
    Duration connectTimeout;
    Duration timeout;
    long maxBytes;
    Duration hostInterval;
    Duration maxCrawlDelay;
    int maxRedirects;
    int maxSitemapDepth;
    int maxLinks;
    boolean refetch;
    Optional<Path> cache;

    Fields(FetchOptions o) {
      userAgent = o.userAgent;
      productToken = o.productToken;
      connectTimeout = o.connectTimeout;
      timeout = o.timeout;
      maxBytes = o.maxBytes;
      hostInterval = o.hostInterval;
      maxCrawlDelay = o.maxCrawlDelay;
      maxRedirects = o.maxRedirects;
      maxSitemapDepth = o.maxSitemapDepth;
      maxLinks = o.maxLinks;
      refetch = o.refetch;
      cache = o.cache;
    }
  }
}
