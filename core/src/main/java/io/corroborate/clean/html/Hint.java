package io.corroborate.clean.html;

/**
 * What an element's tag, class, id, role and itemprop say about the text inside it, as bits of an
 * {@code int} so that a page's hints cost no allocation per element.
 *
 * <pre>{@code if (Hint.has(bits, Hint.COMMENT)) { ... } }</pre>
 */
public final class Hint {
  private Hint() {}

  // Junk hints: the element probably holds no article text.
  public static final int NAV = 1;
  public static final int FOOTER = 1 << 1;
  public static final int COMMENT = 1 << 2;
  public static final int RELATED = 1 << 3;
  public static final int SHARE = 1 << 4;
  public static final int AD = 1 << 5;
  public static final int BYLINE = 1 << 6;
  public static final int BIO = 1 << 7;
  public static final int SIDEBAR = 1 << 8;
  public static final int HEADER = 1 << 9;
  public static final int DATE = 1 << 10;
  public static final int TAGS = 1 << 11;
  public static final int LEGAL = 1 << 12;
  public static final int TITLE = 1 << 13;
  // Content hints.
  public static final int CONTENT = 1 << 16;
  public static final int STRONG_CONTENT = 1 << 17;
  // Structure: what kind of block the text sits in, whatever the container.
  public static final int HEADING = 1 << 20;
  public static final int LIST = 1 << 21;
  public static final int QUOTE = 1 << 22;
  public static final int TABLE = 1 << 23;
  public static final int PRE = 1 << 24;
  public static final int CAPTION = 1 << 25;
  public static final int FIGURE = 1 << 26;

  /** Hints that mark an element as boilerplate. */
  public static final int JUNK =
      NAV | FOOTER | COMMENT | RELATED | SHARE | AD | BYLINE | BIO | SIDEBAR | HEADER | DATE | TAGS
          | LEGAL | TITLE;

  /** Hints that hold whatever container they are in. */
  public static final int STRUCTURE = HEADING | LIST | QUOTE | TABLE | PRE | CAPTION | FIGURE;

  /** The hint of that name ("NAV", "STRONG_CONTENT"), as data files name them. */
  public static int named(String name) {
    return switch (name) {
      case "NAV" -> NAV;
      case "FOOTER" -> FOOTER;
      case "COMMENT" -> COMMENT;
      case "RELATED" -> RELATED;
      case "SHARE" -> SHARE;
      case "AD" -> AD;
      case "BYLINE" -> BYLINE;
      case "BIO" -> BIO;
      case "SIDEBAR" -> SIDEBAR;
      case "HEADER" -> HEADER;
      case "DATE" -> DATE;
      case "TAGS" -> TAGS;
      case "LEGAL" -> LEGAL;
      case "TITLE" -> TITLE;
      case "CONTENT" -> CONTENT;
      case "STRONG_CONTENT" -> STRONG_CONTENT;
      case "HEADING" -> HEADING;
      case "LIST" -> LIST;
      case "QUOTE" -> QUOTE;
      case "TABLE" -> TABLE;
      case "PRE" -> PRE;
      case "CAPTION" -> CAPTION;
      case "FIGURE" -> FIGURE;
      default -> throw new IllegalArgumentException("no hint named '" + name + "'");
    };
  }

  public static boolean has(int bits, int hint) {
    return (bits & hint) != 0;
  }
}
