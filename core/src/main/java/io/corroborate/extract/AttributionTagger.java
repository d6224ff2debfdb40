package io.corroborate.extract;

import io.corroborate.annotate.Annotation;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A learned finder of attributions (source, cue, content) that the {@link ClaimExtractor} uses in
 * place of its cue rules when the annotation carries what the tagger was trained on (real parts of
 * speech rather than the {@link PlainLayer}'s guesses). Implementations are found with {@link
 * ServiceLoader}, so a language layer module can ship one with its model; without one the rules run
 * alone.
 *
 * <pre>{@code AttributionTagger.discover().filter(t -> t.accepts(a)).map(t -> t.tag(a))}</pre>
 */
public interface AttributionTagger {
  /** Whether this annotation has the token information the tagger needs. */
  boolean accepts(Annotation annotation);

  /**
   * The attributions of an annotated text, in text order; each relation's sentence is the cue's
   * sentence.
   */
  List<AttributionRelation> tag(Annotation annotation);

  /** The first tagger on the class path, if any. */
  static Optional<AttributionTagger> discover() {
    return ServiceLoader.load(AttributionTagger.class, AttributionTagger.class.getClassLoader())
        .findFirst();
  }
}
