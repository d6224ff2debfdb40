package io.corroborate.clean.html;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.lang.LanguagePack;
import io.corroborate.model.FieldSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The metadata of a page with the evidence for each value, fields in priority order: title,
 * published, updated, author (one value per author, from byline evidence only), outlet, url,
 * language. Values that fail to parse are left out rather than guessed.
 *
 * <pre>
 * {@code List<FieldSource> fields = new Metadata(doc, index, jsonLd, urlHint).all(container, dateLines);}
 * </pre>
 */
public final class Metadata {
  /** Parsed once: a selector string would be parsed again for every container element. */
  private static final Evaluator TIME_WITH_DATETIME = QueryParser.parse("time[datetime]");

  private static final String[] PUBLISHED_META = {
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "originalpublicationdate",
    "citation_publication_date",
    "citation_date",
    "release_date",
    "created",
    "date.created",
    "dc.date.created"
  };
  private static final String[] UPDATED_META = {
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "lastmod",
    "article.updated",
    "revised"
  };
  private static final String[] AUTHOR_META = {
    "author",
    "article:author",
    "parsely-author",
    "dc.creator",
    "dcterms.creator",
    "sailthru.author",
    "citation_author"
  };
  private static final Pattern TITLE_SEPARATOR =
      Pattern.compile("\\s+[|\\-–—:·•»«/]\\s+|\\s*[|·•»]\\s*|\\s+::\\s+");
  private static final Pattern BYLINE_PREFIX =
      Pattern.compile(
          "(?iu)^\\s*("
              + io.corroborate.clean.html.PageWords.alternationOf(Cascade.bylineWords(true))
              + ")\\s*:?\\s+");

  /** A byline word left before one of several names ("Ana Ruiz and by Tom Li"). */
  private static final Pattern PART_PREFIX =
      Pattern.compile(
          "(?iu)^("
              + io.corroborate.clean.html.PageWords.alternationOf(Cascade.bylineWords(false))
              + ")\\s+");

  private static final Pattern NAME_SPLIT =
      Pattern.compile(
          "\\s*(?:,|;|\\s+(?:"
              + LanguagePack.alternationOf(LanguagePack.everyLanguage("coordinators.txt"), "\\s+")
              + ")\\s+)\\s*");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Where a byline's names end: "By Ana Ruiz | 19 Feb 2025", "Tom Li - Staff writer". */
  private static final Pattern BYLINE_END = Pattern.compile("\\s*[|•·—–]\\s*|\\s+-\\s+");

  private final Document doc;
  private final JsonLd ld;
  private final Optional<JsonNode> article;
  private final String urlHint;
  private final Map<String, String> metas = new HashMap<>();

  private final PageIndex index;
  private String canonicalHref;

  /**
   * Whether each date value met on this page parses: a page gives the same date from several
   * sources, and parsing it is dear.
   */
  private final Map<String, Boolean> parsedDates = new HashMap<>();

  private List<FieldSource> titles;

  public Metadata(Document doc, PageIndex index, JsonLd ld, String urlHint) {
    this.doc = doc;
    this.index = index;
    this.ld = ld;
    this.article = ld.article();
    this.urlHint = urlHint;
    int n = 0;
    for (Element m : index.metas()) {
      String name =
          m.hasAttr("name")
              ? m.attr("name")
              : m.hasAttr("property") ? m.attr("property") : m.attr("itemprop");
      String v = m.attr("content").strip();
      if (!name.isEmpty() && !v.isEmpty()) {
        metas.putIfAbsent(name.toLowerCase(Locale.ROOT), v);
      }
    }
  }

  /** The best title, for recognising the headline among the page's blocks. */
  public Optional<String> title() {
    return titles().stream().findFirst().map(FieldSource::value);
  }

  /** The title candidates, found once: the cascade asks for the title and the fields list them. */
  private List<FieldSource> titles() {
    if (titles == null) {
      titles = List.copyOf(findTitles());
    }
    return titles;
  }

  private List<FieldSource> findTitles() {
    List<FieldSource> out = new ArrayList<>();
    article
        .flatMap(a -> JsonLd.text(a, "headline"))
        .ifPresent(v -> add(out, "title", v, "json-ld headline"));
    meta("og:title").ifPresent(v -> add(out, "title", v, "meta og:title"));
    meta("twitter:title").ifPresent(v -> add(out, "title", v, "meta twitter:title"));
    String t = doc.title();
    if (!t.isBlank()) {
      add(out, "title", trimSiteSuffix(t.strip()), "html <title> without site suffix");
    }
    if (!index.h1().isEmpty()) {
      add(out, "title", index.h1().get(0).text(), "first <h1>");
    }
    return out;
  }

  /**
   * Drops the " | Site" part of a {@code <title>}: the shorter part when the title splits once or
   * more.
   */
  String trimSiteSuffix(String t) {
    String site = meta("og:site_name").orElse("").toLowerCase(Locale.ROOT);
    String[] parts = TITLE_SEPARATOR.split(t);
    if (parts.length < 2) {
      return t;
    }
    String best = "";
    for (String p : parts) {
      String q = p.strip();
      if (!site.isEmpty() && q.toLowerCase(Locale.ROOT).equals(site)) {
        continue;
      }
      if (q.length() > best.length()) {
        best = q;
      }
    }
    // A real title split by a dash keeps both halves when neither half is a short site name.
    String first = parts[0].strip();
    String last = parts[parts.length - 1].strip();
    if (parts.length == 2
        && SPACES.split(first).length > 3
        && SPACES.split(last).length > 3
        && site.isEmpty()) {
      return t;
    }
    return best.isEmpty() ? t : best;
  }

  /**
   * Every field, in the order Clean reads them.
   *
   * @param region the article's container elements (empty when none was found)
   * @param dateLines the texts the cascade took for date lines and bylines, in order
   */
  public List<FieldSource> all(List<Element> region, List<String> dateLines) {
    List<FieldSource> out = new ArrayList<>(titles());
    published(out, region, dateLines);
    updated(out, region);
    authors(out, region);
    outlet(out);
    url(out);
    language(out);
    return out;
  }

  private void published(List<FieldSource> out, List<Element> region, List<String> dateLines) {
    article
        .flatMap(a -> JsonLd.text(a, "datePublished"))
        .flatMap(Dates::normalize)
        .ifPresent(v -> add(out, "published", v, "json-ld datePublished"));
    for (String name : PUBLISHED_META) {
      meta(name).flatMap(Dates::normalize).ifPresent(v -> add(out, "published", v, "meta " + name));
    }
    for (Element e : index.datePublished()) {
      attrDate(e).ifPresent(v -> add(out, "published", v, "itemprop=datePublished"));
    }
    ld.webPage()
        .flatMap(a -> JsonLd.text(a, "datePublished"))
        .flatMap(Dates::normalize)
        .ifPresent(v -> add(out, "published", v, "json-ld WebPage datePublished"));
    for (Element c : region) {
      Element time = c.selectFirst(TIME_WITH_DATETIME);
      if (time != null) {
        Dates.normalize(time.attr("datetime"))
            .ifPresent(v -> add(out, "published", v, "<time datetime> in article"));
      }
    }
    Optional.ofNullable(url().orElse(urlHint))
        .flatMap(Dates::inUrl)
        .ifPresent(v -> add(out, "published", v, "date in url"));
    if (!urlHint.isEmpty()) {
      Dates.inUrl(urlHint).ifPresent(v -> add(out, "published", v, "date in url"));
    }
    for (String line : dateLines) {
      Dates.inText(line).ifPresent(v -> add(out, "published", v, "date line in article"));
    }
  }

  private void updated(List<FieldSource> out, List<Element> region) {
    article
        .flatMap(a -> JsonLd.text(a, "dateModified"))
        .flatMap(Dates::normalize)
        .ifPresent(v -> add(out, "updated", v, "json-ld dateModified"));
    for (String name : UPDATED_META) {
      meta(name).flatMap(Dates::normalize).ifPresent(v -> add(out, "updated", v, "meta " + name));
    }
    for (Element e : index.dateModified()) {
      attrDate(e).ifPresent(v -> add(out, "updated", v, "itemprop=dateModified"));
    }
  }

  private static Optional<String> attrDate(Element e) {
    for (String a : new String[] {"datetime", "content"}) {
      if (e.hasAttr(a)) {
        Optional<String> d = Dates.normalize(e.attr(a));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Dates.normalize(e.text());
  }

  private void authors(List<FieldSource> out, List<Element> region) {
    article.ifPresent(
        a ->
            ld.names(a, "author")
                .forEach(n -> cleanNames(n).forEach(v -> add(out, "author", v, "json-ld author"))));
    for (String name : AUTHOR_META) {
      for (Element m : index.metas()) {
        String key = m.hasAttr("name") ? m.attr("name") : m.attr("property");
        if (!key.equalsIgnoreCase(name)) {
          continue;
        }
        String v = m.attr("content").strip();
        if (!v.isEmpty() && !v.startsWith("http") && !v.contains("@")) {
          cleanNames(v).forEach(n -> add(out, "author", n, "meta " + name));
        }
      }
    }
    int found = 0;
    for (Element e : index.authorCandidates()) {
      if (found >= 10 || !inRegion(e, region) || insideJunk(e)) {
        continue;
      }
      String what =
          e.hasAttr("rel") && e.attr("rel").equals("author")
              ? "byline rel=author"
              : e.hasAttr("itemprop") ? "byline itemprop=author" : "byline " + Cascade.describe(e);
      Element name = e.selectFirst("[itemprop=name]");
      String text = name != null ? name.text() : e.text();
      if (text.length() > 120) {
        continue;
      }
      for (String n : cleanNames(text)) {
        add(out, "author", n, what);
        found++;
      }
    }
  }

  private static boolean inRegion(Element e, List<Element> region) {
    if (region.isEmpty()) {
      return true;
    }
    for (Element c : region) {
      // Inside the container, or in the same article element as the container (its header).
      Element art = c;
      int steps = 0;
      while (art != null && steps++ < 6 && !art.normalName().equals("article")) {
        art = art.parent();
      }
      Element scope = art != null && art.normalName().equals("article") ? art : c;
      Element p = e;
      int up = 0;
      while (p != null && up++ < 400) {
        if (p == scope) {
          return true;
        }
        p = p.parent();
      }
    }
    return false;
  }

  private static boolean insideJunk(Element e) {
    ClassHints hints = new ClassHints();
    Element p = e;
    int up = 0;
    while (p != null && up++ < 400) {
      if (Hint.has(
          hints.of(p),
          Hint.COMMENT
              | Hint.RELATED
              | Hint.SIDEBAR
              | Hint.NAV
              | Hint.FOOTER
              | Hint.BIO
              | Hint.SHARE)) {
        return true;
      }
      p = p.parent();
    }
    return false;
  }

  /** Names from a byline: "By Ana Ruiz and Tom Li | 19 Feb 2025" gives Ana Ruiz, Tom Li. */
  static List<String> cleanNames(String raw) {
    String s = raw.replace('\n', ' ').strip();
    s = BYLINE_END.split(s)[0];
    s = BYLINE_PREFIX.matcher(s).replaceFirst("");
    Set<String> out = new LinkedHashSet<>();
    for (String part : NAME_SPLIT.split(s)) {
      String n = PART_PREFIX.matcher(part.strip()).replaceFirst("");
      if (n.length() < 3
          || n.length() > 60
          || SPACES.split(n).length > 6
          || Dates.inText(n).isPresent()) {
        continue;
      }
      if (!Character.isLetter(n.codePointAt(0)) || n.startsWith("http")) {
        continue;
      }
      out.add(n);
    }
    return List.copyOf(out);
  }

  private void outlet(List<FieldSource> out) {
    article.ifPresent(
        a -> {
          JsonNode pub = a.get("publisher");
          if (pub != null) {
            JsonNode r = ld.resolve(pub.isArray() && pub.size() > 0 ? pub.get(0) : pub);
            if (r.isObject()) {
              JsonLd.text(r, "name")
                  .ifPresent(v -> add(out, "outlet", v, "json-ld publisher.name"));
            } else if (r.isTextual()) {
              add(out, "outlet", r.asText(), "json-ld publisher");
            }
          }
        });
    meta("og:site_name").ifPresent(v -> add(out, "outlet", v, "meta og:site_name"));
    meta("application-name").ifPresent(v -> add(out, "outlet", v, "meta application-name"));
    Optional<String> u = urlHint.isEmpty() ? url() : Optional.of(urlHint);
    u.flatMap(Metadata::domain)
        .ifPresent(
            v ->
                add(
                    out,
                    "outlet",
                    v,
                    urlHint.isEmpty() ? "domain of canonical url" : "domain of url"));
  }

  static Optional<String> domain(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null || host.isEmpty()) {
        return Optional.empty();
      }
      host = host.toLowerCase(Locale.ROOT);
      return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<String> url() {
    String v = canonicalHref();
    if (v.startsWith("http")) {
      return Optional.of(v.strip());
    }
    return meta("og:url").filter(v2 -> v2.startsWith("http"));
  }

  /**
   * The first canonical link's {@code href}, made absolute where it can be; "" when the page has
   * none. Resolved once: several fields read it.
   */
  private String canonicalHref() {
    if (canonicalHref == null) {
      Element canon = index.canonical().isEmpty() ? null : index.canonical().get(0);
      if (canon == null) {
        canonicalHref = "";
      } else {
        String abs = canon.absUrl("href");
        canonicalHref = abs.isEmpty() ? canon.attr("href") : abs;
      }
    }
    return canonicalHref;
  }

  private void url(List<FieldSource> out) {
    String canon = canonicalHref();
    if (canon.startsWith("http")) {
      add(out, "url", canon, "link rel=canonical");
    }
    meta("og:url")
        .filter(v -> v.startsWith("http"))
        .ifPresent(v -> add(out, "url", v, "meta og:url"));
    article
        .flatMap(a -> JsonLd.text(a, "url"))
        .filter(v -> v.startsWith("http"))
        .ifPresent(v -> add(out, "url", v, "json-ld url"));
  }

  private void language(List<FieldSource> out) {
    Element html = doc.children().isEmpty() ? null : doc.child(0);
    if (html != null) {
      lang(html.attr("lang")).ifPresent(v -> add(out, "language", v, "<html lang>"));
      lang(html.attr("xml:lang")).ifPresent(v -> add(out, "language", v, "<html xml:lang>"));
    }
    for (Element m : index.metas()) {
      if (m.attr("http-equiv").equalsIgnoreCase("content-language")) {
        lang(m.attr("content")).ifPresent(v -> add(out, "language", v, "meta content-language"));
      }
    }
    meta("language")
        .flatMap(Metadata::lang)
        .ifPresent(v -> add(out, "language", v, "meta language"));
    meta("dc.language")
        .flatMap(Metadata::lang)
        .ifPresent(v -> add(out, "language", v, "meta dc.language"));
    meta("og:locale")
        .flatMap(Metadata::lang)
        .ifPresent(v -> add(out, "language", v, "meta og:locale"));
    article
        .flatMap(a -> JsonLd.text(a, "inLanguage"))
        .flatMap(Metadata::lang)
        .ifPresent(v -> add(out, "language", v, "json-ld inLanguage"));
  }

  /** The two-letter code of a language tag ("en-US", "de_DE", "fr"), if it has one. */
  static Optional<String> lang(String tag) {
    String s = tag.strip().toLowerCase(Locale.ROOT);
    if (s.length() >= 2
        && Character.isLetter(s.charAt(0))
        && Character.isLetter(s.charAt(1))
        && (s.length() == 2 || s.charAt(2) == '-' || s.charAt(2) == '_')) {
      String code = s.substring(0, 2);
      if (code.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  /** A {@code <meta>} by name or property, case-insensitive. */
  Optional<String> meta(String name) {
    return Optional.ofNullable(metas.get(name.toLowerCase(Locale.ROOT)));
  }

  private void add(List<FieldSource> out, String field, String value, String source) {
    String v = Cascade.squash(value);
    if (v.isEmpty() || v.length() > 1_000) {
      return;
    }
    if ((field.equals("published") || field.equals("updated"))
        && !parsedDates.computeIfAbsent(v, Dates::parses)) {
      return;
    }
    for (FieldSource f : out) {
      if (f.field().equals(field) && f.value().equals(v) && f.source().equals(source)) {
        return;
      }
    }
    out.add(new FieldSource(field, v, source));
  }
}
