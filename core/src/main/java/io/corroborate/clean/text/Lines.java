package io.corroborate.clean.text;

import io.corroborate.clean.html.PageWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits scraped text into lines grouped by blank lines. Text that was hard-wrapped at a fixed
 * width (every line of a paragraph about as long as the others) is first rejoined into paragraphs,
 * so that the cascade sees one unit per paragraph either way.
 *
 * <pre>{@code List<Line> lines = Lines.split(text, TextThresholds.defaults());}</pre>
 */
public final class Lines {
  private Lines() {}

  /**
   * A row of share buttons glued after a paragraph's last sentence ("… said. Share: X | Email").
   */
  private static final Pattern GLUED_SHARE =
      Pattern.compile(
          "(?<=[.!?\"”’)])\\s+((?iu:"
              + PageWords.alternation("share-labels.txt")
              + ")\\s*:[^.!?]*\\|[^.!?]*)$");

  /** The non-blank lines of {@code content} in order; never null, possibly empty. */
  public static List<Line> split(String content, TextThresholds t) {
    // Every Unicode line terminator counts; a blank line (spaces only) separates blocks.
    String[] raw = content.split("\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]", -1);
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String r : raw) {
      String s = Cues.clean(r);
      if (s.isEmpty()) {
        if (!current.isEmpty()) {
          blocks.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      // Share buttons glued after a paragraph's last sentence become a line of their own.
      Matcher m = GLUED_SHARE.matcher(s);
      if (m.find() && m.start() > 0) {
        current.add(s.substring(0, m.start()).strip());
        current.add(m.group(1));
      } else {
        current.add(s);
      }
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    if (hardWrapped(blocks, t)) {
      blocks = blocks.stream().map(b -> unwrap(b, t)).toList();
    }
    List<Line> lines = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      for (String s : blocks.get(b)) {
        lines.add(new Line(lines.size(), s, b, blocks.get(b).size()));
      }
    }
    return lines;
  }

  /**
   * A text is hard-wrapped when it has enough long lines, none wider than the wrap width, and most
   * lines of multi-line blocks reach close to the widest line: the signature of a fixed-width wrap
   * rather than one paragraph per line.
   */
  static boolean hardWrapped(List<List<String>> blocks, TextThresholds t) {
    int[] lengths = blocks.stream().flatMap(List::stream).mapToInt(String::length).toArray();
    if (lengths.length < t.wrapMinLines()) {
      return false;
    }
    int max = Arrays.stream(lengths).max().orElse(0);
    if (max > t.wrapMaxWidth()) {
      return false;
    }
    int inner = 0;
    int full = 0;
    for (List<String> b : blocks) {
      // The last line of a paragraph is short by nature; judge the others.
      for (int i = 0; i + 1 < b.size(); i++) {
        inner++;
        if (b.get(i).length() >= t.wrapFill() * max) {
          full++;
        }
      }
    }
    return inner >= (t.wrapMinLines() + 1) / 2 && full >= 0.8 * inner;
  }

  private static List<String> unwrap(List<String> block, TextThresholds t) {
    int max = block.stream().mapToInt(String::length).max().orElse(0);
    List<String> out = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    // The paragraph ends as its last line does (the joining space stops the scan over closing
    // quotes), so that line is asked instead of the paragraph: asking the growing paragraph made a
    // block of many short lines quadratic.
    boolean paraEndsSentence = false;
    for (String s : block) {
      // A bullet starts a new item; a sentence end before a capital may end a paragraph, and
      // splitting one there costs nothing, while joining two paragraphs would mix their roles.
      boolean fresh =
          Cues.bulleted(s)
              || paraEndsSentence && !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
      if (para.length() > 0 && fresh) {
        out.add(para.toString());
        para.setLength(0);
      }
      if (para.length() > 0) {
        para.append(' ');
      }
      para.append(s);
      paraEndsSentence = Cues.endsSentence(s);
      // A line well short of the width ends its paragraph.
      if (s.length() < t.wrapFill() * max) {
        out.add(para.toString());
        para.setLength(0);
      }
    }
    if (para.length() > 0) {
      out.add(para.toString());
    }
    return out;
  }
}
