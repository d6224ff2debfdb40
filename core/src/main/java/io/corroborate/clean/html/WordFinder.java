package io.corroborate.clean.html;

import java.util.ArrayList;
import java.util.Arrays;
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

  /** The patterns to try: every group, then the any-start one (if any), then all entries. */
  private final Pattern[] patterns;

  /**
   * The index in {@link #patterns} of the pattern to try at a position, by the character there; -1
   * where no entry can start.
   */
  private final int[] byChar;

  /** Entries that may begin with any character ("… words"): tried wherever no group is; or -1. */
  private final int anyStart;

  /** Every entry: where the text has a surrogate the groups by character do not apply. */
  private final int all;

  /**
   * Each thread's matchers of {@link #patterns}, made when first needed and reset for each text.
   */
  private final ThreadLocal<Matcher[]> threadMatchers;

  private WordFinder(Pattern[] patterns, int[] byChar, int anyStart, int all) {
    this.threadMatchers = ThreadLocal.withInitial(() -> new Matcher[patterns.length]);
    this.patterns = patterns;
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
    List<Pattern> patterns = new ArrayList<>();
    // A text character x matches an entry's first character c when x is c's folded form or folds
    // to it; both ways are looked up, and a character that reaches two groups gets both.
    Map<Set<Character>, Integer> compiled = new HashMap<>();
    Map<Character, Integer> table = new HashMap<>();
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
      Integer p =
          compiled.computeIfAbsent(
              keys,
              ks -> {
                List<String> group = new ArrayList<>(any);
                for (char k : ks) {
                  group.addAll(byFold.get(k));
                }
                patterns.add(compile(group));
                return patterns.size() - 1;
              });
      table.put(ch, p);
      max = x;
    }
    int[] byChar = new int[max + 1];
    Arrays.fill(byChar, -1);
    table.forEach((c, p) -> byChar[c] = p);
    int anyStart = -1;
    if (!any.isEmpty()) {
      patterns.add(compile(any));
      anyStart = patterns.size() - 1;
    }
    patterns.add(compile(new ArrayList<>(new LinkedHashSet<>(entries))));
    return new WordFinder(patterns.toArray(new Pattern[0]), byChar, anyStart, patterns.size() - 1);
  }

  boolean in(String text) {
    Matcher[] matchers = null;
    Matcher[] reusable = null;
    int n = text.length();
    boolean wordBefore = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean word = letterOrDigit(c);
      // Two letters or digits side by side: no word boundary between them, no match here.
      boolean inWord = wordBefore && word;
      wordBefore = word;
      int p;
      if (Character.isSurrogate(c)) {
        p = all;
      } else if (inWord) {
        continue;
      } else {
        p = c < byChar.length && byChar[c] >= 0 ? byChar[c] : anyStart;
      }
      if (p < 0) {
        continue;
      }
      if (matchers == null) {
        matchers = new Matcher[patterns.length];
        reusable = threadMatchers.get();
      }
      Matcher m = matchers[p];
      if (m == null) {
        // The thread's matcher of this pattern, set to this text: a page asks about many short
        // texts, and a fresh matcher for each costs more than the look-up it serves.
        m = reusable[p];
        if (m == null) {
          m = patterns[p].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
          reusable[p] = m;
        } else {
          m.reset(text);
        }
        matchers[p] = m;
      }
      m.region(i, n);
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** A letter or digit outside the surrogates; ASCII answered without a table look-up. */
  private static boolean letterOrDigit(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return !Character.isSurrogate(c) && Character.isLetterOrDigit(c);
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
