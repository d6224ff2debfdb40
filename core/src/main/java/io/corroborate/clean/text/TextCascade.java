package io.corroborate.clean.text;

import io.corroborate.lang.LanguagePack;
import io.corroborate.model.DateStamp;
import io.corroborate.model.FieldSource;
import io.corroborate.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every line of a scraped plain-text page a role, and reads the metadata the page shows
 * (title, byline, date lines). The cascade runs in numbered steps; later steps only label lines
 * that earlier ones left open:
 *
 * <ol>
 *   <li>lexical cues on each line alone: time-ago stamps, reading times, list and comment headers,
 *       one-line links to other stories, navigation, category, menu and share lines, media
 *       placeholders, legal lines, editor's notes, calls to action, bylines and wire credits, date
 *       lines, photo captions, author bios; then, on pages that separate paragraphs by blank lines,
 *       the rest of a short block under an ad or call-to-action label;
 *   <li>listed stories: headlines and truncated lines just above a time-ago stamp;
 *   <li>the body starts at the first sentence-like line of some length;
 *   <li>the head above it: the line matching the container's title, else the first headline-like
 *       line, is the title (else a headline just below the lede); what stands above the title is
 *       site furniture; a line repeating the title anywhere is the title;
 *   <li>author boxes: a name line near a bio that opens with the same name;
 *   <li>the tail: a list header, a bio, a media placeholder or a time-ago stamp after the body ends
 *       the article when little sentence-like text follows it; a comments header ends it unless
 *       much more text follows it than precedes it (a comment counter at the top);
 *   <li>the tail reaches back over what sits just above it: a name line, junk lines, and story
 *       cards (a headline glued to a paragraph on a page whose paragraphs stand alone);
 *   <li>everything in the tail that is still open is a teaser of another story, a reader's comment
 *       (below a comments header) or a label;
 *   <li>a trailing bulleted link list that ends the page with a tag;
 *   <li>the body: repeated lines, menus (runs of short labels), subheadings between paragraphs,
 *       paragraphs, and short lines kept rather than lost.
 * </ol>
 *
 * Metadata comes only from the head and the body, never from the tail, so a teaser's byline or date
 * cannot become the article's.
 *
 * <pre>{@code TextCascade.Result r = new TextCascade(TextThresholds.defaults()).classify(text);}
 * </pre>
 */
public final class TextCascade {
  private final TextThresholds t;

  public TextCascade(TextThresholds thresholds) {
    this.t = Objects.requireNonNull(thresholds, "thresholds");
  }

  /** The role of one line, how sure the cascade is, and which step decided it. */
  public record Label(Role role, double confidence, String reason) {
    public Label {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The page's lines with one label each (same order), and the metadata the page shows. */
  public record Result(List<Line> lines, List<Label> labels, List<FieldSource> metadata) {
    public Result {
      lines = List.copyOf(lines);
      labels = List.copyOf(labels);
      metadata = List.copyOf(metadata);
      if (lines.size() != labels.size()) {
        throw new IllegalArgumentException(
            lines.size() + " lines but " + labels.size() + " labels");
      }
    }
  }

  /**
   * The labels of a date line in every language, each with the date it gives ("updated" or
   * "published").
   */
  private static final Map<String, String> DATE_LABELS = dateLabels();

  /** "Updated: Feb 19, 2025", "(Published 19 February 2025)", "Posted on …", "Publié le …". */
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?iu)^\\(?\\s*("
              + LanguagePack.alternationOf(DATE_LABELS.keySet(), "\\s+")
              + ")\\b(?:\\s+on)?\\s*[:|-]?\\s*(.*?)\\s*\\)?$");

  private static Map<String, String> dateLabels() {
    return Map.copyOf(LanguagePack.everyLanguagePairs("date-labels.tsv", w -> w));
  }

  /**
   * A line that is only a wire's dateline, its credit in parentheses before a dash closing it:
   * "LENWICK, 27 mars (Reuters) -", "(AFP) —", as the French and many other presses set it above
   * the body. The text under it is the wire's: the credit is kept as the article's relay.
   */
  private static final Pattern WIRE_LINE =
      Pattern.compile(
          "^[^()]{0,80}?\\(\\s*(\\p{L}[\\p{L}\\p{N}.&' /-]{0,40}?)\\s*\\)\\s*[-\u2013\u2014]+\\s*$");

  public Result classify(String content) {
    return classify(content, Optional.empty());
  }

  /**
   * Classifies {@code content}; {@code knownTitle} is the title the container gave (front matter, a
   * sidecar, a JSON field), which marks its line as the title wherever it stands.
   */
  public Result classify(String content, Optional<String> knownTitle) {
    return new Page(Lines.split(content, t), knownTitle).run();
  }

  /** One page while the steps run: its lines, the label each has so far, what the steps found. */
  private final class Page {
    private final List<Line> lines;
    private final int n;
    private final Label[] label;
    private final boolean[] trigger;
    private final boolean[] comments;
    private final boolean[] listHeader;
    private final Map<Integer, Bylines.Byline> bylines = new HashMap<>();
    private final Map<Integer, FieldSource> dates = new HashMap<>();
    private final Map<Integer, FieldSource> wires = new HashMap<>();
    private final Set<Integer> bareDates = new HashSet<>();
    private final List<Integer> authorBox = new ArrayList<>();
    private int bodyStart;
    private final Optional<String> knownTitle;
    private final Map<Integer, Integer> bioOf = new HashMap<>();
    private boolean blankLayout;
    private int title = -1;
    private int tail;

    Page(List<Line> lines, Optional<String> knownTitle) {
      this.knownTitle = knownTitle;
      this.lines = lines;
      this.n = lines.size();
      this.label = new Label[n];
      this.trigger = new boolean[n];
      this.comments = new boolean[n];
      this.listHeader = new boolean[n];
    }

    Result run() {
      blankLayout = blankLayout();
      cues();
      headedBlocks();
      listedStories();
      bodyStart = bodyStart();
      head();
      authorBoxes();
      tail = tail();
      tail = reachBack(tail);
      fillTail();
      trailingLinkList();
      body();
      headlineAlone();
      return new Result(lines, List.of(label), metadata());
    }

    /**
     * 11. A page that is its headline alone (a news item of one line, a feed entry with no
     * summary): the title is also its text, since what it says is the whole report.
     */
    private void headlineAlone() {
      if (title < 0) {
        return;
      }
      for (Label l : label) {
        if (l != null && l.role() == Role.BODY) {
          return;
        }
      }
      label[title] = new Label(Role.BODY, 0.5, "11: the headline is the whole report");
    }

    /** 1. Lexical cues, each line alone. */
    private void cues() {
      for (int i = 0; i < n; i++) {
        Line l = lines.get(i);
        String s = l.text();
        if (!Cues.hasWords(s)) {
          label[i] = new Label(Role.OTHER, 0.9, "1: no words");
        } else if (Cues.timeAgo(s)) {
          label[i] = new Label(Role.TEASER, 0.9, "1: time-ago stamp of a listed story");
          trigger[i] = true;
        } else if (Cues.readingTime(s)) {
          label[i] = new Label(Role.OTHER, 0.95, "1: reading-time label");
        } else if (Cues.advertisement(s)) {
          label[i] = new Label(Role.AD, 0.95, "1: advertisement label");
        } else if (Cues.listHeader(s)) {
          label[i] = new Label(Role.NAVIGATION, 0.9, "1: header of a list of other stories");
          trigger[i] = true;
          listHeader[i] = true;
        } else if (Cues.commentsHeader(s)) {
          label[i] = new Label(Role.NAVIGATION, 0.9, "1: header of readers' comments");
          trigger[i] = true;
          comments[i] = true;
        } else if (Cues.inlineLink(s) && l.words() <= t.headlineMaxWords() + 3) {
          label[i] = new Label(Role.TEASER, 0.85, "1: link to another story (\"Read more: …\")");
        } else if (Cues.navLabel(s)) {
          label[i] = new Label(Role.NAVIGATION, 0.9, "1: site navigation label");
        } else if (Cues.category(s)) {
          label[i] = new Label(Role.NAVIGATION, 0.95, "1: category or tag line");
        } else if (Cues.mediaLabel(s)) {
          label[i] = new Label(Role.OTHER, 0.9, "1: placeholder of an image or video");
          trigger[i] = true;
        } else if (Cues.legal(s) || Cues.legalFooter(s)) {
          label[i] = new Label(Role.LEGAL, 0.9, "1: copyright or legal line");
        } else if (Cues.editorNote(s)) {
          label[i] = new Label(Role.OTHER, 0.85, "1: editor's note");
        } else if (Cues.shareLine(s)) {
          label[i] = new Label(Role.NAVIGATION, 0.9, "1: share buttons");
        } else if (Cues.callToAction(s, t.ctaMaxWords()) || Cues.promptLabel(s)) {
          label[i] = new Label(Role.PROMPT, 0.85, "1: call to action (subscribe, support, join)");
        } else if (Cues.bioHeader(s)) {
          label[i] = new Label(Role.BIO, 0.9, "1: header of an author bio");
          trigger[i] = true;
        } else if (byline(l).isPresent()) {
          bylines.put(i, byline(l).get());
          label[i] = new Label(Role.BYLINE, 0.9, "1: byline");
          if (l.words() <= t.bylineMaxWords()) {
            int at = i;
            Dates.find(s)
                .ifPresent(
                    d ->
                        dates.put(
                            at,
                            new FieldSource(
                                "published",
                                d.toString(),
                                "text: byline \"" + abbreviate(s) + "\"")));
          }
        } else if (WIRE_LINE.matcher(s).matches() && l.words() <= t.bylineMaxWords()) {
          Matcher w = WIRE_LINE.matcher(s);
          w.matches();
          wires.put(
              i,
              new FieldSource(
                  "relays", w.group(1), "text: wire dateline \"" + abbreviate(s) + "\""));
          label[i] = new Label(Role.DATELINE, 0.9, "1: wire dateline, its credit kept as a relay");
        } else if (dateline(l).isPresent()) {
          int at = i;
          dateline(l).get().ifPresent(f -> dates.put(at, f));
          if (!DATELINE.matcher(s).matches()) {
            bareDates.add(i);
          }
          label[i] = new Label(Role.DATELINE, 0.9, "1: date line");
        } else if (Cues.menu(s)) {
          label[i] = new Label(Role.NAVIGATION, 0.85, "1: menu or breadcrumb");
        } else if (Cues.caption(s, t.creditMaxWords())) {
          label[i] = new Label(Role.CAPTION, 0.8, "1: photo caption with a credit");
        } else if (l.words() >= t.bodyStartMinWords() && Cues.bioSubject(s).isPresent()) {
          label[i] = new Label(Role.BIO, 0.8, "1: author bio (a name, then a journalism job)");
          trigger[i] = true;
        }
      }
    }

    /**
     * 1 (end). On a page that separates paragraphs by blank lines, a short block opened by an
     * advertisement or call-to-action label is the ad or the pitch throughout; the line under an
     * "About the author" header is the bio.
     */
    private void headedBlocks() {
      for (int i = 0; i < n; i++) {
        Label li = label[i];
        if (li == null) {
          continue;
        }
        Line l = lines.get(i);
        boolean opensBlock = i == 0 || lines.get(i - 1).block() != l.block();
        if (blankLayout
            && opensBlock
            && l.blockSize() <= 4
            && (li.role() == Role.AD || li.role() == Role.PROMPT)) {
          for (int k = i + 1; k < n && lines.get(k).block() == l.block(); k++) {
            if (label[k] == null) {
              label[k] =
                  new Label(
                      li.role(),
                      0.75,
                      "1: in a block under an advertisement or call-to-action label");
            }
          }
        }
        if (li.role() == Role.BIO
            && Cues.bioHeader(l.text())
            && i + 1 < n
            && label[i + 1] == null) {
          label[i + 1] = new Label(Role.BIO, 0.8, "1: bio under an 'About the author' header");
        }
      }
    }

    /** 2. Listed stories: headlines and truncated lines just above a time-ago stamp. */
    private void listedStories() {
      for (int i = 0; i < n; i++) {
        if (!trigger[i] || label[i].role() != Role.TEASER) {
          continue;
        }
        for (int k = i - 1; k >= Math.max(0, i - t.teaserLookback()); k--) {
          Line l = lines.get(k);
          if (label[k] == null && (headlineLike(l) || Cues.truncated(l.text()))) {
            label[k] = new Label(Role.TEASER, 0.75, "2: listed story above a time-ago stamp");
          }
        }
      }
    }

    /** 3. The body starts at the first open sentence-like line of some length. */
    private int bodyStart() {
      for (int i = 0; i < n; i++) {
        Line l = lines.get(i);
        if (label[i] == null
            && sentenceLike(l)
            && !Cues.truncated(l.text())
            && l.words() >= t.bodyStartMinWords()) {
          return i;
        }
      }
      return n;
    }

    /** 4. The head: title, labels; a repeat of the title anywhere is the title again. */
    private void head() {
      Optional<String> known = knownTitle.map(Cues::key).filter(k -> !k.isEmpty());
      if (known.isPresent()) {
        for (int i = 0; i < n && title < 0; i++) {
          if ((label[i] == null || i == bodyStart) && lines.get(i).key().equals(known.get())) {
            title = i;
            label[i] = new Label(Role.TITLE, 0.95, "4: the title the container gives");
          }
        }
      }
      for (int i = 0; i < bodyStart; i++) {
        Line l = lines.get(i);
        if (label[i] != null) {
          continue;
        }
        if (title < 0 && headlineLike(l) && l.words() >= t.titleMinWords()) {
          title = i;
          label[i] = new Label(Role.TITLE, 0.8, "4: first headline-like line above the body");
        } else if (title > i) {
          label[i] = new Label(Role.NAVIGATION, 0.6, "4: site furniture above the title");
        } else if (shortLabel(l)) {
          label[i] = new Label(Role.NAVIGATION, 0.6, "4: short label above the article");
        } else {
          label[i] = new Label(Role.BODY, 0.5, "4: standfirst above the body");
        }
      }
      if (title < 0 && known.isEmpty()) {
        // When the container names a title the text does not carry, the text has no title line.
        titleBelowTheLede();
      }
      if (title >= 0) {
        String key = lines.get(title).key();
        for (int i = 0; i < n; i++) {
          boolean open = label[i] == null || label[i].role() == Role.BODY && i < bodyStart;
          if (i != title && open && lines.get(i).key().equals(key)) {
            label[i] = new Label(Role.TITLE, 0.9, "4: repeats the title");
          }
        }
      }
    }

    /**
     * Some scrapers put the lede first: the title is then the first open line after the body's
     * first paragraph, near the top, a headline followed by a paragraph.
     */
    private void titleBelowTheLede() {
      int k = bodyStart + 1;
      while (k < n && label[k] != null && !label[k].role().isContent()) {
        k++;
      }
      if (k >= n || k > bodyStart + 3 || label[k] != null) {
        return;
      }
      Line l = lines.get(k);
      // A line that ends in a colon leads into what follows it: a quote or a list, not a headline.
      boolean leadIn = l.text().strip().endsWith(":");
      if (headlineLike(l) && !leadIn && l.words() >= t.titleMinWords() && bodyFollows(k)) {
        title = k;
        label[k] = new Label(Role.TITLE, 0.7, "4: headline just below the lede");
      }
    }

    /** 5. Author boxes: a name line a few lines above a bio that opens with that name. */
    private void authorBoxes() {
      for (int b = 0; b < n; b++) {
        boolean bio = label[b] != null && label[b].role() == Role.BIO;
        if (!bio && label[b] != null) {
          continue;
        }
        String text = lines.get(b).text();
        Optional<String> subject = bio ? Cues.bioSubject(text) : Cues.looseBioSubject(text);
        if (subject.isEmpty()) {
          continue;
        }
        String name = Cues.key(subject.get());
        for (int k = b - 1; k >= Math.max(0, b - 4); k--) {
          Label lk = label[k];
          boolean open = lk == null || lk.role() == Role.BYLINE || lk.role() == Role.NAVIGATION;
          if (open && Cues.key(Cues.unbullet(lines.get(k).text())).equals(name)) {
            label[k] = new Label(Role.BYLINE, 0.85, "5: author name beside a bio");
            if (!bio) {
              label[b] = new Label(Role.BIO, 0.8, "5: author bio beside its name line");
              trigger[b] = true;
            }
            authorBox.add(k);
            bioOf.put(k, b);
            for (int m = k + 1; m < b; m++) {
              if ((label[m] == null || label[m].role() == Role.NAVIGATION)
                  && shortLabel(lines.get(m))) {
                label[m] = new Label(Role.BIO, 0.8, "5: job title beside a bio");
              }
            }
            break;
          }
        }
      }
    }

    /** 6. The tail: the first trigger after the body with little sentence-like text behind it. */
    private int tail() {
      // Sentence-like characters of the open lines before each line, to weigh before against after.
      double[] upTo = new double[n + 1];
      for (int i = 0; i < n; i++) {
        Line l = lines.get(i);
        boolean open = label[i] == null && sentenceLike(l) && !Cues.truncated(l.text());
        upTo[i + 1] = upTo[i] + (open ? l.text().length() : 0);
      }
      for (int i = bodyStart + 1; i < n; i++) {
        if (!trigger[i]) {
          continue;
        }
        double before = upTo[i] - upTo[bodyStart];
        double after = upTo[n] - upTo[i + 1];
        double share = comments[i] ? t.commentsMaxRatio() : t.tailMaxShare();
        if (after <= share * before) {
          return i;
        }
      }
      return n;
    }

    /** 7. The tail reaches back over names, junk and story cards just above it. */
    private int reachBack(int start) {
      if (start >= n) {
        return n;
      }
      int j = start - 1;
      while (j > bodyStart) {
        Line l = lines.get(j);
        if (label[j] != null && !label[j].role().isContent()) {
          j--;
        } else if (label[j] == null && shortLabel(l)) {
          label[j] =
              nameLike(l.text())
                  ? new Label(Role.BYLINE, 0.6, "7: name line between the body and the tail")
                  : new Label(Role.NAVIGATION, 0.6, "7: label between the body and the tail");
          j--;
        } else if (label[j] == null && blankLayout && card(j)) {
          int first = firstOfBlock(j);
          for (int k = first; k <= j; k++) {
            label[k] =
                new Label(
                    Role.TEASER,
                    0.7,
                    "7: story card (headline glued to its teaser) above the tail");
          }
          j = first - 1;
        } else {
          break;
        }
      }
      return j + 1;
    }

    /**
     * 8. What is still open in the tail belongs to other stories, or below a comments header to the
     * readers.
     */
    private void fillTail() {
      boolean inComments = false;
      for (int i = tail; i < n; i++) {
        if (comments[i] || listHeader[i]) {
          inComments = comments[i];
        }
        if (inComments && label[i] != null && label[i].role() == Role.TEASER) {
          // A time stamp or a name above it, inside the comments, belongs to a comment.
          label[i] = new Label(Role.COMMENT, 0.7, "8: part of a reader comment");
        } else if (label[i] == null) {
          if (shortLabel(lines.get(i))) {
            label[i] = new Label(Role.NAVIGATION, 0.7, "8: label after the end of the article");
          } else if (inComments) {
            label[i] = new Label(Role.COMMENT, 0.75, "8: reader comment after the article");
          } else {
            label[i] =
                new Label(Role.TEASER, 0.75, "8: another story, after the end of the article");
          }
        }
      }
    }

    /** 9. A trailing bulleted link list ending with a tag, on a page whose body has no bullets. */
    private void trailingLinkList() {
      int run = tail;
      while (run > bodyStart
          && lines.get(run - 1).bulleted()
          && (label[run - 1] == null || !label[run - 1].role().isContent())) {
        run--;
      }
      if (run >= tail || run <= bodyStart) {
        return;
      }
      for (int i = bodyStart; i < run; i++) {
        if (lines.get(i).bulleted()) {
          return;
        }
      }
      boolean tag = false;
      for (int i = run; i < tail; i++) {
        tag |= shortLabel(new Line(i, lines.get(i).unbulleted(), 0, 1));
      }
      if (!tag) {
        return;
      }
      for (int i = run; i < tail; i++) {
        if (label[i] == null) {
          label[i] =
              shortLabel(new Line(i, lines.get(i).unbulleted(), 0, 1))
                  ? new Label(Role.NAVIGATION, 0.7, "9: tag closing a trailing link list")
                  : new Label(Role.TEASER, 0.6, "9: item of a trailing link list after the body");
        }
      }
    }

    /** 10. The body: repeats, menus (runs of short labels), subheadings, paragraphs. */
    private void body() {
      boolean[] menu = menuRuns();
      Set<String> seen = new HashSet<>();
      Map<String, Integer> shortCounts = new HashMap<>();
      for (Line l : lines) {
        if (shortLabel(l)) {
          shortCounts.merge(l.key(), 1, Integer::sum);
        }
      }
      for (int i = 0; i < n; i++) {
        Line l = lines.get(i);
        if (label[i] != null) {
          if (label[i].role().isContent()) {
            seen.add(l.key());
          }
          continue;
        }
        if (l.words() >= t.repeatMinWords() && !seen.add(l.key())) {
          label[i] = new Label(Role.OTHER, 0.7, "10: repeats an earlier paragraph");
        } else if (sentenceLike(l)) {
          label[i] =
              new Label(
                  Role.BODY,
                  0.8,
                  Cues.startsWithQuote(l.text()) ? "10: quoted paragraph" : "10: paragraph");
        } else if (shortLabel(l) && shortCounts.getOrDefault(l.key(), 0) > 1) {
          label[i] = new Label(Role.NAVIGATION, 0.6, "10: label repeated on the page");
        } else if (menu[i]) {
          label[i] = new Label(Role.NAVIGATION, 0.6, "10: one of a run of short labels (a menu)");
        } else if (l.words() <= t.headingMaxWords() && bodyFollows(i)) {
          label[i] = new Label(Role.HEADING, 0.7, "10: short line between paragraphs");
        } else if (l.words() >= t.titleMinWords()) {
          label[i] =
              new Label(
                  Role.HEADING, 0.4, "10: short line in the body without a paragraph after it");
        } else {
          // A short line inside the body with no cue against it (a list entry, a figure, a
          // sign-off) is kept: losing a line of the article costs more than keeping a label.
          label[i] = new Label(Role.BODY, 0.4, "10: short line inside the body");
        }
      }
    }

    /**
     * Metadata from the head and the body only: the title line, bylines, author boxes and date
     * lines (a bare date only above the body, where it dates the page rather than an event).
     */
    private List<FieldSource> metadata() {
      List<FieldSource> meta = new ArrayList<>();
      if (title >= 0) {
        meta.add(
            new FieldSource(
                "title", lines.get(title).text(), "text: " + label[title].reason().substring(3)));
      }
      for (int i = 0; i < tail; i++) {
        Bylines.Byline b = bylines.get(i);
        if (b != null && label[i].role() == Role.BYLINE) {
          String source = "text: byline \"" + abbreviate(lines.get(i).text()) + "\"";
          b.names().forEach(name -> meta.add(new FieldSource("author", name, source)));
          b.outlet().ifPresent(o -> meta.add(new FieldSource("outlet", o, source)));
        }
      }
      for (int k : authorBox) {
        meta.add(
            new FieldSource(
                "author", Cues.unbullet(lines.get(k).text()), "text: author name beside a bio"));
      }
      for (int k : authorBox) {
        Cues.bioOutlet(lines.get(bioOf.get(k)).text())
            .ifPresent(o -> meta.add(new FieldSource("outlet", o, "text: author bio")));
      }
      for (int i = 0; i < n; i++) {
        FieldSource w = wires.get(i);
        if (w != null && label[i].role() == Role.DATELINE) {
          meta.add(w);
        }
      }
      for (int i = 0; i < tail; i++) {
        FieldSource d = dates.get(i);
        boolean dating = label[i].role() == Role.DATELINE || label[i].role() == Role.BYLINE;
        if (d != null && dating && (!bareDates.contains(i) || i < bodyStart)) {
          meta.add(d);
        }
      }
      return meta;
    }

    /** Most blocks of the page are single lines: paragraphs are separated by blank lines. */
    private boolean blankLayout() {
      Map<Integer, Integer> sizes = new HashMap<>();
      for (Line l : lines) {
        sizes.put(l.block(), l.blockSize());
      }
      long single = sizes.values().stream().filter(s -> s == 1).count();
      return sizes.size() >= t.blankLayoutMinBlocks()
          && single >= t.blankLayoutMinShare() * sizes.size();
    }

    /**
     * Lines {@code first..j} of one block are an open headline followed by a paragraph, and
     * whatever follows {@code j} in the same block is junk already labelled.
     */
    private boolean card(int j) {
      int first = firstOfBlock(j);
      if (j - first < 1) {
        return false;
      }
      for (int k = first; k <= j; k++) {
        if (label[k] != null) {
          return false;
        }
      }
      for (int k = j + 1; k < n && lines.get(k).block() == lines.get(j).block(); k++) {
        if (label[k] == null || label[k].role().isContent()) {
          return false;
        }
      }
      return headlineLike(lines.get(first)) && sentenceLike(lines.get(j));
    }

    private int firstOfBlock(int j) {
      int k = j;
      while (k > 0 && lines.get(k - 1).block() == lines.get(j).block()) {
        k--;
      }
      return k;
    }

    /** The next line that is not junk is open and sentence-like (or already body). */
    private boolean bodyFollows(int i) {
      for (int k = i + 1; k < n; k++) {
        Label lk = label[k];
        if (lk == null) {
          return sentenceLike(lines.get(k));
        }
        if (lk.role() == Role.BODY || lk.role() == Role.QUOTE) {
          return true;
        }
        if (lk.role() == Role.CAPTION || lk.role() == Role.HEADING || lk.role() == Role.TEASER) {
          return false;
        }
      }
      return false;
    }

    /**
     * Lines in runs of at least {@code menuMinRun} consecutive unbulleted short labels (open or
     * already navigation): a menu or a tag cloud, not the article. Bulleted runs are lists.
     */
    private boolean[] menuRuns() {
      boolean[] menu = new boolean[n];
      int start = 0;
      for (int i = 0; i <= n; i++) {
        boolean member =
            i < n
                && !lines.get(i).bulleted()
                && shortLabel(lines.get(i))
                && (label[i] == null || label[i].role() == Role.NAVIGATION);
        if (!member) {
          if (i - start >= t.menuMinRun()) {
            for (int k = start; k < i; k++) {
              menu[k] = true;
            }
          }
          start = i + 1;
        }
      }
      return menu;
    }
  }

  private Optional<Bylines.Byline> byline(Line l) {
    return Bylines.opens(l.text()) ? Bylines.parse(l.text(), t.bylineMaxWords()) : Optional.empty();
  }

  /**
   * A date line, with the field it dates when it has a readable date: "Updated …" dates the update,
   * "Published …"/"Posted …" or a bare date the publication.
   */
  private Optional<Optional<FieldSource>> dateline(Line l) {
    String s = l.text();
    if (l.words() > t.bylineMaxWords()) {
      return Optional.empty();
    }
    Matcher m = DATELINE.matcher(s);
    if (m.matches()) {
      String cue = m.group(1).toLowerCase(Locale.ROOT);
      String rest = m.group(2);
      if (!rest.isEmpty() && Dates.find(rest).isEmpty()) {
        // "Published by the ministry" is a sentence, not a date line.
        return Cues.endsSentence(s) ? Optional.empty() : Optional.of(Optional.empty());
      }
      String field = DATE_LABELS.getOrDefault(cue.replaceAll("\\s+", " "), "published");
      return Optional.of(Dates.find(rest).map(d -> field(field, d, s)));
    }
    if (Dates.isOnlyDate(s)) {
      return Optional.of(Dates.find(s).map(d -> field("published", d, s)));
    }
    return Optional.empty();
  }

  private static FieldSource field(String field, DateStamp d, String line) {
    return new FieldSource(field, d.toString(), "text: date line \"" + abbreviate(line) + "\"");
  }

  private boolean sentenceLike(Line l) {
    return l.endsSentence() && l.words() >= 2 || l.words() >= t.bodyLongWords();
  }

  private boolean headlineLike(Line l) {
    String s = l.text();
    boolean open = !l.endsSentence() || s.endsWith("?") || s.endsWith("!");
    return open && !Cues.truncated(s) && l.words() >= 1 && l.words() <= t.headlineMaxWords();
  }

  private boolean shortLabel(Line l) {
    return l.words() <= t.labelMaxWords() && !l.endsSentence() && !Cues.truncated(l.text());
  }

  /** Two or three capitalised words, or one: what a name line looks like. */
  private static boolean nameLike(String s) {
    String u = Cues.unbullet(s);
    int w = Cues.words(u);
    return w >= 1
        && w <= 3
        && Cues.capitalisedShare(u) == 1.0
        && u.codePoints()
            .allMatch(
                c ->
                    Character.isLetter(c)
                        || c == ' '
                        || c == '-'
                        || c == '.'
                        || c == '\''
                        || c == '’');
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
