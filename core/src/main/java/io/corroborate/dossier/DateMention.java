package io.corroborate.dossier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A time expression of an article resolved to calendar dates, with the sentence it was read from.
 *
 * @param first the first day of the interval the expression names
 * @param last the last day of that interval
 * @param granularity day, month, season, year…
 * @param text the expression as written ("on Thursday", "late last month")
 * @param basis how it was placed: absolute, or resolved against the article date
 */
public record DateMention(
    LocalDate first,
    LocalDate last,
    String granularity,
    String text,
    String basis,
    String articleId,
    String sentence) {
  public DateMention {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(sentence, "sentence");
  }
}
