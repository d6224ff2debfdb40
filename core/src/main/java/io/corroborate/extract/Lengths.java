package io.corroborate.extract;

import io.corroborate.annotate.quantity.QuantityMention;
import io.corroborate.lang.LanguagePack;
import io.corroborate.model.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a figure of English text as the size of a thing: "a 240-foot ferry", "the 1.2 mile
 * causeway", "a 3.1km-long causeway", "40 feet deep", "a depth of about 6 miles". Units, their
 * metres and the words that say which size it is are data ({@code length-units.tsv}, {@code
 * size-words.tsv}).
 *
 * <pre>{@code
 * Optional<Lengths.Reading> r = Lengths.at(text, quantity, sentence);
 * }</pre>
 *
 * <p>A figure with a unit of length but no word that says which size it is and no noun it sizes
 * ("about 20 miles east of the city") is a distance, and is not read.
 */
final class Lengths {
  /**
   * A length read at a figure.
   *
   * @param unit the unit a claim carries: "feet", "kilometers"
   * @param metres metres in one unit
   * @param measure which size: length, depth, width, height
   * @param noun where the noun sized begins, when the length stands before it ("the 1.2 mile
   *     bridge")
   * @param of the noun the length is "of" ("a lane of about 300 feet wide")
   * @param namedBefore whether a size noun before named the measure ("a depth of …")
   * @param end where the words of the length (unit, size word) end
   */
  record Reading(
      String unit,
      double metres,
      String measure,
      Optional<Span> noun,
      Optional<Span> of,
      boolean namedBefore,
      int end) {}

  private static final List<List<String>> UNITS = LanguagePack.english().rows("length-units.tsv");
  private static final Map<String, String> UNIT_OF = new HashMap<>();
  private static final Map<String, Double> METRES = new HashMap<>();
  private static final Map<String, String> FORM = new HashMap<>();

  static {
    for (List<String> row : UNITS) {
      UNIT_OF.put(row.get(0), row.get(1));
      METRES.put(row.get(0), Double.parseDouble(row.get(2)));
      FORM.put(row.get(0), row.get(3));
      // The unit's own name, as the quantity tagger normalises it ("kilometres" → "kilometers").
      UNIT_OF.putIfAbsent(row.get(1), row.get(1));
      METRES.putIfAbsent(row.get(1), Double.parseDouble(row.get(2)));
      FORM.putIfAbsent(row.get(1), "plural");
    }
  }

  private static final Map<String, String> SIZE_AFTER =
      wordsWhere(LanguagePack.english().category("size-words.tsv", 2, "after"));
  private static final Map<String, String> SIZE_BEFORE =
      wordsWhere(LanguagePack.english().category("size-words.tsv", 2, "before"));

  private static Map<String, String> wordsWhere(List<String> words) {
    Map<String, String> all = LanguagePack.english().pairs("size-words.tsv");
    Map<String, String> out = new HashMap<>();
    words.forEach(w -> out.put(w, all.get(w)));
    return Map.copyOf(out);
  }

  /** Every unit of length the language files list, its words spaced in any way. */
  private static final String UNIT_WORDS =
      LanguagePack.alternationOf(UNIT_OF.keySet(), "[ \\u00A0]+");

  /** A unit of length right after a figure, glued by a hyphen or after spaces. */
  private static final Pattern UNIT_AFTER =
      Pattern.compile("\\G(-|[ \\u00A0]+)?(" + UNIT_WORDS + ")(?![\\p{L}\\d])");

  /** The unit the quantity tagger kept at the end of a figure ("3.1km", "6 miles"). */
  private static final Pattern UNIT_AT_END =
      Pattern.compile("[\\d\\p{L}](-|[ \\u00A0]+)?(" + UNIT_WORDS + ")$");

  private static final Pattern SIZE_WORD_AFTER =
      Pattern.compile(
          "\\G(?:-|[ \\u00A0]+)("
              + LanguagePack.alternationOf(SIZE_AFTER.keySet(), " ")
              + ")(?![\\p{L}-])");

  /** The partitive preposition ("a width of", "a lane of"), as partitive-words.tsv gives it. */
  private static final String OF =
      "(?:"
          + LanguagePack.english().alternation("partitive-words.tsv", "preposition", "\\s+")
          + ")";

  private static final Pattern SIZE_NOUN_BEFORE =
      Pattern.compile(
          "(?i)\\b("
              + LanguagePack.alternationOf(SIZE_BEFORE.keySet(), " ")
              + ")\\s+"
              + OF
              + "\\s+$");

  /** "a lane of about 300 feet wide": the noun a predicative length is of. */
  private static final Pattern NOUN_OF_BEFORE =
      Pattern.compile("\\b(\\p{L}{3,})\\s+" + OF + "\\s+$");

  /** A noun right after a length, past a comma between adjectives ("3.1km-long, two-lane"). */
  private static final Pattern NOUN_NEXT = Pattern.compile("\\G,?[ \\u00A0]+\\p{L}");

  private Lengths() {}

  /** A unit of length written at a figure, and where its word ends. */
  record Unit(String word, String unit, double metres, boolean hyphen, int end) {
    /** Whether the unit is metric: metres in it are a power of ten. */
    boolean metric() {
      double e = Math.log10(metres);
      return Math.abs(e - Math.rint(e)) < 1e-9;
    }
  }

  /** The unit of length a figure is written in, if it is written in one. */
  static Optional<Unit> unit(String text, QuantityMention q, Span sentence) {
    String word;
    String joint;
    int end;
    if (q.unit().isPresent()) {
      Matcher m = UNIT_AT_END.matcher(q.text());
      if (!m.find()) {
        return Optional.empty();
      }
      word = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      joint = m.group(1) == null ? "" : m.group(1);
      end = q.span().end();
    } else {
      Matcher m = UNIT_AFTER.matcher(text);
      m.region(q.span().end(), Math.max(q.span().end(), sentence.end()));
      if (!m.lookingAt()) {
        return Optional.empty();
      }
      word = m.group(2).replaceAll("\\s+", " ");
      joint = m.group(1) == null ? "" : m.group(1);
      end = m.end();
    }
    String unit = UNIT_OF.get(word);
    return unit == null
        ? Optional.empty()
        : Optional.of(new Unit(word, unit, METRES.get(word), joint.equals("-"), end));
  }

  /** The length a figure states, if it states one: it needs a size word or a noun it sizes. */
  static Optional<Reading> at(String text, QuantityMention q, Span sentence) {
    Optional<Unit> u = unit(text, q, sentence);
    if (u.isEmpty()) {
      return Optional.empty();
    }
    String word = u.get().word();
    int end = u.get().end();
    String unit = u.get().unit();
    String form = FORM.get(word);
    // 1. A size word after the unit: "40 feet deep", "3.1km-long".
    String measure = null;
    Matcher after = SIZE_WORD_AFTER.matcher(text);
    after.region(end, sentence.end());
    if (after.lookingAt()) {
      measure = SIZE_AFTER.get(after.group(1));
      end = after.end();
    }
    // 2. A size noun the figure is of: "a depth of about 6 miles".
    String before =
        text.substring(Math.max(sentence.start(), q.span().start() - 40), q.span().start());
    int beforeAt = q.span().start() - before.length();
    Matcher sizeNoun = SIZE_NOUN_BEFORE.matcher(before);
    boolean namedBefore = false;
    if (measure == null && sizeNoun.find()) {
      measure = SIZE_BEFORE.get(sizeNoun.group(1).toLowerCase(Locale.ROOT));
      namedBefore = true;
    }
    // 3. A length before a noun is written in the singular or glued by a hyphen ("a 1.2 mile
    //    causeway", "a 240-foot ferry"); "20 miles east" is a distance.
    boolean attributive = u.get().hyphen() || !form.equals("plural") && !namedBefore;
    Optional<Span> noun = Optional.empty();
    Matcher next = NOUN_NEXT.matcher(text);
    next.region(end, sentence.end());
    if (attributive && next.lookingAt()) {
      // where the spaces before the noun begin, as subjectAfter reads it
      int at = next.end() - 2;
      noun = Optional.of(new Span(at, at));
    }
    if (form.equals("abbreviation") && measure == null) {
      return Optional.empty(); // "a 300 m" alone is as often a sum ("m" for million) as a length
    }
    if (measure == null && noun.isEmpty()) {
      return Optional.empty();
    }
    Optional<Span> of = Optional.empty();
    Matcher nounOf = NOUN_OF_BEFORE.matcher(before);
    if (!namedBefore && noun.isEmpty() && nounOf.find()) {
      of = Optional.of(new Span(beforeAt + nounOf.start(1), beforeAt + nounOf.end(1)));
    }
    return Optional.of(
        new Reading(
            unit,
            METRES.get(word),
            measure == null ? "length" : measure,
            noun,
            of,
            namedBefore,
            end));
  }

  /** Whether {@code unit} is the name of a unit of length a claim carries ("feet", "meters"). */
  static boolean isUnit(String unit) {
    return UNITS.stream().anyMatch(row -> row.get(1).equals(unit));
  }

  /** Whether two lengths are one length in two units, within {@code tolerance} as a share. */
  static boolean sameLength(
      Unit a, QuantityMention qa, Unit b, QuantityMention qb, double tolerance) {
    double x = qa.value() * a.metres();
    double y = qb.value() * b.metres();
    return x > 0 && y > 0 && Math.abs(x - y) <= tolerance * Math.max(x, y);
  }
}
