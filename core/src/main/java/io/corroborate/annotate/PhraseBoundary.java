package io.corroborate.annotate;

import java.util.HashSet;
import java.util.Set;

/**
 * Function words that end a noun phrase read word by word: auxiliaries, prepositions, conjunctions,
 * articles, pronouns and reporting verbs. The quantity tagger stops a counted noun there, the claim
 * extractor a claim's subject; each adds its own words with {@link #plus}.
 *
 * <pre>{@code Set<String> stop = PhraseBoundary.plus("more", "less");}</pre>
 */
public final class PhraseBoundary {
  /** The words both readers stop at. */
  public static final Set<String> WORDS =
      Set.of(
          "were",
          "was",
          "are",
          "is",
          "be",
          "been",
          "being",
          "have",
          "has",
          "had",
          "will",
          "would",
          "could",
          "can",
          "may",
          "might",
          "in",
          "on",
          "at",
          "to",
          "from",
          "of",
          "by",
          "for",
          "with",
          "into",
          "during",
          "and",
          "or",
          "but",
          "who",
          "that",
          "which",
          "while",
          "as",
          "than",
          "since",
          "after",
          "before",
          "the",
          "a",
          "an",
          "this",
          "these",
          "those",
          "their",
          "his",
          "her",
          "its",
          "they",
          "he",
          "she",
          "it",
          "we",
          "said",
          "say",
          "says",
          "according",
          "per",
          "about",
          "around",
          "so");

  private PhraseBoundary() {}

  /** {@link #WORDS} and {@code extra}. */
  public static Set<String> plus(String... extra) {
    Set<String> s = new HashSet<>(WORDS);
    s.addAll(Set.of(extra));
    return Set.copyOf(s);
  }
}
