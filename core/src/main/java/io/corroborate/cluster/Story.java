package io.corroborate.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Articles about one developing event.
 *
 * <pre>{@code
 * for (Story s : clusterer.stories()) { System.out.println(s.id() + " " + s.title()); }
 * }</pre>
 *
 * @param id {@code "s"} and the first 10 characters of the id of the article that started it
 * @param title the title of its earliest article
 * @param articleIds its articles, in the order they were added
 * @param first the earliest known article date
 * @param last the latest known article date
 */
public record Story(
    String id,
    String title,
    List<String> articleIds,
    Optional<LocalDate> first,
    Optional<LocalDate> last) {
  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    articleIds = List.copyOf(articleIds);
  }
}
