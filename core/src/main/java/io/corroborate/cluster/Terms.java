package io.corroborate.cluster;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.EntityMention;
import io.corroborate.annotate.EntityType;
import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import io.corroborate.lang.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word and entity features of texts, shared by the clusterer and the copy detector. */
final class Terms {
  // At most eight words a name: longer runs of capitalised words are headlines or junk, and an
  // unbounded repetition recurses once per word (a page of 2,000 capitalised words overflowed).
  private static final Pattern PROPER =
      Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:of\\s+|de\\s+)?\\p{Lu}[\\p{L}'’-]+){0,7}");

  private static final Pattern CAPITALISED =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}{3,}");

  /** Function words and newsroom filler that say nothing about which event a text is on. */
  static final Set<String> STOP =
      Lexicon.union(
          LanguagePack.english().set("cluster-stopwords.txt"),
          Lexicon.weekdays(LanguagePack.english()).keySet());

  private Terms() {}

  /**
   * Lower-case content words of {@code text} in {@code language}, in order: the newsroom words of
   * {@link #STOP}, the language's function words and single letters dropped. Text written without
   * spaces is split into its dictionary words (see {@link Words}), so that a report in Japanese or
   * Chinese is compared by its words like one in any other language.
   */
  static List<String> words(String text, String language) {
    List<String> out = new ArrayList<>();
    for (Words.Word w : Words.of(text)) {
      content(w, language).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The content word {@code w} stands for in {@code language}, lower case and stemmed; empty for a
   * function word, a newsroom word, a single letter, or a word written in hiragana alone (the
   * endings and particles of Japanese: "した", "の", "から"; its content words are written in kanji or
   * katakana). A single character written in Han is a word ("橋", "船").
   */
  static Optional<String> content(Words.Word w, String language) {
    String t = w.text();
    if (w.unspaced()) {
      if (t.codePoints().allMatch(Terms::kana)
          || t.codePointCount(0, t.length()) < 2 && !Character.isIdeographic(t.codePointAt(0))) {
        return Optional.empty();
      }
      return StopWords.contains(language, t) ? Optional.empty() : Optional.of(t);
    }
    String lower = t.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (lower.endsWith("'s")) {
      lower = lower.substring(0, lower.length() - 2);
    }
    if (lower.length() < 2 || STOP.contains(lower) || StopWords.contains(language, lower)) {
      return Optional.empty();
    }
    return Optional.of(stem(lower));
  }

  private static boolean kana(int c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HIRAGANA || c == 'ー';
  }

  /** A light plural and inflection folding so that "floods" and "flooded" meet "flood". */
  static String stem(String w) {
    if (w.length() > 5 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 5 && (w.endsWith("ing") || w.endsWith("ed"))) {
      return w.substring(0, w.length() - (w.endsWith("ing") ? 3 : 2));
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /**
   * All words of {@code text} in lower case, stop words kept: the material of shingles. Text
   * written without spaces gives its dictionary words, so that a copy with one word changed still
   * shares most of its shingles.
   */
  static List<String> allWords(String text) {
    List<String> out = new ArrayList<>();
    for (Words.Word w : Words.of(text)) {
      out.add(w.text().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * Entity keys of a text in {@code language}, with counts and a display name each: from the
   * annotation when there is one, otherwise runs of capitalised words (a sentence opener only when
   * it has several words). A run that opens with the language's function words ("Les", "Die Zahl")
   * loses them, and one made of them only is no name.
   */
  static Map<String, Double> entities(
      String text, String language, Optional<Annotation> annotation, Map<String, String> display) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (annotation.isPresent() && !annotation.get().entities().isEmpty()) {
      for (EntityMention e : annotation.get().entities()) {
        if (e.type() == EntityType.NATIONALITY) {
          continue; // "American" says little about which event
        }
        put(out, display, e.text());
      }
      return out;
    }
    Matcher m = PROPER.matcher(text);
    while (m.find()) {
      int s = m.start();
      int p = s - 1;
      while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
        p--;
      }
      boolean opener = p < 0 || ".!?\"“:\n".indexOf(text.charAt(p)) >= 0;
      if (opener && m.group().indexOf(' ') < 0) {
        continue; // a sentence opener is capitalised anyway: only a name of several words counts
      }
      String name = dropLeadingFunctionWords(m.group(), language);
      if (name.isEmpty()) {
        continue;
      }
      put(out, display, name);
    }
    return out;
  }

  /**
   * The capitalised words of {@code text} that are not function words of {@code language}: in a
   * language with case they hold its names ("Türkei", "Moskau"), whatever a named-entity tagger for
   * another language makes of them; the common nouns German capitalises come along and weigh
   * little, since they match no name of another language.
   */
  static List<String> capitalised(String text, String language) {
    List<String> out = new ArrayList<>();
    Matcher m = CAPITALISED.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (!STOP.contains(w) && !StopWords.contains(language, w)) {
        out.add(m.group());
      }
    }
    return out;
  }

  private static String dropLeadingFunctionWords(String name, String language) {
    String n = name;
    while (!n.isEmpty()) {
      int sp = n.indexOf(' ');
      String first = (sp < 0 ? n : n.substring(0, sp)).toLowerCase(Locale.ROOT);
      if (!STOP.contains(first) && !StopWords.contains(language, first)) {
        break;
      }
      n = sp < 0 ? "" : n.substring(sp + 1).strip();
    }
    return n;
  }

  private static void put(Map<String, Double> out, Map<String, String> display, String name) {
    String key = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (key.startsWith("the ")) {
      key = key.substring(4);
    }
    if (key.length() < 2 || STOP.contains(key)) {
      return;
    }
    out.merge(key, 1.0, Double::sum);
    display.putIfAbsent(key, name.strip().replaceAll("\\s+", " "));
  }
}
