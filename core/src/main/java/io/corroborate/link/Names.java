package io.corroborate.link;

import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Name normalisation for the linker: case and diacritic folding, determiners and titles, generic
 * place and organisation words, acronyms and romanisation-aware spelling variants.
 *
 * <pre>{@code Names.fold("Zelenskyy’s"); // "zelenskyy's"
 * Names.roman("Brenitsa").equals(Names.roman("Brenica")); // true}</pre>
 */
final class Names {
  private static final Pattern SPACE_RUN = Pattern.compile("\\s+");

  private Names() {}

  static final Set<String> DETERMINERS = LanguagePack.english().set("name-determiners.txt");

  /** Possessive endings written onto a name ("Ri's"): not part of it. */
  static final List<String> POSSESSIVES = LanguagePack.english().list("possessive-endings.txt");

  /** Titles and honorifics before a name; they are dropped from the name and kept as a role. */
  static final Set<String> TITLES =
      Lexicon.titles(LanguagePack.english(), "name-title").stream()
          .map(Lexicon.Title::word)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Words that say what kind of place or organisation a name is, not which one: "Veldan region" and
   * "Veldan Oblast" name one place, "Sorn Ilbo" and "Sorn Daily" one newspaper ("ilbo", "shimbun"
   * and "gazeta" are the word for daily paper in their languages).
   */
  static final Set<String> GENERIC =
      Lexicon.union(
          LanguagePack.english().set("generic-name-words.txt"),
          LanguagePack.english().category("outlets.tsv", 2, "generic"));

  static final Set<String> PRONOUNS = Lexicon.pronouns(LanguagePack.english());

  /**
   * The common words names of bodies and places are made of, in each bundled language, by the
   * English word they translate ({@code lang/<code>/name-words.tsv}), folded: "estado" and "staat"
   * are "state", "rivière" is "river".
   */
  private static final Map<String, String> NAME_WORDS =
      foldedValues(LanguagePack.everyLanguagePairs("name-words.tsv", NameFold::fold));

  /**
   * A folded word of a name as the linker keys it: a common word of names of bodies and places in
   * its English form ("estado" → "state", "islamique" → "islamic"), any other word as it is. So
   * "Estado Velmorano" and "Velmorano State", or "rivière Ostrand" and "Ostrand River", have the
   * same words.
   */
  static String nameWord(String folded) {
    return NAME_WORDS.getOrDefault(folded, folded);
  }

  /**
   * The common words of names of bodies and places, in every bundled language and in English,
   * folded ("riviere", "pont", "river"): a word that says what kind of body or place a name is.
   */
  private static final Set<String> KIND_WORDS = kindWords(NAME_WORDS);

  /**
   * Whether a folded word is a common word of names of bodies and places ({@code
   * lang/<code>/name-words.tsv}, or the English word one translates): "rivière" in "rivière
   * Ostrand", "state" in "Estado Velmorano". A name made with one is a body's or a place's, not a
   * person's.
   */
  static boolean kindWord(String folded) {
    return KIND_WORDS.contains(folded);
  }

  private static Set<String> kindWords(Map<String, String> nameWords) {
    Set<String> out = new java.util.HashSet<>(nameWords.keySet());
    out.addAll(nameWords.values());
    return Set.copyOf(out);
  }

  private static Map<String, String> foldedValues(Map<String, String> m) {
    Map<String, String> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, NameFold.fold(v)));
    return Map.copyOf(out);
  }

  /** Words that only join the words of a name and are skipped in its initials. */
  static final Set<String> JOINERS = LanguagePack.english().set("name-joiners.txt");

  /**
   * Case endings names take in the bundled languages ({@code lang/<code>/name-endings.txt}: Russian
   * "-ом", German genitive "-s"…), romanised as names are, longest first: a word that is a name of
   * the story plus one of them is that name inflected.
   */
  static final List<String> ENDINGS =
      LanguagePack.everyLanguage("name-endings.txt").stream()
          .map(NameFold::spelling)
          .filter(e -> !e.isEmpty())
          .distinct()
          .sorted(java.util.Comparator.comparingInt(String::length).reversed())
          .toList();

  /** A name's stem keeps at least this many letters once an ending is set aside. */
  static final int MIN_STEM = 4;

  private static final Pattern PAREN = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern ACRONYM =
      Pattern.compile("(?:[A-Z]\\.?){2,8}|[A-Z][A-Za-z]?[A-Z]{1,6}s?");
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");

  /**
   * Lower case without diacritics; typographic apostrophes become plain ones ({@link NameFold}).
   */
  static String fold(String s) {
    return NameFold.fold(s);
  }

  /** The words of {@code s} as written (letters, digits, inner apostrophes and hyphens). */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      String w = m.group();
      // A possessive is not part of the name: "Ri's" is Ri.
      for (String ending : POSSESSIVES) {
        if (w.endsWith(ending)) {
          w = w.substring(0, w.length() - ending.length());
          break;
        }
      }
      out.add(w);
    }
    return out;
  }

  /**
   * The part of {@code text} from the first of {@code words} to the last, as written ("U.S.
   * Geological Survey", "Velmora Holdings, Inc."), the period of an abbreviation that ends it kept
   * and spaces made single; the words joined by spaces where they cannot be found in order or a
   * parenthetical lies between them.
   */
  static String asWritten(String text, List<String> words) {
    String joined = String.join(" ", words);
    if (words.isEmpty()) {
      return joined;
    }
    int start = wordAt(text, words.get(0), 0);
    int at = start;
    for (String w : words) {
      at = at < 0 ? -1 : wordAt(text, w, at);
      at = at < 0 ? -1 : at + w.length();
    }
    if (start < 0 || at < 0) {
      return joined;
    }
    if (at < text.length()
        && text.charAt(at) == '.'
        && (at + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 1)))) {
      at++;
    }
    String out = SPACE_RUN.matcher(text.substring(start, at)).replaceAll(" ");
    return out.indexOf('(') >= 0 || out.indexOf(')') >= 0 ? joined : out;
  }

  /** Where {@code word} starts in {@code text} at or after {@code from}, as a whole word; or -1. */
  private static int wordAt(String text, String word, int from) {
    for (int i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
      boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      int end = i + word.length();
      boolean after =
          end == text.length()
              || !Character.isLetterOrDigit(text.charAt(end))
              || POSSESSIVES.stream().anyMatch(p -> text.startsWith(p, end));
      if (before && after) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A word's consonants as the cross-script keys read them ({@link NameFold#keyLetters}), doubled
   * ones single, with no cut: for scripts that leave vowels out or add their own ("Kestrava" and
   * "ケストラヴァ" are both kstrv).
   */
  static String consonants(String word) {
    return consonantsOf(NameFold.keyLetters(word));
  }

  /**
   * A Latin name's consonants as {@link #consonants} reads a katakana word, once its letters are
   * written as katakana writes them ({@link NameFold#keyLettersAsKana}): "Velmore" has vrmr as the
   * keys read it, and vrm as ヴェルモア has.
   */
  static String kanaConsonants(String latinWord) {
    return consonantsOf(NameFold.keyLettersAsKana(latinWord));
  }

  private static String consonantsOf(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("aeiouy".indexOf(c) < 0 && (b.length() == 0 || b.charAt(b.length() - 1) != c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The text without a parenthetical such as "(SBU)". */
  static String withoutParenthetical(String s) {
    return SPACE_RUN.matcher(PAREN.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
  }

  /** The acronym introduced in parentheses inside {@code s} ("… of Ukraine (SBU)"), if any. */
  static Optional<String> parentheticalAcronym(String s) {
    Matcher m = PAREN.matcher(s);
    while (m.find()) {
      String inner = m.group(1).strip();
      if (isAcronym(inner)) {
        return Optional.of(acronymKey(inner));
      }
    }
    return Optional.empty();
  }

  /** "SBU", "U.S.", "GUR", "NATO": two to eight capitals, dots allowed. */
  static boolean isAcronym(String s) {
    String t = s.strip();
    return t.length() >= 2
        && ACRONYM.matcher(t).matches()
        && t.chars().filter(Character::isUpperCase).count() >= 2;
  }

  /** An acronym's comparable form: capitals only, a plural s dropped ("NGOs" is NGO). */
  static String acronymKey(String s) {
    String t = s.strip().replace(".", "");
    if (t.endsWith("s") && t.length() > 2) {
      t = t.substring(0, t.length() - 1);
    }
    return t.toUpperCase(Locale.ROOT);
  }

  /**
   * Initials of a multi-word name, skipping joining words: "Security Service of Ukraine" is SSU.
   */
  static String initials(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (!JOINERS.contains(fold(w)) && !w.isEmpty()) {
        b.append(Character.toUpperCase(fold(w).charAt(0)));
      }
    }
    return b.toString();
  }

  /**
   * One acronym's letters as sounds, so that transliterations agree: Г is written G or H (GUR /
   * HUR), К as K or C, В as V or B, И/Й as I or Y.
   */
  static String acronymSound(String acronym) {
    StringBuilder b = new StringBuilder();
    for (char c : acronym.toCharArray()) {
      b.append(
          switch (c) {
            case 'H' -> 'G';
            case 'C', 'Q' -> 'K';
            case 'B', 'W' -> 'V';
            case 'Y', 'J' -> 'I';
            default -> c;
          });
    }
    return b.toString();
  }

  /**
   * A word's romanisation-neutral spelling, by the one name normalisation ({@link
   * NameFold#spelling}): "Brenitsa", "Brenica" and "Бреница" all come out "brenika".
   */
  static String roman(String word) {
    return NameFold.spelling(word);
  }

  /**
   * A lone word with the word-start rules applied ({@link NameFold#wordStart}): the initials one
   * romanisation voices and another does not ("Kim" / "Gim"). Only for one-word names compared on
   * their own; a linked name keeps its initial, so that words of longer names do not meet by their
   * first letter alone.
   */
  static String wordStartFolded(String word) {
    return NameFold.wordStart(word);
  }

  static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** The consonants of a romanised word, in order. */
  static String skeleton(String roman) {
    StringBuilder b = new StringBuilder();
    for (char c : roman.toCharArray()) {
      if (!isVowel(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Whether two words are spellings of one name: equal romanised forms, or the same consonants with
   * at most a few vowels changed, added or dropped (Tuva / Tyva, Paek / Paik, Kiev / Kyiv).
   */
  static boolean variants(String a, String b, LinkOptions o) {
    return romanVariants(roman(a), roman(b), o);
  }

  /**
   * {@link #variants} on words already passed through {@link #roman}, also when one of them carries
   * a case ending ({@link #ENDINGS}) the other does not: "Ostrandom", "Ostrands" and "Ostrand".
   */
  static boolean romanVariants(String ra, String rb, LinkOptions o) {
    if (spellingVariants(ra, rb, o)) {
      return true;
    }
    String longer = ra.length() >= rb.length() ? ra : rb;
    String shorter = longer == ra ? rb : ra;
    for (String stem : stems(longer)) {
      if (stem.length() >= shorter.length() - 1 && spellingVariants(stem, shorter, o)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The romanised word without each case ending it may carry, keeping {@link #MIN_STEM} letters.
   */
  static List<String> stems(String roman) {
    List<String> out = new ArrayList<>();
    for (String e : ENDINGS) {
      if (roman.length() - e.length() >= MIN_STEM && roman.endsWith(e)) {
        out.add(roman.substring(0, roman.length() - e.length()));
      }
    }
    return out;
  }

  private static boolean spellingVariants(String ra, String rb, LinkOptions o) {
    if (ra.equals(rb)) {
      return !ra.isEmpty();
    }
    int longer = Math.max(ra.length(), rb.length());
    if (longer < o.minVariantLength()
        || !skeleton(ra).equals(skeleton(rb))
        || skeleton(ra).isEmpty()) {
      return false;
    }
    if (ra.charAt(0) != rb.charAt(0) && !(isVowel(ra.charAt(0)) && isVowel(rb.charAt(0)))) {
      return false;
    }
    int allowed = longer >= o.longWordLength() ? o.maxVowelEditsLong() : o.maxVowelEditsShort();
    return editDistance(ra, rb) <= allowed;
  }

  /**
   * A name long enough for a typo to be told from another name: at least this many letters in all.
   * "Roland Bulter" (12) is "Roland Butler" mistyped; "Ned Sehgal" (9) may be another man.
   */
  static final int TYPO_MIN_LETTERS = 12;

  /** The mistyped word keeps at least this many letters: a short word has too few to judge by. */
  static final int TYPO_MIN_WORD = 5;

  /**
   * Where two names of the same words differ by one typo: every word but one spelt alike ({@link
   * #roman}), and that one a letter added, dropped, changed or two swapped ("Dorlian" / "Dorian",
   * "Butler" / "Bulter"), keeping its first letter. Only for long names ({@value #TYPO_MIN_LETTERS}
   * letters, {@value #TYPO_MIN_WORD} in the word): in a short one a letter more or less makes
   * another name. The index of the word, or empty.
   */
  static Optional<Integer> typoWord(List<String> a, List<String> b) {
    if (a.size() != b.size() || a.size() < 2) {
      return Optional.empty();
    }
    int at = -1;
    int letters = 0;
    for (int k = 0; k < a.size(); k++) {
      String ra = roman(a.get(k));
      String rb = roman(b.get(k));
      letters += Math.min(ra.length(), rb.length());
      if (!ra.equals(rb)) {
        if (at >= 0) {
          return Optional.empty();
        }
        at = k;
      }
    }
    if (at < 0 || letters < TYPO_MIN_LETTERS) {
      return Optional.empty();
    }
    return typo(a.get(at), b.get(at)) ? Optional.of(at) : Optional.empty();
  }

  /**
   * Whether two words of {@value #TYPO_MIN_WORD} letters or more are one word with a typo: a letter
   * added, dropped, changed, or two swapped, the first letter kept. For words of long names only
   * ({@link #typoWord}).
   */
  static boolean typo(String a, String b) {
    String ra = roman(a);
    String rb = roman(b);
    return Math.max(ra.length(), rb.length()) >= TYPO_MIN_WORD
        && Math.min(ra.length(), rb.length()) > 0
        && ra.charAt(0) == rb.charAt(0)
        && typoDistance(ra, rb) <= 1;
  }

  /** The letters of a name's words, romanised: how long a name is for {@link #typoWord}. */
  static int letters(List<String> words) {
    int n = 0;
    for (String w : words) {
      n += roman(w).length();
    }
    return n;
  }

  /**
   * Edits between two words where two letters swapped count as one (the optimal string alignment
   * distance): a typo is one slip of the hand.
   */
  static int typoDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
