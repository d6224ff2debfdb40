package io.corroborate.reconcile;

import io.corroborate.extract.Claim;
import io.corroborate.extract.Evidence;
import io.corroborate.lang.EntryPatterns;
import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import io.corroborate.lang.Scripts;
import io.corroborate.link.NameIndex;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.model.FieldSource;
import io.corroborate.reconcile.Reconciler.Item;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who relays whom. An outlet relays another source only where its text names it: a claim that cites
 * it ("citing", "reported by", "told the BBC"), or a wire agency's dateline ("DALLAS (AP) —", "AFP
 * —") or credit line ("(AFP)") on the article or on any copy of its text. Outlets running one
 * wire's copy relay the wire and are siblings under it, not relays of each other; a copy whose text
 * names no one relays the copy group's earliest outlet only where its text names that outlet.
 */
final class Relays {
  private Relays() {}

  /**
   * The wire agencies and broadcasters of every language's {@code outlets.tsv} ("AFP", "ТАСС"), as
   * an alternation without a group of its own.
   */
  /** A leading definite article, dropped from a name before it is looked for. */
  private static final Pattern LEADING_THE = Lexicon.leadingArticle(LanguagePack.english());

  private static final String AGENCIES =
      LanguagePack.alternationOf(agencyEntries(), e -> EntryPatterns.body(e, true));

  private static List<String> agencyEntries() {
    return LanguagePack.everyLanguageCategory("outlets.tsv", "agency");
  }

  /** A wire agency's or broadcaster's name in parentheses near a paragraph's start. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?m)^[^\\n]{0,100}?\\((" + AGENCIES + ")\\)\\s*[-\u2013\u2014]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A wire agency's name opening a line before a dash, after at most a place in capitals and a
   * date: "AFP — …", "LENWICK, March 3 AFP - …".
   */
  private static final Pattern BARE_DATELINE =
      Pattern.compile(
          "(?m)^\\s*(?:\\p{Lu}[\\p{Lu}.' -]{1,40}(?:,[^\\n,]{1,25})?,?\\s+)?((?iu:"
              + AGENCIES
              + "))\\s*[-\u2013\u2014]+\\s");

  /** A wire agency's credit on a line of its own, in parentheses: "(AFP)" closing the report. */
  private static final Pattern CREDIT =
      Pattern.compile("(?m)^\\s*\\(((?iu:" + AGENCIES + "))\\)\\s*$");

  /** The agency whose dateline (or credit line) the text carries, as written there. */
  static Optional<String> dateline(String text) {
    Optional<String> known = DATELINES.get(text);
    if (known == null) {
      known = datelineOf(text);
      DATELINES.put(text, known);
    }
    return known;
  }

  /**
   * {@link #dateline} of the texts read so far, while their articles are held: a story is read
   * again whole at each update, and each of its texts would run the agencies' patterns again.
   */
  private static final Map<String, Optional<String>> DATELINES =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private static Optional<String> datelineOf(String text) {
    String head = text.length() > 4000 ? text.substring(0, 4000) : text;
    for (Pattern p : List.of(DATELINE, BARE_DATELINE, CREDIT)) {
      Matcher m = p.matcher(p == CREDIT ? text : head);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code text} names {@code name} as whole words, ignoring case. */
  static boolean names(String text, String name) {
    String n = LEADING_THE.matcher(name.trim()).replaceFirst("");
    if (n.isEmpty()) {
      return false;
    }
    return Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(text)
        .find();
  }

  /**
   * Whether a cited source is only described, naming no outlet: "local media", "a state news
   * agency", "Russian media", "médias russes", "国営メディア", "وسائل إعلام محلية". Steps: 1. the words
   * of every language that describe a kind of outlet ({@code outlet-descriptors.tsv}), its outlet
   * nouns ({@code outlets.tsv} "common"), the words that wrap a name ({@code outlet-wrappers.txt}),
   * determiners, joiners and English nationalities are taken out; 2. what is left names an outlet
   * when it holds a capital or a lower-case agency name ("dpa"), or, in a script without case, any
   * word, unless the phrase holds a word for outlets in general ("media", "メディア"): that phrase
   * describes whatever it qualifies.
   */
  static boolean described(String source) {
    Boolean known = DESCRIBED.get(source);
    if (known == null) {
      known = describedNow(source);
      if (DESCRIBED.size() >= DESCRIBED_KEPT) {
        DESCRIBED.clear();
      }
      DESCRIBED.put(source, known);
    }
    return known;
  }

  /**
   * {@link #described} of the sources read so far: report after report cites the same few sources,
   * and each reading runs a few hundred patterns.
   */
  private static final Map<String, Boolean> DESCRIBED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** How many sources {@link #DESCRIBED} keeps before it starts again. */
  private static final int DESCRIBED_KEPT = 4096;

  private static boolean describedNow(String source) {
    String rest = " " + source.strip() + " ";
    boolean collective = false;
    for (Pattern p : COLLECTIVE) {
      Matcher m = p.matcher(rest);
      if (m.find()) {
        collective = true;
        rest = m.replaceAll(" ");
      }
    }
    for (Pattern p : DESCRIBING) {
      rest = p.matcher(rest).replaceAll(" ");
    }
    String[] words = rest.replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip().split(" ");
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.codePoints().anyMatch(Character::isUpperCase)
          || AGENCY_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
      if (w.codePoints().noneMatch(Character::isLowerCase) && !collective) {
        return false; // a word of a script without case
      }
    }
    return true;
  }

  /** Whether a cited source names an outlet rather than describing one: not {@link #described}. */
  static boolean named(String source) {
    return !described(source);
  }

  /** Words for outlets in general, of every bundled language ("media", "メディア", "СМИ"). */
  private static final List<Pattern> COLLECTIVE = describing(true);

  /** Every other word a description of an outlet is made of, longest first. */
  private static final List<Pattern> DESCRIBING = describing(false);

  private static List<Pattern> describing(boolean collective) {
    Set<String> entries = new LinkedHashSet<>();
    for (String code : LanguagePack.bundledCodes()) {
      LanguagePack pack = LanguagePack.of(code);
      List<List<String>> outlets = pack.has("outlets.tsv") ? pack.rows("outlets.tsv") : List.of();
      List<List<String>> kinds =
          pack.has("outlet-descriptors.tsv") ? pack.rows("outlet-descriptors.tsv") : List.of();
      for (List<String> row : outlets) {
        boolean general = row.size() > 2 && List.of(row.get(2).split(",")).contains("collective");
        if (general == collective && (general || row.size() > 1 && row.get(1).equals("common"))) {
          entries.add(row.get(0));
        }
      }
      for (List<String> row : kinds) {
        if (collective == (row.size() > 1 && row.get(1).equals("collective"))) {
          entries.add(row.get(0));
        }
      }
      if (!collective) {
        for (String file : List.of("name-determiners.txt", "name-joiners.txt")) {
          if (pack.has(file)) {
            entries.addAll(pack.list(file));
          }
        }
      }
    }
    if (!collective) {
      entries.addAll(LanguagePack.everyLanguage("outlet-wrappers.txt"));
      for (LanguagePack pack : nationalityPacks()) {
        entries.addAll(pack.category("nationalities.tsv", "nationality"));
        entries.addAll(pack.category("nationalities.tsv", "prefix"));
      }
    }
    List<String> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(e -> e));
    List<Pattern> out = new ArrayList<>();
    if (!collective) {
      // An invented country's adjective reads like a real one's ("Velmorian media").
      for (LanguagePack pack : nationalityPacks()) {
        out.add(Pattern.compile(Lexicon.demonymShape(pack)));
      }
    }
    for (String e : sorted) {
      // An entry of a script without spaces is taken out wherever it stands ("国営" in "国営メディア").
      boolean unspaced = Scripts.anyUnspaced(e);
      out.add(EntryPatterns.compile(e, !unspaced, false));
    }
    return List.copyOf(out);
  }

  /** The bundled languages with their own list of nationalities. */
  private static List<LanguagePack> nationalityPacks() {
    return LanguagePack.everyLanguageWith("nationalities.tsv");
  }

  /** Agency names written in lower case ("dpa"), which end a name as a capitalised word does. */
  private static final Set<String> AGENCY_NAMES = Set.copyOf(agencyEntries());

  /** The words of every bundled language that join names into a list ("and", "et", "und"). */
  private static final Pattern COORDINATED = coordinated();

  private static Pattern coordinated() {
    List<String> words = LanguagePack.everyLanguage("coordinators.txt");
    return Pattern.compile(
        "\\s+(?:" + LanguagePack.alternationOf(words, "\\s+") + ")\\s+",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * The outlets a cited source names: each name of a list ("the Washington Post and CNBC"), and in
   * a script with case each without the lower-case words that follow its last capitalised word
   * ("Bloomberg estimates" is Bloomberg). A part that names no one is left out.
   */
  static List<String> outletsNamed(String cited) {
    List<String> out = new ArrayList<>();
    String[] parts = COORDINATED.split(cited.strip());
    if (parts.length > 1 && !java.util.Arrays.stream(parts).allMatch(Relays::named)) {
      parts = new String[] {cited.strip()};
    }
    for (String part : parts) {
      String p = withoutTrailingLowerCase(part.strip());
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  private static String withoutTrailingLowerCase(String name) {
    if (name.codePoints().noneMatch(Character::isUpperCase)) {
      return name;
    }
    String[] words = name.split("\\s+");
    int keep = words.length;
    while (keep > 1
        && words[keep - 1].codePoints().noneMatch(Character::isUpperCase)
        && !AGENCY_NAMES.contains(words[keep - 1].toLowerCase(java.util.Locale.ROOT))) {
      keep--;
    }
    return String.join(" ", java.util.Arrays.copyOf(words, keep));
  }

  /**
   * The wire each article relays by a dateline or credit line on its text or on any copy of it: the
   * article id → the agency as written. Outlets running one wire's copy are siblings under it.
   */
  static Map<String, String> wires(List<Article> articles, Map<String, String> copyGroupOf) {
    Map<String, String> out = new TreeMap<>();
    for (List<Article> g : copyGroups(articles, copyGroupOf).values()) {
      wire(g).ifPresent(w -> g.forEach(a -> out.put(a.id(), w)));
    }
    return out;
  }

  /** The copy groups, each in order of publication (undated last), an article alone its own. */
  private static Map<String, List<Article>> copyGroups(
      List<Article> articles, Map<String, String> copyGroupOf) {
    Map<String, List<Article>> groups = new TreeMap<>();
    for (Article a : articles) {
      String g = copyGroupOf.get(a.id());
      groups.computeIfAbsent(g != null ? g : "\u0000" + a.id(), k -> new ArrayList<>()).add(a);
    }
    for (List<Article> g : groups.values()) {
      g.sort(
          Comparator.comparing(
                  (Article a) -> a.published().map(DateStamp::date).orElse(LocalDate.MAX))
              .thenComparing(Article::id));
    }
    return groups;
  }

  private static Optional<String> wire(List<Article> group) {
    return group.stream().map(Relays::wire).flatMap(Optional::stream).findFirst();
  }

  /**
   * The wire an article's own text credits: the credit of a dateline line the cleaner took off
   * (kept in its metadata as "relays"), else a dateline or credit line in its text.
   */
  static Optional<String> wire(Article a) {
    return a.sourceOf("relays").map(FieldSource::value).or(() -> dateline(a.text()));
  }

  /**
   * The first outlet a cited source names, when it names one: "Reuters" of "Reuters and AFP",
   * nothing of "local media".
   */
  static Optional<String> firstNamed(String cited) {
    return outletsNamed(cited).stream().filter(Relays::named).findFirst();
  }

  private static final class Tally {
    int claims;
    final Set<String> articles = new LinkedHashSet<>();
    final List<Evidence> evidence = new ArrayList<>();
    String outlet;
    String source;
  }

  static List<Relay> build(
      List<Article> articles,
      Map<String, List<Item>> byArticle,
      Map<String, String> copyGroupOf,
      NameIndex names,
      ReconcileOptions options) {
    Map<String, Tally> cited = new TreeMap<>();
    for (Article a : articles) {
      for (Item it : byArticle.getOrDefault(a.id(), List.of())) {
        Claim c = it.claim();
        if (c.attribution().cited().isEmpty()) {
          continue;
        }
        for (String citedName : outletsNamed(c.attribution().cited().get(0).name())) {
          String key = names.key(citedName);
          if (key.equals(names.key(a.outlet())) || described(citedName)) {
            continue;
          }
          String outlet = a.outletShown();
          Tally t = cited.computeIfAbsent(names.key(outlet) + "\u0000" + key, k -> new Tally());
          t.outlet = t.outlet == null ? outlet : t.outlet;
          t.source = t.source == null ? names.display(key) : t.source;
          t.claims++;
          t.articles.add(a.id());
          if (t.evidence.size() < options.maxEvidencePerRelay()) {
            t.evidence.add(c.evidence());
          }
        }
      }
    }
    List<Relay> out = new ArrayList<>();
    cited
        .values()
        .forEach(
            t ->
                out.add(
                    new Relay(
                        t.outlet,
                        t.source,
                        "cited",
                        t.claims,
                        List.copyOf(t.articles),
                        t.evidence)));
    // Copies and datelines: 1. an article or copy group with a wire's dateline relays the wire;
    // 2. else a copy relays its group's earliest outlet only where its text names that outlet.
    Map<String, List<Article>> groups = copyGroups(articles, copyGroupOf);
    Map<String, Tally> copies = new TreeMap<>();
    for (List<Article> g : groups.values()) {
      Optional<String> wire = wire(g);
      Article original = g.get(0);
      for (Article copy : wire.isPresent() ? g : g.subList(1, g.size())) {
        String from =
            wire.isPresent() ? names.display(names.key(wire.get())) : original.outletShown();
        String to = copy.outletShown();
        if (names.key(to).equals(names.key(from)) || wire.isEmpty() && !names(copy.text(), from)) {
          continue;
        }
        Tally t =
            copies.computeIfAbsent(names.key(to) + "\u0000" + names.key(from), k -> new Tally());
        t.outlet = to;
        t.source = from;
        t.claims++;
        t.articles.add(copy.id());
      }
    }
    copies
        .values()
        .forEach(
            t ->
                out.add(
                    new Relay(
                        t.outlet, t.source, "copy", t.claims, List.copyOf(t.articles), List.of())));
    out.sort(
        Comparator.comparing((Relay r) -> -r.claims())
            .thenComparing(Relay::outlet)
            .thenComparing(Relay::source)
            .thenComparing(Relay::via));
    return out;
  }
}
