package io.corroborate.clean.text;

import java.util.Objects;

/**
 * One non-blank line (or hard-wrapped paragraph) of a scraped text, with the blank-line block it
 * sits in and the shape measures the cleaner's cascade reads.
 *
 * <pre>{@code Line l = Lines.split("Title\n\nBody text.", thresholds).get(0); l.words(); // 1}</pre>
 *
 * @param index position among the page's lines
 * @param text the line, stripped
 * @param block index of the blank-line separated block it belongs to
 * @param blockSize number of lines in that block
 */
public record Line(int index, String text, int block, int blockSize) {
  public Line {
    Objects.requireNonNull(text, "text");
    if (index < 0 || block < 0 || blockSize < 1) {
      throw new IllegalArgumentException("bad line position " + index + "/" + block + "/" + blockSize);
    }
  }

  /** Whitespace-separated tokens. */
  public int words() {
    return Cues.words(text);
  }

  /** Ends like a sentence once closing quotes and brackets are set aside. */
  public boolean endsSentence() {
    return Cues.endsSentence(text);
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
    return Cues.key(text);
  }
}
