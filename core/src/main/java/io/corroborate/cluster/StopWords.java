package io.corroborate.cluster;

import io.corroborate.internal.TableResource;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Each language's function words ("el", "der", "и"), which say nothing about which event a text is
 * on, from the default stop set of the language's Lucene analyzer named in {@code
 * stopword-sets.tsv}. Loaded once per language, on first use. Thread-safe.
 *
 * <pre>{@code StopWords.contains("es", "los") // true}</pre>
 */
public final class StopWords {
  private static final Map<String, String> ANALYZERS = load();
  private static final Map<String, Set<Object>> SETS = new ConcurrentHashMap<>();

  private StopWords() {}

  /** Whether {@code word} (lower case) is a function word of {@code language}. */
  public static boolean contains(String language, String word) {
    return set(language).contains(word);
  }

  /** Whether {@code language}'s function words are known. */
  public static boolean known(String language) {
    return !set(language).isEmpty();
  }

  private static Set<Object> set(String language) {
    return SETS.computeIfAbsent(language, StopWords::lookUp);
  }

  private static Set<Object> lookUp(String language) {
    String analyzer = ANALYZERS.get(language);
    if (analyzer == null) {
      return Set.of();
    }
    try {
      Object set = Class.forName(analyzer).getMethod("getDefaultStopSet").invoke(null);
      return (CharArraySet) set;
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(
          "stopword-sets.tsv names " + analyzer + " for " + language + ", which has no stop set",
          e);
    }
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    for (String[] row : TableResource.rows(StopWords.class, "stopword-sets.tsv", 2)) {
      out.put(row[0], row[1]);
    }
    return Map.copyOf(out);
  }
}
