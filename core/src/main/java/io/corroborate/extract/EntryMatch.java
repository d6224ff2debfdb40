package io.corroborate.extract;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one of a lexicon's entries (each a compiled pattern with what it reads as) stands in a
 * text: the matching shared by the figure reader and the number reader.
 *
 * <pre>{@code EntryMatch.at(scales, Entry::pattern, text, pos, limit).map(m -> m.entry().value())}
 * </pre>
 *
 * @param entry the entry that matched
 * @param start where its match starts in the text
 * @param end where its match ends
 */
record EntryMatch<T>(T entry, int start, int end) {
  /** The first entry, in list order, whose pattern matches starting exactly at {@code pos}. */
  static <T> Optional<EntryMatch<T>> at(
      List<T> entries, Function<T, Pattern> pattern, String text, int pos, int limit) {
    if (pos >= limit) {
      return Optional.empty();
    }
    for (T e : entries) {
      Matcher m = pattern.apply(e).matcher(text);
      m.region(pos, limit);
      m.useTransparentBounds(true);
      if (m.lookingAt()) {
        return Optional.of(new EntryMatch<>(e, m.start(), m.end()));
      }
    }
    return Optional.empty();
  }
}
