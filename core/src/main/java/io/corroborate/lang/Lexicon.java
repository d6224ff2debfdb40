package io.corroborate.lang;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed views of the lists every language pack has: months, weekdays, number words, pronouns. The
 * stages read them through here so that each list is written once, in its pack.
 *
 * <pre>{@code
 * Map<String, DayOfWeek> days = Lexicon.weekdays(LanguagePack.english()); // "monday" → MONDAY
 * Set<String> he = Lexicon.pronouns(LanguagePack.english(), Set.of("personal"), Set.of("subject"));
 * }</pre>
 */
public final class Lexicon {
  private Lexicon() {}

  /** A month name or abbreviation of {@code months.tsv}. */
  public record Month(String word, int number, boolean abbreviation, Set<String> flags) {
    public Month {
      flags = Set.copyOf(flags);
      if (number < 1 || number > 12) {
        throw new IllegalArgumentException(
            "month of '" + word + "' must be 1 to 12, got " + number);
      }
    }

    /** Whether the file marks it with {@code flag} ("word", "modal"). */
    public boolean is(String flag) {
      return flags.contains(flag);
    }
  }

  /** A number word of {@code numbers.tsv} with its value and kind ("unit", "scale"…). */
  public record NumberWord(String word, double value, String kind) {}

  /** Month names and abbreviations, lower case, in file order. */
  public static Map<String, Month> months(LanguagePack pack) {
    Map<String, Month> out = new LinkedHashMap<>();
    for (List<String> row : pack.rows("months.tsv")) {
      Set<String> flags =
          row.size() > 3 && !row.get(3).isEmpty() ? Set.of(row.get(3).split(",")) : Set.of();
      out.put(
          row.get(0),
          new Month(
              row.get(0), Integer.parseInt(row.get(1)), "abbreviation".equals(row.get(2)), flags));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The month names (not abbreviations) or the abbreviations of {@code months.tsv}. */
  public static List<String> monthWords(LanguagePack pack, boolean abbreviations) {
    return months(pack).values().stream()
        .filter(m -> m.abbreviation() == abbreviations)
        .map(Month::word)
        .toList();
  }

  /** Weekday names, lower case, in week order. */
  public static Map<String, DayOfWeek> weekdays(LanguagePack pack) {
    Map<String, DayOfWeek> out = new LinkedHashMap<>();
    pack.values("weekdays.tsv", v -> DayOfWeek.of(Integer.parseInt(v))).forEach(out::put);
    return java.util.Collections.unmodifiableMap(out);
  }

  /** Number words of {@code numbers.tsv}, in file order. */
  public static List<NumberWord> numbers(LanguagePack pack) {
    return pack.rows("numbers.tsv").stream()
        .map(r -> new NumberWord(r.get(0), Double.parseDouble(r.get(1)), r.get(2)))
        .toList();
  }

  /** The number words of the given kinds, in file order. */
  public static List<String> numberWords(LanguagePack pack, String... kinds) {
    Set<String> k = Set.of(kinds);
    return numbers(pack).stream().filter(n -> k.contains(n.kind())).map(NumberWord::word).toList();
  }

  /** The counting words ("unit") whose value lies in [from, to], in file order. */
  public static List<String> unitWords(LanguagePack pack, int from, int to) {
    return numbers(pack).stream()
        .filter(n -> n.kind().equals("unit") && n.value() >= from && n.value() <= to)
        .map(NumberWord::word)
        .toList();
  }

  /**
   * Pronouns of {@code pronouns.tsv} of any of {@code kinds} and any of {@code cases}; an empty set
   * of cases takes every case.
   */
  public static Set<String> pronouns(LanguagePack pack, Set<String> kinds, Set<String> cases) {
    Set<String> out = new LinkedHashSet<>();
    for (List<String> row : pack.rows("pronouns.tsv")) {
      boolean caseFits =
          cases.isEmpty() || List.of(row.get(2).split(",")).stream().anyMatch(cases::contains);
      if (kinds.contains(row.get(1)) && caseFits) {
        out.add(row.get(0));
      }
    }
    return Set.copyOf(out);
  }

  /** Every pronoun and pro-form of {@code pronouns.tsv}. */
  public static Set<String> pronouns(LanguagePack pack) {
    return pack.set("pronouns.tsv");
  }

  /**
   * Hedges of {@code hedges.tsv} used {@code where} ("figure", "duration", "claim"), each with the
   * name of the interval it makes of a figure ("MORE_THAN"…, "-" for none), in file order.
   */
  public static Map<String, String> hedges(LanguagePack pack, String where) {
    Map<String, String> out = new LinkedHashMap<>();
    for (List<String> row : pack.rows("hedges.tsv")) {
      if (List.of(row.get(2).split(",")).contains(where)) {
        out.put(row.get(0), row.get(1));
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** A title of {@code titles.tsv}: its word(s), kind, the title it abbreviates, its uses. */
  public record Title(String word, String kind, String abbreviates, Set<String> uses) {
    public Title {
      uses = Set.copyOf(uses);
    }

    /** Whether it is an abbreviation ("gen" of "general"). */
    public boolean abbreviation() {
      return !abbreviates.isEmpty();
    }
  }

  /** The titles of {@code titles.tsv} marked with {@code use}, in file order. */
  public static List<Title> titles(LanguagePack pack, String use) {
    return pack.rows("titles.tsv").stream()
        .map(r -> new Title(r.get(0), r.get(1), r.get(2), Set.of(r.get(3).split(","))))
        .filter(t -> t.uses().contains(use))
        .toList();
  }

  /**
   * A regular expression of titles as they stand before a name: each word capitalised but the small
   * words of a name ("Secretary of State"), an abbreviation followed by {@code period} ({@code
   * "\\."} or {@code "\\.?"}), longest first.
   */
  public static String titlePattern(LanguagePack pack, List<Title> titles, String period) {
    Set<String> small = pack.set("title-small-words.txt");
    List<Title> sorted = new java.util.ArrayList<>(titles);
    sorted.sort(
        java.util.Comparator.comparingInt((Title t) -> t.word().length())
            .reversed()
            .thenComparing(Title::word));
    StringBuilder b = new StringBuilder();
    for (Title t : sorted) {
      List<String> words = new java.util.ArrayList<>();
      for (String w : t.word().split(" ")) {
        words.add(small.contains(w) ? w : capitalised(List.of(w)).iterator().next());
      }
      b.append(b.length() == 0 ? "" : "|")
          .append(java.util.regex.Pattern.quote(String.join(" ", words)))
          .append(t.abbreviation() ? period : "");
    }
    return b.toString();
  }

  /**
   * A word of a nationality's shape in the {@code nationalities.tsv} of {@code pack}, as a regular
   * expression standing as a whole word: a capitalised word with a nationality's ending
   * ("Velmorian", "Ostrelese") that the file does not list as no nationality. An invented country's
   * adjective reads like a real one's; the listed nationalities themselves are {@code
   * pack.category("nationalities.tsv", "nationality")}.
   *
   * <pre>{@code Pattern.compile(Lexicon.demonymShape(LanguagePack.english())) // "Velmorian"}</pre>
   */
  public static String demonymShape(LanguagePack pack) {
    return "(?<![\\p{L}])(?!(?:"
        + LanguagePack.alternationOf(pack.category("nationalities.tsv", "not"), " ")
        + ")(?![\\p{L}]))\\p{Lu}\\p{Ll}+(?:"
        + LanguagePack.alternationOf(pack.category("nationalities.tsv", "suffix"), " ")
        + ")(?![\\p{L}])";
  }

  /**
   * A definite article of {@code articles.tsv} at the start of a text, with the spaces after it, in
   * any case: what is dropped from the front of a name ("The Lumen Post" → "Lumen Post").
   *
   * <pre>{@code Lexicon.leadingArticle(en).matcher("the Post").replaceFirst("") // "Post"}</pre>
   */
  public static java.util.regex.Pattern leadingArticle(LanguagePack pack) {
    return java.util.regex.Pattern.compile(
        "^(?i)(?:" + LanguagePack.alternationOf(definiteArticles(pack), "\\s+") + ")\\s+");
  }

  /** The definite articles of {@code articles.tsv} ("the"). */
  public static List<String> definiteArticles(LanguagePack pack) {
    return pack.category("articles.tsv", "definite");
  }

  /** The union of some word sets. */
  @SafeVarargs
  public static Set<String> union(Collection<String>... sets) {
    Set<String> out = new LinkedHashSet<>();
    for (Collection<String> s : sets) {
      out.addAll(s);
    }
    return Set.copyOf(out);
  }

  /** Each word with its first letter in upper case ("monday" → "Monday"). */
  public static Set<String> capitalised(Collection<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) {
      out.add(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
    }
    return Set.copyOf(out);
  }
}
