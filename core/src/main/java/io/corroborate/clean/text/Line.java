package io.corroborate.clean.text;

import java.util.Objects;

/**
 * One non-blank line (or hard-wrapped paragraph) of a scraped text, with the blank-line block it
 * sits in and the shape measures the cleaner's cascade reads. The measures are computed once: the
 * cascade asks for them many times and a scraped line can be tens of thousands of characters.
 *
 * <pre>{@code Line l = Lines.split("Title\n\nBody text.", thresholds).get(0); l.words(); // 1}
 * </pre>
 */
public final class Line {
  private final int index;
  private final String text;
  private final int block;
  private final int blockSize;
  private final int words;
  private final boolean endsSentence;
  private String key;

  /**
   * @param index position among the page's lines
   * @param text the line, stripped
   * @param block index of the blank-line separated block it belongs to
   * @param blockSize number of lines in that block
   */
  public Line(int index, String text, int block, int blockSize) {
    this.text = Objects.requireNonNull(text, "text");
    if (index < 0 || block < 0 || blockSize < 1) {
      throw new IllegalArgumentException(
          "bad line position " + index + "/" + block + "/" + blockSize);
    }
    this.index = index;
    this.block = block;
    this.blockSize = blockSize;
    this.words = Cues.words(text);
    this.endsSentence = Cues.endsSentence(text);
  }

  public int index() {
    return index;
  }

  public String text() {
    return text;
  }

  public int block() {
    return block;
  }

  public int blockSize() {
    return blockSize;
  }

  /** Whitespace-separated tokens. */
  public int words() {
    return words;
  }

  /** Ends like a sentence once closing quotes and brackets are set aside. */
  public boolean endsSentence() {
    return endsSentence;
  }

  /** Starts with a list bullet ("- ", "• ", "* "). */
  public boolean bulleted() {
    return Cues.bulleted(text);
  }

  /** The text without a leading bullet. */
  public String unbulleted() {
    return Cues.unbullet(text);
  }

  /** Lowercased, punctuation and spacing folded: for comparing repeated lines. */
  public String key() {
    if (key == null) {
      key = Cues.key(text);
    }
    return key;
  }

  @Override
  public String toString() {
    return index + "@" + block + ": " + text;
  }
}
