package io.corroborate.clean.html;

import io.corroborate.internal.SentenceMarks;
import io.corroborate.model.Block;
import io.corroborate.model.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides the role of every segment of a page. The steps, in order:
 *
 * <ol start="2">
 *   <li>score containers: every paragraph-like segment (long enough, few links) gives points to its
 *       parent and, less, to the two levels above; class and id add or take points; the score is
 *       scaled down by the container's link density;
 *   <li>the best container, joined by siblings that score well or read as paragraphs;
 *   <li>JSON-LD {@code articleBody}, when the page has one, confirms the container, or, when the
 *       container holds too little of it, the smallest element holding most of it replaces it;
 *   <li>each segment gets its role: outside the container by its hints (or "outside main
 *       container"); inside by the hints of the elements between it and the container, its link
 *       density, short boilerplate phrases (share, read more, advertisement), date and byline
 *       lines, and its tag (heading, quote, caption, list item, table cell);
 *   <li>when the DOM gives no content at all, the {@code articleBody} itself becomes the text.
 * </ol>
 *
 * Step 5 has sub-steps: 5a keeps plain prose found beside the container; 5b drops "Related stories"
 * sections, splits photo credits off captions and drops headings whose section was all removed; 5c
 * drops short lines after the article's last paragraph. Step 6 is in {@link PageReader}.
 *
 * <p>Steps 0 (cut) and 1 (segments) are in {@link PageReader} and {@link Segmenter}.
 *
 * <pre>
 * {@code List<Block> blocks = new Cascade(thresholds).blocks(segmentation, jsonLdBody, title);}
 * </pre>
 */
public final class Cascade {
  // The word lists are the languages' page-word files (PageWords gathers each from every folder);
  // the patterns around them say where on a line the words must stand.
  private static final String CAPTION_LABELS =
      alt(PageWords.everyLanguage("credit-labels.tsv", "caption"));
  private static final String CREDIT_LABELS =
      alt(PageWords.everyLanguage("credit-labels.tsv", "line"));
  private static final String RIGHTS = alt(PageWords.everyLanguage("legal-phrases.tsv", "opener"));

  private static final ThreadMatcher PROMPT = leading("page-prompts.txt", "\\b.{0,40}$");
  private static final ThreadMatcher AD = leading("ad-labels.txt", "\\s*[:.]?$");
  private static final ThreadMatcher TEASER_LEAD = leading("teaser-leads.txt", "\\b.{0,80}$");

  /** The credit at the end of a caption: "Foto: ...", "(Photo: ...)", "© ...", "REUTERS/...". */
  private static final ThreadMatcher CAPTION_CREDIT =
      new ThreadMatcher(
          Pattern.compile(
              "(?iu)(\\(\\s*)?(\\b("
                  + CAPTION_LABELS
                  + ")\\s*:|©|\\(c\\)\\s|\\b("
                  + agencies("slash")
                  + ")\\b\\s*/).*$"));

  /** Headings that open a section of links to other pages, in the languages met most. */
  private static final ThreadMatcher RELATED_HEADING =
      leading("related-headings.txt", "\\s*[:.!…]*\\s*$");

  /** Calls to act that give themselves away by one word, wherever it stands in a short block. */
  private static final WordFinder PROMPT_WORDS =
      WordFinder.of(PageWords.everyLanguage("prompt-words.txt"));

  private static final WordFinder LEGAL_WORDS =
      WordFinder.of(PageWords.everyLanguage("legal-phrases.tsv", "anywhere"));
  private static final ThreadMatcher TAGS_LEAD = leading("tag-labels.txt", "\\s*:.*");
  private static final ThreadMatcher BYLINE_LEAD =
      new ThreadMatcher(
          Pattern.compile(
              "(?iu)^("
                  + alt(bylineWords(false))
                  + "|(?:"
                  + alt(PageWords.everyLanguage("byline-openers.tsv", "colon"))
                  + "):)\\s+\\p{Lu}.{0,100}$"));
  private static final ThreadMatcher LEGAL =
      new ThreadMatcher(Pattern.compile("(?iu)^(©|\\(c\\)|" + RIGHTS + ").{0,200}$"));

  /**
   * A credit or copyright line: the label patterns here, or a photo agency's name anywhere as a
   * whole word ({@link #CREDIT_AGENCIES}, looked for by the word's first letter rather than by
   * trying every name at every position).
   */
  private static final ThreadMatcher CREDIT =
      new ThreadMatcher(
          Pattern.compile(
              "(?iu)©|\\(c\\)\\s|^("
                  + CREDIT_LABELS
                  + ")s?\\s*:?\\s*$|^("
                  + CREDIT_LABELS
                  + ")s?\\s*:"));

  private static final WordFinder CREDIT_AGENCIES = WordFinder.of(agencyList("anywhere"));

  private static final java.util.Set<String> STRONG_TAGS =
      java.util.Set.of("nav", "footer", "aside", "header", "form");

  /**
   * Hinted ancestors looked at per segment: enough for any real page, bounded for a hostile one.
   */
  private static final int MAX_CHAIN = 64;

  private final HtmlThresholds t;

  public Cascade(HtmlThresholds t) {
    this.t = t;
  }

  /**
   * A line that opens with one of the phrases of {@code file} (every language's, case ignored),
   * then {@code rest}.
   */
  private static ThreadMatcher leading(String file, String rest) {
    return new ThreadMatcher(Pattern.compile("(?iu)^(" + PageWords.alternation(file) + ")" + rest));
  }

  private static String alt(List<String> entries) {
    return PageWords.alternationOf(entries);
  }

  /** The byline openers of every language: all of them, or those that need no colon. */
  static List<String> bylineWords(boolean all) {
    List<String> out = new ArrayList<>();
    Set<String> colon = Set.copyOf(PageWords.everyLanguage("byline-openers.tsv", "colon"));
    for (String w : PageWords.everyLanguage("byline-openers.tsv")) {
      String word = w.split("\t", -1)[0].strip();
      if (all || !colon.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }

  /** The photo agencies of the cleaner's data file that mark a credit where {@code where} says. */
  private static String agencies(String where) {
    return alt(agencyList(where));
  }

  private static List<String> agencyList(String where) {
    List<String> out = new ArrayList<>();
    for (List<String> row : PageWords.data("html/photo-agencies.tsv")) {
      if (row.size() > 1 && List.of(row.get(1).split(",")).contains(where)) {
        out.add(row.get(0));
      }
    }
    return out;
  }

  /** The chosen container elements (the best one and its siblings), and why. */
  public record Container(List<Element> elements, String why, boolean confirmedByJsonLd) {}

  /** Steps 2 and 3: the main container, or an empty list when no segment qualifies. */
  Container choose(Segmenter.Result r) {
    // Document order, not identity-hash order: containers that score the same must be chosen the
    // same way on every run (jsoup elements compare by identity, so a linked map keeps that).
    Map<Element, Double> scores = new LinkedHashMap<>();
    ClassHints hints = r.hints();
    for (Segment s : r.segments()) {
      if (s.chars() < t.minScoredChars() || s.linkDensity() > t.maxScoredLinkDensity()) {
        continue;
      }
      String tag = s.tag();
      if (tag.startsWith("h") && tag.length() == 2 || tag.equals("li") || tag.equals("dt")) {
        continue;
      }
      int chainJunk = 0;
      int steps = 0;
      for (HintChain h = s.hints(); h != null && steps++ < MAX_CHAIN; h = h.outer()) {
        chainJunk |= h.bits();
      }
      if (Hint.has(chainJunk, Hint.COMMENT)) {
        // Readers' comments are long paragraphs too; they must not outvote a short article.
        continue;
      }
      double points = 1 + commas(s.text()) + Math.min(3, s.chars() / 100.0);
      if (Hint.has(
          chainJunk, Hint.RELATED | Hint.SIDEBAR | Hint.NAV | Hint.FOOTER | Hint.AD | Hint.BIO)) {
        points *= t.junkChainWeight();
      }
      List<Element> up = s.ancestors();
      int start = paragraphLike(tag) ? 1 : 0;
      for (int level = 0; level < 3 && start + level < up.size(); level++) {
        Element e = up.get(start + level);
        double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        Double cur = scores.get(e);
        if (cur == null) {
          cur = initial(e, hints);
        }
        scores.put(e, cur + points / div);
      }
    }
    Element best = null;
    double bestScore = 0;
    Map<Element, Double> finals = new IdentityHashMap<>();
    for (Map.Entry<Element, Double> en : scores.entrySet()) {
      Segmenter.ElementStats st = r.stats().get(en.getKey());
      double ld = st == null ? 0 : st.linkDensity();
      double f = en.getValue() * (1 - ld);
      finals.put(en.getKey(), f);
      if (best == null || f > bestScore) {
        best = en.getKey();
        bestScore = f;
      }
    }
    if (best == null) {
      return new Container(List.of(), "no paragraph-like text", false);
    }
    best = climb(best, r, hints);
    bestScore = Math.max(bestScore, finals.getOrDefault(best, bestScore));
    List<Element> chosen = new ArrayList<>();
    Element parent = best.parent();
    if (parent == null) {
      chosen.add(best);
    } else {
      double threshold = Math.max(t.minSiblingScore(), bestScore * t.siblingRatio());
      for (Element sib : parent.children()) {
        if (sib == best) {
          chosen.add(sib);
          continue;
        }
        Segmenter.ElementStats st = r.stats().get(sib);
        if (st == null) {
          continue;
        }
        double bonus =
            !best.className().isEmpty() && best.className().equals(sib.className())
                ? bestScore * 0.2
                : 0;
        Double f = finals.get(sib);
        int junk = hints.of(sib) & Hint.JUNK;
        if (junk == 0 && f != null && f + bonus >= threshold) {
          chosen.add(sib);
        } else if (junk == 0
            && sib.normalName().equals("p")
            && st.linkDensity() < 0.25
            && st.chars() >= 80) {
          chosen.add(sib);
        }
      }
    }
    return new Container(chosen, "best scored container " + describe(best), false);
  }

  /**
   * Step 3a: widens the best container to an ancestor when the ancestor adds paragraphs and little
   * else, e.g. an article whose paragraphs sit in sibling sections, each with its own picture.
   * Never climbs over an element hinted as boilerplate, which would then hide the text.
   */
  private Element climb(Element best, Segmenter.Result r, ClassHints hints) {
    Element cur = best;
    Element chosen = best;
    for (int level = 0; level < t.maxClimb(); level++) {
      if (Hint.has(
          hints.of(cur), Hint.JUNK & ~(Hint.HEADER | Hint.DATE | Hint.TITLE | Hint.BYLINE))) {
        break;
      }
      Element p = cur.parent();
      if (p == null
          || p.normalName().equals("body")
          || p.normalName().equals("html")
          || p.normalName().equals("#root")) {
        break;
      }
      Segmenter.ElementStats ps = r.stats().get(p);
      Segmenter.ElementStats bs = r.stats().get(chosen);
      if (ps == null || bs == null) {
        break;
      }
      int good = 0;
      int bad = 0;
      // Segments are numbered in document order: only those between the parent's numbers count.
      List<Segment> segs = r.segments();
      for (int i = firstAfter(segs, ps.enter()); i < segs.size(); i++) {
        Segment s = segs.get(i);
        if (s.pos() >= ps.exit()) {
          break;
        }
        if (!ps.contains(s.pos()) || bs.contains(s.pos())) {
          continue;
        }
        boolean hinted = false;
        int steps = 0;
        for (HintChain h = s.hints();
            h != null && h.enter() > ps.enter() && steps++ < MAX_CHAIN;
            h = h.outer()) {
          if ((h.bits() & Hint.JUNK) != 0) {
            hinted = true;
            break;
          }
        }
        if (hinted) {
          continue;
        }
        if (s.chars() >= t.minScoredChars() && s.linkDensity() < 0.3) {
          good += s.chars();
        } else {
          bad += s.chars();
        }
      }
      int own = bs.chars();
      if (good > 0 && bad <= t.climbNoise() * (good + own)) {
        chosen = p;
      } else if (bad > t.climbNoise() * (good + own)) {
        break;
      }
      cur = p;
    }
    return chosen;
  }

  /** The index of the first segment numbered after {@code pos}. */
  private static int firstAfter(List<Segment> segs, long pos) {
    int lo = 0;
    int hi = segs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (segs.get(mid).pos() <= pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private double initial(Element e, ClassHints hints) {
    double s;
    switch (e.normalName()) {
      case "div":
      case "article":
      case "main":
      case "section":
        s = 5;
        break;
      case "pre":
      case "td":
      case "blockquote":
        s = 3;
        break;
      case "address":
      case "ol":
      case "ul":
      case "dl":
      case "dd":
      case "dt":
      case "li":
      case "form":
        s = -3;
        break;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
      case "th":
        s = -5;
        break;
      default:
        s = 0;
    }
    int bits = hints.of(e);
    if (Hint.has(bits, Hint.STRONG_CONTENT)) {
      s += t.classWeight();
    } else if (Hint.has(bits, Hint.CONTENT)) {
      s += 0.4 * t.classWeight();
    }
    if (Hint.has(
        bits,
        Hint.COMMENT
            | Hint.RELATED
            | Hint.SHARE
            | Hint.AD
            | Hint.NAV
            | Hint.FOOTER
            | Hint.SIDEBAR
            | Hint.LEGAL)) {
      s -= t.classWeight();
    }
    return s;
  }

  private static boolean paragraphLike(String tag) {
    switch (tag) {
      case "p":
      case "pre":
      case "td":
      case "th":
      case "blockquote":
      case "dd":
      case "li":
      case "figcaption":
      case "address":
        return true;
      default:
        return false;
    }
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  /** Step 4: confirm or replace the container with JSON-LD {@code articleBody}. */
  Container checkArticleBody(Container c, Segmenter.Result r, String articleBody) {
    String body = squash(articleBody);
    if (body.length() < t.articleBodyMinChars()) {
      return c;
    }
    List<String> probes = probes(body);
    if (probes.isEmpty()) {
      return c;
    }
    List<Segment> hits = new ArrayList<>();
    List<String> flat = new ArrayList<>(r.segments().size());
    for (Segment s : r.segments()) {
      flat.add(s.chars() >= 20 ? squash(s.text()) : "");
    }
    for (String p : probes) {
      for (Segment s : r.segments()) {
        if (s.chars() >= p.length() && flat.get(s.index()).contains(p)) {
          hits.add(s);
          break;
        }
      }
    }
    if (hits.size() < Math.max(2, probes.size() / 2)) {
      return c;
    }
    int inside = 0;
    for (Segment s : hits) {
      if (containerOf(c, r, s).isPresent()) {
        inside++;
      }
    }
    if (inside >= t.articleBodyAgreement() * hits.size()) {
      return new Container(c.elements(), c.why() + ", confirmed by json-ld articleBody", true);
    }
    Element lca = hits.get(0).owner();
    while (lca != null) {
      Segmenter.ElementStats st = r.stats().get(lca);
      boolean all = st != null;
      for (Segment s : hits) {
        if (!all) {
          break;
        }
        all = st.contains(s.pos());
      }
      if (all) {
        break;
      }
      lca = lca.parent();
    }
    if (lca == null) {
      return c;
    }
    return new Container(List.of(lca), "json-ld articleBody found in " + describe(lca), true);
  }

  /** Up to 8 snippets of about 30 characters, from paragraphs spread over the body. */
  private static List<String> probes(String body) {
    List<String> out = new ArrayList<>();
    String[] parts = body.split("(?<=[.!?。])\\s+");
    int step = Math.max(1, parts.length / 8);
    for (int i = 0; i < parts.length && out.size() < 8; i += step) {
      String p = parts[i].strip();
      if (p.length() < 40) {
        continue;
      }
      int mid = p.length() / 2;
      int from = Math.max(0, mid - 15);
      out.add(p.substring(from, Math.min(p.length(), from + 30)));
    }
    return out;
  }

  static String squash(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2007') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static Optional<Segmenter.ElementStats> containerOf(Container c, Segmenter.Result r, Segment s) {
    for (Element e : c.elements()) {
      Segmenter.ElementStats st = r.stats().get(e);
      if (st != null && st.contains(s.pos())) {
        return Optional.of(st);
      }
    }
    return Optional.empty();
  }

  /** Step 5: the role of each segment, in document order. */
  List<Block> classify(Container c, Segmenter.Result r, String title) {
    List<Block> out = new ArrayList<>(r.segments().size());
    boolean whole = c.elements().isEmpty();
    String normTitle = title == null ? "" : squash(title).toLowerCase(Locale.ROOT);
    // The container elements' numbering, looked up once rather than again for every segment.
    List<Segmenter.ElementStats> containers = new ArrayList<>(c.elements().size());
    for (Element e : c.elements()) {
      Segmenter.ElementStats st = r.stats().get(e);
      if (st != null) {
        containers.add(st);
      }
    }
    for (Segment s : r.segments()) {
      Segmenter.ElementStats in = null;
      if (!whole) {
        for (Segmenter.ElementStats st : containers) {
          if (st.contains(s.pos())) {
            in = st;
            break;
          }
        }
      }
      long floor = in == null ? Long.MIN_VALUE : in.enter();
      boolean inside = whole || in != null;
      int junk = 0;
      int structure = 0;
      HintChain junkAt = null;
      int steps = 0;
      for (HintChain h = s.hints(); h != null && steps++ < MAX_CHAIN; h = h.outer()) {
        structure |= h.bits() & Hint.STRUCTURE;
        if (!inside || h.enter() > floor) {
          int j = h.bits() & Hint.JUNK;
          if (j != 0
              && (j & Hint.COMMENT) == 0
              && !STRONG_TAGS.contains(h.element().normalName())) {
            // A class name is weak evidence against an element full of plain prose ("tab-menu"
            // around
            // a product description, "widget-container" of a page builder around every paragraph).
            Segmenter.ElementStats st = r.stats().get(h.element());
            if (st != null
                && st.chars() >= t.proseOverridesHintChars()
                && st.linkDensity() <= t.proseLinkDensity()) {
              j = 0;
            }
          }
          if (j != 0 && junkAt == null) {
            junkAt = h;
          }
          junk |= j;
        }
      }
      if (!inside && nearProse(s, junk, c, r)) {
        out.add(inside(s, 0, structure, null, c, normTitle));
        Block b = out.get(out.size() - 1);
        if (b.role().isContent()) {
          out.set(
              out.size() - 1,
              new Block(
                  b.text(),
                  b.role(),
                  Math.max(0.3, b.confidence() - 0.15),
                  "prose beside the main container"));
        }
        continue;
      }
      out.add(
          inside
              ? inside(s, junk, structure, junkAt, c, normTitle)
              : outside(s, junk, structure, junkAt, normTitle));
    }
    dropRelatedSections(out, r.segments());
    splitCaptionCredits(out);
    dropHeadingsOfRemovedSections(out, r.segments());
    trimTail(out);
    return out;
  }

  /**
   * Step 5c: after the article's last real paragraph, short lines kept as content are mostly the
   * page's furniture ("Was this article useful?", "Print recipe", a lone name): they go.
   */
  private void trimTail(List<Block> out) {
    int anchor = -1;
    for (int i = out.size() - 1; i >= 0; i--) {
      Block b = out.get(i);
      if (b.role().isContent()
          && b.text().length() >= t.tailAnchorChars()
          && b.role() != Role.HEADING) {
        anchor = i;
        break;
      }
    }
    if (anchor < 0) {
      return;
    }
    for (int i = anchor + 1; i < out.size(); i++) {
      Block b = out.get(i);
      if (b.role().isContent()
          && b.text().length() < t.tailShortChars()
          && (b.role() == Role.BODY || b.role() == Role.HEADING || b.role() == Role.CAPTION)) {
        out.set(
            i,
            new Block(b.text(), Role.OTHER, 0.55, "short line after the article's last paragraph"));
      }
    }
  }

  /**
   * Step 5b: a caption ending in its photo credit ("... in Berlin. Foto: A. Name / Agency") keeps
   * the caption and gives the credit a block of its own, removed.
   */
  private static void splitCaptionCredits(List<Block> out) {
    for (int i = 0; i < out.size(); i++) {
      Block b = out.get(i);
      if (b.role() != Role.CAPTION) {
        continue;
      }
      java.util.regex.Matcher m = CAPTION_CREDIT.on(b.text());
      if (!m.find()) {
        continue;
      }
      String caption = b.text().substring(0, m.start()).strip();
      String credit = b.text().substring(m.start()).strip();
      if (caption.isEmpty()) {
        out.set(i, new Block(credit, Role.OTHER, 0.7, "photo credit"));
      } else {
        out.set(i, new Block(caption, Role.CAPTION, b.confidence(), b.reason()));
        out.add(i + 1, new Block(credit, Role.OTHER, 0.7, "photo credit"));
        i++;
      }
    }
  }

  /**
   * Step 5b: after a "Related stories" or "Read also" heading, the teasers that follow (link-heavy
   * or short) go with it, until the next heading or the first plain paragraph. Runs while blocks
   * and segments still correspond one to one.
   */
  private void dropRelatedSections(List<Block> out, List<Segment> segs) {
    for (int i = 0; i < out.size(); i++) {
      if (!out.get(i).reason().equals("heading of related links")) {
        continue;
      }
      for (int j = i + 1; j < out.size() && j <= i + 40; j++) {
        Block x = out.get(j);
        if (!x.role().isContent()) {
          if (x.role() == Role.NAVIGATION && x.reason().startsWith("link density")) {
            out.set(
                j,
                new Block(
                    x.text(),
                    Role.TEASER,
                    x.confidence(),
                    "in a related-links section, " + x.reason()));
          }
          continue;
        }
        double ld = segs.get(j).linkDensity();
        boolean prose = ld < 0.1 && endsSentence(x.text());
        if (x.role() == Role.HEADING || x.text().length() >= t.relatedTeaserChars() || prose) {
          break;
        }
        if (x.role() == Role.LIST || x.role() == Role.BODY || x.role() == Role.TABLE) {
          out.set(j, new Block(x.text(), Role.TEASER, 0.6, "in a related-links section"));
        }
      }
    }
  }

  /**
   * Step 5b: a heading (or a short line) kept as content whose section holds nothing but removed
   * blocks ("Related posts" above a list of teasers, "Share" above buttons) goes with its section.
   */
  private void dropHeadingsOfRemovedSections(List<Block> out, List<Segment> segs) {
    for (int i = 0; i < out.size(); i++) {
      Block b = out.get(i);
      boolean headingLike =
          b.role() == Role.HEADING
              || (b.role().isContent()
                  && b.text().length() <= t.shortPromptChars()
                  && !endsSentence(b.text()));
      if (!headingLike) {
        continue;
      }
      Role next = null;
      int removed = 0;
      int j = i + 1;
      for (; j < out.size() && j <= i + 40; j++) {
        Block x = out.get(j);
        if (x.role() == Role.HEADING) {
          break;
        }
        if (x.role().isContent()) {
          next = null;
          removed = -1;
          break;
        }
        if (x.role() == Role.OTHER && x.reason().equals("outside main container")
            || x.role() == Role.TITLE) {
          break;
        }
        if (next == null) {
          next = x.role();
        }
        removed++;
      }
      if (removed > 0 && next != null) {
        out.set(
            i,
            new Block(
                b.text(),
                next,
                0.6,
                "heading of a removed section (" + next.name().toLowerCase(Locale.ROOT) + ")"));
      } else if (removed == 0 && b.role() == Role.HEADING && j >= out.size()) {
        out.set(i, new Block(b.text(), Role.OTHER, 0.55, "heading with no text after it"));
      }
    }
  }

  /** The headline with or without a kicker or site name around it. */
  private static boolean sameTitle(String heading, String title) {
    if (heading.equals(title)) {
      return true;
    }
    return heading.length() >= 10
        && title.length() >= 10
        && (heading.contains(title) || title.contains(heading));
  }

  private static boolean endsSentence(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    return c == '"'
        || c == '”'
        || c == '“'
        || c == '»'
        || c == ')'
        // every script's full stop: "։" (Armenian) and "।" (Devanagari) as "." and "。"
        || SentenceMarks.isTerminal(t.codePointBefore(t.length()));
  }

  /**
   * Step 5a: a paragraph just outside the container (within {@code nearLevels} levels above it),
   * plain prose and not hinted as boilerplate, is article text too: the lead in the article's
   * header, a paragraph the page put in a separate box.
   */
  private boolean nearProse(Segment s, int junk, Container c, Segmenter.Result r) {
    boolean heading =
        s.tag().length() == 2
            && s.tag().charAt(0) == 'h'
            && s.tag().charAt(1) >= '2'
            && s.tag().charAt(1) <= '6';
    boolean item = s.tag().equals("li") && s.linkChars() == 0 && s.chars() >= 30;
    if (s.linkDensity() > 0.2
        || !heading
            && !item
            && (s.chars() < t.nearProseChars()
                || !endsSentence(s.text()) && s.chars() < 3 * t.nearProseChars())) {
      return false;
    }
    if ((junk & ~(Hint.HEADER | Hint.TITLE | Hint.DATE)) != 0) {
      return false;
    }
    for (Element e : c.elements()) {
      Element up = e;
      for (int i = 0; i < t.nearLevels() && up.parent() != null && !isTop(up.parent()); i++) {
        up = up.parent();
      }
      if (up == e) {
        continue;
      }
      Segmenter.ElementStats st = r.stats().get(up);
      if (st != null && st.contains(s.pos())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTop(Element e) {
    String n = e.normalName();
    return n.equals("body") || n.equals("html") || n.equals("#root");
  }

  private Block outside(Segment s, int junk, int structure, HintChain at, String title) {
    String text = s.text();
    if (Hint.has(structure, Hint.HEADING)
        && !title.isEmpty()
        && squash(text).toLowerCase(Locale.ROOT).equals(title)) {
      return new Block(text, Role.TITLE, 0.9, "heading repeats the title");
    }
    Optional<Block> hinted = byHints(s, junk, at, 0.75);
    if (hinted.isPresent()) {
      return hinted.get();
    }
    if (s.linkDensity() > t.junkLinkDensity()) {
      return new Block(
          text,
          Role.NAVIGATION,
          0.8,
          "outside main container, link density " + two(s.linkDensity()));
    }
    return new Block(text, Role.OTHER, 0.65, "outside main container");
  }

  private Block inside(
      Segment s, int junk, int structure, HintChain at, Container c, String title) {
    String text = s.text();
    int n = s.chars();
    double ld = s.linkDensity();
    boolean heading = Hint.has(structure, Hint.HEADING);
    if (heading
        && s.tag().equals("h1")
        && !title.isEmpty()
        && sameTitle(squash(text).toLowerCase(Locale.ROOT), title)) {
      return new Block(text, Role.TITLE, 0.9, "heading repeats the title");
    }
    int hard = junk & ~(Hint.HEADER | Hint.TITLE | Hint.DATE | Hint.BYLINE);
    if (hard != 0) {
      Optional<Block> hinted = byHints(s, hard, at, 0.8);
      if (hinted.isPresent()) {
        return hinted.get();
      }
    }
    if (Hint.has(junk, Hint.DATE | Hint.BYLINE) && n <= 120 && Dates.isDateLine(text.strip())) {
      return new Block(text, Role.DATELINE, 0.8, "date in " + describe(at.element()));
    }
    if (Hint.has(junk, Hint.BYLINE) && n <= 200) {
      return new Block(text, Role.BYLINE, 0.75, "in " + describe(at.element()));
    }
    if (Hint.has(junk, Hint.DATE) && n <= 120) {
      return new Block(text, Role.DATELINE, 0.75, "in " + describe(at.element()));
    }
    if (ld > t.junkLinkDensity() && (n < t.longChars() || ld > t.longLinkDensity())) {
      return new Block(text, Role.NAVIGATION, Math.min(1, 0.5 + ld / 2), "link density " + two(ld));
    }
    if (n <= t.shortPromptChars()) {
      String line = text.strip();
      if (AD.on(line).matches()) {
        return new Block(text, Role.AD, 0.85, "advertisement label");
      }
      if (PROMPT.on(line).matches()) {
        return new Block(text, Role.PROMPT, 0.7, "share, subscribe or read-more phrase");
      }
      if (!heading && Dates.isDateLine(line)) {
        return new Block(text, Role.DATELINE, 0.7, "date line");
      }
    }
    if (n <= t.promptWordChars() && LEGAL_WORDS.in(text)) {
      return new Block(text, Role.LEGAL, 0.6, "rights or disclaimer wording");
    }
    if (n <= t.promptWordChars() && PROMPT_WORDS.in(text)) {
      return new Block(text, Role.PROMPT, 0.6, "subscribe, donate or cookie wording");
    }
    if (n <= 2 * t.shortPromptChars() + 40 && !heading) {
      String line = text.strip();
      if (TAGS_LEAD.on(line).matches()) {
        return new Block(text, Role.NAVIGATION, 0.7, "tag list");
      }
      if (TEASER_LEAD.on(line).matches() && ld > 0) {
        return new Block(text, Role.TEASER, 0.7, "related-stories line");
      }
      if (BYLINE_LEAD.on(line).matches() && line.length() <= 80 && !line.endsWith(".")) {
        return new Block(text, Role.BYLINE, 0.65, "byline phrase");
      }
      if (LEGAL.on(line).matches()) {
        return new Block(text, Role.LEGAL, 0.75, "copyright line");
      }
    }
    if (n <= 80 && RELATED_HEADING.on(text.strip()).matches()) {
      return new Block(text, Role.TEASER, 0.75, "heading of related links");
    }
    double conf =
        Math.max(
            0.3,
            Math.min(
                0.98,
                0.6
                    + 0.3 * Math.min(1, n / 200.0)
                    - 0.3 * ld
                    + (c.confirmedByJsonLd() ? 0.08 : 0)));
    if (heading) {
      return new Block(text, Role.HEADING, conf, "heading in main container");
    }
    if (n <= t.creditChars() && (CREDIT.on(text).find() || CREDIT_AGENCIES.in(text))) {
      return new Block(text, Role.OTHER, 0.7, "photo credit or copyright line");
    }
    if (Hint.has(structure, Hint.CAPTION)) {
      return new Block(text, Role.CAPTION, conf, "figure caption");
    }
    if (Hint.has(structure, Hint.QUOTE)) {
      return new Block(text, Role.QUOTE, conf, "block quote");
    }
    if (Hint.has(structure, Hint.TABLE)) {
      return new Block(text, Role.TABLE, conf, "table cell");
    }
    if (Hint.has(structure, Hint.LIST)) {
      return new Block(text, Role.LIST, conf, "list item");
    }
    return new Block(
        text,
        Role.BODY,
        conf,
        c.confirmedByJsonLd()
            ? "paragraph in main container (json-ld articleBody agrees)"
            : "paragraph in main container");
  }

  private static Optional<Block> byHints(Segment s, int junk, HintChain at, double conf) {
    if (junk == 0) {
      return Optional.empty();
    }
    HintChain where = at;
    int steps = 0;
    for (HintChain h = at; h != null && steps++ < MAX_CHAIN; h = h.outer()) {
      if ((h.bits() & junk) != 0) {
        where = h;
        break;
      }
    }
    String in = where == null ? "" : "in " + describe(where.element());
    Role role;
    if (Hint.has(junk, Hint.COMMENT)) {
      role = Role.COMMENT;
    } else if (Hint.has(junk, Hint.BIO)) {
      role = Role.BIO;
    } else if (Hint.has(junk, Hint.RELATED)) {
      role = Role.TEASER;
    } else if (Hint.has(junk, Hint.SHARE)) {
      role = Role.PROMPT;
    } else if (Hint.has(junk, Hint.AD)) {
      role = Role.AD;
    } else if (Hint.has(junk, Hint.NAV | Hint.TAGS | Hint.HEADER)) {
      role = Role.NAVIGATION;
    } else if (Hint.has(junk, Hint.FOOTER | Hint.LEGAL)) {
      role = Role.LEGAL;
    } else if (Hint.has(junk, Hint.BYLINE)) {
      role = Role.BYLINE;
    } else if (Hint.has(junk, Hint.DATE)) {
      role = Role.DATELINE;
    } else if (Hint.has(junk, Hint.TITLE)) {
      role = Role.TITLE;
    } else {
      role = Role.OTHER;
    }
    return Optional.of(new Block(s.text(), role, conf, in));
  }

  /** A short description of an element for a reason: {@code <div class=related-posts>}. */
  static String describe(Element e) {
    if (e == null) {
      return "page";
    }
    String cls = e.className().strip();
    String id = e.id();
    String what = !cls.isEmpty() ? " class=" + cls : !id.isEmpty() ? " id=" + id : "";
    if (what.length() > 48) {
      what = what.substring(0, 48) + "…";
    }
    return "<" + e.normalName() + what + ">";
  }

  /**
   * Two decimals, as {@code String.format(Locale.ROOT, "%.2f", d)} writes them (half up from the
   * shortest decimal form), without parsing a format at every block.
   */
  static String two(double d) {
    if (!Double.isFinite(d) || d < 0 || d == 0 && 1 / d < 0) {
      return String.format(Locale.ROOT, "%.2f", d);
    }
    return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
