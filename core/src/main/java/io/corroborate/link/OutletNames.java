package io.corroborate.link;

import io.corroborate.internal.TableResource;
import io.corroborate.lang.LanguagePack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One news agency or broadcaster under its names: "Reuters", "the Reuters news agency", "agence
 * Reuters", "ロイター通信" and "агентство Рейтер" are Reuters. Names written in other languages and
 * scripts come from {@code outlet-names.tsv}; the words that wrap a name without being part of it
 * ("news agency", "agence", "通信") from each language folder's {@code outlet-wrappers.txt}.
 *
 * <pre>{@code OutletNames.canonical("ロイター通信") // Optional[Reuters]}</pre>
 */
final class OutletNames {
  private OutletNames() {}

  /** Normal form of a name as written → the name it stands for. */
  private static final Map<String, String> NAMES = new HashMap<>();

  /** Normal forms of the agency names the English list knows, standing for themselves. */
  private static final Set<String> AGENCIES = new LinkedHashSet<>();

  /** Normal forms of the wrapping words of every bundled language, longest first. */
  private static final List<String> WRAPPERS;

  static {
    for (String[] row : TableResource.rows(OutletNames.class, "outlet-names.tsv", 2)) {
      NAMES.put(NameIndex.normal(row[0]), row[1]);
    }
    for (String agency : LanguagePack.english().category("outlets.tsv", "agency")) {
      AGENCIES.add(NameIndex.normal(agency));
    }
    Set<String> wrappers = new LinkedHashSet<>();
    for (String w : LanguagePack.everyLanguage("outlet-wrappers.txt")) {
      wrappers.add(NameIndex.normal(w));
    }
    List<String> sorted = new ArrayList<>(wrappers);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    WRAPPERS = List.copyOf(sorted);
  }

  /**
   * The agency or broadcaster a name in {@link NameIndex#normal normal form} stands for: the name
   * itself when it is one the tables know, or the known name a wrapping word is put around ("news
   * agency" after it, "agence" before it, "通信" written onto it). Empty for every other name.
   */
  static Optional<String> canonical(String normal) {
    Optional<String> known = known(normal);
    if (known.isPresent()) {
      return known;
    }
    for (String w : WRAPPERS) {
      if (normal.length() <= w.length()) {
        continue;
      }
      String rest = null;
      if (normal.endsWith(" " + w)) {
        rest = normal.substring(0, normal.length() - w.length() - 1);
      } else if (normal.startsWith(w + " ")) {
        rest = normal.substring(w.length() + 1);
      } else if (unspaced(w) && normal.endsWith(w)) {
        rest = normal.substring(0, normal.length() - w.length()).strip();
      } else if (unspaced(w) && normal.startsWith(w)) {
        rest = normal.substring(w.length()).strip();
      }
      if (rest != null && !rest.isEmpty()) {
        Optional<String> wrapped = known(rest);
        if (wrapped.isPresent()) {
          return wrapped;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> known(String normal) {
    String name = NAMES.get(normal);
    if (name != null) {
      return Optional.of(name);
    }
    return AGENCIES.contains(normal) ? Optional.of(normal) : Optional.empty();
  }

  /** Whether a word belongs to a script written without spaces, so it is written onto a name. */
  private static boolean unspaced(String word) {
    return word.codePoints()
        .allMatch(
            c -> {
              Character.UnicodeScript s = Character.UnicodeScript.of(c);
              return s == Character.UnicodeScript.HAN
                  || s == Character.UnicodeScript.HIRAGANA
                  || s == Character.UnicodeScript.KATAKANA
                  || s == Character.UnicodeScript.HANGUL;
            });
  }
}
