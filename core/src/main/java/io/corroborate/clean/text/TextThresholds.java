package io.corroborate.clean.text;

/**
 * Thresholds of the plain-text cleaner ({@link TextExtractor}), in one place. Counts are in words
 * (whitespace-separated tokens) unless the name says otherwise.
 *
 * <pre>{@code TextThresholds t = TextThresholds.defaults().withTailMaxShare(0.2);}</pre>
 *
 * @param bodyStartMinWords the first sentence-like line with at least this many words starts the
 *     body; everything above it is the page's head (navigation, title, byline, date)
 * @param bodyLongWords a line this long is body text even without closing punctuation (a lede)
 * @param titleMinWords a title line has at least this many words
 * @param headlineMaxWords a title or a listed story's headline has at most this many words
 * @param headingMaxWords a subheading inside the body has at most this many words
 * @param labelMaxWords a line this short without punctuation is a label (a name, a menu entry)
 * @param ctaMaxWords a call to action (subscribe, support us) is at most this long
 * @param bylineMaxWords a byline ("By …") is at most this long
 * @param creditMaxWords a photo credit in parentheses is at most this long
 * @param tailMaxShare a list header ("Recent Posts"), a bio or a time-ago stamp ends the article
 *     only if the sentence-like text after it is at most this share of the body text before it
 * @param commentsMaxRatio a comments header ends the article if the sentence-like text after it is
 *     at most this many times the body text before it (comments may outgrow the article)
 * @param teaserLookback how many lines before a time-ago stamp belong to the listed story
 * @param blankLayoutMinShare share of one-line blocks above which the page separates paragraphs by
 *     blank lines, so that a headline glued to a paragraph stands out as a story card
 * @param blankLayoutMinBlocks the fewest blocks for that layout to be recognised
 * @param repeatMinWords a content line repeated word for word is dropped if at least this long
 * @param menuMinRun this many short labels in a row inside the body are a menu, not the article
 * @param wrapMinLines the fewest lines for a text to be tested for hard wrapping (half as many must
 *     be inner lines of paragraphs)
 * @param wrapMaxWidth lines of a hard-wrapped text are at most this many characters
 * @param wrapFill a wrapped line that fills less than this share of the width ends its paragraph
 */
public record TextThresholds(
    int bodyStartMinWords,
    int bodyLongWords,
    int titleMinWords,
    int headlineMaxWords,
    int headingMaxWords,
    int labelMaxWords,
    int ctaMaxWords,
    int bylineMaxWords,
    int creditMaxWords,
    double tailMaxShare,
    double commentsMaxRatio,
    int teaserLookback,
    double blankLayoutMinShare,
    int blankLayoutMinBlocks,
    int repeatMinWords,
    int menuMinRun,
    int wrapMinLines,
    int wrapMaxWidth,
    double wrapFill) {

  public TextThresholds {
    positive("bodyStartMinWords", bodyStartMinWords);
    positive("bodyLongWords", bodyLongWords);
    positive("titleMinWords", titleMinWords);
    positive("headlineMaxWords", headlineMaxWords);
    positive("headingMaxWords", headingMaxWords);
    positive("labelMaxWords", labelMaxWords);
    positive("ctaMaxWords", ctaMaxWords);
    positive("bylineMaxWords", bylineMaxWords);
    positive("creditMaxWords", creditMaxWords);
    positive("teaserLookback", teaserLookback);
    positive("blankLayoutMinBlocks", blankLayoutMinBlocks);
    positive("repeatMinWords", repeatMinWords);
    positive("menuMinRun", menuMinRun);
    positive("wrapMinLines", wrapMinLines);
    positive("wrapMaxWidth", wrapMaxWidth);
    share("tailMaxShare", tailMaxShare);
    if (!(commentsMaxRatio >= 0)) {
      throw new IllegalArgumentException("commentsMaxRatio must be >= 0, got " + commentsMaxRatio);
    }
    share("blankLayoutMinShare", blankLayoutMinShare);
    share("wrapFill", wrapFill);
    if (titleMinWords > headlineMaxWords) {
      throw new IllegalArgumentException("titleMinWords must be <= headlineMaxWords");
    }
  }

  /** The values tuned on scraped news pages. */
  public static TextThresholds defaults() {
    return new TextThresholds(
        6, 20, 3, 20, 14, 4, 30, 12, 10, 0.3, 2.0, 2, 0.6, 4, 8, 3, 6, 100, 0.6);
  }

  public TextThresholds withTailMaxShare(double share) {
    return new TextThresholds(
        bodyStartMinWords,
        bodyLongWords,
        titleMinWords,
        headlineMaxWords,
        headingMaxWords,
        labelMaxWords,
        ctaMaxWords,
        bylineMaxWords,
        creditMaxWords,
        share,
        commentsMaxRatio,
        teaserLookback,
        blankLayoutMinShare,
        blankLayoutMinBlocks,
        repeatMinWords,
        menuMinRun,
        wrapMinLines,
        wrapMaxWidth,
        wrapFill);
  }

  private static void positive(String name, int v) {
    if (v <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, got " + v);
    }
  }

  private static void share(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be within [0, 1], got " + v);
    }
  }
}
