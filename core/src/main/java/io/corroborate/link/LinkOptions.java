package io.corroborate.link;

/**
 * Every threshold and switch of the {@link Linker} cascade, in one place.
 *
 * <pre>{@code new Linker(LinkOptions.defaults().withNominalsAcrossDocuments(true))}</pre>
 *
 * @param minVariantLength spelling variants (Paek / Baek) are tried only when the longer romanised
 *     word has at least this many letters; shorter words must match exactly (Kim is not Kam)
 * @param maxVowelEditsShort vowel edits allowed between two variant words of up to {@code
 *     longWordLength} letters (Tuva / Tyva: one)
 * @param maxVowelEditsLong vowel edits allowed between longer variant words
 * @param longWordLength the length from which {@code maxVowelEditsLong} applies
 * @param maxAppositionGap at most this many characters between a name and its apposition ("X, the
 *     head of …"), and only a comma, an opening parenthesis or a dash in them
 * @param linkRoleNouns let "the sniper" join a named entity when an apposition or title in the same
 *     document, or else in the same story, ties that role to exactly one entity
 * @param repeatedNominalsInDocument merge "the sniper" with a later "the sniper" in one document
 * @param nominalsAcrossDocuments merge unnamed role nouns with the same head across documents (off
 *     by default: "the soldier" of two articles is often two soldiers)
 * @param eventArgumentCheck keep two same-word events apart when both have arguments of one kind
 *     (time, place, person…) and those arguments are different entities
 * @param eventsAcrossDocuments merge same-word events across documents (within the mentions given,
 *     which the caller limits to one story)
 * @param pronounWindow a personal pronoun ("she", "him", "who") joins the nearest named person at
 *     most this many sentences before it, in its document; 0 leaves pronouns alone
 */
public record LinkOptions(
    int minVariantLength,
    int maxVowelEditsShort,
    int maxVowelEditsLong,
    int longWordLength,
    int maxAppositionGap,
    boolean linkRoleNouns,
    boolean repeatedNominalsInDocument,
    boolean nominalsAcrossDocuments,
    boolean eventArgumentCheck,
    boolean eventsAcrossDocuments,
    int pronounWindow) {
  public LinkOptions {
    if (minVariantLength < 1) {
      throw new IllegalArgumentException("minVariantLength must be >= 1, got " + minVariantLength);
    }
    if (maxVowelEditsShort < 0 || maxVowelEditsLong < 0) {
      throw new IllegalArgumentException(
          "vowel edits must be >= 0, got " + maxVowelEditsShort + ", " + maxVowelEditsLong);
    }
    if (longWordLength < 1) {
      throw new IllegalArgumentException("longWordLength must be >= 1, got " + longWordLength);
    }
    if (pronounWindow < 0) {
      throw new IllegalArgumentException("pronounWindow must be >= 0, got " + pronounWindow);
    }
    if (maxAppositionGap < 1) {
      throw new IllegalArgumentException("maxAppositionGap must be >= 1, got " + maxAppositionGap);
    }
  }

  /** The settings the tests and the ECB+ figures use. */
  public static LinkOptions defaults() {
    return new LinkOptions(4, 1, 2, 7, 3, true, true, false, true, true, 2);
  }

  public LinkOptions withNominalsAcrossDocuments(boolean on) {
    return new LinkOptions(
        minVariantLength,
        maxVowelEditsShort,
        maxVowelEditsLong,
        longWordLength,
        maxAppositionGap,
        linkRoleNouns,
        repeatedNominalsInDocument,
        on,
        eventArgumentCheck,
        eventsAcrossDocuments,
        pronounWindow);
  }

  public LinkOptions withEventArgumentCheck(boolean on) {
    return new LinkOptions(
        minVariantLength,
        maxVowelEditsShort,
        maxVowelEditsLong,
        longWordLength,
        maxAppositionGap,
        linkRoleNouns,
        repeatedNominalsInDocument,
        nominalsAcrossDocuments,
        on,
        eventsAcrossDocuments,
        pronounWindow);
  }

  public LinkOptions withEventsAcrossDocuments(boolean on) {
    return new LinkOptions(
        minVariantLength,
        maxVowelEditsShort,
        maxVowelEditsLong,
        longWordLength,
        maxAppositionGap,
        linkRoleNouns,
        repeatedNominalsInDocument,
        nominalsAcrossDocuments,
        eventArgumentCheck,
        on,
        pronounWindow);
  }

  public LinkOptions withPronounWindow(int sentences) {
    return new LinkOptions(
        minVariantLength,
        maxVowelEditsShort,
        maxVowelEditsLong,
        longWordLength,
        maxAppositionGap,
        linkRoleNouns,
        repeatedNominalsInDocument,
        nominalsAcrossDocuments,
        eventArgumentCheck,
        eventsAcrossDocuments,
        sentences);
  }
}
