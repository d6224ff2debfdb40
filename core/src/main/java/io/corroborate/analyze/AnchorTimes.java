package io.corroborate.analyze;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.time.TimeTagger;
import io.corroborate.extract.Claim;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.pipeline.Capability;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an undated report's times at its story's date (the latest publication date of its
 * articles), so that its "January 9" and "last month" land on the calendar. The story's date can
 * move as it grows, so such an article's claims are read again.
 *
 * <pre>{@code StoryPipeline.builder().add(new AnchorTimes())}</pre>
 */
public final class AnchorTimes extends StoryStep {
  private static final TimeTagger TIMES = new TimeTagger();

  public AnchorTimes() {
    super("anchor times", Set.of(Capability.STORY), Set.of(Capability.TIMES_ANCHORED));
  }

  @Override
  public StoryWork apply(StoryWork work) {
    Optional<LocalDate> storyDate = storyDate(work.articles());
    if (storyDate.isEmpty()) {
      return work;
    }
    Map<String, Annotation> anchored = new LinkedHashMap<>(work.annotations());
    Map<String, List<Claim>> known = new LinkedHashMap<>(work.known());
    // The claims read depend on the story's publication days too (dates without a year in the
    // languages read by their own lists), so those days are part of what was read at.
    List<LocalDate> days = storyDays(work.articles());
    for (Article a : work.articles()) {
      Annotation an = work.annotations().get(a.id());
      if (an != null && a.published().isEmpty() && an.anchor().isEmpty()) {
        Optional<Annotation> before = work.memo().anchored(an, days);
        if (before.isPresent()) {
          // Read at the same dates last time: the same times, so the claims read then still hold.
          anchored.put(a.id(), before.get());
        } else {
          Annotation now = anchor(an, storyDate);
          work.memo().keepAnchored(an, days, now);
          anchored.put(a.id(), now);
          known.remove(a.id());
        }
      }
    }
    work.memo().keepAnchoredOnly(work.annotations().values());
    return work.withAnnotations(anchored).withKnown(known);
  }

  /** The latest publication date of a story's articles, if any says when it was published. */
  static Optional<LocalDate> storyDate(List<Article> articles) {
    return articles.stream()
        .map(Article::published)
        .flatMap(Optional::stream)
        .map(DateStamp::date)
        .max(Comparator.naturalOrder());
  }

  /**
   * The publication days of a story's dated articles, one entry an article, in order: what an
   * undated report's dates are read against.
   */
  static List<LocalDate> storyDays(List<Article> articles) {
    return articles.stream()
        .map(Article::published)
        .flatMap(Optional::stream)
        .map(DateStamp::date)
        .sorted()
        .toList();
  }

  /** The annotation with its times read again at {@code date}. */
  static Annotation anchor(Annotation an, Optional<LocalDate> date) {
    return new Annotation(
        an.text(),
        date,
        an.sentences(),
        an.tokens(),
        an.entities(),
        TIMES.find(an.text(), date),
        an.quantities());
  }
}
