package io.corroborate.reconcile;

import io.corroborate.extract.Claim;
import io.corroborate.extract.Voice;
import io.corroborate.lang.LanguagePack;
import io.corroborate.link.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds the names of sources and entities to one key each: linked entities by their aliases, an
 * acronym by the full name it abbreviates ("NCPA" and "National Civil Protection Authority"), and
 * otherwise the name lower-cased without "the" and possessives.
 */
final class Names {
  // Compiled once: names are normalised for every claim of a story each time it is analysed.
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern LEADING_THE = Pattern.compile("^the ");

  private static final Set<String> SMALL = LanguagePack.english().set("title-small-words.txt");

  private final Map<String, String> canonical = new HashMap<>();
  private final Map<String, String> display = new HashMap<>();
  private final Map<String, String> acronyms = new HashMap<>();
  private final java.util.SortedSet<String> entityNames = new java.util.TreeSet<>();

  /**
   * Short forms of outlet names ("the Journal") → the one full name they stand for, or "" when two.
   */
  private final Map<String, String> shortForms = new HashMap<>();

  /** Words that make a name a publication's, and those shared by too many names to tell them. */
  private static final Set<String> OUTLET_WORDS =
      Set.copyOf(LanguagePack.english().category("outlets.tsv", 2, "source"));

  private static final Set<String> GENERIC_OUTLET_WORDS =
      Set.copyOf(LanguagePack.english().category("outlets.tsv", 2, "generic"));

  /**
   * Normal forms already computed: a story of a thousand reports names the same sources and
   * entities thousands of times.
   */
  private final Map<String, String> normals = new HashMap<>();

  private Names() {}

  static Names of(StoryInput input) {
    Names n = new Names();
    // Entities sorted by id so that an alias claimed by two entities resolves the same every run.
    List<Entity> entities =
        input.entities().entities().stream()
            .sorted(java.util.Comparator.comparing(Entity::id))
            .toList();
    for (Entity e : entities) {
      String key = n.norm(e.canonical());
      n.display.putIfAbsent(key, e.canonical());
      n.entityNames.add(e.canonical().trim());
      e.aliases().forEach(a -> n.entityNames.add(a.trim()));
      n.canonical.putIfAbsent(n.norm(e.canonical()), key);
      for (String a : e.aliases()) {
        n.canonical.putIfAbsent(n.norm(a), key);
      }
      n.addAcronym(e.canonical());
    }
    input.articles().stream()
        .map(io.corroborate.model.Article::outlet)
        .sorted()
        .forEach(
            o -> {
              n.addAcronym(o);
              n.addShortForms(o);
            });
    input.claims().keySet().stream()
        .sorted()
        .forEach(
            id -> {
              for (Claim c : input.claims().get(id)) {
                for (Voice v : c.attribution().speakers()) {
                  n.addAcronym(v.name());
                }
                for (Voice v : c.attribution().cited()) {
                  n.addAcronym(v.name());
                  n.addShortForms(v.name());
                }
              }
            });
    return n;
  }

  /**
   * One institution under two names: the endings of an outlet's full name that still name a
   * publication ("Journal" of "The Wall Street Journal", "Reuters" of "Thomson Reuters") stand for
   * it, unless two full names share the ending or it is a word many names share.
   */
  private void addShortForms(String name) {
    String full = norm(name);
    String[] words = full.split(" ");
    if (words.length > 1) {
      display.putIfAbsent(full, name.trim().replaceFirst("^(?i)the\\s+", ""));
    }
    for (int i = 1; i < words.length; i++) {
      String[] rest = java.util.Arrays.copyOfRange(words, i, words.length);
      boolean outletWord = false;
      for (String w : rest) {
        outletWord |= OUTLET_WORDS.contains(w) && !GENERIC_OUTLET_WORDS.contains(w);
      }
      if (!outletWord || SMALL.contains(rest[0])) {
        continue;
      }
      String shortForm = String.join(" ", rest);
      String before = shortForms.putIfAbsent(shortForm, full);
      if (before != null && !before.equals(full)) {
        shortForms.put(shortForm, "");
      }
    }
  }

  private void addAcronym(String name) {
    String[] words = name.trim().split("[\\s-]+");
    if (words.length < 2) {
      return;
    }
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty() || SMALL.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return;
      }
      b.append(Character.toLowerCase(w.charAt(0)));
    }
    if (b.length() >= 2) {
      acronyms.putIfAbsent(b.toString(), norm(name));
      display.putIfAbsent(norm(name), name.trim().replaceFirst("^(?i)the\\s+", ""));
    }
  }

  /**
   * The keys and subjects already read in this story. A key depends only on the entities, outlets
   * and sources the story was read with, and what it adds to {@link #display} is added the first
   * time, so a name read again gets the same key without reading it again.
   */
  private final Map<String, String> keys = new HashMap<>();

  final Map<String, Subjects.Key> subjects = new HashMap<>();

  /** The key of a name: its entity's, the full name of an acronym, or the name normalised. */
  String key(String name) {
    String k = keys.get(name);
    if (k == null) {
      k = keyOf(name);
      keys.put(name, k);
    }
    return k;
  }

  private String keyOf(String name) {
    String n = norm(name);
    String viaEntity = canonical.get(n);
    if (viaEntity != null) {
      return viaEntity;
    }
    // A title before a name ("Ukrainian President Volodymyr Zelensky", "Secretary of State Tony
    // Blinken"): the longest ending that is a linked entity's name.
    String[] words = n.split(" ");
    for (int i = 1; i < words.length; i++) {
      String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
      String e = canonical.get(rest);
      if (e != null && rest.contains(" ")) {
        return e;
      }
    }
    if (name.trim().matches("[A-Z]{2,8}")) {
      String full = acronyms.get(n);
      if (full != null) {
        return canonical.getOrDefault(full, full);
      }
    }
    String full = shortForms.get(n);
    if (full != null && !full.isEmpty() && !full.equals(n)) {
      return canonical.getOrDefault(full, full);
    }
    display.putIfAbsent(n, name.trim().replaceFirst("^(?i)the\\s+", ""));
    return n;
  }

  /** How a key reads: the first full spelling seen. */
  String display(String key) {
    return display.getOrDefault(key, key);
  }

  /** Every name and alias of the linked entities, sorted. */
  List<String> entityNames() {
    return List.copyOf(entityNames);
  }

  /** Whether a name resolves to a linked entity. */
  boolean isEntity(String name) {
    return canonical.containsKey(norm(name));
  }

  /** {@link #normal}, remembered for this story. */
  private String norm(String name) {
    return normals.computeIfAbsent(name, Names::normal);
  }

  static String normal(String name) {
    String n = POSSESSIVE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    return LEADING_THE.matcher(NOT_WORD.matcher(n).replaceAll(" ").trim()).replaceFirst("");
  }
}
