package io.corroborate.cluster;

/**
 * The thresholds and weights of {@link StoryClusterer}.
 *
 * <pre>{@code
 * new StoryClusterer(ClusterOptions.defaults().withJoinThreshold(0.3), Embedder.none());
 * }</pre>
 *
 * @param textWeight weight of the TF-IDF cosine between the article and the story's term profile
 * @param entityWeight weight of the IDF-weighted cosine between their entity profiles
 * @param embeddingWeight weight of the cosine between the article's title-and-lead embedding and
 *     the story's mean embedding; when the embedder has no model the other weights are scaled up
 * @param joinThreshold the weighted score an article needs to join its best story
 * @param minTextOrEntity an article joins only when its text or entity similarity reaches this, so
 *     that embeddings never decide alone
 * @param maxGapDays an article dated further than this from a story's date span does not join it
 * @param gapPenalty subtracted from the score in proportion to the gap: the full penalty at {@code
 *     maxGapDays}
 * @param titleBoost how many times a title term counts over a body term
 * @param leadBoost how many times a lead term counts over a body term
 * @param leadChars how many characters of text count as the lead
 * @param bodyChars how many characters of text are read at all (long articles drift off topic)
 * @param candidateTerms how many of an article's highest-IDF terms and entities are looked up to
 *     find candidate stories
 * @param embeddingBaseline the cosine that unrelated news texts reach anyway (about 0.3 to 0.4 for
 *     MiniLM); embedding similarity is rescaled from it to 1, so that it is on the scale of the
 *     other signals
 * @param anchorShare a name an article shares with a story is an anchor when at least this share of
 *     the story's articles (and {@code anchorMinArticles} of them) carry it: within a language a
 *     shared anchor of several words ("Port of Baltimore") joins an article whose wording differs
 *     (a later briefing, the lawsuit); across languages two shared anchors in Latin form do
 * @param anchorMinArticles how many of a story's articles must carry a name for it to be an anchor
 * @param anchorMaxGapDays past {@code maxGapDays} only anchors join an article to a story, up to
 *     this many days away: a developing story (a deal, a trial, a rebuild) runs for months
 * @param crossLanguageAnchors how many names in Latin form (see {@code link.NameKeys}) an article
 *     or story in another language must share with a story to join it
 * @param crossLanguageSimilarity how alike the two sides' names in Latin form must be besides (the
 *     cosine of the shares of reports carrying each name, weighted by rarity), so that two names
 *     common to many stories (a capital, a president) do not join two events
 * @param crossLanguageFigures with fewer long names than {@code crossLanguageAnchors} shared, how
 *     many specific figures (see {@code FigureKeys}: a toll, a magnitude, in any grouping) an
 *     article or story in another language must state that {@code anchorMinArticles} of a story's
 *     reports state too, besides one shared name, to join it
 * @param crossLanguageMajority a short name in Latin form (fewer consonants than {@code
 *     NameKeys.KEY_LENGTH}: "Varn", "Talvo") counts with the long ones toward {@code
 *     crossLanguageAnchors} when at least this share of a story's reports carry it, and twice
 *     {@code anchorMinArticles} of them
 * @param crossLanguagePreciseFigures with no name in Latin form shared, how many precise figures
 *     (whole counts of three significant digits or more: a toll of 31,482) an article or story in
 *     another language must state that a story's reports state too, to join it
 */
public record ClusterOptions(
    double textWeight,
    double entityWeight,
    double embeddingWeight,
    double joinThreshold,
    double minTextOrEntity,
    int maxGapDays,
    double gapPenalty,
    double titleBoost,
    double leadBoost,
    int leadChars,
    int bodyChars,
    int candidateTerms,
    double embeddingBaseline,
    double anchorShare,
    int anchorMinArticles,
    int anchorMaxGapDays,
    int crossLanguageAnchors,
    double crossLanguageSimilarity,
    int crossLanguageFigures,
    double crossLanguageMajority,
    int crossLanguagePreciseFigures) {
  public ClusterOptions {
    if (textWeight < 0 || entityWeight < 0 || embeddingWeight < 0) {
      throw new IllegalArgumentException("weights must not be negative");
    }
    if (textWeight + entityWeight <= 0) {
      throw new IllegalArgumentException("text and entity weights must not both be 0");
    }
    if (joinThreshold <= 0 || joinThreshold > 1) {
      throw new IllegalArgumentException("joinThreshold must be in (0, 1]: " + joinThreshold);
    }
    if (maxGapDays < 0 || gapPenalty < 0 || titleBoost < 0 || leadBoost < 0) {
      throw new IllegalArgumentException("gaps, penalties and boosts must not be negative");
    }
    if (anchorMaxGapDays < maxGapDays
        || crossLanguageAnchors < 1
        || crossLanguageSimilarity < 0
        || crossLanguageFigures < 1
        || !(crossLanguageMajority > 0 && crossLanguageMajority <= 1)
        || crossLanguagePreciseFigures < 1) {
      throw new IllegalArgumentException(
          "need anchorMaxGapDays >= maxGapDays, crossLanguageAnchors >= 1, crossLanguageSimilarity"
              + " >= 0, crossLanguageFigures >= 1, 0 < crossLanguageMajority <= 1,"
              + " crossLanguagePreciseFigures >= 1");
    }
    if (!(anchorShare > 0 && anchorShare <= 1) || anchorMinArticles < 1) {
      throw new IllegalArgumentException(
          "need 0 < anchorShare <= 1 and anchorMinArticles >= 1: "
              + anchorShare
              + ", "
              + anchorMinArticles);
    }
    if (leadChars < 0 || bodyChars < leadChars || candidateTerms < 1) {
      throw new IllegalArgumentException(
          "need 0 <= leadChars <= bodyChars and candidateTerms >= 1");
    }
  }

  /** Tuned on ECB+ (see the eval suite {@code clusters}) and kept sane for real news. */
  public static ClusterOptions defaults() {
    return new ClusterOptions(
        0.45, 0.30, 0.25, 0.18, 0.12, 30, 0.10, 3.0, 1.5, 600, 6000, 40, 0.4, 0.15, 2, 183, 2, 0.15,
        1, 0.5, 3);
  }

  public ClusterOptions withJoinThreshold(double t) {
    return new ClusterOptions(
        textWeight,
        entityWeight,
        embeddingWeight,
        t,
        minTextOrEntity,
        maxGapDays,
        gapPenalty,
        titleBoost,
        leadBoost,
        leadChars,
        bodyChars,
        candidateTerms,
        embeddingBaseline,
        anchorShare,
        anchorMinArticles,
        anchorMaxGapDays,
        crossLanguageAnchors,
        crossLanguageSimilarity,
        crossLanguageFigures,
        crossLanguageMajority,
        crossLanguagePreciseFigures);
  }

  public ClusterOptions withWeights(double text, double entity, double embedding) {
    return new ClusterOptions(
        text,
        entity,
        embedding,
        joinThreshold,
        minTextOrEntity,
        maxGapDays,
        gapPenalty,
        titleBoost,
        leadBoost,
        leadChars,
        bodyChars,
        candidateTerms,
        embeddingBaseline,
        anchorShare,
        anchorMinArticles,
        anchorMaxGapDays,
        crossLanguageAnchors,
        crossLanguageSimilarity,
        crossLanguageFigures,
        crossLanguageMajority,
        crossLanguagePreciseFigures);
  }

  public ClusterOptions withMaxGapDays(int days) {
    return new ClusterOptions(
        textWeight,
        entityWeight,
        embeddingWeight,
        joinThreshold,
        minTextOrEntity,
        days,
        gapPenalty,
        titleBoost,
        leadBoost,
        leadChars,
        bodyChars,
        candidateTerms,
        embeddingBaseline,
        anchorShare,
        anchorMinArticles,
        anchorMaxGapDays,
        crossLanguageAnchors,
        crossLanguageSimilarity,
        crossLanguageFigures,
        crossLanguageMajority,
        crossLanguagePreciseFigures);
  }

  public ClusterOptions withAnchors(double share, int minArticles) {
    return new ClusterOptions(
        textWeight,
        entityWeight,
        embeddingWeight,
        joinThreshold,
        minTextOrEntity,
        maxGapDays,
        gapPenalty,
        titleBoost,
        leadBoost,
        leadChars,
        bodyChars,
        candidateTerms,
        embeddingBaseline,
        share,
        minArticles,
        anchorMaxGapDays,
        crossLanguageAnchors,
        crossLanguageSimilarity,
        crossLanguageFigures,
        crossLanguageMajority,
        crossLanguagePreciseFigures);
  }
}
