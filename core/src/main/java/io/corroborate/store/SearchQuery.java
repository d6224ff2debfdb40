package io.corroborate.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a reader types into a search box into the words a store searches for. Search is for
 * words, not a query language: operators, quotes and brackets a reader types are dropped, so no
 * input can make the store's query parser fail.
 *
 * <pre>{@code SearchQuery.words("\"Kaldor\" dam OR (x)") // [kaldor, dam, or, x]}</pre>
 */
public final class SearchQuery {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** At most this many words are searched; the rest of a pasted paragraph is ignored. */
  public static final int MAX_WORDS = 16;

  /**
   * A query matching more index rows than this ranks only the most recently indexed this many: a
   * word in nearly every article costs a bounded time whatever the store's size, and a reader of a
   * developing story sees the best of its recent coverage first. A rarer query ranks every match.
   */
  public static final int RANK_WINDOW = 500;

  private SearchQuery() {}

  /** The query's words, lower-cased, in order, without repeats. */
  public static List<String> words(String query) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(query == null ? "" : query);
    while (m.find() && out.size() < MAX_WORDS) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (!out.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** The words as an SQLite FTS5 query: every word must match, each quoted as a plain string. */
  public static String fts5(String query) {
    return String.join(" ", words(query).stream().map(w -> '"' + w + '"').toList());
  }
}
