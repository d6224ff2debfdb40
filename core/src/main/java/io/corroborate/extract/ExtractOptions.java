package io.corroborate.extract;

import io.corroborate.lang.LanguagePack;
import java.util.List;

/**
 * Every threshold of claim extraction in one place.
 *
 * <pre>{@code new ClaimExtractor(ExtractOptions.defaults().withMinQuoteWords(3))}</pre>
 *
 * @param measureWindowWords how many words after a number (or its counted noun) may separate it
 *     from the verb that says what it counts ("300 soldiers have been killed")
 * @param lookBackWords how many words before a number a verb may stand ("deployed around 12,000")
 * @param eventWindowWords how many words may separate an event verb from its date
 * @param verbLastWindowWords how many words may separate a date from the event verb after it in a
 *     language that ends its clauses with the verb ({@code word-order} of {@code writing.tsv}): the
 *     whole clause between them, objects and places included ("Մարտի 22-ի երեկոյան … էր սկսվել")
 * @param maxSourceWords the longest source phrase read before or after a cue
 * @param minQuoteWords quotations shorter than this are scare quotes, not quotes
 * @param outletWords words that mark a source as a publication ("Journal", "Ilbo", "Wire")
 * @param numericConfidence confidence of a number with a verb saying what it counts
 * @param countConfidence confidence of a number with only a counted noun
 * @param eventConfidence confidence of a dated event
 * @param attributeConfidence confidence of an attribute
 * @param quoteConfidence confidence of a quotation with its speaker
 * @param inheritedPenalty subtracted when the attribution comes from an earlier sentence
 * @param maxTraitWords the most words read after a document to say which it is ("issued in Tuva",
 *     "with the name of a person from …")
 * @param predicateWindowChars how far after a counted noun its predicate is looked for when no
 *     measure word follows the number ("residents of the town … had been evacuated")
 * @param conversionTolerance how far apart, as a share, a length and the one in brackets after it
 *     may lie and still be one length in two units ("6 miles (9.7 kilometers)")
 */
public record ExtractOptions(
    int measureWindowWords,
    int lookBackWords,
    int eventWindowWords,
    int verbLastWindowWords,
    int maxSourceWords,
    int minQuoteWords,
    List<String> outletWords,
    double numericConfidence,
    double countConfidence,
    double eventConfidence,
    double attributeConfidence,
    double quoteConfidence,
    double inheritedPenalty,
    int maxTraitWords,
    int predicateWindowChars,
    double conversionTolerance) {
  public ExtractOptions {
    outletWords = List.copyOf(outletWords);
    if (measureWindowWords < 1
        || lookBackWords < 0
        || eventWindowWords < 1
        || verbLastWindowWords < eventWindowWords
        || maxSourceWords < 1
        || minQuoteWords < 1
        || maxTraitWords < 1
        || predicateWindowChars < 1) {
      throw new IllegalArgumentException(
          "extract windows must be positive (the verb-last window at least the event window), got "
              + measureWindowWords
              + ", "
              + lookBackWords
              + ", "
              + eventWindowWords
              + ", "
              + verbLastWindowWords
              + ", "
              + maxSourceWords
              + ", "
              + minQuoteWords
              + ", "
              + maxTraitWords
              + ", "
              + predicateWindowChars);
    }
    for (double c :
        new double[] {
          numericConfidence,
          countConfidence,
          eventConfidence,
          attributeConfidence,
          quoteConfidence,
          inheritedPenalty,
          conversionTolerance
        }) {
      if (!(c >= 0 && c <= 1)) {
        throw new IllegalArgumentException(
            "extract confidences and shares must lie in [0, 1], got " + c);
      }
    }
  }

  /** The defaults, with the outlet words of the bundled English pack. */
  public static ExtractOptions defaults() {
    return defaults(LanguagePack.english());
  }

  /** The defaults, with the outlet words of {@code pack} ({@code outlets.tsv}, use "source"). */
  public static ExtractOptions defaults(LanguagePack pack) {
    return new ExtractOptions(
        9,
        3,
        8,
        20,
        10,
        4,
        pack.category("outlets.tsv", 2, "source"),
        0.8,
        0.6,
        0.7,
        0.75,
        0.8,
        0.1,
        14,
        110,
        0.05);
  }

  public ExtractOptions withMinQuoteWords(int n) {
    return new ExtractOptions(
        measureWindowWords,
        lookBackWords,
        eventWindowWords,
        verbLastWindowWords,
        maxSourceWords,
        n,
        outletWords,
        numericConfidence,
        countConfidence,
        eventConfidence,
        attributeConfidence,
        quoteConfidence,
        inheritedPenalty,
        maxTraitWords,
        predicateWindowChars,
        conversionTolerance);
  }
}
