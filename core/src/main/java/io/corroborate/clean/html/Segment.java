package io.corroborate.clean.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * One run of text between two block boundaries of a page, in document order, with what the
 * extractor needs to judge it.
 *
 * @param index position among the page's segments
 * @param text the text, whitespace collapsed (line breaks kept where the page had {@code <br>})
 * @param linkChars how many of its characters sit inside links
 * @param owner the innermost block element holding the text
 * @param ancestors the owner and its nearest block ancestors, innermost first (at most a few)
 * @param hints the hinted block elements around the text, innermost first
 * @param pos the segment's place in the page's element numbering (see {@link Segmenter})
 */
public record Segment(
    int index,
    String text,
    int linkChars,
    Element owner,
    List<Element> ancestors,
    HintChain hints,
    long pos) {

  /** Characters of text. */
  public int chars() {
    return text.length();
  }

  /** Share of the text inside links, 0 to 1. */
  public double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }

  public String tag() {
    return owner.normalName();
  }
}
