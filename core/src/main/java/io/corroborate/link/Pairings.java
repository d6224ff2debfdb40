package io.corroborate.link;

import io.corroborate.extract.Claim;
import io.corroborate.extract.ClaimKind;
import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import io.corroborate.model.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs the subjects of claims that name no one with the people they stand for: a singular personal
 * pronoun ("Soldier Ivo Marek was captured … he was found injured in the hand") stands for the
 * person named last before it in its article, among the people the story's attribute claims name.
 * Plural pronouns are left unpaired. Also tells which unnamed person a subject is ("one of the
 * captives", "the other soldier"), for {@link Unnamed} to pair by what the sources say of them.
 *
 * <pre>{@code List<Pairing> p = Pairings.pronouns(articles, claims, names);}</pre>
 */
public final class Pairings {
  private Pairings() {}

  /** Pronouns that say nothing of who is meant without a name before them. */
  private static final Set<String> PRONOUN =
      Lexicon.pronouns(
          LanguagePack.english(),
          Set.of("personal", "neuter", "plural", "first", "second"),
          Set.of("subject", "object"));

  /** Pronouns that stand for one person named before them ("he", "she"). */
  private static final Set<String> SINGULAR =
      Lexicon.pronouns(LanguagePack.english(), Set.of("personal"), Set.of("subject"));

  private static final LanguagePack EN = LanguagePack.english();

  /** The definite article ("the"). */
  private static final String THE =
      LanguagePack.alternationOf(Lexicon.definiteArticles(EN), "\\s+");

  /** "one", "one of the captives". */
  private static final Pattern ONE =
      Pattern.compile(
          "(?i)^(?:"
              + LanguagePack.alternationOf(Lexicon.unitWords(EN, 1, 1), "\\s+")
              + ")(?:\\s+(?:"
              + LanguagePack.alternationOf(
                  EN.category("partitive-words.tsv", "preposition"), "\\s+")
              + ")\\b.*)?$");

  /** "other captives", "the other prisoner". */
  private static final Pattern OTHER =
      Pattern.compile(
          "(?i)^(?:(?:"
              + THE
              + ")\\s+)?(?:"
              + LanguagePack.alternationOf(EN.category("unnamed-others.tsv", "opens"), "\\s+")
              + ")(?:\\s+.*)?$");

  /** "another": the other one, alone. */
  private static final Pattern OTHER_ALONE =
      Pattern.compile(
          "(?i)^(?:"
              + LanguagePack.alternationOf(EN.category("unnamed-others.tsv", "alone"), "\\s+")
              + ")$");

  private static final Pattern ORDINAL =
      Pattern.compile(
          "(?i)^(?:"
              + THE
              + ")\\s+("
              + EN.alternation("unnamed-ordinals.txt", " ")
              + ")(?:\\s+.*)?$");

  /** Which unnamed person a subject is ("one", "other", "younger"…), or empty for a name. */
  public static Optional<String> unnamedReferent(String subject) {
    String s = subject.strip();
    if (ONE.matcher(s).matches()) {
      return Optional.of("one");
    }
    if (OTHER.matcher(s).matches() || OTHER_ALONE.matcher(s).matches()) {
      return Optional.of("other");
    }
    Matcher m = ORDINAL.matcher(s);
    if (m.matches()) {
      return Optional.of(m.group(1).toLowerCase(Locale.ROOT));
    }
    return Optional.empty();
  }

  /** Whether a subject is a pronoun and names no one by itself. */
  public static boolean isPronoun(String subject) {
    return PRONOUN.contains(subject.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The pronoun subjects of attribute claims paired with the person named last before them, in
   * article id and claim order. 1. The people: every attribute claim's subject written as a name
   * (capitalised, neither a pronoun nor an unnamed person), and a surname alone for the one full
   * name that ends with it ({@code names} says which written names are one); 2. each singular
   * pronoun subject takes the last of those names written before it in its article.
   */
  static List<Pairing> pronouns(
      List<Article> articles, Map<String, List<Claim>> claims, NameIndex names) {
    List<Article> sorted = articles.stream().sorted(Comparator.comparing(Article::id)).toList();
    // 1. Every way a named person is written as the subject of an attribute.
    Map<String, String> named = new TreeMap<>();
    for (Article a : sorted) {
      for (Claim c : claims.getOrDefault(a.id(), List.of())) {
        String os = c.subject().text().strip();
        if (c.kind() == ClaimKind.ATTRIBUTE
            && !os.isEmpty()
            && !isPronoun(os)
            && unnamedReferent(os).isEmpty()
            && Character.isUpperCase(os.codePointAt(0))) {
          named.putIfAbsent(os, os);
        }
      }
    }
    if (named.isEmpty()) {
      return List.of();
    }
    Map<String, Set<String>> surnames = new TreeMap<>();
    Map<String, String> writtenOf = new LinkedHashMap<>();
    named.forEach(
        (written, os) -> {
          String[] words = written.split("\\s+");
          if (words.length > 1) {
            String key = names.key(os);
            writtenOf.putIfAbsent(key, os);
            surnames.computeIfAbsent(words[words.length - 1], k -> new TreeSet<>()).add(key);
          }
        });
    for (Map.Entry<String, Set<String>> sn : surnames.entrySet()) {
      if (sn.getValue().size() == 1 && !named.containsKey(sn.getKey())) {
        named.put(sn.getKey(), writtenOf.get(sn.getValue().iterator().next()));
      }
    }
    // All the names in one pattern, longer first, so "Ivo Marek" is read before "Marek".
    List<String> longestFirst = new ArrayList<>(named.keySet());
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    Pattern anyName =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:"
                + String.join("|", longestFirst.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}\\p{N}])");
    // 2. Each pronoun subject takes the last name before it.
    List<Pairing> out = new ArrayList<>();
    for (Article a : sorted) {
      List<Claim> mine = claims.getOrDefault(a.id(), List.of());
      for (int i = 0; i < mine.size(); i++) {
        Claim c = mine.get(i);
        String subject = c.subject().text().strip();
        if (c.kind() != ClaimKind.ATTRIBUTE
            || !SINGULAR.contains(subject.toLowerCase(Locale.ROOT))) {
          continue;
        }
        String text = a.text();
        int at = Math.min(text.length(), Math.max(0, c.subject().span().start()));
        String last = null;
        Matcher m = anyName.matcher(text).region(0, at);
        while (m.find()) {
          last = m.group();
        }
        if (last != null) {
          String name = named.get(last);
          out.add(
              new Pairing(
                  a.id(),
                  i,
                  name,
                  "\u201c"
                      + subject
                      + "\u201d ("
                      + a.outletShown()
                      + ") is taken for "
                      + name
                      + ": the person named last before it"));
        }
      }
    }
    return List.copyOf(out);
  }
}
