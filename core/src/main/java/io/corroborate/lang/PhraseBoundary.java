package io.corroborate.lang;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Function words that end a noun phrase read word by word: auxiliaries, prepositions, conjunctions,
 * articles, pronouns and reporting verbs. The quantity tagger stops a counted noun there, the claim
 * extractor a claim's subject; each adds its own words with {@link #plus}.
 *
 * <pre>{@code Set<String> stop = PhraseBoundary.plus(Set.of("more", "less"));}</pre>
 */
public final class PhraseBoundary {
  /** The words both readers stop at. */
  public static final Set<String> WORDS = LanguagePack.english().set("phrase-boundaries.txt");

  private PhraseBoundary() {}

  /** {@link #WORDS} and {@code extra}. */
  public static Set<String> plus(Collection<String> extra) {
    Set<String> s = new HashSet<>(WORDS);
    s.addAll(extra);
    return Set.copyOf(s);
  }
}
