package io.corroborate.clean;

import io.corroborate.clean.html.Segmenter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a markup fragment that a container hands over as an article's main text: a crawler's
 * JSON record whose text field keeps the body's {@code <p>} and {@code <div>} tags. The fragment is
 * the article already, so nothing is judged boilerplate here: each block element (as the page
 * cleaner's {@link Segmenter} knows them) becomes a paragraph of its own, a {@code <br>} a line
 * break, inline tags vanish and entities are decoded. The plain-text cleaner then reads the
 * paragraphs as it reads any scraped text.
 *
 * <pre>{@code String text = MarkupText.paragraphs("<div>First.</div><div>Second.</div>");}</pre>
 */
final class MarkupText {
  /** A page, not a fragment: a document type, the root or the body element. */
  private static final Pattern DOCUMENT =
      Pattern.compile("(?i)<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]");

  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*\\n\\s*");
  private static final Pattern LINE = Pattern.compile(" *\\n *");

  private MarkupText() {}

  /** Whether {@code head}, the start of a text, is a whole page rather than a fragment. */
  static boolean isPage(String head) {
    return DOCUMENT.matcher(head).find();
  }

  /** The fragment's text: paragraphs separated by blank lines, lines by line breaks. */
  static String paragraphs(String fragment) {
    Element body = Jsoup.parseBodyFragment(fragment).body();
    StringBuilder out = new StringBuilder(fragment.length());
    body.traverse(
        new NodeVisitor() {
          private int hidden;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              String tag = e.normalName().toLowerCase(Locale.ROOT);
              if (Segmenter.skipped(tag)) {
                hidden++;
              } else if (tag.equals("br")) {
                out.append('\n');
              } else if (Segmenter.block(tag)) {
                out.append("\n\n");
              }
            } else if (node instanceof TextNode t && hidden == 0) {
              out.append(t.getWholeText().replace('\n', ' ').replace('\r', ' '));
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              String tag = e.normalName().toLowerCase(Locale.ROOT);
              if (Segmenter.skipped(tag)) {
                hidden--;
              } else if (Segmenter.block(tag)) {
                out.append("\n\n");
              }
            }
          }
        });
    String text = SPACES.matcher(out).replaceAll(" ");
    text = BLANK_LINES.matcher(text).replaceAll("\n\n");
    return LINE.matcher(text).replaceAll("\n").strip();
  }
}
