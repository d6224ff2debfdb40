package io.corroborate.extract;

import io.corroborate.annotate.time.Relation;
import io.corroborate.annotate.time.TimeInterval;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The day a claim holds as of, read from the claim's own time or its article's date; an undated
 * article is read at an estimate of its story's date. Linking (to pair people by their ages) and
 * reconciling (to check figures over time) read days the same way.
 *
 * <pre>{@code Map<String, LocalDate> est = AsOf.estimates(articles, claimsById);
 * Optional<LocalDate> day = AsOf.day(claim, article, Optional.ofNullable(est.get(article.id())));}
 * </pre>
 */
public final class AsOf {
  private AsOf() {}

  /**
   * The dates undated articles are read at, by article id: the story's latest publication date, or
   * the latest day the article itself names if that is later. A report that does not say when it
   * was published is still part of its story, and an age or a cumulative figure needs a date to be
   * checked against.
   */
  public static Map<String, LocalDate> estimates(
      List<Article> articles, Map<String, List<Claim>> claims) {
    Optional<LocalDate> storyLast =
        articles.stream()
            .map(Article::published)
            .flatMap(Optional::stream)
            .map(DateStamp::date)
            .max(Comparator.naturalOrder());
    Map<String, LocalDate> out = new TreeMap<>();
    for (Article a : articles) {
      if (a.published().isPresent()) {
        continue;
      }
      Optional<LocalDate> named = namedDate(claims.getOrDefault(a.id(), List.of()));
      Optional<LocalDate> best =
          storyLast.isEmpty()
              ? named
              : named.isEmpty() || named.get().isBefore(storyLast.get()) ? storyLast : named;
      best.ifPresent(d -> out.put(a.id(), d));
    }
    return out;
  }

  /** The latest day a list of claims names (at or as of it), if any. */
  public static Optional<LocalDate> namedDate(List<Claim> claims) {
    return claims.stream()
        .map(Claim::time)
        .filter(HoldsAt.During.class::isInstance)
        .map(t -> (HoldsAt.During) t)
        // Open periods ("since 2016") end nowhere in particular.
        .filter(d -> d.relation() == Relation.AT || d.relation() == Relation.AS_OF)
        .map(d -> d.interval().lastDate())
        .filter(d -> d.getYear() < 9000)
        .max(Comparator.naturalOrder());
  }

  /**
   * The day a claim holds as of: its own date when it names one, else its article's, an undated
   * article being read at {@code estimate} (see {@link #estimates}).
   */
  public static Optional<LocalDate> day(Claim c, Article a, Optional<LocalDate> estimate) {
    Optional<LocalDate> published = a.published().map(DateStamp::date).or(() -> estimate);
    if (c.time() instanceof HoldsAt.During d) {
      TimeInterval i = d.interval();
      LocalDate day =
          switch (d.relation()) {
            case AFTER, SINCE -> published.orElse(i.lastDate());
            default -> i.lastDate();
          };
      // A period that runs past the article's date ("this month") holds as of publication.
      if (published.isPresent() && day.isAfter(published.get())) {
        day = published.get();
      }
      return Optional.of(day);
    }
    if (c.time() instanceof HoldsAt.ArticleDate d) {
      return d.date().or(() -> published);
    }
    return published;
  }
}
