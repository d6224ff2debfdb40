package io.corroborate.clean.text;

import io.corroborate.clean.html.PageWords;
import io.corroborate.lang.EntryPatterns;
import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a byline: "By Jane Roe and John Doe", "Author: Jane Roe", "By Harbor Gazette Jane Roe", "By
 * Jane Roe, Reuters", "Reporting by Jane Roe; Editing by John Doe". Names are the people who wrote;
 * an outlet named in the byline is kept apart; editors and job titles are dropped.
 *
 * <pre>{@code Bylines.parse("By Jane Roe and John Doe").get().names(); // [Jane Roe, John Doe]}
 * </pre>
 */
public final class Bylines {
  private Bylines() {}

  /** What a byline says: the authors' names in order, and the outlet if it names one. */
  public record Byline(List<String> names, Optional<String> outlet, String cue) {
    public Byline {
      names = List.copyOf(names);
    }
  }

  /**
   * The byline openers of every language, each with the languages that write it ("text" is English
   * and German): the words that tell a sentence from a byline are read from those languages.
   */
  private static final Map<String, Set<String>> OPENERS = openers();

  private static final Pattern OPENING =
      Pattern.compile(
          "(?iu)^(?:[-–—(]\\s*)?((?:"
              + LanguagePack.alternationOf(openerWords(false), "\\s+")
              + ")\\b|(?:"
              + LanguagePack.alternationOf(openerWords(true), "\\s+")
              + ")\\s*:)\\s*");

  /** Words that make a run of capitalised words an outlet's name, not a person's. */
  private static final Pattern OUTLET_WORD = outletWord();

  /** Job titles that follow a name in a byline ("Staff Writer", "Korrespondentin"). */
  private static final Pattern ROLE =
      Pattern.compile(
          "(?iu)^(?:"
              + LanguagePack.alternationOf(
                  PageWords.everyLanguage("newsroom-jobs.tsv", "modifier"), "\\s+")
              + ")?\\s*(?:"
              + LanguagePack.alternationOf(
                  PageWords.everyLanguage("newsroom-jobs.tsv", "byline"), "\\s+")
              + ")s?$");

  private static final Pattern EDITING =
      Pattern.compile(
          "(?iu)[;.]?\\s*(?:"
              + LanguagePack.alternationOf(LanguagePack.everyLanguage("byline-credits.txt"), "\\s+")
              + ")\\b.*$");
  private static final Set<String> PARTICLES = Set.copyOf(Cues.nameParticles());

  /** The words of the languages of an opener: how names split, and words no name holds. */
  private record Words(Pattern split, Set<String> notNames) {}

  private static final Map<Set<String>, Words> WORDS = new ConcurrentHashMap<>();

  private static Map<String, Set<String>> openers() {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (LanguagePack pack : LanguagePack.everyLanguageWith("byline-openers.tsv")) {
      String code = pack.code();
      for (List<String> row : pack.rows("byline-openers.tsv")) {
        Set<String> uses = row.size() > 1 ? Set.of(row.get(1).split(",")) : Set.of();
        if (!uses.contains("field")) {
          String key = row.get(0).toLowerCase(Locale.ROOT) + (uses.contains("colon") ? ":" : "");
          out.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(code);
        }
      }
    }
    return out;
  }

  private static List<String> openerWords(boolean colon) {
    return OPENERS.keySet().stream()
        .filter(k -> k.endsWith(":") == colon)
        .map(k -> colon ? k.substring(0, k.length() - 1) : k)
        .toList();
  }

  private static Pattern outletWord() {
    List<String> words = new ArrayList<>();
    for (String file : List.of("outlets.tsv", "outlet-name-words.txt")) {
      for (List<String> row : LanguagePack.everyLanguageRows(file)) {
        if (!row.get(0).contains(" ")) {
          words.add(row.get(0));
        }
      }
    }
    return Pattern.compile(
        "(?iu)^(?:" + LanguagePack.alternationOf(words, e -> EntryPatterns.body(e, true)) + ")$");
  }

  /** The words of the languages that write {@code cue}; none for an opener no language lists. */
  private static Words words(String cue) {
    Set<String> codes = OPENERS.getOrDefault(cue, Set.of());
    return WORDS.computeIfAbsent(
        codes,
        cs -> {
          List<String> joiners = new ArrayList<>();
          Set<String> notNames = new HashSet<>();
          for (String code : cs) {
            LanguagePack pack = LanguagePack.of(code);
            if (pack.has("coordinators.txt")) {
              pack.list("coordinators.txt").stream()
                  .filter(w -> w.codePoints().allMatch(Character::isLetter))
                  .forEach(joiners::add);
            }
            if (pack.has("months.tsv")) {
              Lexicon.monthWords(pack, false).forEach(notNames::add);
            }
            if (pack.has("weekdays.tsv")) {
              notNames.addAll(Lexicon.weekdays(pack).keySet());
            }
            if (pack.has("byline-stopwords.txt")) {
              notNames.addAll(pack.list("byline-stopwords.txt"));
            }
          }
          String and =
              joiners.isEmpty()
                  ? ""
                  : "|\\b(?:" + LanguagePack.alternationOf(joiners, "\\s+") + ")\\b";
          return new Words(
              Pattern.compile("(?iu)\\s*(?:,|;|&" + and + "|\\|)\\s*"),
              notNames.stream()
                  .map(w -> w.toLowerCase(Locale.ROOT))
                  .collect(Collectors.toUnmodifiableSet()));
        });
  }

  /** Whether {@code line} opens like a byline; {@link #parse} decides whether it is one. */
  public static boolean opens(String line) {
    return OPENING.matcher(line).find();
  }

  /**
   * The byline in {@code line}, if the line is one: it opens with a byline cue, is short, does not
   * end like a sentence, and what follows the cue is capitalised names.
   */
  public static Optional<Byline> parse(String line, int maxWords) {
    String s = line.strip();
    if (s.startsWith("(") && s.endsWith(")")) {
      // A wire's credit line: "(Reporting by Ana Roe; editing by Jo Doe)".
      s = s.substring(1, s.length() - 1).strip();
    }
    Matcher m = OPENING.matcher(s);
    if (!m.find() || s.endsWith(".") && !s.matches(".*\\b\\p{Lu}\\.$")) {
      return Optional.empty();
    }
    String opener =
        m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s*:$", ":").replaceAll("\\s+", " ");
    String cue = opener.replace(":", "").strip();
    Words w = words(opener);
    String rest = EDITING.matcher(s.substring(m.end())).replaceFirst("").strip();
    if (Cues.words(rest) + 1 > maxWords) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    Optional<String> outlet = Optional.empty();
    for (String part : w.split().split(rest)) {
      String p = part.strip();
      if (p.isEmpty() || ROLE.matcher(p).matches()) {
        continue;
      }
      String[] tokens = p.split("\\s+");
      if (!allCapitalised(tokens, w.notNames())) {
        // "By the end of the month" is a sentence, not a byline.
        return names.isEmpty() ? Optional.empty() : Optional.of(new Byline(names, outlet, cue));
      }
      int lastOutletWord = -1;
      for (int i = 0; i < tokens.length; i++) {
        if (OUTLET_WORD.matcher(tokens[i]).matches()) {
          lastOutletWord = i;
        }
      }
      if (lastOutletWord == tokens.length - 1) {
        // The whole part names an outlet ("Reuters", "Kyiv Independent").
        if (outlet.isEmpty()) {
          outlet = Optional.of(p);
        }
        continue;
      }
      int cut = lastOutletWord + 1;
      if (cut > 0 && outlet.isEmpty()) {
        outlet = Optional.of(String.join(" ", Arrays.copyOfRange(tokens, 0, cut)));
      }
      String[] nameTokens = Arrays.copyOfRange(tokens, cut, tokens.length);
      if (nameTokens.length > 4) {
        return Optional.empty();
      }
      names.add(String.join(" ", nameTokens));
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(new Byline(names, outlet, cue));
  }

  private static boolean allCapitalised(String[] tokens, Set<String> notNames) {
    for (String t : tokens) {
      if (t.isEmpty()) {
        continue;
      }
      if (notNames.contains(t.toLowerCase(Locale.ROOT))) {
        return false;
      }
      int cp = t.codePointAt(0);
      if (!(Character.isUpperCase(cp)
          || PARTICLES.contains(t)
          || !Character.isLetter(cp)
              && t.length() > 1
              && Character.isUpperCase(t.codePointAt(1)))) {
        return false;
      }
    }
    return true;
  }
}
