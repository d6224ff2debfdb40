package io.corroborate.ingest.fetch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.corroborate.ingest.Input;
import io.corroborate.ingest.UrlResolver;
import io.corroborate.internal.Failures;
import io.corroborate.model.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns an address into the pages to read. What the address serves decides:
 *
 * <ol>
 *   <li>a sitemap ({@code <urlset>}, gzipped or not): every {@code <loc>} is a page;
 *   <li>a sitemap index ({@code <sitemapindex>}): each sitemap it lists is read the same way, up to
 *       {@link FetchOptions#maxSitemapDepth()} levels;
 *   <li>an RSS or Atom feed: each item's link is a page (feeds mostly carry a summary, the page the
 *       article); a feed whose items have no links is read as a feed, its items' content being the
 *       articles;
 *   <li>anything else is itself a page.
 * </ol>
 *
 * <p>For a run ({@link #forRun}) everything is read from the cache when it is there. For a watch
 * ({@link #forWatch}) the feeds and sitemaps given are asked for again every round (with the kept
 * validators), pages already read into the store in an earlier round are passed over (whether a
 * feed, a sitemap or the user named them), and a page whose feed item says it was updated after it
 * was fetched is fetched again (a revision). {@link #commit} records, after a round's articles are
 * stored, that its pages have been read.
 *
 * <pre>{@code Corroborate c = Corroborate.builder().fetch(Links.forRun(fetcher)).build();}</pre>
 */
public final class Links implements UrlResolver {
  private final Fetcher fetcher;
  private final boolean watch;
  private final Set<String> handedOut = new LinkedHashSet<>();

  private Links(Fetcher fetcher, boolean watch) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.watch = watch;
  }

  public static Links forRun(Fetcher fetcher) {
    return new Links(fetcher, false);
  }

  public static Links forWatch(Fetcher fetcher) {
    return new Links(fetcher, true);
  }

  /** What an address served, as far as choosing how to read it goes. */
  enum Kind {
    SITEMAP,
    SITEMAP_INDEX,
    FEED,
    PAGE
  }

  @Override
  public synchronized void resolve(String url, Consumer<Input> out, Consumer<Rejection> reject) {
    // Only pages are marked read: an address that is one was read in an earlier round.
    if (watch && !fetcher.options().refetch() && fetcher.cache().done(url)) {
      return;
    }
    Fetcher.Result r =
        fetcher.fetch(url, watch ? Fetcher.Freshness.REVALIDATE : Fetcher.Freshness.CACHED);
    if (r instanceof Fetcher.Failed f) {
      reject.accept(f.rejection());
      return;
    }
    Fetcher.Fetched ok = (Fetcher.Fetched) r;
    byte[] bytes = ok.bytes();
    int[] budget = {fetcher.options().maxLinks()};
    switch (kind(bytes, fetcher.options().maxBytes())) {
      case SITEMAP, SITEMAP_INDEX -> sitemap(url, ok, bytes, 1, budget, out, reject);
      case FEED -> feed(url, ok, bytes, budget, out, reject);
      case PAGE -> emit(url, ok, out);
    }
  }

  /**
   * Records that the pages handed out since the last commit are read into the store, so that later
   * watch rounds pass over them. Call it once the round's articles and rejections are stored.
   */
  public synchronized void commit() {
    for (String url : handedOut) {
      fetcher.cache().markDone(url);
    }
    handedOut.clear();
  }

  private void emit(String url, Fetcher.Fetched ok, Consumer<Input> out) {
    if (watch && ok.fromCache() && fetcher.cache().done(url)) {
      return;
    }
    handedOut.add(url);
    out.accept(Input.fetched(url, ok.body(), ok.remote()));
  }

  /** A page a feed or sitemap names; {@code changed} is when its source says it last changed. */
  private void page(
      String url, Optional<Date> changed, Consumer<Input> out, Consumer<Rejection> reject) {
    Optional<FetchCache.Entry> kept = fetcher.cache().entry(url);
    boolean revised =
        kept.isPresent()
            && changed.isPresent()
            && changed.get().toInstant().isAfter(kept.get().fetched());
    if (watch && !revised && fetcher.cache().done(url)) {
      return;
    }
    Fetcher.Result r =
        fetcher.fetch(url, revised ? Fetcher.Freshness.REVALIDATE : Fetcher.Freshness.CACHED);
    if (r instanceof Fetcher.Failed f) {
      reject.accept(f.rejection());
      return;
    }
    emit(url, (Fetcher.Fetched) r, out);
  }

  private void sitemap(
      String url,
      Fetcher.Fetched ok,
      byte[] bytes,
      int depth,
      int[] budget,
      Consumer<Input> out,
      Consumer<Rejection> reject) {
    Document doc;
    try {
      doc =
          Jsoup.parse(
              new String(inflated(bytes, fetcher.options().maxBytes()), StandardCharsets.UTF_8),
              "",
              Parser.xmlParser());
    } catch (IOException e) {
      reject.accept(new Rejection(url, 0, Rejection.Kind.UNREADABLE, "sitemap: " + e.getMessage()));
      return;
    }
    URI base = URI.create(ok.entry().finalUrl());
    boolean index = kind(bytes, fetcher.options().maxBytes()) == Kind.SITEMAP_INDEX;
    List<String> locs = new ArrayList<>();
    for (Element loc : doc.getElementsByTag("loc")) {
      Element parent = loc.parent();
      String p = parent == null ? "" : localName(parent.tagName());
      if ((index && p.equals("sitemap")) || (!index && p.equals("url"))) {
        resolved(base, loc.text()).ifPresent(locs::add);
      }
    }
    if (locs.isEmpty()) {
      reject.accept(
          new Rejection(
              url,
              0,
              Rejection.Kind.NO_ARTICLE,
              index ? "sitemap index lists no sitemap" : "sitemap lists no page"));
      return;
    }
    for (String loc : locs) {
      if (index) {
        if (depth >= fetcher.options().maxSitemapDepth()) {
          reject.accept(
              new Rejection(
                  loc,
                  0,
                  Rejection.Kind.TOO_LARGE,
                  "limit: sitemap indexes nested deeper than "
                      + fetcher.options().maxSitemapDepth()
                      + " levels; not read"));
          continue;
        }
        Fetcher.Result r =
            fetcher.fetch(loc, watch ? Fetcher.Freshness.REVALIDATE : Fetcher.Freshness.CACHED);
        if (r instanceof Fetcher.Failed f) {
          reject.accept(f.rejection());
          continue;
        }
        Fetcher.Fetched child = (Fetcher.Fetched) r;
        byte[] childBytes = child.bytes();
        Kind k = kind(childBytes, fetcher.options().maxBytes());
        if (k != Kind.SITEMAP && k != Kind.SITEMAP_INDEX) {
          reject.accept(
              new Rejection(
                  loc,
                  0,
                  Rejection.Kind.UNSUPPORTED,
                  "listed in sitemap index " + url + " but not a sitemap"));
          continue;
        }
        sitemap(loc, child, childBytes, depth + 1, budget, out, reject);
      } else {
        if (!spend(url, budget, reject)) {
          return;
        }
        page(loc, Optional.empty(), out, reject);
      }
    }
  }

  private void feed(
      String url,
      Fetcher.Fetched ok,
      byte[] bytes,
      int[] budget,
      Consumer<Input> out,
      Consumer<Rejection> reject) {
    SyndFeed feed;
    try (XmlReader xml = new XmlReader(new ByteArrayInputStream(bytes), true)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(xml);
    } catch (Exception e) {
      // Not readable here: the feed reader says why, with the same words as for a feed file.
      emit(url, ok, out);
      return;
    }
    URI base = URI.create(ok.entry().finalUrl());
    List<SyndEntry> entries = feed.getEntries();
    boolean anyLink = entries.stream().anyMatch(e -> link(base, e).isPresent());
    if (!anyLink) {
      emit(url, ok, out);
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry e = entries.get(i);
      Optional<String> link = link(base, e);
      if (link.isEmpty()) {
        reject.accept(
            new Rejection(
                url,
                0,
                Rejection.Kind.NO_ARTICLE,
                "feed item "
                    + (i + 1)
                    + (e.getTitle() == null ? "" : " (" + e.getTitle().strip() + ")")
                    + " has no link to fetch"));
        continue;
      }
      if (!spend(url, budget, reject)) {
        return;
      }
      Date changed = e.getUpdatedDate() != null ? e.getUpdatedDate() : e.getPublishedDate();
      page(link.get(), Optional.ofNullable(changed), out, reject);
    }
  }

  private boolean spend(String url, int[] budget, Consumer<Rejection> reject) {
    if (budget[0] == 0) {
      reject.accept(
          new Rejection(
              url,
              0,
              Rejection.Kind.TOO_LARGE,
              "limit: names more than "
                  + fetcher.options().maxLinks()
                  + " pages; the rest are not read"));
      budget[0] = -1;
      return false;
    }
    if (budget[0] < 0) {
      return false;
    }
    budget[0]--;
    return true;
  }

  private static Optional<String> link(URI base, SyndEntry e) {
    String l = e.getLink();
    if (l == null || l.isBlank()) {
      l = e.getUri();
    }
    return l == null ? Optional.empty() : resolved(base, l);
  }

  private static Optional<String> resolved(URI base, String link) {
    try {
      URI u = base.resolve(link.strip());
      String s = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (s.equals("http") || s.equals("https")) && u.getHost() != null
          ? Optional.of(u.toString())
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The kind of document {@code bytes} hold, by their root element. */
  static Kind kind(byte[] bytes, long maxBytes) {
    byte[] b;
    try {
      b = inflated(bytes, maxBytes);
    } catch (IOException e) {
      return Kind.PAGE;
    }
    String root = rootElement(new String(b, 0, Math.min(b.length, 8192), StandardCharsets.UTF_8));
    return switch (root) {
      case "urlset" -> Kind.SITEMAP;
      case "sitemapindex" -> Kind.SITEMAP_INDEX;
      case "rss", "feed", "rdf" -> Kind.FEED;
      default -> Kind.PAGE;
    };
  }

  /** The first element's local name, lower case, past a byte order mark, prolog and comments. */
  static String rootElement(String head) {
    int i = 0;
    while (i < head.length()) {
      int lt = head.indexOf('<', i);
      if (lt < 0 || lt + 1 >= head.length()) {
        return "";
      }
      char c = head.charAt(lt + 1);
      if (c == '?' || c == '!') {
        int end = head.startsWith("<!--", lt) ? head.indexOf("-->", lt) : head.indexOf('>', lt);
        if (end < 0) {
          return "";
        }
        i = end + 1;
        continue;
      }
      int j = lt + 1;
      while (j < head.length()
          && !Character.isWhitespace(head.charAt(j))
          && head.charAt(j) != '>'
          && head.charAt(j) != '/') {
        j++;
      }
      return localName(head.substring(lt + 1, j)).toLowerCase(Locale.ROOT);
    }
    return "";
  }

  private static String localName(String tag) {
    int colon = tag.indexOf(':');
    return colon >= 0 ? tag.substring(colon + 1) : tag;
  }

  /** The bytes, gunzipped when they are gzip (a {@code sitemap.xml.gz}), at most {@code max}. */
  private static byte[] inflated(byte[] bytes, long max) throws IOException {
    if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
      return bytes;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (out.length > max) {
        throw new IOException("gzip content expands past the " + max + "-byte limit");
      }
      return out;
    } catch (RuntimeException e) {
      throw new IOException(Failures.describe(e), e);
    }
  }
}
