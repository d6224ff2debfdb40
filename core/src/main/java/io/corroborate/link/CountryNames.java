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

  private CountryNames() {}

  /** The ISO code of the country whose name is these folded words, or empty. */
  static Optional<String> code(List<String> foldedWords) {
    if (foldedWords.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_NAME.get(String.join(" ", foldedWords)));
  }

  private static Map<String, String> gather() {
    Set<String> countries = Set.of(ULocale.getISOCountries());
    List<String> languages = new ArrayList<>(LanguagePack.bundledCodes());
    if (!languages.contains(LanguagePack.FALLBACK)) {
      languages.add(LanguagePack.FALLBACK);
    }
    Map<String, String> out = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (String language : languages) {
      UResourceBundle bundle;
      try {
        bundle = UResourceBundle.getBundleInstance(ICUData.ICU_REGION_BASE_NAME, language);
      } catch (MissingResourceException e) {
        continue;
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
          String code = entry.getKey();
          if (!countries.contains(code)) {
            continue;
          }
          String key = String.join(" ", Names.words(NameFold.fold(entry.getString())));
          if (key.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            continue;
          }
          String before = out.putIfAbsent(key, code);
          if (before != null && !before.equals(code)) {
            shared.add(key);
          }
        }
      }
    }
    shared.forEach(out::remove);
    return Map.copyOf(out);
  }
}
