package io.corroborate.clean.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads the hints of one element from its tag, {@code class}, {@code id}, {@code role} and {@code
 * itemprop}. The vocabulary is generic web-page vocabulary (WordPress, schema.org, ARIA, common CMS
 * class names, a few German and French words), never the markup of a particular site. Not
 * thread-safe: one instance per page (it caches by attribute string).
 *
 * <pre>{@code int bits = new ClassHints().of(element);}</pre>
 */
public final class ClassHints {
  private final Map<String, Integer> cache = new HashMap<>();

  /** Exact tokens of class or id (split on anything not a letter or digit). */
  private static final Map<String, Integer> TOKENS = new HashMap<>();

  /** Stems looked for inside the whole lower-cased class and id string (compound names). */
  private static final Map<String, Integer> STEMS = new HashMap<>();

  private static final Set<String> CONTENT_A =
      Set.of(
          "article", "post", "entry", "story", "news", "blog", "content", "main", "single",
          "artikel", "page", "text");
  private static final Set<String> CONTENT_B =
      Set.of("body", "content", "text", "inner", "copy", "entry", "main", "story");
  private static final Set<String> CONTENT_WEAK =
      Set.of(
          "content", "article", "post", "entry", "story", "text", "main", "body", "blog", "hentry",
          "single", "artikel", "inhalt", "prose", "rte");

  static {
    tokens(
        Hint.NAV,
        "nav",
        "navbar",
        "navigation",
        "menu",
        "menus",
        "breadcrumb",
        "breadcrumbs",
        "pagination",
        "pager",
        "topbar",
        "toolbar",
        "masthead",
        "submenu",
        "dropdown",
        "mainmenu",
        "megamenu",
        "navi",
        "sitemap",
        "toc");
    tokens(Hint.FOOTER, "footer", "foot", "colophon", "fuss", "footnotes");
    tokens(
        Hint.COMMENT,
        "comment",
        "comments",
        "disqus",
        "respond",
        "replies",
        "reply",
        "discussion",
        "kommentar",
        "kommentare",
        "commentlist",
        "commentaires",
        "guestbook",
        "forum");
    tokens(
        Hint.RELATED,
        "related",
        "recommended",
        "recommendations",
        "popular",
        "trending",
        "outbrain",
        "taboola",
        "recirc",
        "also",
        "suggested",
        "suggestions",
        "mostread",
        "weitere",
        "more",
        "similar",
        "prev",
        "next",
        "previous",
        "postnav",
        "further",
        "promo",
        "promos",
        "carousel",
        "slider");
    tokens(
        Hint.SHARE,
        "share",
        "sharing",
        "social",
        "sharebar",
        "subscribe",
        "subscription",
        "newsletter",
        "signup",
        "donate",
        "donation",
        "follow",
        "addthis",
        "sharethis",
        "shariff",
        "teilen",
        "paywall",
        "login",
        "print",
        "socials",
        "likes",
        "like",
        "rating",
        "rate",
        "vote",
        "cta",
        "feedback",
        "flattr",
        "sharedaddy");
    tokens(
        Hint.AD,
        "ad",
        "ads",
        "adv",
        "advert",
        "advertisement",
        "advertising",
        "sponsor",
        "sponsored",
        "banner",
        "dfp",
        "adsense",
        "werbung",
        "anzeige",
        "commercial",
        "affiliate",
        "adslot",
        "adunit",
        "publicite",
        "marketing");
    tokens(
        Hint.BYLINE,
        "byline",
        "author",
        "authors",
        "writer",
        "autor",
        "meta",
        "postmeta",
        "entrymeta",
        "credits",
        "posted",
        "submitted");
    tokens(Hint.BIO, "bio", "authorbio", "biography", "profile", "authorbox", "vcard");
    tokens(
        Hint.DATE,
        "dateline",
        "date",
        "time",
        "timestamp",
        "published",
        "pubdate",
        "datum",
        "updated",
        "datetime");
    tokens(
        Hint.TAGS,
        "tags",
        "tag",
        "tagcloud",
        "keywords",
        "categories",
        "category",
        "cat",
        "topics",
        "schlagworte",
        "labels",
        "taxonomy",
        "filed");
    tokens(
        Hint.LEGAL,
        "copyright",
        "imprint",
        "impressum",
        "legal",
        "disclaimer",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "privacy",
        "terms",
        "license",
        "licence");
    tokens(
        Hint.SIDEBAR,
        "sidebar",
        "aside",
        "rail",
        "side",
        "secondary",
        "widget",
        "widgets",
        "sidebox",
        "marginal");
    tokens(Hint.HEADER, "header", "branding", "logo", "topnav", "kopf", "banner");
    tokens(Hint.CAPTION, "caption", "figcaption", "credit", "legende", "bildunterschrift");
    tokens(Hint.TITLE, "title", "headline", "heading", "titel", "ueberschrift");
    stems(Hint.COMMENT, "comment", "disqus", "kommentar");
    stems(
        Hint.RELATED,
        "related",
        "recommend",
        "popular",
        "trending",
        "outbrain",
        "taboola",
        "morestories",
        "more-stories",
        "mostread",
        "most-read",
        "readmore",
        "read-more",
        "furtherreading",
        "empfehl",
        "relevant",
        "youmay",
        "you-may");
    stems(
        Hint.SHARE,
        "share",
        "social",
        "newsletter",
        "subscribe",
        "donat",
        "follow-us",
        "followus",
        "sharing");
    stems(Hint.SIDEBAR, "sidebar", "widget");
    stems(Hint.FOOTER, "footer");
    stems(Hint.NAV, "breadcrumb", "navigation", "navbar", "menu");
    stems(Hint.AD, "advert", "sponsor", "adsense", "google_ad", "werbung", "anzeige");
    stems(Hint.LEGAL, "cookie", "copyright", "consent", "impressum", "disclaimer");
    stems(Hint.BYLINE, "byline", "author");
    stems(
        Hint.BIO,
        "authorbio",
        "author-bio",
        "author_bio",
        "about-author",
        "about-the-author",
        "aboutauthor",
        "author-box",
        "authorbox",
        "author-info",
        "author-profile");
  }

  private static void tokens(int hint, String... words) {
    for (String w : words) {
      TOKENS.merge(w, hint, (a, b) -> a | b);
    }
  }

  private static void stems(int hint, String... words) {
    for (String w : words) {
      STEMS.merge(w, hint, (a, b) -> a | b);
    }
  }

  /** The hint bits of {@code e}: from its tag, then from its attributes. */
  public int of(Element e) {
    String tag = e.normalName();
    int bits = tagBits(tag);
    if (tag.equals("html") || tag.equals("body")) {
      // Body classes describe the page template ("single-post sidebar-left"), not a region.
      return bits;
    }
    String role = e.attr("role");
    if (!role.isEmpty()) {
      bits |= roleBits(role.toLowerCase(Locale.ROOT));
    }
    String itemprop = e.attr("itemprop");
    if (!itemprop.isEmpty()) {
      bits |= itempropBits(itemprop.toLowerCase(Locale.ROOT));
    }
    String cls = e.attr("class");
    String id = e.id();
    if (!cls.isEmpty() || !id.isEmpty()) {
      String key = cls + "#" + id;
      Integer cached = cache.get(key);
      if (cached == null) {
        cached = attributeBits(key.toLowerCase(Locale.ROOT));
        if (cache.size() < 10_000) {
          cache.put(key, cached);
        }
      }
      if (tag.equals("article") || tag.equals("main")) {
        // The semantic tag outweighs a class name, but an article can still be a comment or a
        // teaser.
        cached &= ~Hint.JUNK | Hint.COMMENT | Hint.RELATED | Hint.AD;
      }
      bits |= cached;
    }
    return bits;
  }

  static int tagBits(String tag) {
    switch (tag) {
      case "nav":
        return Hint.NAV;
      case "footer":
        return Hint.FOOTER;
      case "aside":
        return Hint.SIDEBAR;
      case "header":
        return Hint.HEADER;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        return Hint.HEADING;
      case "li":
      case "dt":
      case "dd":
        return Hint.LIST;
      case "blockquote":
        return Hint.QUOTE;
      case "table":
        return Hint.TABLE;
      case "pre":
        return Hint.PRE;
      case "figcaption":
        return Hint.CAPTION;
      case "figure":
        return Hint.FIGURE;
      case "article":
      case "main":
        return Hint.CONTENT;
      default:
        return 0;
    }
  }

  private static int roleBits(String role) {
    switch (role) {
      case "navigation":
      case "menu":
      case "menubar":
        return Hint.NAV;
      case "banner":
        return Hint.HEADER;
      case "contentinfo":
        return Hint.FOOTER;
      case "complementary":
        return Hint.SIDEBAR;
      case "main":
        return Hint.STRONG_CONTENT;
      case "article":
        return Hint.CONTENT;
      case "comment":
        return Hint.COMMENT;
      default:
        return 0;
    }
  }

  private static int itempropBits(String prop) {
    if (prop.contains("articlebody") || prop.equals("text") || prop.equals("reviewbody")) {
      return Hint.STRONG_CONTENT;
    }
    if (prop.contains("author") || prop.equals("creator")) {
      return Hint.BYLINE;
    }
    if (prop.startsWith("date")) {
      return Hint.DATE;
    }
    if (prop.equals("headline")) {
      return Hint.TITLE;
    }
    if (prop.equals("comment")) {
      return Hint.COMMENT;
    }
    return 0;
  }

  static int attributeBits(String s) {
    int junk = 0;
    int content = 0;
    boolean anyA = false;
    boolean anyB = false;
    int start = -1;
    int n = s.length();
    String firstA = null;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? s.charAt(i) : ' ';
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        String t = s.substring(start, i);
        start = -1;
        Integer h = TOKENS.get(t);
        if (h != null) {
          junk |= h;
        }
        if (CONTENT_WEAK.contains(t)) {
          content |= Hint.CONTENT;
        }
        if (CONTENT_A.contains(t) && firstA == null) {
          firstA = t;
          anyA = true;
        } else if (anyA && CONTENT_B.contains(t) && !t.equals(firstA)) {
          anyB = true;
        }
      }
    }
    for (Map.Entry<String, Integer> st : STEMS.entrySet()) {
      if (s.contains(st.getKey())) {
        junk |= st.getValue();
      }
    }
    if (s.contains("articlebody")
        || s.contains("storybody")
        || s.contains("entrycontent")
        || s.contains("postcontent")
        || s.contains("articletext")
        || s.contains("bodytext")
        || s.contains("maincontent")
        || s.contains("postbody")
        || s.contains("articlecontent")
        || s.contains("storycontent")) {
      content |= Hint.STRONG_CONTENT;
    }
    if (anyA && anyB) {
      content |= Hint.STRONG_CONTENT;
    }
    if (s.contains("teaser")
        && !(s.contains("lead")
            || s.contains("intro")
            || s.contains("text")
            || s.contains("summary")
            || s.contains("abstract")
            || s.contains("standfirst")
            || s.contains("description"))) {
      // "teaser" names lists of other articles, except where it names this article's own lead.
      junk |= Hint.RELATED;
    }
    if (content != 0) {
      // WordPress and other CMSs put "category-x tag-y" on the post's own wrapper.
      junk &= ~Hint.TAGS;
    }
    if (Hint.has(junk, Hint.BIO)) {
      junk &= ~Hint.BYLINE;
    }
    if ((content & Hint.STRONG_CONTENT) != 0) {
      // "entry-content" or "article-body" outweighs weak words like "side" or "info" in the same
      // name.
      junk &= ~(Hint.SIDEBAR | Hint.BYLINE | Hint.DATE | Hint.TITLE | Hint.HEADER | Hint.RELATED);
    }
    return junk | content;
  }

  /** Whether the attributes mark the element as hidden from readers. */
  public static boolean hidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String st = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (st.contains("display:none") || st.contains("visibility:hidden")) {
        return true;
      }
    }
    String cls = e.className();
    if (!cls.isEmpty()) {
      String c = cls.toLowerCase(Locale.ROOT);
      return c.contains("screen-reader")
          || c.contains("sr-only")
          || c.contains("visually-hidden")
          || c.contains("visuallyhidden");
    }
    return false;
  }
}
