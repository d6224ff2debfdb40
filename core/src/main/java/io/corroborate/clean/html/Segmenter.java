package io.corroborate.clean.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a parsed page into {@link Segment}s: the text between block boundaries, in document order.
 * One iterative walk (no recursion, so 100,000 nested elements cost no stack), skipping scripts,
 * styles, forms controls and hidden elements. It also numbers the block elements and counts the
 * text and link characters under each, which the container choice needs; the hints it read are
 * handed on with the result, so that the container choice does not read the same names again.
 *
 * <pre>{@code Segmenter.Result r = Segmenter.segment(document.body(), 20_000);}</pre>
 */
public final class Segmenter {
  /** Whether an element named {@code tag} (lower case) starts a block of text of its own. */
  public static boolean block(String tag) {
    return BLOCK.contains(tag);
  }

  /** Whether an element named {@code tag} (lower case) holds no text a reader sees. */
  public static boolean skipped(String tag) {
    return SKIP.contains(tag);
  }

  private static final Set<String> BLOCK =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "dd",
          "details",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "html",
          "legend",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "frame",
          "noframes",
          "listing",
          "plaintext",
          "xmp",
          "#root");
  private static final Set<String> SKIP =
      Set.of(
          "script",
          "style",
          "template",
          "svg",
          "math",
          "iframe",
          "object",
          "embed",
          "canvas",
          "button",
          "select",
          "textarea",
          "input",
          "head",
          "video",
          "audio",
          "map",
          "datalist",
          "applet",
          "title",
          "meta",
          "link",
          "option",
          "optgroup");
  private static final int NEAR = 4;

  /** What the walk produced. {@code stats} holds every block element that has text below it. */
  public record Result(
      List<Segment> segments,
      Map<Element, ElementStats> stats,
      boolean truncated,
      ClassHints hints) {}

  /** Per block element: its numbering span and the characters below it. */
  public static final class ElementStats {
    long enter;
    long exit = Long.MAX_VALUE;
    int chars;
    int linkChars;
    double score;
    int paragraphs;

    public long enter() {
      return enter;
    }

    public long exit() {
      return exit;
    }

    public int chars() {
      return chars;
    }

    public int linkChars() {
      return linkChars;
    }

    public double linkDensity() {
      return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
    }

    /** Whether a segment or element numbered {@code pos} lies inside this element. */
    public boolean contains(long pos) {
      return pos > enter && pos < exit;
    }
  }

  private Segmenter() {}

  public static Result segment(Element root, int maxSegments) {
    Walker w = new Walker(maxSegments);
    NodeTraversor.filter(w, root);
    w.flush();
    while (!w.stack.isEmpty()) {
      // The walk stopped early (too many segments): close what is still open.
      w.close(w.stack.get(w.stack.size() - 1));
    }
    return new Result(w.segments, w.stats, w.truncated, w.hints);
  }

  private static final class Walker implements NodeFilter {
    final int maxSegments;
    final List<Segment> segments = new ArrayList<>();
    final Map<Element, ElementStats> stats = new IdentityHashMap<>(256);
    final ClassHints hints = new ClassHints();
    final ArrayList<Element> stack = new ArrayList<>();
    final ArrayList<HintChain> chains = new ArrayList<>();
    final ArrayList<int[]> counts = new ArrayList<>();
    final StringBuilder buf = new StringBuilder();
    HintChain chain;
    boolean pendingSpace;
    int linkDepth;
    int preDepth;
    int bufLink;
    long counter;
    int totalChars;
    int totalLink;
    boolean truncated;

    Walker(int maxSegments) {
      this.maxSegments = maxSegments;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = e.normalName();
      if (SKIP.contains(tag)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("noscript") && !swallowsPage(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      boolean top = tag.equals("html") || tag.equals("body");
      if (!top && hints.hidden(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        newline();
        return FilterResult.CONTINUE;
      }
      if (tag.equals("a")) {
        linkDepth++;
      }
      if (!BLOCK.contains(tag)) {
        return FilterResult.CONTINUE;
      }
      if (!flush()) {
        return FilterResult.STOP;
      }
      if (tag.equals("pre")
          || tag.equals("listing")
          || tag.equals("xmp")
          || tag.equals("plaintext")) {
        preDepth++;
      }
      ElementStats s = new ElementStats();
      s.enter = ++counter;
      stats.put(e, s);
      stack.add(e);
      chains.add(chain);
      counts.add(new int[] {totalChars, totalLink, segments.size()});
      int bits = hints.of(e);
      if (bits != 0) {
        chain = new HintChain(e, bits, s.enter, chain);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (tag.equals("a")) {
        linkDepth = Math.max(0, linkDepth - 1);
        return FilterResult.CONTINUE;
      }
      if (!BLOCK.contains(tag) || stack.isEmpty() || stack.get(stack.size() - 1) != e) {
        return FilterResult.CONTINUE;
      }
      if (!flush()) {
        return FilterResult.STOP;
      }
      if (tag.equals("pre")
          || tag.equals("listing")
          || tag.equals("xmp")
          || tag.equals("plaintext")) {
        preDepth = Math.max(0, preDepth - 1);
      }
      close(e);
      return FilterResult.CONTINUE;
    }

    void close(Element e) {
      int last = stack.size() - 1;
      stack.remove(last);
      chain = chains.remove(last);
      int[] before = counts.remove(last);
      ElementStats s = stats.get(e);
      s.exit = ++counter;
      s.chars = totalChars - before[0];
      s.linkChars = totalLink - before[1];
      s.paragraphs = segments.size() - before[2];
      if (s.chars == 0) {
        stats.remove(e);
      }
    }

    /**
     * A {@code <noscript>} normally holds a tracking pixel or "enable JavaScript"; but an unclosed
     * element inside one makes the parser put the rest of the page in it, and then it is the page.
     */
    private static boolean swallowsPage(Element noscript) {
      int[] seen = new int[2];
      NodeTraversor.filter(
          new NodeFilter() {
            @Override
            public FilterResult head(Node n, int depth) {
              if (n instanceof TextNode t) {
                seen[0] += t.getWholeText().length();
              }
              return ++seen[1] > 5_000 || seen[0] > 1_000
                  ? FilterResult.STOP
                  : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node n, int depth) {
              return FilterResult.CONTINUE;
            }
          },
          noscript);
      return seen[0] > 1_000;
    }

    private void append(String raw) {
      int n = raw.length();
      int i = 0;
      while (i < n) {
        char c = raw.charAt(i);
        if (c == '\u200b' || c == '\u00ad' || c == '\ufeff') {
          i++;
          continue;
        }
        if (isSpace(c)) {
          if (preDepth > 0 && c == '\n') {
            newline();
          } else {
            pendingSpace = true;
          }
          i++;
          continue;
        }
        if (pendingSpace && buf.length() > 0 && buf.charAt(buf.length() - 1) != '\n') {
          buf.append(' ');
          if (linkDepth > 0) {
            bufLink++;
          }
        }
        pendingSpace = false;
        // A run of visible characters is copied at once.
        int end = i + 1;
        while (end < n) {
          char d = raw.charAt(end);
          if (isSpace(d) || d == '\u200b' || d == '\u00ad' || d == '\ufeff') {
            break;
          }
          end++;
        }
        buf.append(raw, i, end);
        if (linkDepth > 0) {
          bufLink += end - i;
        }
        i = end;
      }
    }

    private void newline() {
      int len = buf.length();
      if (len > 0 && buf.charAt(len - 1) != '\n') {
        buf.append('\n');
      }
      pendingSpace = false;
    }

    /** Ends the current segment; false once the page has given more segments than allowed. */
    boolean flush() {
      pendingSpace = false;
      int len = buf.length();
      while (len > 0 && buf.charAt(len - 1) == '\n') {
        len--;
      }
      if (len == 0 || stack.isEmpty()) {
        buf.setLength(0);
        bufLink = 0;
        return !truncated;
      }
      if (segments.size() >= maxSegments) {
        truncated = true;
        buf.setLength(0);
        return false;
      }
      String text = buf.substring(0, len);
      int link = Math.min(bufLink, text.length());
      buf.setLength(0);
      bufLink = 0;
      int n = stack.size();
      Element[] near = new Element[Math.min(NEAR, n)];
      for (int i = 0; i < near.length; i++) {
        near[i] = stack.get(n - 1 - i);
      }
      segments.add(
          new Segment(
              segments.size(), text, link, stack.get(n - 1), List.of(near), chain, ++counter));
      totalChars += text.length();
      totalLink += link;
      return true;
    }

    static boolean isSpace(char c) {
      return c == ' '
          || c == '\n'
          || c == '\t'
          || c == '\r'
          || c == '\f'
          || c == '\u00a0'
          || c == '\u2007'
          || c == '\u202f'
          || c == '\u2009'
          || c == '\u2002'
          || c == '\u2003'
          || c == '\u3000'
          || c == '\u0085'
          || c == '\u000b';
    }
  }
}
