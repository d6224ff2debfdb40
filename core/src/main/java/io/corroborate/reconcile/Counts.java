package io.corroborate.reconcile;

import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import io.corroborate.reconcile.Reconciler.Item;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Bare counts that are not figures of the story: "the two soldiers" names people, "a unit of 10",
 * "each battalion of about 500", "2,500 other soldiers" and "a force of up to 10,000" count a part
 * or a hypothetical, not the whole that other sources count. They stay claims; they are kept out of
 * the variables, where they would contradict the figures for the whole.
 */
final class Counts {
  private Counts() {}

  private static final LanguagePack EN = LanguagePack.english();

  /** The partitive preposition ("of") and the words after it, by role. */
  private static final String OF = partitive("preposition");

  /** The words of a ratio: between its numbers ("out of", "in") and after those ("every"). */
  private static final String RATIO =
      "(?:"
          + LanguagePack.alternationOf(EN.category("ratio-words.tsv", "joiner"), "\\s+")
          + ")\\s+(?:(?:"
          + LanguagePack.alternationOf(EN.category("ratio-words.tsv", "quantifier"), "\\s+")
          + ")\\s+)?";

  private static String partitive(String role) {
    return "(?:"
        + LanguagePack.alternationOf(EN.category("partitive-words.tsv", role), "\\s+")
        + ")";
  }

  /** Words before a figure that make it the size of a part: "a group of 2,500". */
  private static final Pattern PART_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:"
              + EN.alternation("part-nouns.txt", " ")
              + ")\\s+(?:"
              + OF
              + "\\s+)?"
              + "(?:(?:"
              + EN.alternation("part-hedges.txt", " ")
              + ")\\s+)?$");

  /** Words in the subject that make it a part of the whole: "other", "each". */
  private static final Pattern PART_SUBJECT =
      Pattern.compile("(?i)\\b(?:" + EN.alternation("part-subject-words.txt", " ") + ")\\b");

  /** Words right after a figure that make it a part: "2,500 other soldiers". */
  private static final Pattern OTHER_AFTER =
      Pattern.compile("(?i)^\\s+(?:" + EN.alternation("part-after-words.txt", " ") + ")\\b");

  /**
   * A figure followed by a partitive of what is counted is a part: "four of the dead were from
   * Sulev", "14 of them seriously".
   */
  private static final Pattern PART_OF_AFTER =
      Pattern.compile(
          "(?i)^\\s+"
              + OF
              + "\\s+(?:"
              + partitive("pronoun")
              + "\\b|"
              + partitive("part")
              + "\\s+(?:[\\w-]+\\s+){0,2}?"
              + "(?:"
              + EN.alternation("counted-states.txt", " ")
              + ")\\b)");

  /**
   * A figure after a share of it is the whole the share is taken from, not the figure measured:
   * "two-thirds of the 600 homes had been flooded".
   */
  private static final Pattern WHOLE_OF_SHARE =
      Pattern.compile(
          "(?i)(?:"
              + LanguagePack.alternationOf(
                  Lexicon.union(EN.set("share-words.txt"), EN.set("percent-words.txt")), " ")
              + ")\\s+"
              + OF
              + "\\s+"
              + partitive("whole")
              + "\\s+$");

  /** Either side of a ratio: "two out of every three houses", "one in five". */
  private static final Pattern RATIO_BEFORE = Pattern.compile("(?i)\\b" + RATIO + "$");

  private static final Pattern RATIO_AFTER =
      Pattern.compile(
          "(?i)^\\s+" + RATIO + "(?:\\d|" + EN.alternation("ratio-numbers.txt", " ") + ")\\b");

  /**
   * Whether the words after a figure make it a part of a group or one side of a ratio: "four of the
   * dead", "14 of them", "two out of every three".
   */
  static boolean partAfter(String after) {
    return PART_OF_AFTER.matcher(after).find() || RATIO_AFTER.matcher(after).find();
  }

  /**
   * Whether the words before a figure make it the whole a share is taken from or the second side of
   * a ratio: "two-thirds of the 600 homes", "one in every five".
   */
  static boolean wholeOrRatioBefore(String before) {
    return WHOLE_OF_SHARE.matcher(before).find() || RATIO_BEFORE.matcher(before).find();
  }

  /** Whether the words before a figure make it the size of a part: "a group of 2,500". */
  static boolean partBefore(String before) {
    return PART_BEFORE.matcher(before.toLowerCase(Locale.ROOT)).find();
  }

  static boolean incidental(Item it, ReconcileOptions options) {
    if (!Reconciler.isNumeric(it)) {
      return false;
    }
    String text = it.article().text();
    int start = it.claim().value().span().start();
    int end = it.claim().value().span().end();
    boolean share =
        it.claim().value() instanceof io.corroborate.extract.ClaimValue.Amount a
            && (a.unit().map(u -> u.equals("fraction") || u.equals("%")).orElse(false)
                || it.claim().links().stream()
                    .anyMatch(l -> l.kind() == io.corroborate.extract.ClaimLink.Kind.FRACTION_OF));
    if (!share && end >= 0 && end <= text.length()) {
      if (partAfter(text.substring(end, Math.min(text.length(), end + 60)))) {
        return true;
      }
    }
    if (start >= 0 && start <= text.length()) {
      if (wholeOrRatioBefore(text.substring(Math.max(0, start - 30), start))) {
        return true;
      }
    }
    if (!it.claim().measure().equals("count")) {
      return false;
    }
    // A bare count of something no one measures over the story ("a country of 6.4 million
    // people", "a town of 1,650 residents") is not a figure of the story.
    if (it.measure().equals("count") && !it.subjectKey().contains(" ")) {
      return true;
    }
    if (it.high() < options.minBareCount()) {
      return true;
    }
    if (PART_SUBJECT.matcher(it.claim().subject().text()).find()) {
      return true;
    }
    if (end >= 0
        && end <= text.length()
        && OTHER_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20))).find()) {
      return true;
    }
    int from = Math.max(it.claim().evidence().sentence().start(), start - 40);
    if (start < 0 || start > text.length() || from > start) {
      return false;
    }
    return partBefore(text.substring(from, start));
  }
}
