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

  /**
   * Every language's country names by code (names two countries share left out), and English's own
   * names, read in one pass over the bundles.
   */
  private record Gathered(Map<String, String> byName, Set<String> english) {}

  private static final Gathered NAMES = gather();

  private CountryNames() {}

  /** The ISO code of the country whose name is these folded words, or empty. */
  static Optional<String> code(List<String> foldedWords) {
    if (foldedWords.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(NAMES.byName().get(String.join(" ", foldedWords)));
  }

  /**
   * The ISO code of the country whose name these folded words are in a language other than English
   * and never in English ("turquie", "syrien"; not "jordan" or "chad"): a word a tagger that reads
   * the report as English may take for a person's name.
   */
  static Optional<String> foreignCode(List<String> foldedWords) {
    return NAMES.english().contains(String.join(" ", foldedWords))
        ? Optional.empty()
        : code(foldedWords);
  }

  private static Gathered gather() {
    List<String> languages = new ArrayList<>(LanguagePack.bundledCodes());
    if (!languages.contains(LanguagePack.FALLBACK)) {
      languages.add(LanguagePack.FALLBACK);
    }
    Set<String> countries = Set.of(ULocale.getISOCountries());
    Map<String, String> out = new HashMap<>();
    Set<String> shared = new HashSet<>();
    Set<String> english = new HashSet<>();
    for (String language : languages) {
      boolean isEnglish = language.equals(LanguagePack.FALLBACK);
      forEachName(
          language,
          countries,
          (key, code) -> {
            String before = out.putIfAbsent(key, code);
            if (before != null && !before.equals(code)) {
              shared.add(key);
            }
            if (isEnglish) {
              english.add(key);
            }
          });
    }
    shared.forEach(out::remove);
    return new Gathered(Map.copyOf(out), Set.copyOf(english));
  }

  /** Each country name ICU gives in one language, folded, with its country's code. */
  private static void forEachName(
      String language, Set<String> countries, BiConsumer<String, String> action) {
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
