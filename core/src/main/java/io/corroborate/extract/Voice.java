package io.corroborate.extract;

import io.corroborate.model.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * One link of an attribution chain: who is credited ("Budanov", "The Wall Street Journal") and the
 * cue that credits them ("according to", "reported").
 *
 * <pre>
 * {@code new Voice("Budanov", new Span(13, 20), "according to", Optional.of(new Span(0, 12)), false)}
 * </pre>
 *
 * @param name the source as written, or as resolved when {@code inherited} ("He" becomes the
 *     speaker of the sentence before)
 * @param span the words naming the source in this sentence, or where it was named before when
 *     inherited
 * @param cue the cue words, lower-cased ("said", "according to", "in an interview with")
 * @param cueSpan the cue's span in the text, if the cue is in the claim's own sentence
 * @param inherited whether the voice comes from an earlier sentence of the passage
 */
public record Voice(String name, Span span, String cue, Optional<Span> cueSpan, boolean inherited) {
  public Voice {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(cueSpan, "cueSpan");
    if (name.isBlank()) {
      throw new IllegalArgumentException("voice needs a name, got a blank one at " + span);
    }
  }

  Voice asInherited() {
    return inherited ? this : new Voice(name, span, cue, Optional.empty(), true);
  }
}
