package io.corroborate.extract;

import io.corroborate.lang.EntryPatterns;
import io.corroborate.lang.LanguagePack;
import io.corroborate.model.Span;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates that name the event a figure counts from rather than the day it was counted: a date joined
 * to one of the language's event nouns ({@code event-nouns.txt}: "earthquake", "terremoto",
 * "deprem") by at most two small words after the noun ("the quake of February 6", "il terremoto del
 * 6 febbraio"), or, in a language that writes a noun's modifiers before it ({@code modifiers
 * before} in {@code writing.tsv}), right before the noun ("the February 6 quake", "6 Şubat
 * depremi").
 *
 * <pre>{@code EventDates.of("it").map(e -> e.namesEvent(text, dateSpan)).orElse(false)}</pre>
 *
 * <p>Thread-safe: each language's patterns are compiled once.
 */
final class EventDates {
  private static final Map<String, Optional<EventDates>> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** How far, in characters, an event noun naming a date is looked for beside it. */
  private static final int REACH = 40;

  private final Pattern nounBefore;
  private final Optional<Pattern> nounAfter;

  private EventDates(LanguagePack pack) {
    Map<String, String> writing = pack.has("writing.tsv") ? pack.pairs("writing.tsv") : Map.of();
    boolean spaced = !"none".equals(writing.getOrDefault("spacing", "words"));
    String nouns =
        pack.list("event-nouns.txt").stream()
            .map(w -> EntryPatterns.body(w, spaced))
            .collect(Collectors.joining("|"));
    String edge = spaced ? "(?<!" + EntryPatterns.LETTER + ")" : "";
    this.nounBefore =
        Pattern.compile(
            edge + "(?:" + nouns + ")(?:\\s+\\S{1,4}){0,2}\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.nounAfter =
        "before".equals(writing.getOrDefault("modifiers", "after"))
            ? Optional.of(
                Pattern.compile(
                    "^\\s*\\S{0,2}?\\s*(?:" + nouns + ")",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
            : Optional.empty();
  }

  /** The reader of a language whose folder has event nouns of its own; empty for another. */
  static Optional<EventDates> of(String language) {
    String code = language == null || !language.matches("[a-z]{2}") ? "" : language;
    return BY_LANGUAGE.computeIfAbsent(
        code,
        c -> {
          LanguagePack pack = c.isEmpty() ? LanguagePack.english() : LanguagePack.of(c);
          return pack.has("event-nouns.txt") ? Optional.of(new EventDates(pack)) : Optional.empty();
        });
  }

  /** Whether the date at {@code date} names the event an event noun beside it names. */
  boolean namesEvent(String text, Span date) {
    String before = text.substring(Math.max(0, date.start() - REACH), date.start());
    if (nounBefore.matcher(before).find()) {
      return true;
    }
    String after = text.substring(date.end(), Math.min(text.length(), date.end() + REACH));
    return nounAfter.map(p -> p.matcher(after).find()).orElse(false);
  }
}
