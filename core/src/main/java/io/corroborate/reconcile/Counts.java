package io.corroborate.reconcile;

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

  /** Words before a figure that make it the size of a part: "a group of 2,500". */
  private static final Pattern PART_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:group|unit|units|battalion|battalions|company|squad|platoon|force|wave|"
              + "team|convoy|batch|consisting|made up|composed|each|every|per)\\s+(?:of\\s+)?"
              + "(?:(?:up to|about|around|some|roughly|nearly|almost|approximately|as many as|"
              + "at least|more than|over)\\s+)?$");

  /** Words in the subject that make it a part of the whole: "other", "each". */
  private static final Pattern PART_SUBJECT =
      Pattern.compile("(?i)\\b(?:other|others|each|every|remaining|another)\\b");

  /** Words right after a figure that make it a part: "2,500 other soldiers". */
  private static final Pattern OTHER_AFTER =
      Pattern.compile("(?i)^\\s+(?:other|more|additional|extra)\\b");

  static boolean incidental(Item it, ReconcileOptions options) {
    if (!Reconciler.isNumeric(it) || !it.claim().measure().equals("count")) {
      return false;
    }
    if (it.high() < options.minBareCount()) {
      return true;
    }
    if (PART_SUBJECT.matcher(it.claim().subject().text()).find()) {
      return true;
    }
    String text = it.article().text();
    int end = it.claim().value().span().end();
    if (end >= 0
        && end <= text.length()
        && OTHER_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20))).find()) {
      return true;
    }
    int start = it.claim().value().span().start();
    int from = Math.max(it.claim().evidence().sentence().start(), start - 40);
    if (start < 0 || start > text.length() || from > start) {
      return false;
    }
    String before = text.substring(from, start).toLowerCase(Locale.ROOT);
    return PART_BEFORE.matcher(before).find();
  }
}
