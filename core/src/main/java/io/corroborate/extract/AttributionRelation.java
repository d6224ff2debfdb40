package io.corroborate.extract;

import io.corroborate.model.Span;
import java.util.Objects;

/**
 * An attribution as the text states it, in the PARC/PolNeAR sense: the source's words, the cue and
 * the content attributed. "Budanov said 8,000 are still fighting" has source "Budanov", cue "said"
 * and content "8,000 are still fighting".
 *
 * <pre>{@code new ClaimExtractor(ExtractOptions.defaults()).attributions(annotation)}</pre>
 *
 * @param source the source's words; empty-length when the cue names no source in the sentence
 * @param outlet whether the source is a publication rather than a person or body
 */
public record AttributionRelation(
    int sentenceIndex, Span source, Span cue, Span content, boolean outlet) {
  public AttributionRelation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(content, "content");
    if (sentenceIndex < 0 || cue.length() == 0) {
      throw new IllegalArgumentException(
          "attribution needs a sentence index >= 0 and a cue, got " + sentenceIndex + " " + cue);
    }
  }
}
