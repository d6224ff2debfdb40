package io.corroborate.extract;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.EntityMention;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.Token;
import io.corroborate.annotate.quantity.QuantityMention;
import io.corroborate.annotate.quantity.QuantityTagger;
import io.corroborate.annotate.time.MonthDates;
import io.corroborate.annotate.time.TimeMention;
import io.corroborate.annotate.time.TimeTagger;
import io.corroborate.lang.Abbreviations;
import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import io.corroborate.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language layer without a model: sentences split at end punctuation and line breaks, word
 * tokens, the core's own time and quantity taggers, and capitalised names as entities. It is rough
 * but fast and deterministic, for tests and for scoring the extractor's rules apart from the
 * named-entity model.
 *
 * <pre>
 * {@code Annotation a = PlainLayer.annotate("Petra Valinska said 40 homes were flooded.", Optional.empty());}
 * </pre>
 */
public final class PlainLayer {
  private static final TimeTagger TIMES = new TimeTagger();
  private static final QuantityTagger QUANTITIES = new QuantityTagger();
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.,\\u00A0][\\p{L}\\p{N}]+)*|\\S");

  /** Abbreviations whose period does not end an English sentence. */
  private static final Set<String> ABBREVIATIONS =
      Lexicon.union(
          LanguagePack.english().set("abbreviations.txt"),
          Lexicon.monthWords(LanguagePack.english(), true));

  /** Capitalised words that start sentences without naming anything. */
  private static final Set<String> FUNCTION = LanguagePack.english().set("function-words.txt");

  /** Words that join the capitalised words of one name ("Bank of Velmora", "Velmora's Senate"). */
  private static final Set<String> NAME_INNER =
      Lexicon.union(
          LanguagePack.english().category("partitive-words.tsv", "preposition"),
          LanguagePack.english().set("possessive-endings.txt"));

  private static final Set<String> ORG_HEADS = LanguagePack.english().set("organisation-heads.txt");
  private static final Set<String> PLACE_PREPOSITIONS =
      LanguagePack.english().set("place-prepositions.txt");

  private PlainLayer() {}

  /** Annotates English {@code text}, resolving relative times against {@code anchor}. */
  public static Annotation annotate(String text, Optional<LocalDate> anchor) {
    return annotate(text, anchor, LanguagePack.FALLBACK);
  }

  /**
   * Annotates {@code text} of {@code language} (an ISO 639-1 code): a period after one of the
   * language's own abbreviations ({@link Abbreviations}: "z.B.", "Mio.", "тыс.") ends no sentence;
   * English's list serves English and a language the product has no folder for.
   */
  public static Annotation annotate(String text, Optional<LocalDate> anchor, String language) {
    Set<String> abbreviations =
        language == null
                || language.equals(LanguagePack.FALLBACK)
                || !LanguagePack.bundledCodes().contains(language)
            ? ABBREVIATIONS
            : Abbreviations.of(language);
    Optional<Pattern> ordinalMonths = Abbreviations.ordinalMonths(language);
    // 1. Tokens, then sentences as runs of tokens closed by end punctuation or a line break.
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String w = m.group();
      tokens.add(new Token(new Span(m.start(), m.end()), w, pos(w), w.toLowerCase(Locale.ROOT)));
    }
    List<Sentence> sentences = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (endsSentence(text, tokens, i, abbreviations)
          && !ordinalBeforeMonth(text, tokens, i, ordinalMonths)) {
        sentences.add(sentence(sentences.size(), tokens, first, i + 1));
        first = i + 1;
      }
    }
    if (first < tokens.size()) {
      sentences.add(sentence(sentences.size(), tokens, first, tokens.size()));
    }
    // 2. Times, then quantities outside them.
    List<TimeMention> times = withOwnDates(TIMES.find(text, anchor), text, anchor, language);
    List<QuantityMention> quantities =
        QUANTITIES.find(text, times.stream().map(TimeMention::span).toList());
    // 3. Capitalised names inside each sentence, away from times.
    List<EntityMention> entities = new ArrayList<>();
    for (Sentence s : sentences) {
      names(text, tokens, s, times, entities);
    }
    return new Annotation(text, anchor, sentences, tokens, entities, times, quantities);
  }

  /**
   * The English tagger's times with the dates the language writes its own way ("2026年3月5日", "星期四",
   * "昨天", read by {@link MonthDates}): where one of those covers more of the text than an English
   * time it overlaps ("2026" of "2026年3月5日"), it replaces it.
   */
  private static List<TimeMention> withOwnDates(
      List<TimeMention> english, String text, Optional<LocalDate> anchor, String language) {
    if (language == null || language.equals(LanguagePack.FALLBACK)) {
      return english;
    }
    Optional<MonthDates> own = MonthDates.of(language);
    if (own.isEmpty()) {
      return english;
    }
    List<TimeMention> found = own.get().find(text, new Span(0, text.length()), anchor);
    if (found.isEmpty()) {
      return english;
    }
    List<TimeMention> out = new ArrayList<>();
    for (TimeMention e : english) {
      boolean covered =
          found.stream().anyMatch(f -> overlap(f.span(), e.span()) && longer(f.span(), e.span()));
      if (!covered) {
        out.add(e);
      }
    }
    for (TimeMention f : found) {
      if (out.stream().noneMatch(e -> overlap(e.span(), f.span()))) {
        out.add(f);
      }
    }
    out.sort(Comparator.comparingInt((TimeMention t) -> t.span().start()));
    return List.copyOf(out);
  }

  private static boolean overlap(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static boolean longer(Span a, Span b) {
    return a.end() - a.start() > b.end() - b.start();
  }

  private static String pos(String w) {
    char c = w.charAt(0);
    if (Character.isDigit(c)) {
      return "CD";
    }
    if (Character.isUpperCase(c)) {
      return "NNP";
    }
    return Character.isLetter(c) ? "NN" : w;
  }

  private static Sentence sentence(int index, List<Token> tokens, int first, int end) {
    return new Sentence(
        index,
        new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end()),
        first,
        end);
  }

  private static boolean endsSentence(
      String text, List<Token> tokens, int i, Set<String> abbreviations) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    Token next = tokens.get(i + 1);
    String gap = text.substring(t.span().end(), next.span().start());
    if (gap.contains("\n")) {
      return true;
    }
    String w = t.word();
    // Scripts written without spaces end a sentence with a full-width mark and go straight on
    // ("…发生爆炸。当局已疏散…"): the mark ends it whatever follows, after the closing quotes or
    // brackets right behind it ("…为止。」约1.2万…").
    if (isFullStop(w) || isFullWidthCloser(w) && i > 0 && closedAfterStop(tokens, i)) {
      return !isFullWidthCloser(next.word());
    }
    boolean closer = w.equals("\"") || w.equals("”") || w.equals("’") || w.equals(")");
    if (closer && i > 0 && isEnd(tokens.get(i - 1).word()) && !gap.isEmpty()) {
      return startsSentence(next.word());
    }
    if (!isEnd(w) || gap.isEmpty()) {
      return false;
    }
    if (next.word().equals("\"") || next.word().equals("”") || next.word().equals("’")) {
      // A closing quote right after the period belongs to this sentence.
      return false;
    }
    if (w.equals(".")
        && i > 0
        && abbreviations.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return startsSentence(next.word());
  }

  /** Whether token {@code i} is the dot of a day written as an ordinal before a month's name. */
  private static boolean ordinalBeforeMonth(
      String text, List<Token> tokens, int i, Optional<Pattern> months) {
    if (months.isEmpty() || i == 0 || i + 1 >= tokens.size()) {
      return false;
    }
    return tokens.get(i).word().equals(".")
        && tokens.get(i - 1).word().matches("\\d{1,2}")
        && tokens.get(i - 1).span().end() == tokens.get(i).span().start()
        && months
            .get()
            .matcher(text)
            .region(tokens.get(i + 1).span().start(), text.length())
            .lookingAt();
  }

  /** The marks that end a sentence in Chinese and Japanese, which need no space after them. */
  private static final String FULL_STOPS = "。！？｡";

  /** The closing quotes and brackets that may stand right after a full-width sentence end. */
  private static final String FULL_WIDTH_CLOSERS = "」』”）】〉》";

  private static boolean isFullStop(String w) {
    return w.length() == 1 && FULL_STOPS.indexOf(w.charAt(0)) >= 0;
  }

  private static boolean isFullWidthCloser(String w) {
    return w.length() == 1 && FULL_WIDTH_CLOSERS.indexOf(w.charAt(0)) >= 0;
  }

  /** Whether the closers that end at token {@code i} stand right after a full-width stop. */
  private static boolean closedAfterStop(List<Token> tokens, int i) {
    int k = i;
    while (k > 0 && isFullWidthCloser(tokens.get(k).word())) {
      k--;
    }
    return isFullStop(tokens.get(k).word());
  }

  private static boolean isEnd(String w) {
    return w.equals(".") || w.equals("!") || w.equals("?");
  }

  private static boolean startsSentence(String w) {
    char c = w.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘';
  }

  private static void names(
      String text,
      List<Token> tokens,
      Sentence s,
      List<TimeMention> times,
      List<EntityMention> out) {
    int i = s.firstToken();
    while (i < s.endToken()) {
      if (!capitalised(tokens.get(i))
          || inTime(tokens.get(i).span(), times)
          || (i == s.firstToken()
              && FUNCTION.contains(tokens.get(i).word().toLowerCase(Locale.ROOT)))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < s.endToken()) {
        Token t = tokens.get(end);
        if (capitalised(t)
            && !inTime(t.span(), times)
            && !FUNCTION.contains(t.word().toLowerCase(Locale.ROOT))) {
          end++;
        } else if (NAME_INNER.contains(t.word())
            && end + 1 < s.endToken()
            && capitalised(tokens.get(end + 1))) {
          end += 2;
        } else {
          break;
        }
      }
      Span span = new Span(tokens.get(i).span().start(), tokens.get(end - 1).span().end());
      String name = span.of(text);
      out.add(new EntityMention(span, type(tokens, i, end, s), name));
      i = end;
    }
  }

  private static boolean capitalised(Token t) {
    return Character.isUpperCase(t.word().charAt(0)) && Character.isLetter(t.word().charAt(0));
  }

  private static boolean inTime(Span span, List<TimeMention> times) {
    for (TimeMention t : times) {
      if (t.span().start() < span.end() && span.start() < t.span().end()) {
        return true;
      }
    }
    return false;
  }

  private static EntityType type(List<Token> tokens, int first, int end, Sentence s) {
    String last = tokens.get(end - 1).word().toLowerCase(Locale.ROOT);
    String word = tokens.get(first).word();
    if (ORG_HEADS.contains(last)
        || (end - first == 1 && word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)))) {
      return EntityType.ORGANIZATION;
    }
    if (end < s.endToken()
        && Character.isLowerCase(tokens.get(end).word().charAt(0))
        && (last.endsWith("an") || last.endsWith("ese") || last.endsWith("ish"))) {
      return EntityType.NATIONALITY;
    }
    if (first > s.firstToken()
        && PLACE_PREPOSITIONS.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT))) {
      return EntityType.LOCATION;
    }
    return end - first >= 2 ? EntityType.PERSON : EntityType.MISC;
  }
}
