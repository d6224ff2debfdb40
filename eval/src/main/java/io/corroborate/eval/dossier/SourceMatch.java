package io.corroborate.eval.dossier;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a claim's source is the one a gold claim names. The gold file writes its sources in the
 * annotator's words ("AFAD (Orhan Tatar)", "Andrei Vorobyov, Moscow region governor", "Bloomberg
 * (via Seoul Economic Daily)", "(Reuters)" for an outlet's own words); a claim names its source in
 * its chain ("Budanov ← Kyiv Post ← Example News").
 *
 * <p>Read in this order: 1. a gold source wholly in parentheses is the outlet's own voice or an
 * unnamed one: a claim with no speaker and no cited party matches it, as does one that names what
 * the parentheses name; 2. otherwise the gold source gives its alternatives: the name, each part of
 * a list ("X / Y", "X and Y"), the title or institution after a comma ("head of the Investigative
 * Committee"), and what a parenthesis adds unless it names the relay ("via …", "as relayed"); 3.
 * each alternative brings the spellings of the gold entities it names; 4. a claim's speaker or
 * cited party matches an alternative when, folded to Latin letters in lower case, the words of one
 * are all among the other's (a word may be an inflected form: three quarters of the shorter word
 * shared from its start) and they share a word that is not a generic one ("ministry", "officials").
 *
 * <pre>{@code SourceMatch.matches("Fuat Oktay", "Oktay ← Example News", entities)}</pre>
 */
final class SourceMatch {
  private SourceMatch() {}

  private static final Transliterator TO_LATIN =
      Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

  /** Words that name a kind of source, not one: two names sharing only these are not one. */
  private static final Set<String> GENERIC =
      Set.of(
          "official",
          "officials",
          "authorities",
          "authority",
          "government",
          "ministry",
          "minister",
          "police",
          "agency",
          "department",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "president",
          "health",
          "region",
          "regional",
          "local",
          "media",
          "report",
          "reports",
          "people",
          "source",
          "sources",
          "service",
          "services",
          "office",
          "committee",
          "state",
          "national",
          "federal",
          "city",
          "head",
          "chief",
          "director",
          "press",
          "news",
          "u",
          "s",
          "us",
          "new",
          "latest",
          "data",
          "figure",
          "figures",
          "toll",
          "tolls",
          "official's",
          "emergency",
          "emergencies",
          "disaster",
          "vice",
          "general",
          "foreign",
          "affairs",
          "public",
          "relations",
          "centre",
          "center",
          "team",
          "group");

  private static final Set<String> STOP =
      Set.of(
          "the", "of", "a", "an", "and", "de", "la", "le", "el", "der", "die", "for", "in", "on");

  private static final Pattern PAREN = Pattern.compile("\\(([^)]*)\\)");

  /** Whether the claim's chain names the gold source. */
  static boolean matches(String goldSource, String chain, List<Gold.GoldEntity> entities) {
    List<String> sources = sourcesOf(chain);
    String g = goldSource.strip();
    if (g.startsWith("(") && g.endsWith(")") && g.indexOf(')') == g.length() - 1) {
      if (sources.isEmpty()) {
        return true;
      }
      String inner = g.substring(1, g.length() - 1).split("[,;]| via | per ")[0];
      return sources.stream().anyMatch(s -> anyOf(s, alternatives(inner, entities)));
    }
    Set<String> alternatives = alternatives(g, entities);
    return sources.stream().anyMatch(s -> anyOf(s, alternatives));
  }

  /** The speakers and cited parties of a chain: every link but the publishing outlet. */
  static List<String> sourcesOf(String chain) {
    List<String> links = new ArrayList<>(Arrays.asList(chain.split("\\s*←\\s*")));
    links.remove(links.size() - 1);
    links.removeIf(String::isBlank);
    return links;
  }

  private static boolean anyOf(String source, Set<String> alternatives) {
    return alternatives.stream().anyMatch(a -> same(source, a));
  }

  /** The names a gold source accepts, with the spellings of the gold entities they name. */
  static Set<String> alternatives(String g, List<Gold.GoldEntity> entities) {
    Set<String> out = new LinkedHashSet<>();
    Matcher p = PAREN.matcher(g);
    while (p.find()) {
      String inner = p.group(1).strip();
      if (!inner.matches("(?i)(via|as|per|from|translated|quoted|early|first|latest)\\b.*")) {
        out.addAll(parts(inner));
      }
    }
    out.addAll(parts(PAREN.matcher(g).replaceAll(" ").strip()));
    Set<String> withSpellings = new LinkedHashSet<>(out);
    for (Gold.GoldEntity e : entities) {
      if (e.spellings().stream().anyMatch(sp -> out.stream().anyMatch(a -> same(a, sp)))) {
        withSpellings.addAll(e.spellings());
      }
    }
    withSpellings.removeIf(String::isBlank);
    return withSpellings;
  }

  /** A list's parts, and the name and title on either side of a comma. */
  private static List<String> parts(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split("\\s*(?:/|;|,| and | incl\\. | including )\\s*")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /** Whether two names are one by the words they share (step 4). */
  static boolean same(String x, String y) {
    List<String> a = words(x);
    List<String> b = words(y);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    List<String> small = a.size() <= b.size() ? a : b;
    List<String> large = small == a ? b : a;
    boolean specific = small.size() >= 2;
    for (String w : small) {
      boolean in = large.stream().anyMatch(l -> sameWord(w, l));
      if (!in) {
        return false;
      }
      specific |= !GENERIC.contains(w);
    }
    return specific;
  }

  private static boolean sameWord(String w, String l) {
    if (w.equals(l)) {
      return true;
    }
    // An inflected form: a long common start ("komitet" and "komiteta", "sledstvennyj" and
    // "sledstvennogo").
    int common = 0;
    while (common < Math.min(w.length(), l.length()) && w.charAt(common) == l.charAt(common)) {
      common++;
    }
    return common >= 4 && common >= 0.75 * Math.min(w.length(), l.length());
  }

  /** A name's words in Latin letters, lower case, without small words. */
  static List<String> words(String name) {
    String latin = TO_LATIN.transliterate(name).replaceAll("['’]s\\b", "");
    List<String> out = new ArrayList<>();
    for (String w : latin.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
