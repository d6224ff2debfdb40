package io.corroborate.extract;

import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import io.corroborate.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what one sentence asserts of a person beyond age and role: the unit served in, the
 * nationality, the place of origin, injuries and documents carried, a rank gained; and of a vessel,
 * the flag it sails under. Each comes with its value's words, the claim's words, whether it is
 * negated and where its subject is to be read. Pure text rules, like {@link Cues}; the extractor
 * resolves the subject and the attribution.
 *
 * <pre>{@code new Traits(ExtractOptions.defaults()).find("He had no documents.", 0)}</pre>
 */
final class Traits {
  /** Where a trait's subject stands. */
  enum Who {
    /** A name in apposition: "Ri, a sniper in …", "the second prisoner, Ri,". */
    NAME,
    /** The described noun itself: "an injured soldier was left behind". */
    NOUN,
    /** The subject of the clause that holds the span's start: "he was wounded". */
    CLAUSE,
    /** Whoever "his", "her" or "their" at the span's start refers to. */
    POSSESSOR
  }

  /**
   * One trait read from the sentence.
   *
   * @param value the value's words in the text
   * @param text the value as stored: the value's words without a negating "no"
   * @param claim the words the claim was read from, value included
   * @param who where the subject is read, with {@code whoSpan}
   * @param counted whether a number in the sentence may be what it describes ("2,700 have been
   *     wounded" is a count, not an injury of one person)
   */
  record Found(
      String measure,
      Span value,
      String text,
      Span claim,
      boolean negated,
      Who who,
      Span whoSpan,
      boolean counted) {}

  /** Words that never modify a noun inside a described phrase: they start another phrase. */
  private static final String FUNC =
      "(?:" + LanguagePack.english().alternation("trait-function-words.txt", "\\s+") + ")\\b";

  /** A lower-case word that may modify a noun. */
  private static final String MOD = "(?!" + FUNC + ")[a-z][\\p{L}-]*";

  /** Any word that may modify a noun, capitalised or numbered ones included: "94th", "Russian". */
  private static final String ANY_MOD = "(?!" + FUNC + ")[\\p{L}\\d][\\p{L}\\d'’.-]*";

  private static final String NAME = "[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){0,2}";

  /**
   * Adjectives of nationality. An invented country's adjective reads like a real one's
   * ("Varnesian", "Ostrelese"); a few words of the same shape are not nationalities.
   */
  static final String DEMONYM =
      "(?:(?:"
          + LanguagePack.english().alternation("nationalities.tsv", "prefix", "\\s+")
          + ")\\s+)?(?:"
          + LanguagePack.english().alternation("nationalities.tsv", "nationality", " ")
          + "|"
          + Lexicon.demonymShape(LanguagePack.english())
          + ")(?![\\p{L}])";

  /**
   * Singular nouns for one person. A noun after one makes it a modifier ("a Ukrainian prisoner
   * exchange", "the Russian official statement").
   */
  private static final String PERSON =
      "(?:"
          + LanguagePack.english().alternation("person-nouns.tsv", "person", " ")
          + ")(?![\\p{L}-])(?!\\s+(?:"
          + LanguagePack.english().alternation("person-nouns.tsv", "after", " ")
          + ")\\b)";

  /** "the", "a", "an", in lower case. */
  private static final String ARTICLE = LanguagePack.english().alternation("articles.tsv", " ");

  /** "the", "a", "an", "one": the determiners before the description of one person. */
  private static final Set<String> ONE_PERSON =
      Lexicon.union(
          LanguagePack.english().set("articles.tsv"),
          Lexicon.pronouns(LanguagePack.english(), Set.of("one"), Set.of()));

  /** "not", "never": a negation of the verb after it. */
  private static final String NEGATION =
      LanguagePack.english().alternation("negations.tsv", "adverb", " ");

  /** "no": a determiner that negates the noun after it. */
  private static final Set<String> NEGATING_DETERMINERS =
      Set.copyOf(LanguagePack.english().category("negations.tsv", "determiner"));

  private static final String NEGATING_DETERMINER =
      LanguagePack.alternationOf(NEGATING_DETERMINERS, " ");

  /** "any": stands where "no" would after a negated verb, and is left out of the value like it. */
  private static final Set<String> POLARITY_DETERMINERS =
      Set.copyOf(LanguagePack.english().category("negations.tsv", "polarity"));

  /** "without": a preposition that negates what it governs. */
  private static final Set<String> NEGATING_PREPOSITIONS =
      Set.copyOf(LanguagePack.english().category("negations.tsv", "preposition"));

  /** Adverbs of participle-adverbs.tsv written as endings ("seriously"), as a pattern. */
  private static final String ADVERB_BY_ENDING =
      "[a-z]+(?:"
          + LanguagePack.english().alternation("participle-adverbs.tsv", "ending", " ")
          + ")";

  /** An adverb between an auxiliary and its participle ("also", "seriously"), as a pattern. */
  private static final String PARTICIPLE_ADVERB =
      ADVERB_BY_ENDING
          + "|"
          + LanguagePack.english().alternation("participle-adverbs.tsv", "word", " ");

  /** "his", "her", "their": a possessive before its noun whose possessor is a person. */
  private static final Set<String> POSSESSIVES =
      Lexicon.pronouns(LanguagePack.english(), Set.of("personal", "plural"), Set.of("determiner"));

  private static final String UNIT_NOUN =
      "(?i:"
          + LanguagePack.alternationOf(LanguagePack.english().set("unit-nouns.tsv"), " ")
          + ")s?(?![\\p{L}-])";

  /** Unit nouns that name a unit without any name or number: "the reconnaissance bureau". */
  private static final Set<String> SPECIFIC_UNITS =
      Set.copyOf(LanguagePack.english().category("unit-nouns.tsv", "specific"));

  /** A unit: "the 94th Brigade", "the 84th Tactical Group of the Special Operations Forces". */
  private static final String UNIT =
      "(?<unit>(?:(?:"
          + ARTICLE
          + ")\\s+)?(?:"
          + ANY_MOD
          + "\\s+){0,5}?"
          + UNIT_NOUN
          + "(?:\\s+of\\s+(?:the\\s+)?[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){0,4})?)";

  /** The words of one kind of {@code injuries.tsv} as an alternation (no group of its own). */
  private static String injury(String kind) {
    return LanguagePack.alternationOf(LanguagePack.english().category("injuries.tsv", kind), " ");
  }

  private static final String BODY = "(?:" + injury("body") + ")(?![\\p{L}])";
  private static final String BODY_PART =
      "(?:(?:" + injury("body-determiner") + ")\\s+)?(?:(?:" + injury("side") + ")\\s+)?" + BODY;
  private static final String BODY_PHRASE =
      "(?:"
          + injury("body-preposition")
          + ")\\s+"
          + BODY_PART
          + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+)"
          + BODY_PART
          + ")*";

  private static final Pattern NATIONAL =
      Pattern.compile(
          "\\b(?:"
              + LanguagePack.alternationOf(
                  Lexicon.union(ONE_PERSON, LanguagePack.english().set("person-determiners.txt")),
                  Traits::eitherCaseFirst)
              + ")\\s+(?:(?:\\d{1,3}-year-old|"
              + MOD
              + ")\\s+){0,2}?(?<nat>"
              + DEMONYM
              + ")\\s+(?:"
              + MOD
              + "\\s+)??(?<noun>"
              + PERSON
              + ")");
  private static final Pattern CITIZEN_OF =
      Pattern.compile(
          "\\b(?:(?:"
              + ARTICLE
              + ")\\s+)?(?<noun>"
              + LanguagePack.english().alternation("citizen-nouns.txt", " ")
              + ")\\s+of\\s+"
              + "(?<nat>(?:the\\s+)?[A-Z][\\p{L}'’-]+(?:\\s+(?:of\\s+)?[A-Z][\\p{L}'’-]+){0,3})");
  private static final Pattern CITIZENSHIP =
      Pattern.compile(
          "\\b(?<verb>"
              + LanguagePack.english().alternation("citizenship-verbs.txt", " ")
              + ")\\s+"
              + "(?:(?<neg>"
              + NEGATING_DETERMINER
              + ")\\s+)?(?:(?:"
              + LanguagePack.english().alternation("citizenship-kinds.txt", " ")
              + ")\\s+)?(?<nat>"
              + DEMONYM
              + ")\\s+(?:"
              + LanguagePack.english().alternation("citizenship-nouns.txt", " ")
              + ")\\b");

  private static final String PLACE =
      "(?<place>(?:the\\s+)?[A-Z][\\p{L}'’-]+(?:\\s+(?:of\\s+)?[A-Z][\\p{L}'’-]+){0,3})";

  /**
   * "hails from Kaldor", "is originally from Maradin": the clause subject's origin. "Comes from" is
   * left out: water, orders and money come from places too.
   */
  private static final Pattern COMES_FROM =
      Pattern.compile(
          "\\b(?<neg>not\\s+)?(?:"
              + LanguagePack.english().alternation("origin-verbs.txt", "\\s+")
              + ")"
              + "\\s+from\\s+"
              + PLACE);

  /** "a native of Kaldor". */
  private static final Pattern NATIVE_OF =
      Pattern.compile(
          "\\b(?:(?:"
              + ARTICLE
              + ")\\s+)?(?<noun>"
              + LanguagePack.english().alternation("origin-nouns.txt", " ")
              + ")\\s+of\\s+"
              + PLACE);

  /** Serving in a unit; the clause's subject serves. */
  private static final Pattern SERVES_IN =
      Pattern.compile(
          "\\b(?<neg>(?:" + NEGATION + ")\\s+)?(?<verb>" + serviceVerbs() + ")\\s+" + UNIT);

  /**
   * The verbs of {@code service-verbs.tsv}, each group with the words that must follow it: "served
   * in", "assigned to", "joined".
   */
  private static String serviceVerbs() {
    java.util.Map<String, List<String>> byTail = new java.util.LinkedHashMap<>();
    for (List<String> row : LanguagePack.english().rows("service-verbs.tsv")) {
      byTail
          .computeIfAbsent(row.size() > 1 ? row.get(1) : "", k -> new ArrayList<>())
          .add(row.get(0));
    }
    List<String> parts = new ArrayList<>();
    byTail.forEach(
        (tail, verbs) -> {
          String v = LanguagePack.alternationOf(verbs, " ");
          parts.add(
              tail.isEmpty()
                  ? "(?:" + v + ")"
                  : "(?:"
                      + v
                      + ")\\s+(?:"
                      + LanguagePack.alternationOf(List.of(tail.split(",")), " ")
                      + ")");
        });
    return String.join("|", parts);
  }

  /** "a member of the 11th Airborne Corps", "a sniper in the reconnaissance bureau". */
  private static final Pattern MEMBER_OF =
      Pattern.compile(
          "\\b(?:(?:"
              + LanguagePack.alternationOf(ONE_PERSON, Traits::eitherCaseFirst)
              + ")\\s+)?(?:(?:"
              + LanguagePack.english().alternation("member-modifiers.txt", " ")
              + ")\\s+)?"
              + "(?<noun>"
              + LanguagePack.english().alternation("member-nouns.txt", " ")
              + "|"
              + PERSON
              + ")\\s+(?:"
              + LanguagePack.english().alternation("member-prepositions.txt", " ")
              + ")\\s+"
              + UNIT);

  /** "his unit, the 3rd battalion". */
  private static final Pattern HIS_UNIT =
      Pattern.compile(
          "\\b(?<pos>"
              + LanguagePack.alternationOf(POSSESSIVES, Traits::eitherCaseFirst)
              + ")\\s+(?:"
              + LanguagePack.english().alternation("unit-nouns.tsv", "possessed", " ")
              + ")\\s*(?:,|—|–|"
              + LanguagePack.english().alternation("unit-apposition-verbs.txt", " ")
              + ")\\s*"
              + UNIT);

  /** A word as a pattern whose first letter may stand in either case: "His" or "his". */
  private static String eitherCaseFirst(String word) {
    String first = word.substring(0, 1);
    return "(?:"
        + Pattern.quote(first.toUpperCase(Locale.ROOT))
        + "|"
        + Pattern.quote(first.toLowerCase(Locale.ROOT))
        + ")"
        + Pattern.quote(word.substring(1));
  }

  /** "was wounded in the jaw", "were not injured". */
  private static final Pattern WOUNDED =
      Pattern.compile(
          "\\b(?<aux>"
              + injury("aux")
              + ")\\s+(?:(?<neg>"
              + NEGATION
              + ")\\s+)?"
              + "(?:(?:"
              + PARTICIPLE_ADVERB
              + ")\\s+)?(?<v>"
              + injury("participle")
              + ")\\b(?:\\s+"
              + BODY_PHRASE
              + ")?");

  /** "…, wounded in both legs": a participle after a comma, with where. */
  private static final Pattern COMMA_WOUNDED =
      Pattern.compile(
          ",\\s+(?:(?:"
              + ADVERB_BY_ENDING
              + ")\\s+)?(?<v>"
              + injury("comma-participle")
              + ")\\s+"
              + BODY_PHRASE
              + "(?![\\p{L}])");

  /** "suffered injuries to both legs", "has injuries to his hand", "had no wounds". */
  private static final Pattern INJURIES =
      Pattern.compile(
          "\\b(?<verb>"
              + injury("verb")
              + ")\\s+(?:(?<neg>"
              + LanguagePack.alternationOf(
                  Lexicon.union(NEGATING_DETERMINERS, POLARITY_DETERMINERS), " ")
              + ")\\s+)?(?<v>(?:"
              + MOD
              + "\\s+){0,3}?(?:"
              + injury("noun")
              + ")"
              + "(?![\\p{L}])(?:\\s+"
              + BODY_PHRASE
              + ")?)");

  /** "due to his severe injuries": the injuries are the possessor's. */
  private static final Pattern HIS_INJURIES =
      Pattern.compile(
          "\\b(?<pos>"
              + LanguagePack.alternationOf(POSSESSIVES, " ")
              + ")\\s+(?<v>(?:"
              + MOD
              + "\\s+){0,2}?(?:"
              + injury("possessed")
              + ")(?![\\p{L}])(?:\\s+"
              + BODY_PHRASE
              + ")?)");

  /** "with a broken arm". */
  private static final Pattern BROKEN =
      Pattern.compile(
          "\\b(?<verb>"
              + injury("broken-verb")
              + ")\\s+(?:(?<neg>"
              + NEGATING_DETERMINER
              + ")\\s+)?"
              + "(?<v>(?:(?:"
              + injury("broken-determiner")
              + ")\\s+)?(?:"
              + injury("broken")
              + ")\\s+"
              + BODY
              + ")");

  /** "an injured North Korean soldier". */
  private static final Pattern INJURED_PERSON =
      Pattern.compile(
          "\\b(?:"
              + LanguagePack.alternationOf(ONE_PERSON, Traits::eitherCaseFirst)
              + ")\\s+(?:"
              + MOD
              + "\\s+)??(?<v>"
              + injury("comma-participle")
              + ")\\s+(?:(?:"
              + DEMONYM
              + "|"
              + MOD
              + ")\\s+){0,2}?(?<noun>"
              + PERSON
              + ")");

  private static final String DOC =
      "(?:"
          + LanguagePack.english().alternation("identity-documents.txt", "\\s+")
          + ")(?![\\p{L}])";

  /** Words after a document that say which: "issued in Tuva", "with the name of …". */
  private static final String DOC_TAIL_START =
      "(?:" + LanguagePack.english().alternation("document-tail-openers.txt", " ") + ")";

  private static final String POSSESS =
      "(?<verb>"
          + LanguagePack.english().alternation("possession-verbs.tsv", "before", "\\s+")
          + ")";

  /** Documents words that alone may mean any paperwork. */
  private static final Set<String> PAPERWORK = LanguagePack.english().set("document-nouns.txt");

  /** Verbs of carrying a document on oneself ("carried", "was in possession of", "without"). */
  private static final Set<String> CARRYING =
      Set.copyOf(LanguagePack.english().category("possession-verbs.tsv", 2, "carries"));

  /** Verbs of lacking a document ("lacked", "without"). */
  private static final Set<String> LACKING =
      Set.copyOf(LanguagePack.english().category("possession-verbs.tsv", 2, "lacks"));

  private static final Set<String> DOCUMENT_DETERMINERS =
      LanguagePack.english().set("document-determiners.txt");

  private final Pattern documents;
  private final Pattern carriedDocuments;

  Traits(ExtractOptions options) {
    String tail =
        "(?<tail>\\s+"
            + DOC_TAIL_START
            + "(?:\\s+[^\\s,.;:]+){1,"
            + options.maxTraitWords()
            + "})?";
    // 1. "carried a Russian military ID issued in Tuva": a verb of having, then the document,
    //    maybe after another thing handed over with it ("a uniform and a military ID").
    this.documents =
        Pattern.compile(
            "\\b"
                + POSSESS
                + "\\s+(?:(?:"
                + ARTICLE
                + ")\\s+[^,.;:]{1,40}?\\s+and\\s+)??(?<v>(?<det>(?:"
                + LanguagePack.english().alternation("document-quantifiers.txt", " ")
                + ")\\s+)?(?<mods>(?:"
                + ANY_MOD
                + "\\s+){0,4}?)(?<doc>"
                + DOC
                + ")"
                + tail
                + ")");
    // 2. "the ID cards they were carrying": the document first, the carrier after.
    this.carriedDocuments =
        Pattern.compile(
            "\\b(?<v>(?:(?:"
                + ARTICLE
                + ")\\s+)?(?:"
                + ANY_MOD
                + "\\s+){0,4}?(?<doc>"
                + DOC
                + "))\\s+(?:that\\s+|which\\s+)?(?<who>"
                + LanguagePack.alternationOf(
                    Lexicon.pronouns(
                        LanguagePack.english(), Set.of("personal", "plural"), Set.of("subject")),
                    " ")
                + "|[A-Z][\\p{L}'’-]+)\\s+"
                + "(?:was\\s+|were\\s+|had\\s+been\\s+)?(?:"
                + LanguagePack.english().alternation("possession-verbs.tsv", "after", " ")
                + ")\\b");
  }

  /** The traits of the sentence {@code s} that starts at {@code base} in the text. */
  List<Found> find(String s, int base) {
    List<Found> out = new ArrayList<>();
    nationality(s, base, out);
    origin(s, base, out);
    units(s, base, out);
    injuries(s, base, out);
    documents(s, base, out);
    return out;
  }

  private static void nationality(String s, int base, List<Found> out) {
    Matcher m = NATIONAL.matcher(s);
    while (m.find()) {
      described(s, base, out, "nationality", m, "nat", false);
    }
    Matcher c = CITIZEN_OF.matcher(s);
    while (c.find()) {
      described(s, base, out, "nationality", c, "nat", false);
    }
    Matcher h = CITIZENSHIP.matcher(s);
    while (h.find()) {
      boolean negated = h.group("neg") != null || NEGATING_PREPOSITIONS.contains(h.group("verb"));
      add(out, found("nationality", h, "nat", base, negated, Who.CLAUSE, null));
    }
  }

  private static void origin(String s, int base, List<Found> out) {
    Matcher c = COMES_FROM.matcher(s);
    while (c.find()) {
      add(out, found("origin", c, "place", base, c.group("neg") != null, Who.CLAUSE, null));
    }
    Matcher n = NATIVE_OF.matcher(s);
    while (n.find()) {
      described(s, base, out, "origin", n, "place", false);
    }
  }

  private static void units(String s, int base, List<Found> out) {
    Matcher m = SERVES_IN.matcher(s);
    while (m.find()) {
      if (namesAUnit(m.group("unit"))) {
        add(out, found("unit", m, "unit", base, m.group("neg") != null, Who.CLAUSE, null));
      }
    }
    Matcher b = MEMBER_OF.matcher(s);
    while (b.find()) {
      if (namesAUnit(b.group("unit"))) {
        described(s, base, out, "unit", b, "unit", false);
      }
    }
    Matcher h = HIS_UNIT.matcher(s);
    while (h.find()) {
      if (namesAUnit(h.group("unit"))) {
        add(out, found("unit", h, "unit", base, false, Who.POSSESSOR, "pos"));
      }
    }
  }

  private static void injuries(String s, int base, List<Found> out) {
    Matcher w = WOUNDED.matcher(s);
    while (w.find()) {
      add(
          out,
          new Found(
              "injuries",
              span(base, w.start("v"), w.end()),
              s.substring(w.start("v"), w.end()),
              span(base, w.start(), w.end()),
              w.group("neg") != null,
              Who.CLAUSE,
              span(base, w.start(), w.start()),
              true));
    }
    Matcher c = COMMA_WOUNDED.matcher(s);
    while (c.find()) {
      add(
          out,
          new Found(
              "injuries",
              span(base, c.start("v"), c.end()),
              s.substring(c.start("v"), c.end()),
              span(base, c.start("v"), c.end()),
              false,
              Who.CLAUSE,
              span(base, c.start(), c.start()),
              true));
    }
    Matcher i = INJURIES.matcher(s);
    while (i.find()) {
      boolean negated =
          NEGATING_DETERMINERS.contains(String.valueOf(i.group("neg")))
              || NEGATING_PREPOSITIONS.contains(i.group("verb"));
      add(out, found("injuries", i, "v", base, negated, Who.CLAUSE, null));
    }
    Matcher p = HIS_INJURIES.matcher(s);
    while (p.find()) {
      add(out, found("injuries", p, "v", base, false, Who.POSSESSOR, "pos"));
    }
    Matcher b = BROKEN.matcher(s);
    while (b.find()) {
      add(out, found("injuries", b, "v", base, b.group("neg") != null, Who.CLAUSE, null));
    }
    Matcher d = INJURED_PERSON.matcher(s);
    while (d.find()) {
      described(s, base, out, "injuries", d, "v", false);
    }
  }

  /**
   * A trait read by one pattern: the value is its group {@code valueGroup}, the claim the whole
   * match, and the bearer its group {@code whoGroup} (or, when null, the clause's subject before
   * the match).
   */
  private static Found found(
      String measure,
      Matcher m,
      String valueGroup,
      int base,
      boolean negated,
      Who who,
      String whoGroup) {
    return new Found(
        measure,
        span(base, m.start(valueGroup), m.end(valueGroup)),
        m.group(valueGroup),
        span(base, m.start(), m.end()),
        negated,
        who,
        whoGroup == null
            ? span(base, m.start(), m.start())
            : span(base, m.start(whoGroup), m.end(whoGroup)),
        false);
  }

  private void documents(String s, int base, List<Found> out) {
    Matcher d = documents.matcher(s);
    while (d.find()) {
      String verb = d.group("verb").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      String det = d.group("det") == null ? "" : d.group("det").trim();
      String doc = d.group("doc");
      boolean carries = CARRYING.contains(verb);
      // "The agency has documents showing …" is paperwork, not papers someone carries.
      if (PAPERWORK.contains(doc)
          && d.group("mods").isBlank()
          && !carries
          && !DOCUMENT_DETERMINERS.contains(det)) {
        continue;
      }
      boolean negated = NEGATING_DETERMINERS.contains(det) || LACKING.contains(verb);
      int valueStart =
          NEGATING_DETERMINERS.contains(det) || POLARITY_DETERMINERS.contains(det)
              ? d.start("mods")
              : d.start("v");
      add(
          out,
          new Found(
              "documents",
              span(base, valueStart, d.end("v")),
              s.substring(valueStart, d.end("v")),
              span(base, d.start(), d.end()),
              negated,
              Who.CLAUSE,
              span(base, d.start(), d.start()),
              false));
    }
    Matcher c = carriedDocuments.matcher(s);
    while (c.find()) {
      add(out, found("documents", c, "v", base, false, Who.NAME, "who"));
    }
  }

  /**
   * A description of a person ("a North Korean soldier", "a member of the 94th Brigade"): its
   * subject is a name beside it, the clause subject after "is a", or the described noun.
   */
  private static void described(
      String s, int base, List<Found> out, String measure, Matcher m, String group, boolean neg) {
    Span value = span(base, m.start(group), m.end(group));
    Span claim = span(base, m.start(), m.end());
    String before = s.substring(0, m.start());
    Matcher copula = COPULA_BEFORE.matcher(before);
    if (copula.find()) {
      boolean negated = copula.group(1) != null;
      add(
          out,
          new Found(
              measure,
              value,
              m.group(group),
              claim,
              neg || negated,
              Who.CLAUSE,
              span(base, copula.start(), copula.start()),
              false));
      return;
    }
    Matcher nb = NAME_BEFORE.matcher(before);
    if (nb.find() && isName(nb.group(1), before.substring(0, nb.start(1)))) {
      int start = nb.start(1) + titleLength(nb.group(1));
      add(
          out,
          new Found(
              measure,
              value,
              m.group(group),
              span(base, start, m.end()),
              neg,
              Who.NAME,
              span(base, start, nb.end(1)),
              false));
      return;
    }
    Matcher na = NAME_AFTER.matcher(s);
    na.region(m.end(), s.length());
    if (na.lookingAt() && isName(na.group(1), "")) {
      add(
          out,
          new Found(
              measure,
              value,
              m.group(group),
              span(base, m.start(), na.end(1)),
              neg,
              Who.NAME,
              span(base, na.start(1), na.end(1)),
              false));
      return;
    }
    Span noun = span(base, m.start("noun"), m.end("noun"));
    add(out, new Found(measure, value, m.group(group), claim, neg, Who.NOUN, noun, false));
  }

  private static final Pattern COPULA_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:"
              + LanguagePack.english().alternation("copulas.txt", " ")
              + ")\\s+(not\\s+|never\\s+)?$");
  private static final Pattern NAME_BEFORE = Pattern.compile("(" + NAME + "),\\s+$");
  private static final Pattern NAME_AFTER =
      Pattern.compile(
          "(?:,\\s+|\\s+)("
              + NAME
              + ")(?=\\s*(?:,|\\.|$|\\s+(?:"
              + LanguagePack.english().alternation("after-name-words.txt", "\\s+")
              + ")\\b))");
  private static final Pattern TITLE =
      Pattern.compile(
          "^(?:"
              + Lexicon.titlePattern(
                  LanguagePack.english(), Lexicon.titles(LanguagePack.english(), "rank"), "\\.?")
              + ")\\s+");

  /** Capitalised words that open a sentence or an adjunct, never a name in apposition. */
  private static final Set<String> NOT_NAMES =
      Lexicon.capitalised(
          Lexicon.union(
              LanguagePack.english().set("sentence-openers.txt"),
              Lexicon.weekdays(LanguagePack.english()).keySet()));

  /** A word of an adverb's shape: "Eventually", "Reportedly". */
  private static final Pattern ADVERB =
      Pattern.compile(
          "\\p{L}+(?:" + LanguagePack.english().alternation("adverb-endings.txt", " ") + ")");

  /** Whether {@code name}, with {@code before} it in the sentence, names someone. */
  private static boolean isName(String name, String before) {
    String first = name.split("\\s+")[0];
    // "Eventually, the soldier": an adverb opening the sentence.
    boolean adverb = !name.contains(" ") && ADVERB.matcher(name).matches();
    if (adverb || NOT_NAMES.contains(first) || name.matches(".*\\b(?:" + DEMONYM + ").*")) {
      return false;
    }
    // "In Kursk, a soldier": a place after a preposition is an adjunct.
    return !PLACE_ADJUNCT_BEFORE.matcher(before).matches();
  }

  private static final Pattern PLACE_ADJUNCT_BEFORE =
      Pattern.compile(
          "(?s).*\\b(?i:"
              + LanguagePack.english().alternation("place-adjunct-prepositions.txt", "\\s+")
              + ")\\s+$");

  /** How many leading characters of {@code name} are a rank or title: "Sergeant Ivo Marek". */
  static int titleLength(String name) {
    Matcher t = TITLE.matcher(name);
    return t.find() && t.end() < name.length() ? t.end() : 0;
  }

  /** Whether a unit phrase names a unit: a number, a capitalised name or a unit's own noun. */
  private static boolean namesAUnit(String unit) {
    if (unit.matches("(?s).*\\d.*")) {
      return true;
    }
    String[] words = unit.replaceAll("\\s+of\\s+.*$", "").trim().split("\\s+");
    String head = words[words.length - 1];
    if (Character.isUpperCase(head.charAt(0))
        || SPECIFIC_UNITS.contains(head.toLowerCase(Locale.ROOT).replaceAll("s$", ""))) {
      return true;
    }
    for (int i = 1; i < words.length; i++) {
      if (Character.isUpperCase(words[i].charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** Adds a trait unless one of the same measure already holds words of its value. */
  private static void add(List<Found> out, Found f) {
    for (Found o : out) {
      if (o.measure().equals(f.measure())
          && o.value().start() < f.value().end()
          && f.value().start() < o.value().end()) {
        return;
      }
    }
    out.add(f);
  }

  private static Span span(int base, int start, int end) {
    return new Span(base + start, base + end);
  }
}
