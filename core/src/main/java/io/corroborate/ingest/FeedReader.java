package io.corroborate.ingest;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.corroborate.internal.Failures;
import io.corroborate.model.Format;
import io.corroborate.model.Ids;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * RSS and Atom feeds whose items carry the article, read with Rome. Each item with content becomes
 * a document whose content is HTML: {@code content:encoded} or Atom {@code content}, else the
 * {@code description}/{@code summary}; plain-text content is escaped into paragraphs and an
 * inline-only fragment is wrapped in one. Hints: the item's title, link (as {@code url}), authors
 * ({@code dc:creator} and feed authors, one hint each), published and updated dates, the feed's
 * language, and the feed's title as the outlet. Rome gives no byte offsets, so every item's origin
 * offset is 0 and an {@code item} hint holds its number (from 1). The content id hashes the item's
 * content as given. A feed that does not parse as a whole is read item by item (see {@link
 * #itemByItem}): a malformed item is rejected at its byte offset and the others are read.
 *
 * <pre>{@code new FeedReader(options).read(source, in, size, sink);}</pre>
 */
final class FeedReader implements FormatReader {
  private static final String BLOCKS =
      "p,div,br,li,h1,h2,h3,h4,h5,h6,blockquote,article,section,table,pre";
  private static final Pattern XML_ENCODING =
      Pattern.compile("\\A\\s*<\\?xml[^>]*encoding\\s*=", Pattern.CASE_INSENSITIVE);

  private final IngestOptions options;

  FeedReader(IngestOptions options) {
    this.options = options;
  }

  @Override
  public void read(Source source, InputStream in, long knownSize, Sink sink) {
    Source.Whole whole = source.readWhole(in, knownSize, options);
    if (whole.rejection().isPresent()) {
      sink.reject(whole.rejection().get());
      return;
    }
    byte[] bytes = whole.bytes();
    Optional<String> binary = Charsets.binaryReason(bytes, bytes.length, options.maxControlRatio());
    if (binary.isPresent()) {
      sink.reject(source.reject(0, Rejection.Kind.BINARY, binary.get()));
      return;
    }
    // Markup nested past the limit would cost the XML parser minutes: cut it out, keep the rest.
    boolean utf16 =
        Charsets.bom(bytes, bytes.length)
            .filter(b -> b.charset() != StandardCharsets.UTF_8)
            .isPresent();
    if (!utf16) {
      XmlDepth.Pruned pruned = XmlDepth.prune(bytes, options.maxNestingDepth());
      if (pruned.cuts() > 0) {
        sink.reject(
            source.reject(
                pruned.firstCut(),
                Rejection.Kind.TOO_LARGE,
                "limit: markup nested deeper than "
                    + options.maxNestingDepth()
                    + " levels is left out ("
                    + pruned.cuts()
                    + (pruned.cuts() == 1 ? " element" : " elements")
                    + "); the rest of the feed is read"));
        bytes = pruned.bytes();
      }
    }
    Parsed parsed;
    try {
      parsed = parse(bytes);
    } catch (FeedException | IOException | RuntimeException e) {
      // Lenient: one malformed item must not cost the others. Each item is parsed on its own
      // inside the feed's head; when even the head does not parse, the feed is rejected.
      if (!itemByItem(source, bytes, sink)) {
        sink.reject(source.reject(0, Rejection.Kind.UNREADABLE, "not a feed: " + describe(e)));
      }
      return;
    }
    SyndFeed feed = parsed.feed();
    String charsetSource = charsetSource(bytes);
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      sink.reject(source.reject(0, Rejection.Kind.NO_ARTICLE, "feed has no items"));
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      if (i == options.maxRecordsPerContainer()) {
        sink.reject(pastLimit(source, 0, i + 1, entries.size() - i));
        return;
      }
      item(source, 0, feed, entries.get(i), i + 1, parsed.charset(), charsetSource, sink);
    }
  }

  /** A feed as Rome reads it, and the charset its XML reader used. */
  private record Parsed(SyndFeed feed, String charset) {}

  private static Parsed parse(byte[] bytes) throws IOException, FeedException {
    try (XmlReader xml = new XmlReader(new ByteArrayInputStream(bytes), true)) {
      SyndFeedInput input = new SyndFeedInput();
      // No DOCTYPEs: they are how XML external-entity attacks get in.
      input.setAllowDoctypes(false);
      return new Parsed(input.build(xml), xml.getEncoding());
    }
  }

  private static String describe(Exception e) {
    return e instanceof RuntimeException ? Failures.describe(e) : firstLine(e.getMessage());
  }

  private Rejection pastLimit(Source source, long offset, int number, int left) {
    return source.reject(
        offset,
        Rejection.Kind.TOO_LARGE,
        "limit: feed item "
            + number
            + " is past the limit of "
            + options.maxRecordsPerContainer()
            + " records in one file; the "
            + left
            + " items from it are not read");
  }

  /**
   * Reads a feed that does not parse as a whole one item at a time: (1) the items are found as
   * {@code <item>...</item>} (RSS) or {@code <entry>...</entry>} (Atom) spans of the bytes; (2)
   * each is parsed inside the feed's head (everything before the first item) and the closing tags
   * of its root; (3) an item that still does not parse is rejected alone, at its byte offset.
   * Returns false, having read nothing, when there are no items or the head itself does not parse.
   */
  private boolean itemByItem(Source source, byte[] bytes, Sink sink) {
    // One char per byte, so string indices are byte offsets; tags are ASCII in every charset
    // a feed may use once UTF-16 is ruled out.
    String view = new String(bytes, StandardCharsets.ISO_8859_1);
    boolean atom = !view.contains("<item") && view.contains("<entry");
    String open = atom ? "<entry" : "<item";
    String close = atom ? "</entry>" : "</item>";
    List<int[]> spans = new ArrayList<>();
    for (int from = 0; ; ) {
      int start = tagStart(view, open, from);
      if (start < 0) {
        break;
      }
      int end = view.indexOf(close, start);
      int next = tagStart(view, open, start + open.length());
      if (end < 0 || (next >= 0 && next < end)) {
        // An item that never closes (cut short, or broken inside): up to the next item.
        end = next >= 0 ? next : view.length();
        spans.add(new int[] {start, end});
        from = end;
      } else {
        spans.add(new int[] {start, end + close.length()});
        from = end + close.length();
      }
    }
    if (spans.isEmpty()) {
      return false;
    }
    byte[] head = Arrays.copyOfRange(bytes, 0, spans.get(0)[0]);
    String root = view.contains("<rdf:RDF") ? "</rdf:RDF>" : atom ? "</feed>" : "</channel></rss>";
    byte[] tail = root.getBytes(StandardCharsets.US_ASCII);
    Parsed empty;
    try {
      empty = parse(concat(head, new byte[0], tail));
    } catch (FeedException | IOException | RuntimeException e) {
      return false;
    }
    String charsetSource = charsetSource(bytes);
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      if (i == options.maxRecordsPerContainer()) {
        sink.reject(pastLimit(source, span[0], i + 1, spans.size() - i));
        return true;
      }
      byte[] one = concat(head, Arrays.copyOfRange(bytes, span[0], span[1]), tail);
      String why;
      try {
        Parsed p = parse(one);
        if (p.feed().getEntries().size() == 1) {
          item(
              source,
              span[0],
              p.feed(),
              p.feed().getEntries().get(0),
              i + 1,
              empty.charset(),
              charsetSource,
              sink);
          continue;
        }
        why = "it does not hold one whole item";
      } catch (FeedException | IOException | RuntimeException e) {
        why = describe(e);
      }
      sink.reject(
          source.reject(
              span[0],
              Rejection.Kind.UNREADABLE,
              "feed item " + (i + 1) + " is malformed (" + why + "); the other items are read"));
    }
    return true;
  }

  /** Where the tag {@code open} ({@code <item}) starts at or after {@code from}, or -1. */
  private static int tagStart(String view, String open, int from) {
    for (int i = view.indexOf(open, from); i >= 0; i = view.indexOf(open, i + 1)) {
      int after = i + open.length();
      if (after < view.length()) {
        char c = view.charAt(after);
        if (c == '>' || c == '/' || Character.isWhitespace(c)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b, byte[] c) {
    byte[] out = Arrays.copyOf(a, a.length + b.length + c.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    System.arraycopy(c, 0, out, a.length + b.length, c.length);
    return out;
  }

  private void item(
      Source source,
      long offset,
      SyndFeed feed,
      SyndEntry e,
      int number,
      String charset,
      String charsetSource,
      Sink sink) {
    Optional<SyndContent> content =
        e.getContents().stream()
            .filter(c -> c.getValue() != null && !c.getValue().isBlank())
            .findFirst();
    if (content.isEmpty()
        && e.getDescription() != null
        && e.getDescription().getValue() != null
        && !e.getDescription().getValue().isBlank()) {
      content = Optional.of(e.getDescription());
    }
    String label =
        "feed item " + number + (e.getTitle() == null ? "" : " (" + e.getTitle().strip() + ")");
    if (content.isEmpty()) {
      sink.reject(
          source.reject(
              offset,
              Rejection.Kind.NO_ARTICLE,
              label + " has no content, description or summary"));
      return;
    }
    String value = content.get().getValue();
    String html = isPlain(content.get().getType()) ? paragraphs(value) : blocks(value);
    Hints h = new Hints();
    h.add("url", link(e), "feed item link");
    h.add("title", e.getTitle(), "feed item title");
    h.add("outlet", feed.getTitle(), "feed title");
    authors(e, feed).forEach(a -> h.add("author", a, "feed item author"));
    h.add("published", Dates.iso(e.getPublishedDate()).orElse(null), "feed item published");
    h.add("updated", Dates.iso(e.getUpdatedDate()).orElse(null), "feed item updated");
    h.add("language", feed.getLanguage(), "feed language");
    h.add("item", String.valueOf(number), "feed item number");
    h.caller(options);
    sink.accept(
        new RawDocument(
            source.origin(offset, Format.FEED),
            Ids.sha256(value),
            html,
            charset,
            charsetSource,
            h.list()));
  }

  private static String link(SyndEntry e) {
    if (e.getLink() != null && !e.getLink().isBlank()) {
      return e.getLink();
    }
    String uri = e.getUri();
    return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : null;
  }

  /** {@code dc:creator}s (RSS may carry several), else the item's authors, else its author line. */
  private static List<String> authors(SyndEntry e, SyndFeed feed) {
    if (e.getModule(DCModule.URI) instanceof DCModule dc
        && dc.getCreators() != null
        && !dc.getCreators().isEmpty()) {
      return dc.getCreators();
    }
    List<String> named =
        e.getAuthors().stream()
            .map(SyndPerson::getName)
            .filter(n -> n != null && !n.isBlank())
            .toList();
    if (!named.isEmpty()) {
      return named;
    }
    if (e.getAuthor() != null && !e.getAuthor().isBlank()) {
      return List.of(e.getAuthor());
    }
    return feed.getAuthors().stream()
        .map(SyndPerson::getName)
        .filter(n -> n != null && !n.isBlank())
        .toList();
  }

  private static boolean isPlain(String type) {
    return type != null
        && (type.equalsIgnoreCase("text")
            || type.toLowerCase(Locale.ROOT).startsWith("text/plain"));
  }

  /**
   * Plain text as HTML paragraphs: blank lines separate them, and markup characters are escaped.
   */
  static String paragraphs(String text) {
    StringBuilder b = new StringBuilder();
    for (String p : text.strip().split("\\r?\\n\\s*\\r?\\n")) {
      if (!p.isBlank()) {
        b.append("<p>").append(Entities.escape(p.strip())).append("</p>\n");
      }
    }
    return b.toString();
  }

  /**
   * HTML as given when it has block elements; an inline-only fragment (a typical RSS description:
   * text with a few {@code <b>} or {@code <a>}) is wrapped in a paragraph, so it reads as one.
   */
  static String blocks(String html) {
    boolean hasBlocks = !Jsoup.parseBodyFragment(html).body().select(BLOCKS).isEmpty();
    return hasBlocks ? html : "<p>" + html.strip() + "</p>";
  }

  private static String charsetSource(byte[] bytes) {
    if (Charsets.bom(bytes, bytes.length).isPresent()) {
      return "byte order mark";
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
    return XML_ENCODING.matcher(head).find() ? "xml declaration" : "XML default (UTF-8)";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
