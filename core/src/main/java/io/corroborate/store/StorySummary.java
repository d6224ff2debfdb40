package io.corroborate.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the story list: what a reader needs to pick a story before opening its dossier.
 *
 * <pre>{@code store.stories().forEach(s -> System.out.println(s.id() + " " + s.title()));}</pre>
 *
 * @param findings how many findings its dossier holds
 * @param conflicts how many of them are conflicts
 * @param first the earliest publication date of its articles, if any is known
 * @param last the latest publication date of its articles, if any is known
 * @param updated when its dossier was last written
 */
public record StorySummary(
    String id,
    String title,
    int articles,
    int outlets,
    int findings,
    int conflicts,
    Optional<LocalDate> first,
    Optional<LocalDate> last,
    Instant updated) {
  public StorySummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(updated, "updated");
    if (id.isBlank() || articles < 0 || outlets < 0 || findings < 0 || conflicts > findings) {
      throw new IllegalArgumentException(
          "story summary needs an id and consistent counts, got "
              + id
              + " articles="
              + articles
              + " outlets="
              + outlets
              + " findings="
              + findings
              + " conflicts="
              + conflicts);
    }
  }
}
