package io.corroborate.extract;

import io.corroborate.model.Article;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which languages the claim readers read: English by its clause rules, every other language whose
 * folder holds a measure lexicon by the figure reader. An article in any other language (or one
 * whose language could not be determined) still joins its story on names, figures and dates, but
 * gives no claims; a run and a dossier say so instead of showing it as a report that said nothing.
 *
 * <pre>{@code
 * ReadLanguages.note(dossier.articles())
 * // Optional[claims are not read yet in sv (2 articles): they join the story but give no figures]
 * }</pre>
 */
public final class ReadLanguages {
  private ReadLanguages() {}

  /** Whether claims are read in {@code language} (an ISO 639-1 code). */
  public static boolean reads(String language) {
    return "en".equals(language) || Figures.of(language).isPresent();
  }

  /** The languages of {@code articles} whose claims are not read, with how many articles each. */
  public static SortedMap<String, Integer> unread(Collection<Article> articles) {
    SortedMap<String, Integer> out = new TreeMap<>();
    for (Article a : articles) {
      if (!reads(a.language())) {
        out.merge(a.language(), 1, Integer::sum);
      }
    }
    return out;
  }

  /**
   * A line that names the languages of {@code articles} whose claims are not read; empty if none.
   */
  public static Optional<String> note(Collection<Article> articles) {
    SortedMap<String, Integer> unread = unread(articles);
    if (unread.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Integer> e : unread.entrySet()) {
      String name =
          e.getKey().equals(Article.UNDETERMINED_LANGUAGE)
              ? "an undetermined language"
              : e.getKey();
      parts.add(name + " (" + e.getValue() + (e.getValue() == 1 ? " article)" : " articles)"));
    }
    return Optional.of(
        "claims are not read yet in "
            + String.join(", ", parts)
            + ": "
            + (unread.values().stream().mapToInt(Integer::intValue).sum() == 1
                ? "it joins the story but gives no figures"
                : "they join the story but give no figures"));
  }
}
