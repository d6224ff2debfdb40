package io.corroborate.clean.html;

import io.corroborate.internal.Memos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * Reads the hints of one element from its tag, {@code class}, {@code id}, {@code role} and {@code
 * itemprop}. The vocabulary of class names is the data file {@code clean/html/class-hints.tsv}:
 * generic web-page vocabulary, never the markup of a particular site. Not thread-safe: one instance
 * per page (it caches by attribute string).
 *
 * <pre>{@code int bits = new ClassHints().of(element);}</pre>
 */
public final class ClassHints {
  private final Map<String, Integer> cache = new HashMap<>();

  /** The same, for elements with a class and no id (most of them): looked up by the class alone. */
  private final Map<String, Integer> byClass = new HashMap<>();

  /** Whether a class string marks its element hidden, by the class string as written. */
  private final Map<String, Boolean> hiddenClasses = new HashMap<>();

  /**
   * The bits of class and id strings met on earlier pages: templates repeat them across pages and
   * sites ("entry-content", "sidebar-widget"), and the bits depend on the string alone. Bounded, so
   * a stream of pages with made-up names costs at most this many entries.
   */
  private static final Map<String, Integer> SEEN = Memos.concurrent();

  /** The same for a class met without an id, keyed by the lower-case class alone. */
  private static final Map<String, Integer> SEEN_CLASSES = Memos.concurrent();

  private static final int MAX_SEEN = 50_000;

  /** Exact tokens of class or id (split on anything not a letter or digit). */
  private static final Map<String, Integer> TOKENS = new HashMap<>();

  /** Stems looked for inside the whole lower-cased class and id string (compound names). */
  private static final Map<String, Integer> STEMS = new HashMap<>();

  private static final Set<String> CONTENT_A = new HashSet<>();
  private static final Set<String> CONTENT_B = new HashSet<>();
  private static final Set<String> CONTENT_WEAK = new HashSet<>();

  /** Stems of names that mark the article's own text ("articlebody", "entrycontent"). */
  private static final List<String> STRONG_CONTENT = new ArrayList<>();

  /** Stems that make "teaser" name this article's own lead ("teaser-text"). */
  private static final List<String> OWN_LEAD = new ArrayList<>();

  /**
   * The stems and strong-content stems by their first character, so that a name is read once rather
   * than once per stem; a strong-content stem carries {@link #STRONG_STEM} among its bits.
   */
  private static final String[][] STEM_WORDS = new String[128][];

  private static final int[][] STEM_BITS = new int[128][];

  /** Stems that start with a character outside ASCII, looked for one by one. */
  private static final Map<String, Integer> OTHER_STEMS = new LinkedHashMap<>();

  /** A bit no hint uses, marking a strong-content stem in {@link #STEM_BITS}. */
  private static final int STRONG_STEM = Integer.MIN_VALUE;

  /** Every token of any kind: one lookup tells a name's many plain tokens apart. */
  private static final Set<String> ANY_TOKEN = new HashSet<>();

  /** The shortest and longest of {@link #ANY_TOKEN}. */
  private static final int MIN_TOKEN;

  private static final int MAX_TOKEN;

  /** Stems of class names hidden from readers ("sr-only"). */
  private static final List<String> HIDDEN = new ArrayList<>();

  static {
    for (List<String> row : PageWords.data("html/class-hints.tsv")) {
      String word = row.get(1);
      switch (row.get(0)) {
        case "token" -> TOKENS.merge(word, Hint.named(row.get(2)), (x, y) -> x | y);
        case "stem" -> STEMS.merge(word, Hint.named(row.get(2)), (x, y) -> x | y);
        case "content-a" -> CONTENT_A.add(word);
        case "content-b" -> CONTENT_B.add(word);
        case "content-weak" -> CONTENT_WEAK.add(word);
        case "strong-content" -> STRONG_CONTENT.add(word);
        case "own-lead" -> OWN_LEAD.add(word);
        case "hidden" -> HIDDEN.add(word);
        default -> throw new IllegalStateException("class-hints.tsv: unknown kind in " + row);
      }
    }
    Map<String, Integer> stems = new LinkedHashMap<>(STEMS);
    for (String strong : STRONG_CONTENT) {
      stems.merge(strong, STRONG_STEM, (x, y) -> x | y);
    }
    List<List<String>> words = new ArrayList<>();
    List<List<Integer>> bits = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      words.add(new ArrayList<>());
      bits.add(new ArrayList<>());
    }
    for (Map.Entry<String, Integer> st : stems.entrySet()) {
      char first = st.getKey().charAt(0);
      if (first < 128) {
        words.get(first).add(st.getKey());
        bits.get(first).add(st.getValue());
      } else {
        OTHER_STEMS.put(st.getKey(), st.getValue());
      }
    }
    for (int c = 0; c < 128; c++) {
      STEM_WORDS[c] = words.get(c).toArray(new String[0]);
      STEM_BITS[c] = bits.get(c).stream().mapToInt(Integer::intValue).toArray();
    }
    ANY_TOKEN.addAll(TOKENS.keySet());
    ANY_TOKEN.addAll(CONTENT_A);
    ANY_TOKEN.addAll(CONTENT_B);
    ANY_TOKEN.addAll(CONTENT_WEAK);
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (String token : ANY_TOKEN) {
      min = Math.min(min, token.length());
      max = Math.max(max, token.length());
    }
    MIN_TOKEN = min;
    MAX_TOKEN = max;
  }

  /** The hint bits of {@code e}: from its tag, then from its attributes. */
  public int of(Element e) {
    String tag = e.normalName();
    int bits = tagBits(tag);
    if (tag.equals("html") || tag.equals("body")) {
      // Body classes describe the page template ("single-post sidebar-left"), not a region.
      return bits;
    }
    if (e.attributesSize() == 0) {
      return bits;
    }
    Attributes attrs = e.attributes();
    String role = attrs.get("role");
    if (!role.isEmpty()) {
      bits |= roleBits(role.toLowerCase(Locale.ROOT));
    }
    String itemprop = attrs.get("itemprop");
    if (!itemprop.isEmpty()) {
      bits |= itempropBits(itemprop.toLowerCase(Locale.ROOT));
    }
    String cls = attrs.get("class");
    String id = attrs.get("id");
    if (!cls.isEmpty() || !id.isEmpty()) {
      // The bits are those of "class#id"; an element with no id is looked up by its class alone,
      // without building that string.
      boolean noId = id.isEmpty();
      String key = noId ? cls : cls + "#" + id;
      Map<String, Integer> page = noId ? byClass : cache;
      Integer cached = page.get(key);
      if (cached == null) {
        // A class already in lower case (most are) is its own lower-case form: the same string,
        // whose hash is already known, looks it up among the names seen before.
        String lower = key.toLowerCase(Locale.ROOT);
        Map<String, Integer> seen = noId ? SEEN_CLASSES : SEEN;
        cached = seen.get(lower);
        if (cached == null) {
          cached = attributeBits(noId ? lower + "#" : lower);
          if (SEEN.size() + SEEN_CLASSES.size() < MAX_SEEN) {
            seen.put(lower, cached);
          }
        }
        if (page.size() < 10_000) {
          page.put(key, cached);
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
        int len = i - start;
        if (len < MIN_TOKEN || len > MAX_TOKEN) {
          // No listed token has this length: the name's part is not copied to be looked up.
          start = -1;
          continue;
        }
        String t = s.substring(start, i);
        start = -1;
        if (!ANY_TOKEN.contains(t)) {
          continue;
        }
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
    int stems = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 128) {
        continue;
      }
      String[] words = STEM_WORDS[c];
      for (int k = 0; k < words.length; k++) {
        if (s.startsWith(words[k], i)) {
          stems |= STEM_BITS[c][k];
        }
      }
    }
    for (Map.Entry<String, Integer> st : OTHER_STEMS.entrySet()) {
      if (s.contains(st.getKey())) {
        stems |= st.getValue();
      }
    }
    junk |= stems & ~STRONG_STEM;
    if ((stems & STRONG_STEM) != 0) {
      content |= Hint.STRONG_CONTENT;
    }
    if (anyA && anyB) {
      content |= Hint.STRONG_CONTENT;
    }
    if (s.contains("teaser") && !containsAny(s, OWN_LEAD)) {
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
  public boolean hidden(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    Attributes attrs = e.attributes();
    if (attrs.hasKey("hidden")) {
      return true;
    }
    String style = attrs.get("style");
    if (!style.isEmpty()) {
      String st = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (st.contains("display:none") || st.contains("visibility:hidden")) {
        return true;
      }
    }
    String cls = attrs.get("class");
    if (cls.isEmpty()) {
      return false;
    }
    // A page repeats its class names on many elements: each is read once a page.
    Boolean hidden = hiddenClasses.get(cls);
    if (hidden == null) {
      String c = cls.trim().toLowerCase(Locale.ROOT);
      hidden = !c.isEmpty() && containsAny(c, HIDDEN);
      if (hiddenClasses.size() < 10_000) {
        hiddenClasses.put(cls, hidden);
      }
    }
    return hidden;
  }

  private static boolean containsAny(String s, List<String> stems) {
    for (String stem : stems) {
      if (s.contains(stem)) {
        return true;
      }
    }
    return false;
  }
}
