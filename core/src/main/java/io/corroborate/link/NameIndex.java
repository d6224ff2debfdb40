package io.corroborate.link;

import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which written name is which entity, for one story: the names claims give their subjects, their
 * speakers and the sources they cite, resolved against the linked entities and the story's outlets.
 * A name's key is its entity's (by canonical name or alias, also after a title: "Foreign Minister
 * Ana Lopes"), the full name of an acronym ("NCPA"), the one full outlet name a short form stands
 * for ("the Journal"), or else the name in its normal form ({@link #normal}). Claim subjects that
 * are one person under two written names (a surname alone, two romanisations) are brought together
 * by {@link #sameNames}, each with its reason.
 *
 * <pre>{@code NameIndex names = NameIndex.builder().entities(result.entities())
 *     .outlet("The Lumen Post").cited("Meridian Wire").build();
 * names.key("the Post");  // "the lumen post"'s key}</pre>
 *
 * <p>Keys are remembered: one index serves one story, built once by the linker ({@link
 * LinkResult#names()}); its lookups are synchronized, so later stages may read it from any thread.
 */
public final class NameIndex {
  private static final Pattern POSSESSIVE =
      Pattern.compile(
          "(?:" + LanguagePack.english().alternation("possessive-endings.txt", " ") + ")\\b");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** A leading definite article of a normal form (lower case, one space between words). */
  private static final Pattern LEADING_THE =
      Pattern.compile(
          "^(?:"
              + LanguagePack.alternationOf(Lexicon.definiteArticles(LanguagePack.english()), " ")
              + ") ");

  /** A leading definite article of a name as written. */
  private static final Pattern WRITTEN_THE = Lexicon.leadingArticle(LanguagePack.english());

  private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,8}");
  private static final Pattern ACRONYM_BREAK = Pattern.compile("[\\s-]+");

  private static final Set<String> SMALL = LanguagePack.english().set("title-small-words.txt");

  /** Words that make a name a publication's, and those shared by too many names to tell them. */
  private static final Set<String> OUTLET_WORDS =
      Set.copyOf(LanguagePack.english().category("outlets.tsv", 2, "source"));

  private static final Set<String> GENERIC_OUTLET_WORDS =
      Set.copyOf(LanguagePack.english().category("outlets.tsv", 2, "generic"));

  private final Map<String, String> canonical = new HashMap<>();
  private final Map<String, String> display = new HashMap<>();
  private final Map<String, String> acronyms = new HashMap<>();
  private final Map<String, String> entityIds = new HashMap<>();
  private final SortedSet<String> entityNames = new TreeSet<>();

  /**
   * Short forms of outlet names ("the Journal") → the one full name they stand for, or "" when two.
   */
  private final Map<String, String> shortForms = new HashMap<>();

  /**
   * Normal forms and keys already computed: a story of a thousand reports names the same sources
   * and entities thousands of times. A key depends only on what the index was built with, and what
   * it adds to {@link #display} is added the first time, so a name read again gets the same key.
   */
  private final Map<String, String> normals = new HashMap<>();

  private final Map<String, String> keys = new HashMap<>();

  /** What later stages read from a name against this very index ({@link #remember}). */
  private final Map<String, Map<String, Object>> remembered = new HashMap<>();

  private NameIndex() {}

  /** An index to fill with entities, outlets, speakers and cited sources, in that order. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What an index is built from. The order of the calls matters where two names abbreviate alike:
   * the first one read keeps the acronym, so callers add them in a stable order.
   */
  public static final class Builder {
    private final NameIndex n = new NameIndex();

    private Builder() {}

    /** The linked entities; an alias two entities share goes to the one with the lower id. */
    public Builder entities(Collection<Entity> entities) {
      List<Entity> sorted = entities.stream().sorted(Comparator.comparing(Entity::id)).toList();
      for (Entity e : sorted) {
        String key = n.norm(e.canonical());
        n.display.putIfAbsent(key, e.canonical());
        n.entityIds.putIfAbsent(key, e.id());
        n.entityNames.add(e.canonical().trim());
        e.aliases().forEach(a -> n.entityNames.add(a.trim()));
        n.canonical.putIfAbsent(key, key);
        for (String a : e.aliases()) {
          n.canonical.putIfAbsent(n.norm(a), key);
        }
        n.addAcronym(e.canonical());
      }
      return this;
    }

    /** An outlet that published a report of the story. */
    public Builder outlet(String name) {
      n.addAcronym(name);
      n.addShortForms(name);
      return this;
    }

    /** A speaker a claim names. */
    public Builder speaker(String name) {
      n.addAcronym(name);
      return this;
    }

    /** A source a claim cites. */
    public Builder cited(String name) {
      n.addAcronym(name);
      n.addShortForms(name);
      return this;
    }

    public NameIndex build() {
      return n;
    }
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
      display.putIfAbsent(full, withoutThe(name));
    }
    for (int i = 1; i < words.length; i++) {
      String[] rest = Arrays.copyOfRange(words, i, words.length);
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
    String[] words = ACRONYM_BREAK.split(name.trim());
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
      display.putIfAbsent(norm(name), withoutThe(name));
    }
  }

  private static String withoutThe(String name) {
    return WRITTEN_THE.matcher(name.trim()).replaceFirst("");
  }

  /** The key of a name: its entity's, the full name of an acronym, or the name normalised. */
  public synchronized String key(String name) {
    String k = keys.get(name);
    if (k == null) {
      k = keyOf(name);
      keys.put(name, k);
    }
    return k;
  }

  private String keyOf(String name) {
    String n = norm(name);
    // A news agency or broadcaster under another name, script or wrapping ("agence Reuters",
    // "ロイター通信") is the one outlet.
    Optional<String> outlet = OutletNames.canonical(n);
    if (outlet.isPresent() && !outlet.get().equals(n)) {
      String k = normal(outlet.get());
      if (!k.equals(outlet.get())) {
        display.putIfAbsent(k, outlet.get());
      }
      n = k;
    }
    String viaEntity = canonical.get(n);
    if (viaEntity != null) {
      return viaEntity;
    }
    // A title before a name ("Foreign Minister Ana Lopes"): the longest ending that is a linked
    // entity's name.
    String[] words = n.split(" ");
    for (int i = 1; i < words.length; i++) {
      String rest = String.join(" ", Arrays.copyOfRange(words, i, words.length));
      String e = canonical.get(rest);
      if (e != null && rest.contains(" ")) {
        return e;
      }
    }
    if (ACRONYM.matcher(name.trim()).matches()) {
      String full = acronyms.get(n);
      if (full != null) {
        return canonical.getOrDefault(full, full);
      }
    }
    String full = shortForms.get(n);
    if (full != null && !full.isEmpty() && !full.equals(n)) {
      return canonical.getOrDefault(full, full);
    }
    display.putIfAbsent(n, withoutThe(name));
    return n;
  }

  /**
   * Two indexes are equal when they were built from the same names, whatever either has been asked
   * since: what a lookup remembers does not change what it answers.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof NameIndex other)) {
      return false;
    }
    // One lock at a time, so that two threads comparing two indexes both ways cannot deadlock.
    BuiltState mine;
    synchronized (this) {
      mine = built();
    }
    BuiltState theirs;
    synchronized (other) {
      theirs = other.built();
    }
    return mine.equals(theirs);
  }

  @Override
  public synchronized int hashCode() {
    // The built state no longer changes once lookups begin; a story's subjects are cached by index.
    if (hash == null) {
      hash = built().hashCode();
    }
    return hash;
  }

  private Integer hash;

  /** What the builder put in; {@link #display} and the memos grow with lookups and are left out. */
  private record BuiltState(
      Map<String, String> canonical,
      Map<String, String> acronyms,
      Map<String, String> entityIds,
      Set<String> entityNames,
      Map<String, String> shortForms) {}

  private BuiltState built() {
    return new BuiltState(
        Map.copyOf(canonical),
        Map.copyOf(acronyms),
        Map.copyOf(entityIds),
        Set.copyOf(entityNames),
        Map.copyOf(shortForms));
  }

  /**
   * A value a later stage reads from a name against this index (a claim subject's key and label),
   * read once and kept as long as the index: a story of a thousand reports names the same subjects
   * thousands of times. Kept per index, never shared with an equal one, since reading a name also
   * records how its key is written ({@link #display}).
   */
  @SuppressWarnings("unchecked")
  public synchronized <V> V remember(String kind, String name, Function<String, V> read) {
    Map<String, Object> m = remembered.computeIfAbsent(kind, k -> new HashMap<>());
    Object v = m.get(name);
    if (v == null) {
      v = read.apply(name);
      m.put(name, v);
    }
    return (V) v;
  }

  /** How a key reads: the first full spelling seen. */
  public synchronized String display(String key) {
    return display.getOrDefault(key, key);
  }

  /** The id of the linked entity a name resolves to, if it resolves to one. */
  public java.util.Optional<String> entityId(String name) {
    return java.util.Optional.ofNullable(entityIds.get(key(name)));
  }

  /** Every name and alias of the linked entities, sorted. */
  public List<String> entityNames() {
    return List.copyOf(entityNames);
  }

  /** Whether a name resolves to a linked entity by its name or an alias. */
  public synchronized boolean isEntity(String name) {
    return canonical.containsKey(norm(name));
  }

  private String norm(String name) {
    return normals.computeIfAbsent(name, NameIndex::normal);
  }

  /**
   * The one normal form of a written name: {@link Names#fold folded} (lower case, no diacritics,
   * plain apostrophes), without possessives, with every run of other characters one space, and
   * without a leading "the".
   */
  public static String normal(String name) {
    String n = POSSESSIVE.matcher(Names.fold(name)).replaceAll("");
    return LEADING_THE.matcher(NOT_WORD.matcher(n).replaceAll(" ").trim()).replaceFirst("");
  }

  /**
   * Whether two one-word names are spellings of one romanised name ("Paek" / "Baek" / "Paik", "Kim"
   * / "Gim"), by the linker's own spelling fold.
   */
  public static boolean sameSpelling(String a, String b) {
    if (a.length() < 3 || b.length() < 3 || a.equals(b)) {
      return false;
    }
    return Names.variants(
        Names.wordStartFolded(a), Names.wordStartFolded(b), LinkOptions.defaults());
  }

  /**
   * Claim subjects that name one person twice, in the order found: a surname alone ("Brasko") joins
   * the one full name that ends with it ("lena brasko"), and one-word names spelled two ways join
   * the first of them. Linked entities' names that are another spelling of a one-word subject
   * become its aliases.
   *
   * @param subjectKeys keys as {@link #key} gives them, of the subjects to resolve
   */
  public synchronized SameNames sameNames(Collection<String> subjectKeys) {
    SortedSet<String> left = new TreeSet<>(subjectKeys);
    Map<String, String> into = new LinkedHashMap<>();
    Map<String, List<String>> reasons = new TreeMap<>();
    Map<String, SortedSet<String>> aliases = new TreeMap<>();
    // 1. A surname alone joins the only full name that ends with it.
    for (String key : List.copyOf(left)) {
      if (key.contains(" ")) {
        continue;
      }
      List<String> full = left.stream().filter(k -> k.endsWith(" " + key)).toList();
      if (full.size() == 1) {
        String target = full.get(0);
        left.remove(key);
        into.put(key, target);
        reasons
            .computeIfAbsent(target, k -> new ArrayList<>())
            .add(
                "\u201c"
                    + display(key)
                    + "\u201d is taken for "
                    + display(target)
                    + ": the only full name that ends with it");
      }
    }
    // 2. Two spellings of one romanised name; 3. a linked entity's name spelled another way.
    for (String key : List.copyOf(left)) {
      if (!left.contains(key) || key.contains(" ")) {
        continue;
      }
      for (String other : List.copyOf(left)) {
        if (!other.equals(key) && !other.contains(" ") && sameSpelling(key, other)) {
          left.remove(other);
          into.put(other, key);
          reasons.computeIfAbsent(key, k -> new ArrayList<>()).add(spellings(other, key));
        }
      }
      for (String n : entityNames) {
        String k = normal(n);
        if (!k.equals(key) && !k.contains(" ") && sameSpelling(key, k)) {
          if (aliases.computeIfAbsent(key, x -> new TreeSet<>()).add(n)) {
            reasons
                .computeIfAbsent(key, x -> new ArrayList<>())
                .add(
                    "\u201c"
                        + n
                        + "\u201d and \u201c"
                        + display(key)
                        + "\u201d are two romanisations of one name");
          }
        }
      }
    }
    return new SameNames(into, reasons, aliases);
  }

  private String spellings(String other, String key) {
    return "\u201c"
        + display(other)
        + "\u201d and \u201c"
        + display(key)
        + "\u201d are two romanisations of one name";
  }

  /**
   * What {@link #sameNames} found.
   *
   * @param into a subject key → the key it joins (never itself joined to another)
   * @param reasons a key → why each name joined it
   * @param aliases a key → linked entities' names that are another spelling of it
   */
  public record SameNames(
      Map<String, String> into,
      Map<String, List<String>> reasons,
      Map<String, SortedSet<String>> aliases) {
    public SameNames {
      into = Map.copyOf(into);
      reasons = Map.copyOf(reasons);
      aliases = Map.copyOf(aliases);
    }
  }
}
