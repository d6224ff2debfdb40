package io.corroborate.clean.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text holds one of a list's entries as a whole word, in any case: what {@code
 * Pattern.compile("(?iu)\\b(" + PageWords.alternationOf(entries) + ")\\b").matcher(text).find()}
 * says, at a fraction of its cost. The one pattern tries every entry at every word start; here the
 * entries are grouped by the character they begin with, and at each position only the group of that
 * character is tried, where a word can start at all.
 *
 * <pre>{@code boolean legal = WordFinder.of(List.of("all rights reserved")).in(text);}</pre>
 */
final class WordFinder {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** The pattern to try at a position, by the character there; null where no entry can start. */
  private final Pattern[] byChar;

  /** Entries that may begin with any character ("… words"): tried wherever no group is. */
  private final Pattern anyStart;

  /** Every entry: where the text has a surrogate the groups by character do not apply. */
  private final Pattern all;

  private WordFinder(Pattern[] byChar, Pattern anyStart, Pattern all) {
    this.byChar = byChar;
    this.anyStart = anyStart;
    this.all = all;
  }

  static WordFinder of(List<String> entries) {
    List<String> any = new ArrayList<>();
    // Entries by the case-folded form of the character they begin with, as the regex engine folds
    // it for a case-insensitive Unicode match: lower(upper(c)).
    Map<Character, List<String>> byFold = new HashMap<>();
    for (String e : new LinkedHashSet<>(entries)) {
      Set<Character> firsts = firstChars(e);
      if (firsts == null) {
        any.add(e);
        continue;
      }
      for (char c : firsts) {
        byFold.computeIfAbsent(fold(c), k -> new ArrayList<>()).add(e);
      }
    }
    Pattern anyStart = any.isEmpty() ? null : compile(any);
    // A text character x matches an entry's first character c when x is c's folded form or folds
    // to it; both ways are looked up, and a character that reaches two groups gets both.
    Map<Set<Character>, Pattern> compiled = new HashMap<>();
    Map<Character, Pattern> table = new HashMap<>();
    int max = -1;
    for (int x = 0; x <= Character.MAX_VALUE; x++) {
      char ch = (char) x;
      boolean itself = byFold.containsKey(ch);
      boolean folded = byFold.containsKey(fold(ch));
      if (!itself && !folded) {
        continue;
      }
      Set<Character> keys = new TreeSet<>();
      if (itself) {
        keys.add(ch);
      }
      if (folded) {
        keys.add(fold(ch));
      }
      Pattern p =
          compiled.computeIfAbsent(
              keys,
              ks -> {
                List<String> group = new ArrayList<>(any);
                for (char k : ks) {
                  group.addAll(byFold.get(k));
                }
                return compile(group);
              });
      table.put(ch, p);
      max = x;
    }
    Pattern[] byChar = new Pattern[max + 1];
    table.forEach((c, p) -> byChar[c] = p);
    return new WordFinder(byChar, anyStart, compile(new ArrayList<>(new LinkedHashSet<>(entries))));
  }

  boolean in(String text) {
    Map<Pattern, Matcher> matchers = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      Pattern p;
      if (Character.isSurrogate(c)) {
        p = all;
      } else {
        if (i > 0) {
          char before = text.charAt(i - 1);
          // Two letters or digits side by side: no word boundary between them, no match here.
          if (!Character.isSurrogate(before)
              && Character.isLetterOrDigit(before)
              && Character.isLetterOrDigit(c)) {
            continue;
          }
        }
        p = c < byChar.length && byChar[c] != null ? byChar[c] : anyStart;
      }
      if (p == null) {
        continue;
      }
      if (matchers == null) {
        matchers = new HashMap<>();
      }
      Matcher m =
          matchers.computeIfAbsent(
              p, q -> q.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
      m.region(i, n);
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static Pattern compile(List<String> entries) {
    return Pattern.compile("\\b(?:" + PageWords.alternationOf(entries) + ")\\b", FLAGS);
  }

  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * The characters an entry's pattern can begin with (see {@link PageWords}' entry syntax), or null
   * when it can begin with anything or with a character outside the basic plane.
   */
  private static Set<Character> firstChars(String entry) {
    String w = entry.split(" ", -1)[0];
    if (entry.isEmpty()) {
      return null;
    }
    if (w.isEmpty()) {
      return Set.of(' ');
    }
    if (w.equals("…")) {
      return null;
    }
    if (w.equals("#")) {
      Set<Character> digits = new TreeSet<>();
      for (char d = '0'; d <= '9'; d++) {
        digits.add(d);
      }
      return digits;
    }
    char c = w.charAt(0);
    return Character.isSurrogate(c) ? null : Set.of(c);
  }
}
