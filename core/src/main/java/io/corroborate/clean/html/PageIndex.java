package io.corroborate.clean.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The elements metadata is read from, gathered in one walk over the page instead of one CSS query
 * per field (each query walks the whole page).
 *
 * <pre>{@code PageIndex idx = PageIndex.of(document); idx.metas();}</pre>
 */
public record PageIndex(
    List<Element> metas,
    List<Element> jsonLdScripts,
    List<Element> datePublished,
    List<Element> dateModified,
    List<Element> authorCandidates,
    List<Element> canonical,
    List<Element> h1) {

  private static final int CAP = 2_000;

  public static PageIndex of(Document doc) {
    List<Element> metas = new ArrayList<>();
    List<Element> scripts = new ArrayList<>();
    List<Element> published = new ArrayList<>();
    List<Element> modified = new ArrayList<>();
    List<Element> authors = new ArrayList<>();
    List<Element> canonical = new ArrayList<>();
    List<Element> h1 = new ArrayList<>();
    // A page repeats its class names on many elements: each is searched once a page.
    Map<String, Boolean> authorClasses = new HashMap<>();
    // One walk in document order, the elements met as they come (no list of them all is built).
    NodeTraversor.traverse(
        (node, depth) -> {
          if (!(node instanceof Element e)) {
            return;
          }
          String tag = e.normalName();
          if (tag.equals("h1")) {
            add(h1, e);
          }
          if (e.attributesSize() == 0) {
            return;
          }
          // The HTML parser writes attribute names in lower case: each is looked up as it is.
          Attributes a = e.attributes();
          switch (tag) {
            case "meta":
              if (a.hasKey("content")) {
                add(metas, e);
              }
              break;
            case "script":
              if (containsIgnoreCase(a.get("type"), "ld+json")) {
                add(scripts, e);
              }
              break;
            case "link":
              if (a.get("rel").equalsIgnoreCase("canonical") && a.hasKey("href")) {
                add(canonical, e);
              }
              break;
            default:
              break;
          }
          String itemprop = a.get("itemprop");
          if (!itemprop.isEmpty()) {
            if (itemprop.equalsIgnoreCase("datePublished")) {
              add(published, e);
            } else if (itemprop.equalsIgnoreCase("dateModified")) {
              add(modified, e);
            } else if (itemprop.equalsIgnoreCase("author")) {
              add(authors, e);
              return;
            }
          }
          if (a.get("rel").equalsIgnoreCase("author")) {
            add(authors, e);
            return;
          }
          // Most elements carry a class: it is searched in place, not lower-cased into a copy.
          String cls = a.get("class");
          if (!cls.isEmpty()) {
            Boolean author = authorClasses.get(cls);
            if (author == null) {
              author = containsIgnoreCase(cls, "byline") || containsIgnoreCase(cls, "author");
              if (authorClasses.size() < 10_000) {
                authorClasses.put(cls, author);
              }
            }
            if (author) {
              add(authors, e);
            }
          }
        },
        doc);
    return new PageIndex(metas, scripts, published, modified, authors, canonical, h1);
  }

  /** Whether {@code s} holds {@code part} (lower-case ASCII, not empty) in any case. */
  static boolean containsIgnoreCase(String s, String part) {
    int n = part.length();
    char first = part.charAt(0);
    for (int i = 0; i + n <= s.length(); i++) {
      // An ASCII character that is not the first one in either case cannot start a match: the
      // region comparison, dear at every position of every class, runs only where one can.
      char c = s.charAt(i);
      if ((c == first || c > 0x7f || (c | 0x20) == first) && s.regionMatches(true, i, part, 0, n)) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Element> list, Element e) {
    if (list.size() < CAP) {
      list.add(e);
    }
  }
}
