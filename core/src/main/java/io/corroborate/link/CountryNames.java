package io.corroborate.link;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import io.corroborate.lang.LanguagePack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Countries by the names every bundled language gives them, from ICU's locale data (CLDR): the name
 * ("Syrien", "Turquie", "Tadschikistan"), its short form ("UK", "Palästina") and its variant
 * ("Turkey", "Czech Republic"), each folded as the linker folds names and keyed by the country's
 * ISO 3166 code. A name two countries share in some language ("Congo") names neither.
 *
 * <pre>{@code CountryNames.code(List.of("syrien")) // Optional[SY]}</pre>
 *
 * <p>Thread-safe: the names are gathered once.
 */
final class CountryNames {
  /** The tables of a region bundle that name countries, in the order they are read. */
  private static final List<String> TABLES =
      List.of("Countries", "Countries%short", "Countries%variant");

  /** Names shorter than this are acronyms ("UK", "US"), which the acronym rules read. */
  private static final int MIN_LETTERS = 3;

  private static final Map<String, String> BY_NAME = gather();

  /** The folded names English gives countries: a name no English text uses for a person. */
  private static final java.util.Set<String> ENGLISH = english();

  private CountryNames() {}

  /** The ISO code of the country whose name is these folded words, or empty. */
  static Optional<String> code(List<String> foldedWords) {
    if (foldedWords.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_NAME.get(String.join(" ", foldedWords)));
  }

  /**
   * The ISO code of the country whose name these folded words are in a language other than English
   * and never in English ("turquie", "syrien"; not "jordan" or "chad"): a word a tagger that reads
   * the report as English may take for a person's name.
   */
  static Optional<String> foreignCode(List<String> foldedWords) {
    return ENGLISH.contains(String.join(" ", foldedWords)) ? Optional.empty() : code(foldedWords);
  }

  private static java.util.Set<String> english() {
    java.util.Set<String> out = new HashSet<>();
    forEachName(LanguagePack.FALLBACK, (key, code) -> out.add(key));
    return java.util.Set.copyOf(out);
  }

  private static Map<String, String> gather() {
    List<String> languages = new ArrayList<>(LanguagePack.bundledCodes());
    if (!languages.contains(LanguagePack.FALLBACK)) {
      languages.add(LanguagePack.FALLBACK);
    }
    Map<String, String> out = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (String language : languages) {
      forEachName(
          language,
          (key, code) -> {
            String before = out.putIfAbsent(key, code);
            if (before != null && !before.equals(code)) {
              shared.add(key);
            }
          });
    }
    shared.forEach(out::remove);
    return Map.copyOf(out);
  }

  /** Each country name ICU gives in one language, folded, with its country's code. */
  private static void forEachName(String language, BiConsumer<String, String> action) {
    Set<String> countries = Set.of(ULocale.getISOCountries());
    UResourceBundle bundle;
    try {
      bundle = UResourceBundle.getBundleInstance(ICUData.ICU_REGION_BASE_NAME, language);
    } catch (MissingResourceException e) {
      return;
    }
    for (String table : TABLES) {
      UResourceBundle names;
      try {
        names = bundle.get(table);
      } catch (MissingResourceException e) {
        continue;
      }
      for (int i = 0; i < names.getSize(); i++) {
        UResourceBundle entry = names.get(i);
        if (!countries.contains(entry.getKey())) {
          continue;
        }
        String key = String.join(" ", Names.words(NameFold.fold(entry.getString())));
        if (key.codePoints().filter(Character::isLetter).count() >= MIN_LETTERS) {
          action.accept(key, entry.getKey());
        }
      }
    }
  }
}
