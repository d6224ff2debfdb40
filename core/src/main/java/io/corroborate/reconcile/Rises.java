package io.corroborate.reconcile;

import io.corroborate.lang.LanguagePack;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures that are the starting point of a rise: "From 12 dead and 35 wounded, the toll climbed to
 * 40", "the toll rose from 12 to 40". Such a figure is an earlier value of the same count, so it is
 * never set against a later figure of another report. The words come from {@code
 * lang/<code>/rise-words.tsv}: {@code from} words that open the starting figure and {@code rise}
 * verbs.
 *
 * <pre>{@code boolean earlier = Rises.start(sentence, figureStart, "fr");}</pre>
 */
final class Rises {
  private Rises() {}

  private static final String FILE = "rise-words.tsv";

  /** The patterns of one language, built once. */
  private record Words(Pattern from, Pattern rise) {}

  private static final Map<String, Words> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** A word: at most one may stand between a rise verb and its "from" ("rose sharply from"). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’-]+");

  private static Words words(String language) {
    LanguagePack pack = LanguagePack.other(language).orElse(LanguagePack.english());
    return BY_LANGUAGE.computeIfAbsent(
        pack.code(),
        k -> {
          List<String> from = pack.category(FILE, "from");
          List<String> rise = pack.category(FILE, "rise");
          // An elided "from" (French "d'") ends in an apostrophe: no boundary after it.
          return new Words(
              Pattern.compile(
                  "(?iu)(?<![\\p{L}\\p{N}])(?:"
                      + LanguagePack.alternationOf(from, "\\s+")
                      + ")\\s*$"),
              Pattern.compile(
                  "(?iu)(?<![\\p{L}\\p{N}])(?:"
                      + LanguagePack.alternationOf(rise, "\\s+")
                      + ")(?![\\p{L}\\p{N}])"));
        });
  }

  /**
   * Whether the figure at {@code figureStart} of {@code sentence} is the starting point of a rise
   * the sentence tells: 1. a "from" word stands right before it, and either opens the sentence or
   * follows a rise verb with at most one word between; or 2. the sentence opens with a "from" word
   * and a figure, and this figure lies after that opening and before the rise verb ("From 12 dead
   * and 35 wounded, the toll climbed to 40": both 12 and 35).
   */
  static boolean start(String sentence, int figureStart, String language) {
    if (figureStart <= 0 || figureStart > sentence.length()) {
      return false;
    }
    Words w = words(language);
    Matcher rise = w.rise().matcher(sentence);
    if (!rise.find()) {
      return false;
    }
    String before = sentence.substring(0, figureStart);
    Matcher from = w.from().matcher(before);
    if (from.find()) {
      String lead = before.substring(0, from.start());
      if (opening(lead)) {
        return true;
      }
      // "rose from", "rose sharply from", "est passé de"
      Matcher r = w.rise().matcher(lead);
      int lastRiseEnd = -1;
      while (r.find()) {
        lastRiseEnd = r.end();
      }
      if (lastRiseEnd >= 0) {
        Matcher between = WORD.matcher(lead.substring(lastRiseEnd));
        int n = 0;
        while (between.find()) {
          n++;
        }
        if (n <= 1) {
          return true;
        }
      }
    }
    // 2. "From 12 dead and 35 wounded, the toll climbed to 40": every figure of the opening.
    int firstRise = rise.start();
    if (figureStart >= firstRise) {
      return false;
    }
    int first = 0;
    while (first < figureStart && !Character.isDigit(sentence.charAt(first))) {
      first++;
    }
    Matcher opening = w.from().matcher(sentence.substring(0, first));
    return first < figureStart && opening.find() && opening(sentence.substring(0, opening.start()));
  }

  /** Whether nothing but punctuation or quotation marks stands before a word: it opens. */
  private static boolean opening(String lead) {
    return lead.codePoints().noneMatch(Character::isLetterOrDigit);
  }
}
