package io.corroborate.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The language knowledge of one language: word lists, cue lists, measure lexicons, month names and
 * the like, each a resource file under {@code io/corroborate/lang/<code>/}. The code keeps the
 * mechanisms (how a list becomes a pattern, what a match means); the words live in those files. A
 * file is read once, on first use, and kept. A pack that lacks a file falls back to English's copy,
 * so a new language can start with the lists it has. The layout and formats are in {@code
 * docs/languages.md}.
 *
 * <pre>{@code
 * LanguagePack en = LanguagePack.of("en");
 * Map<String, Integer> months = en.values("months.tsv", Integer::parseInt);
 * LanguagePack mine = en.with("hedges.tsv", List.of("about\taround"));  // a caller's own list
 * }</pre>
 *
 * <p>Thread-safe: files are read at most once per pack and never change afterwards.
 */
public final class LanguagePack {
  /** The language every other pack falls back to, file by file. */
  public static final String FALLBACK = "en";

  private static final String ROOT = "/io/corroborate/lang/";
  private static final Pattern CODE = Pattern.compile("[a-z]{2}");
  private static final Map<String, LanguagePack> BUNDLED = new ConcurrentHashMap<>();

  private final String code;
  private final Function<String, Optional<List<String>>> source;
  private final Optional<LanguagePack> fallback;
  private final Map<String, Optional<List<String>>> lines = new ConcurrentHashMap<>();

  private LanguagePack(
      String code,
      Function<String, Optional<List<String>>> source,
      Optional<LanguagePack> fallback) {
    this.code = code;
    this.source = source;
    this.fallback = fallback;
  }

  /** The bundled English pack. */
  public static LanguagePack english() {
    return of(FALLBACK);
  }

  /**
   * The bundled pack of an ISO 639-1 code ("en", "de"), made once and shared; any file its folder
   * lacks is read from English.
   */
  public static LanguagePack of(String code) {
    String c = normalise(code);
    // English is made first and outside the map's update: a pack's fallback must not be created
    // from inside another pack's creation.
    Optional<LanguagePack> fallback =
        c.equals(FALLBACK) ? Optional.empty() : Optional.of(english());
    return BUNDLED.computeIfAbsent(
        c, k -> new LanguagePack(k, file -> resource(k, file), fallback));
  }

  /** The codes of the bundled language folders, as {@code lang/languages.txt} lists them. */
  public static List<String> bundledCodes() {
    return resource("", "languages.txt")
        .map(LanguagePack::entries)
        .orElseThrow(() -> new IllegalStateException("the bundled lang/languages.txt is missing"));
  }

  /**
   * The entries of one list file over every bundled language that has its own copy of it, in the
   * order of {@code lang/languages.txt} and then file order, each entry once: the words a reader
   * must know whatever language the text is in ("and", "et", "und"; "news agency", "agence").
   *
   * <pre>{@code List<String> joiners = LanguagePack.everyLanguage("coordinators.txt");}</pre>
   */
  public static List<String> everyLanguage(String file) {
    Set<String> out = new LinkedHashSet<>();
    for (LanguagePack pack : everyLanguageWith(file)) {
      out.addAll(pack.list(file));
    }
    return List.copyOf(out);
  }

  /**
   * The bundled packs that have their own copy of {@code file} (not English's by fallback), in the
   * order of {@code lang/languages.txt}: the one walk every reader of a list "whatever the
   * language" makes.
   *
   * <pre>{@code for (LanguagePack p : LanguagePack.everyLanguageWith("months.tsv")) { ... }}</pre>
   */
  public static List<LanguagePack> everyLanguageWith(String file) {
    List<LanguagePack> out = new ArrayList<>();
    for (String code : bundledCodes()) {
      LanguagePack pack = of(code);
      if (pack.has(file)) {
        out.add(pack);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The rows of a tab-separated {@code file} over every bundled language that has its own copy, in
   * the order of {@code lang/languages.txt} and then file order.
   */
  public static List<List<String>> everyLanguageRows(String file) {
    List<List<String>> out = new ArrayList<>();
    for (LanguagePack pack : everyLanguageWith(file)) {
      out.addAll(pack.rows(file));
    }
    return List.copyOf(out);
  }

  /**
   * First column → second column of {@code file} over every bundled language that has its own copy;
   * where two languages write the same entry, the first in {@code lang/languages.txt} wins. {@code
   * key} shapes each entry (for example lower-casing it).
   */
  public static Map<String, String> everyLanguagePairs(String file, Function<String, String> key) {
    Map<String, String> out = new LinkedHashMap<>();
    for (List<String> row : everyLanguageRows(file)) {
      if (row.size() < 2) {
        throw new IllegalArgumentException(
            "language file " + file + ": row without a value: " + row);
      }
      out.putIfAbsent(key.apply(row.get(0)), row.get(1));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * The first entries of the rows of {@code file}, over every bundled language that has its own
   * copy, whose second column is {@code category} or lists it among comma-separated values; each
   * once, in language and then file order.
   */
  public static List<String> everyLanguageCategory(String file, String category) {
    Set<String> out = new LinkedHashSet<>();
    for (LanguagePack pack : everyLanguageWith(file)) {
      out.addAll(pack.category(file, category));
    }
    return List.copyOf(out);
  }

  /**
   * The bundled pack of a language other than English, for the readers that stand in for the
   * English clause rules: empty for English, for no language and for anything but a two-letter
   * code.
   */
  public static Optional<LanguagePack> other(String code) {
    if (code == null || !twoLetters(code) || code.equals(FALLBACK)) {
      return Optional.empty();
    }
    return Optional.of(of(code));
  }

  /** Whether a code is two letters a to z: read for every claim, so without a pattern. */
  private static boolean twoLetters(String code) {
    return code.length() == 2
        && code.charAt(0) >= 'a'
        && code.charAt(0) <= 'z'
        && code.charAt(1) >= 'a'
        && code.charAt(1) <= 'z';
  }

  /**
   * A pack read from a folder of the same layout (for example a user's own lists); any file the
   * folder lacks comes from the bundled pack of the same code.
   */
  public static LanguagePack fromDirectory(String code, Path dir) {
    String c = normalise(code);
    return new LanguagePack(c, file -> overridden(Optional.of(dir), "", file), Optional.of(of(c)));
  }

  /** This pack with one file's lines replaced (each line as it would stand in the file). */
  public LanguagePack with(String file, List<String> fileLines) {
    List<String> copy = List.copyOf(fileLines);
    return new LanguagePack(
        code, f -> f.equals(file) ? Optional.of(copy) : Optional.empty(), Optional.of(this));
  }

  /** The ISO 639-1 code of this pack. */
  public String code() {
    return code;
  }

  /**
   * The entries of a list file in file order: one per line, trimmed, blank lines and lines whose
   * first character is {@code #} left out. For a tab-separated file, whole rows.
   */
  public List<String> list(String file) {
    return find(file)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no language file " + file + " for '" + code + "' nor for English"));
  }

  /** Whether this pack has a file of its own (not English's copy) of that name. */
  public boolean has(String file) {
    return lines.computeIfAbsent(file, f -> source.apply(f).map(LanguagePack::entries)).isPresent();
  }

  /** {@link #list} when the file exists in this pack or English, else empty. */
  public Optional<List<String>> find(String file) {
    Optional<List<String>> own =
        lines.computeIfAbsent(file, f -> source.apply(f).map(LanguagePack::entries));
    return own.isPresent() ? own : fallback.flatMap(p -> p.find(file));
  }

  /** The entries of a list file as a set (first column of a tab-separated file). */
  public Set<String> set(String file) {
    Set<String> out = new LinkedHashSet<>();
    for (List<String> row : rows(file)) {
      out.add(row.get(0));
    }
    return Set.copyOf(out);
  }

  /** The rows of a tab-separated file, each split at tabs, in file order. */
  public List<List<String>> rows(String file) {
    List<List<String>> out = new ArrayList<>();
    for (String line : list(file)) {
      List<String> cells = new ArrayList<>();
      for (String cell : line.split("\t", -1)) {
        cells.add(cell.strip());
      }
      out.add(List.copyOf(cells));
    }
    return List.copyOf(out);
  }

  /**
   * The first entries of the rows whose second column is {@code category} (or lists it among
   * comma-separated values), in file order.
   */
  public List<String> category(String file, String category) {
    return category(file, 1, category);
  }

  /**
   * The first entries of the rows whose column {@code column} (0 is the entry) is {@code value} or
   * lists it among comma-separated values, in file order.
   */
  public List<String> category(String file, int column, String value) {
    List<String> out = new ArrayList<>();
    for (List<String> row : rows(file)) {
      if (row.size() > column && List.of(row.get(column).split(",")).contains(value)) {
        out.add(row.get(0));
      }
    }
    return List.copyOf(out);
  }

  /** First column → second column of a tab-separated file, in file order. */
  public Map<String, String> pairs(String file) {
    return values(file, Function.identity());
  }

  /** First column → the second column parsed, in file order. */
  public <V> Map<String, V> values(String file, Function<String, V> parse) {
    Map<String, V> out = new LinkedHashMap<>();
    for (List<String> row : rows(file)) {
      if (row.size() < 2) {
        throw new IllegalArgumentException(
            "language file " + file + " of '" + code + "': row without a value: " + row);
      }
      out.putIfAbsent(row.get(0), parse.apply(row.get(1)));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * A regular-expression alternation of a list's entries, each quoted, longest first so that a
   * phrase wins over the word it starts with; a space in an entry matches {@code space} (for
   * example {@code "\\s+"}). No group of its own: the caller wraps it.
   */
  public String alternation(String file, String space) {
    return alternationOf(set(file), space);
  }

  /**
   * An alternation of the entries of {@code file} whose second column is {@code category} (see
   * {@link #category(String, String)}), written as {@link #alternation(String, String)} writes one.
   */
  public String alternation(String file, String category, String space) {
    return alternationOf(category(file, category), space);
  }

  /** {@link #alternation(String, String)} of any entries. */
  public static String alternationOf(java.util.Collection<String> entries, String space) {
    return alternationOf(
        entries,
        e -> {
          StringBuilder b = new StringBuilder();
          String[] words = e.split(" ", -1);
          for (int i = 0; i < words.length; i++) {
            b.append(i == 0 ? "" : space).append(words[i].isEmpty() ? "" : Pattern.quote(words[i]));
          }
          return b.toString();
        });
  }

  /**
   * A regular-expression alternation of entries, each written as {@code pattern} gives it, longest
   * entry first so that a phrase wins over the word it starts with. No group of its own.
   */
  public static String alternationOf(
      java.util.Collection<String> entries, java.util.function.Function<String, String> pattern) {
    List<String> sorted = new ArrayList<>(new LinkedHashSet<>(entries));
    sorted.sort(
        Comparator.comparingInt(String::length)
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    StringBuilder b = new StringBuilder();
    for (String e : sorted) {
      if (b.length() > 0) {
        b.append('|');
      }
      b.append(pattern.apply(e));
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "LanguagePack[" + code + "]";
  }

  private static String normalise(String code) {
    String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    int dash = c.indexOf('-');
    c = dash > 0 ? c.substring(0, dash) : c;
    if (!CODE.matcher(c).matches()) {
      throw new IllegalArgumentException(
          "a language pack needs an ISO 639-1 code, got '" + code + "'");
    }
    return c;
  }

  private static List<String> entries(List<String> raw) {
    List<String> out = new ArrayList<>();
    for (String line : raw) {
      String s = line.strip();
      if (!s.isEmpty() && s.charAt(0) != '#') {
        out.add(line.contains("\t") ? line.replaceAll("^\\s+|[ \\r]+$", "") : s);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The Java system property naming a folder of the bundled layout ({@code <dir>/en/hedges.tsv},
   * {@code <dir>/languages.txt}) whose files replace the bundled ones, file by file, for the whole
   * process: {@code CORROBORATE_JAVA_OPTS=-Dcorroborate.lang.dir=my-lang bin/corroborate …}. The
   * environment variable {@code CORROBORATE_LANG_DIR} does the same where the property is unset.
   * Read once, before the first list is read.
   */
  public static final String OVERRIDE_PROPERTY = "corroborate.lang.dir";

  private static final Optional<Path> OVERRIDE_DIR =
      Optional.ofNullable(System.getProperty(OVERRIDE_PROPERTY))
          .or(() -> Optional.ofNullable(System.getenv("CORROBORATE_LANG_DIR")))
          .filter(d -> !d.isBlank())
          .map(Path::of);

  /**
   * The lines of {@code file} of language {@code code} ("" for the shared files) in a folder of the
   * bundled layout, when the folder has it.
   */
  static Optional<List<String>> overridden(Optional<Path> dir, String code, String file) {
    if (dir.isEmpty()) {
      return Optional.empty();
    }
    Path p = code.isEmpty() ? dir.get().resolve(file) : dir.get().resolve(code).resolve(file);
    if (!Files.isRegularFile(p)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllLines(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language file " + p, e);
    }
  }

  private static Optional<List<String>> resource(String code, String file) {
    Optional<List<String>> own = overridden(OVERRIDE_DIR, code, file);
    if (own.isPresent()) {
      return own;
    }
    String path = code.isEmpty() ? ROOT + file : ROOT + code + "/" + file;
    try (InputStream in = LanguagePack.class.getResourceAsStream(path)) {
      if (in == null) {
        return Optional.empty();
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          out.add(line);
        }
      }
      return Optional.of(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language resource " + path, e);
    }
  }
}
