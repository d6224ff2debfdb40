package io.corroborate.clean.html;

/**
 * Thresholds of the HTML extractor, in the order of its cascade (see {@code
 * io.corroborate.clean.html.Cascade}).
 *
 * <pre>{@code new HtmlExtractor(HtmlThresholds.defaults())}</pre>
 *
 * @param maxInputChars step 0: a page longer than this is cut before parsing, so that a 50 MB page
 *     costs bounded time and memory (articles are far shorter)
 * @param maxSegments step 1: at most this many text segments are read from one page
 * @param minScoredChars step 2: a segment shorter than this gives no score to its container
 * @param maxScoredLinkDensity step 2: nor does one whose link density is above this
 * @param classWeight step 2: score added to (or taken from) an element whose class or id says
 *     article body (or boilerplate)
 * @param junkChainWeight step 2: weight of the points of a segment inside an element hinted as
 *     related links, sidebar, navigation, footer, ad or bio (comments give none)
 * @param maxClimb step 3: how many levels above the best container may be tried as a wider one
 * @param climbNoise step 3: an ancestor replaces the container when the text it adds that is not
 *     paragraph-like (short or link-heavy, and not hinted as boilerplate) stays below this share
 * @param siblingRatio step 3: a sibling of the best container joins it when its score is at least
 *     this share of the best score
 * @param minSiblingScore step 3: and at least this score
 * @param articleBodyMinChars step 4: JSON-LD {@code articleBody} shorter than this is not used
 * @param articleBodyAgreement step 4: share of the {@code articleBody} probes that must be found in
 *     the container for it to count as confirmed; below it, the probes choose the container
 * @param proseOverridesHintChars step 5: inside the container, a boilerplate class name on an
 *     element holding at least this much text...
 * @param proseLinkDensity step 5: ...with at most this link density is not believed (comments
 *     excepted, and the tags nav, footer, aside, header, form)
 * @param nearProseChars step 5a: a paragraph outside the container but near it, at least this long,
 *     ending a sentence, with few links and no boilerplate hint, is content...
 * @param nearLevels step 5a: ...when it lies within this many levels above the container
 * @param junkLinkDensity step 5: a segment of the container with more of its text in links than
 *     this is navigation (unless long, see {@code longLinkDensity})
 * @param longChars step 5: from this length a segment is long
 * @param longLinkDensity step 5: link density above which even a long segment is navigation
 * @param shortPromptChars step 5: "Share this", "Read more"... are recognised up to this length
 * @param creditChars step 5: a line up to this length with ©, "Foto:", an agency name is a photo
 *     credit, not text
 * @param promptWordChars step 5: a block up to this length that says "newsletter", "subscribe",
 *     "donate", "all rights reserved"... is a prompt or a disclaimer
 * @param relatedTeaserChars step 5b: under a "Related stories" heading, content blocks shorter than
 *     this are teasers; a longer one ends the section
 * @param tailAnchorChars step 5c: the last content block at least this long ends the article...
 * @param tailShortChars step 5c: ...and content blocks after it shorter than this are removed
 */
public record HtmlThresholds(
    int maxInputChars,
    int maxSegments,
    int minScoredChars,
    double maxScoredLinkDensity,
    double classWeight,
    double junkChainWeight,
    int maxClimb,
    double climbNoise,
    double siblingRatio,
    double minSiblingScore,
    int articleBodyMinChars,
    double articleBodyAgreement,
    int proseOverridesHintChars,
    double proseLinkDensity,
    int nearProseChars,
    int nearLevels,
    double junkLinkDensity,
    int longChars,
    double longLinkDensity,
    int shortPromptChars,
    int creditChars,
    int promptWordChars,
    int relatedTeaserChars,
    int tailAnchorChars,
    int tailShortChars) {

  public HtmlThresholds {
    if (maxInputChars < 1 || maxSegments < 1) {
      throw new IllegalArgumentException("maxInputChars and maxSegments must be >= 1");
    }
    if (!(maxScoredLinkDensity >= 0 && maxScoredLinkDensity <= 1)
        || !(junkLinkDensity >= 0 && junkLinkDensity <= 1)
        || !(longLinkDensity >= 0 && longLinkDensity <= 1)
        || !(articleBodyAgreement >= 0 && articleBodyAgreement <= 1)
        || !(siblingRatio >= 0 && siblingRatio <= 1)) {
      throw new IllegalArgumentException("densities, ratios and shares must be within [0, 1]");
    }
  }

  public static HtmlThresholds defaults() {
    return new HtmlThresholds(
        4_000_000, 20_000, 25, 0.5, 15, 0.3, 6, 0.3, 0.1, 10, 200, 0.6, 500, 0.15, 60, 12, 0.5, 300,
        0.8, 60, 160, 300, 200, 120, 50);
  }
}
