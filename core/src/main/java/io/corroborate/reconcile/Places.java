package io.corroborate.reconcile;

import io.corroborate.extract.Claim;
import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import io.corroborate.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place a figure is bound to: "40 died in Northland", "Northland's toll rose to 40", "in
 * Northland, 40 people died". A place merely named in the figure's sentence ("the quake, felt as
 * far as Southport, killed 40") binds nothing: only a place that a scope word of the article's
 * language ({@code lang/<code>/place-scopes.tsv}: a word before the name, the words that may stand
 * between, a suffix after it) ties to the figure, with no other figure between them, does.
 *
 * <pre>{@code Optional<Places.Place> p = Places.of(claim, article.text(), "en");}</pre>
 */
final class Places {
  private Places() {}

  /**
   * A place bound to a figure.
   *
   * @param key the folded name, for grouping
   * @param shown the name as the report writes it
   */
  record Place(String key, String shown) {}

  private static final String FILE = "place-scopes.tsv";

  /** Possessive endings: they bind a place the language layer found, not any capitalised name. */
  private static final Set<String> POSSESSIVES =
      LanguagePack.english().set("possessive-endings.txt");

  /** A leading definite article, dropped when names are grouped ("the Northland region"). */
  private static final Pattern LEADING_THE = Lexicon.leadingArticle(LanguagePack.english());

  /** How far, in characters, a place may lie from the figure it binds. */
  private static final int REACH = 60;

  /**
   * The place the claim's figure is bound to, if its sentence ties one to it. {@code language} is
   * the article's ISO 639-1 code; its pack's scope words are used (English where it has none).
   */
  static Optional<Place> of(Claim c, String text, String language) {
    Span sentence = c.evidence().sentence();
    Span value = c.value().span();
    if (sentence.start() < 0
        || sentence.end() > text.length()
        || value.start() < sentence.start()
        || value.end() > sentence.end()) {
      return Optional.empty();
    }
    Scopes scopes = SCOPES.computeIfAbsent(language == null ? "" : language, Places::scopes);
    Set<String> before = scopes.before();
    Set<String> between = scopes.between();
    List<String> after = scopes.after();
    String s = text.substring(sentence.start(), sentence.end());
    int figureStart = value.start() - sentence.start();
    int figureEnd = value.end() - sentence.start();
    // 1. The location the language layer found nearest the figure, if a scope word binds it.
    String located = c.place().map(String::strip).orElse("");
    if (!located.isEmpty()) {
      // Each place the name is written as a whole word, left to right, without a pattern made for
      // it: a story reads thousands of claims at each update.
      for (int at = s.indexOf(located); at >= 0; ) {
        int end = at + located.length();
        if (!wordChar(s, at - 1) && !wordChar(s, end)) {
          if (near(s, at, end, figureStart, figureEnd)
              && !clauseApart(s, at, end, figureStart, before, between, scopes.coordinators())
              && bound(s, at, end, before, between, after)) {
            return coordinated(s, at, end, scopes.coordinators())
                ? Optional.empty()
                : Optional.of(new Place(fold(located), located));
          }
          at = s.indexOf(located, end);
        } else {
          at = s.indexOf(located, at + 1);
        }
      }
    }
    // 2. Else a capitalised name that a scope word (not a possessive, which organisations and
    // people take as often) binds: the layer misses many places. Not in a language that
    // capitalises every noun ("in Höhe von").
    if (scopes.capitalisedNouns()) {
      return Optional.empty();
    }
    List<String> suffixes = scopes.suffixes();
    Set<String> notPlaces = scopes.notPlaces();
    Matcher m = NAME.matcher(s);
    Place best = null;
    int bestDistance = Integer.MAX_VALUE;
    while (m.find()) {
      String name = m.group();
      int start = m.start();
      int space = name.indexOf(' ');
      String first = space < 0 ? name : name.substring(0, space).toLowerCase(Locale.ROOT);
      if (space > 0 && (before.contains(first) || between.contains(first))) {
        // "In Southmark": a capitalised scope word opening the sentence is not part of the name.
        name = name.substring(space + 1);
        start += space + 1;
      }
      if (start == 0
          || notPlaces.contains(name.toLowerCase(Locale.ROOT))
          || !near(s, start, m.end(), figureStart, figureEnd)
          || clauseApart(s, start, m.end(), figureStart, before, between, scopes.coordinators())
          || !bound(s, start, m.end(), before, between, suffixes)) {
        continue;
      }
      int d = m.end() <= figureStart ? figureStart - m.end() : start - figureEnd;
      if (d < bestDistance) {
        bestDistance = d;
        best =
            coordinated(s, start, m.end(), scopes.coordinators())
                ? null
                : new Place(fold(name), name);
      }
    }
    return Optional.ofNullable(best);
  }

  /** The most small words a coordinated place has between its coordinator and its name. */
  private static final int COORDINATED_SMALL_WORDS = 2;

  /**
   * Whether the place is one of two a coordinator joins ("in Northland and Southmark", "in der
   * Türkei und in Syrien", "na Turquia e na Síria"): a figure so placed counts both together, and
   * binds neither. Small words (lower case: prepositions, articles) may stand on either side of the
   * coordinator; a comma or any other mark breaks the pair.
   */
  private static boolean coordinated(String s, int at, int end, Set<String> coordinators) {
    if (coordinators.isEmpty()) {
      return false;
    }
    String[] later = s.substring(end).stripLeading().split("\\s+", COORDINATED_SMALL_WORDS + 3);
    if (end < s.length()
        && Character.isWhitespace(s.charAt(end))
        && later.length > 1
        && coordinators.contains(later[0].toLowerCase(Locale.ROOT))) {
      for (int i = 1; i < later.length && i <= COORDINATED_SMALL_WORDS + 1; i++) {
        String w = later[i];
        if (w.isEmpty()) {
          break;
        }
        int cp = w.codePointAt(0);
        if (Character.isUpperCase(cp)) {
          return true;
        }
        if (!w.chars().allMatch(Character::isLowerCase)) {
          break;
        }
      }
    }
    String[] earlier = s.substring(0, at).stripTrailing().split("\\s+");
    boolean joined = false;
    int small = 0;
    for (int i = earlier.length - 1;
        i >= 0 && i >= earlier.length - 2 * COORDINATED_SMALL_WORDS - 2;
        i--) {
      String w = earlier[i];
      if (w.isEmpty()) {
        return false;
      }
      if (!joined && coordinators.contains(w.toLowerCase(Locale.ROOT))) {
        joined = true;
        small = 0;
        continue;
      }
      if (w.chars().allMatch(Character::isLowerCase)) {
        if (++small > COORDINATED_SMALL_WORDS) {
          return false;
        }
        continue;
      }
      return joined
          && Character.isUpperCase(w.codePointAt(0))
          && w.chars().allMatch(Character::isLetter);
    }
    return false;
  }

  /** One or two capitalised words: a name the language layer may have missed. */
  private static final Pattern NAME =
      Pattern.compile("(?<![\\p{L}\\p{N}'’])\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?");

  /** A language's scope words and the capitalised words that name no place in it. */
  private record Scopes(
      Set<String> before,
      Set<String> between,
      List<String> after,
      List<String> suffixes,
      boolean capitalisedNouns,
      Set<String> notPlaces,
      Set<String> coordinators) {}

  /** Each language's scope words, read once. */
  private static final Map<String, Scopes> SCOPES = new ConcurrentHashMap<>();

  private static Scopes scopes(String language) {
    LanguagePack pack = LanguagePack.other(language).orElse(LanguagePack.english());
    List<String> after = List.copyOf(pack.category(FILE, "after"));
    return new Scopes(
        Set.copyOf(pack.category(FILE, "before")),
        Set.copyOf(pack.category(FILE, "between")),
        after,
        after.stream().filter(a -> !POSSESSIVES.contains(a)).toList(),
        pack.category(FILE, "flag").contains("capitalised-nouns"),
        Set.copyOf(notPlaces(pack)),
        pack.set("coordinators.txt"));
  }

  /** Capitalised words that name no place: months and weekdays of the language. */
  private static Set<String> notPlaces(LanguagePack pack) {
    Set<String> out = new java.util.HashSet<>();
    for (String file : List.of("months.tsv", "weekdays.tsv")) {
      if (pack.has(file) || LanguagePack.english().has(file)) {
        for (List<String> row : pack.rows(file)) {
          out.add(row.get(0).toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /**
   * Whether the character at {@code i} is a letter or a number ({@code [\p{L}\p{N}]}), read as a
   * look-around of a pattern reads it (the code point that starts there); outside the text, none
   * is.
   */
  private static boolean wordChar(String s, int i) {
    if (i < 0 || i >= s.length()) {
      return false;
    }
    int cp = s.codePointAt(i);
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Whether a name lies within reach of the figure with no other figure between them. */
  private static boolean near(String s, int start, int end, int figureStart, int figureEnd) {
    if (start < figureEnd && end > figureStart) {
      return false;
    }
    int gapFrom = end <= figureStart ? end : figureEnd;
    int gapTo = end <= figureStart ? figureStart : start;
    if (gapTo - gapFrom > REACH) {
      return false;
    }
    for (int i = gapFrom; i < gapTo; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return false; // a figure written with digits between them
      }
    }
    return true;
  }

  /**
   * Whether a place before the figure stands in another clause: a comma or semicolon between them,
   * and the place's phrase does not open the sentence, after a coordinator at most ("In Northland,
   * 40 died" and "And in Northland, 40 died" bind; "3 died in Northland, which brings the total to
   * 40" does not bind the 40).
   */
  private static boolean clauseApart(
      String s,
      int start,
      int end,
      int figureStart,
      Set<String> before,
      Set<String> between,
      Set<String> coordinators) {
    if (end > figureStart) {
      return false;
    }
    String gap = s.substring(end, figureStart);
    if (gap.indexOf(',') < 0 && gap.indexOf(';') < 0) {
      return false;
    }
    for (String w : WORD_BREAK.split(s.substring(0, start).strip())) {
      String lw = w.toLowerCase(Locale.ROOT);
      if (!lw.isEmpty()
          && !before.contains(lw)
          && !between.contains(lw)
          && !coordinators.contains(lw)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a scope word stands right before the name ("in Northland", "in the Northland region")
   * or the name takes a possessive ("Northland's").
   */
  private static boolean bound(
      String s, int start, int end, Set<String> before, Set<String> between, List<String> after) {
    for (String a : after) {
      // a suffix is written onto the name ("Northland's"), a word after a space ("Northland toll")
      if (Character.isLetter(a.codePointAt(0))
          ? s.startsWith(" " + a, end) && !wordChar(s, end + 1 + a.length())
          : s.startsWith(a, end)) {
        return true;
      }
    }
    String[] words = WORD_BREAK.split(s.substring(0, start).strip());
    // "in the", "in the province of": skip the words that may stand between.
    for (int i = words.length - 1; i >= 0 && i >= words.length - 5; i--) {
      String w = words[i].toLowerCase(Locale.ROOT);
      if (before.contains(w)) {
        return true;
      }
      if (!between.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** The name folded for grouping: lower case, a leading article dropped. */
  static String fold(String name) {
    String lower = LEADING_THE.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
    return SPACES.matcher(lower).replaceAll(" ");
  }

  /** What separates the words before a name. */
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s,]+");

  private static final Pattern SPACES = Pattern.compile("\\s+");
}
