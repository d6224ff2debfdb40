package io.corroborate.lang;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No rule for a particular story: no main source or resource of any module names a person, place or
 * outlet of the worked examples ({@code examples/}), the seed articles or the real stories of
 * {@code ../shared/corpus}. Names are read at test time: the entities of the real stories' gold
 * files, and the capitalised words of the seeds and examples that the corpora never write in lower
 * case. Comment lines may use examples and are not read; in Java only string literals are.
 */
class NoStoryNamesTest {
  /**
   * Words the name finder picks up that are general knowledge, not a story's: calendar words,
   * nationalities, countries and capitals, and common words that happen to stand in names.
   */
  private static final Set<String> GENERAL =
      Set.of(
          // calendar
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "christmas",
          "independence",
          // nationalities, countries, capitals, languages
          "american",
          "belarusian",
          "chinese",
          "european",
          "english",
          "korean",
          "koreans",
          "russian",
          "russians",
          "ukrainian",
          "ukrainians",
          "tajik",
          "ukraine",
          "russia",
          "south",
          "north",
          "kremlin",
          "pyongyang",
          "moscow",
          "kyiv",
          "syria",
          "turkey",
          // common words that stand in names of bodies and outlets
          "authority",
          "defense",
          "directorate",
          "journal",
          "ledger",
          "voice",
          "party",
          "university",
          "secretary",
          "pope",
          "prices",
          "publishing",
          "oblast",
          "ilbo",
          "facebook",
          "group",
          "posts",
          "feed",
          "courier",
          "observer",
          "standards",
          // an acronym of a common noun: prisoner of war
          "pow",
          // "lee" is the Spanish "read" in boilerplate phrases ("lee también")
          "lee");

  /**
   * Files that still hold story names, with exactly those names: a list that may only shrink. The
   * CoreNLP layer's domain gazetteer lists the places and bodies of one theatre of war and is
   * pinned by the seed annotation tests until a world gazetteer replaces it (the seed story's own
   * places are no longer in it: region names are found by a general rule).
   */
  private static final Map<String, Set<String>> KNOWN =
      Map.of(
          "annotate-corenlp/src/main/resources/io/corroborate/annotate/corenlp/domain.regexner",
          Set.of(
              "bryansk",
              "kharkiv",
              "zaporizhzhia",
              "odesa",
              "vladivostok",
              "nis",
              "gur",
              "sbu",
              "dprk"));

  private static final String EXAMPLE_FOLDER = "examples/kaldor-dam";

  private static final Pattern CAPITALISED =
      Pattern.compile("(?<=[\\p{Ll},;] )(\\p{Lu}\\p{Ll}+)|(?<=\\()(\\p{Lu}{2,6})(?=\\))");

  /** A lower-case word of running text, not of a URL, a file name or markup ("kaldor-dam"). */
  private static final Pattern LOWER_WORD =
      Pattern.compile("(?<=^|[\\s(\"“])\\p{Ll}{2,}(?=$|[\\s,.;:!?)\"”])", Pattern.MULTILINE);

  private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z .,'&/-]*");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  @Test
  void noMainSourceNamesAnyoneOrAnywhereOfTheKaldorDamExample() throws IOException {
    List<String> texts = exampleTexts();
    List<String> vocabulary = new ArrayList<>(texts);
    vocabulary.addAll(repositoryProse());
    Map<String, String> names = new TreeMap<>();
    addCapitalisedNames(texts, lowerWords(vocabulary), "examples/kaldor-dam", names);
    assertThat(names).containsKeys("Kaldor", "Brenitsa", "Sulev", "NCPA", "TEHCO");
    assertThat(hits(names)).as("names of the Kaldor Dam example in main sources").isEmpty();
  }

  @Test
  void noMainSourceNamesAnyoneOrAnywhereOfTheSeedsOrTheRealStories() throws IOException {
    Path seeds = Repo.sharedOrSkip("corpus/seeds");
    Path real = Repo.sharedOrSkip("corpus/real");
    List<String> seedTexts = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        seedTexts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    List<String> vocabulary = new ArrayList<>(seedTexts);
    vocabulary.addAll(exampleTexts());
    vocabulary.addAll(repositoryProse());
    ObjectMapper json = new ObjectMapper();
    Map<String, String> names = new TreeMap<>();
    try (Stream<Path> files = Files.list(real)) {
      for (Path f : files.sorted().toList()) {
        String file = f.getFileName().toString();
        if (file.endsWith(".jsonl")) {
          for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
              vocabulary.add(json.readTree(line).path("maintext").asText(""));
            }
          }
        }
      }
    }
    Set<String> lower = lowerWords(vocabulary);
    addCapitalisedNames(seedTexts, lower, "seeds", names);
    try (Stream<Path> files = Files.list(real)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
        for (JsonNode e : json.readTree(f.toFile()).path("entities")) {
          List<String> all = new ArrayList<>();
          all.add(e.path("name").asText("").replaceAll("\\s*\\(.*\\)", ""));
          e.path("also").forEach(a -> all.add(a.asText("")));
          for (String n : all) {
            String s = n.strip();
            // Latin-script names of three letters or more; a single word only when the corpora
            // never write it in lower case ("Musk", not "picnic").
            if (s.length() >= 3
                && LATIN_NAME.matcher(s).matches()
                && (s.contains(" ") || !lower.contains(s.toLowerCase(Locale.ROOT)))) {
              names.putIfAbsent(s, f.getFileName().toString());
            }
          }
        }
      }
    }
    assertThat(names)
        .containsKeys("Kursk", "Paek", "Ri", "Budanov", "NIS", "Elon Musk", "Crocus City Hall");
    assertThat(hits(names)).as("names of the seeds and real stories in main sources").isEmpty();
  }

  private static List<String> exampleTexts() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Repo.examples().resolve("kaldor-dam"))) {
      for (Path f : files.filter(p -> !p.toString().endsWith(".gz")).sorted().toList()) {
        out.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /**
   * The repository's documentation (not the example's answer key), so that a common word the
   * articles only ever capitalise ("Group") is known as a word.
   */
  private static List<String> repositoryProse() throws IOException {
    List<String> out = new ArrayList<>();
    Path root = Repo.root();
    for (String doc : List.of("README.md", "docs/languages.md", "docs/dossier-schema.md")) {
      Path p = root.resolve(doc);
      if (Files.exists(p)) {
        out.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static Set<String> lowerWords(List<String> texts) {
    Set<String> out = new HashSet<>();
    for (String t : texts) {
      Matcher m = LOWER_WORD.matcher(t);
      while (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  /** Capitalised words inside sentences that the corpora never write in lower case. */
  private static void addCapitalisedNames(
      List<String> texts, Set<String> lower, String source, Map<String, String> names) {
    for (String t : texts) {
      Matcher m = CAPITALISED.matcher(t);
      while (m.find()) {
        String w = m.group(1) != null ? m.group(1) : m.group(2);
        // An acronym an article introduces in parentheses ("(NIS)") is a name however the corpora
        // write its letters in lower case.
        boolean acronym = w.equals(w.toUpperCase(Locale.ROOT));
        if (acronym || !lower.contains(w.toLowerCase(Locale.ROOT))) {
          names.putIfAbsent(w, source);
        }
      }
    }
  }

  /** Every line of a main source or resource of any module that names one of {@code names}. */
  private static List<String> hits(Map<String, String> names) throws IOException {
    List<String> sensitive = new ArrayList<>();
    List<String> insensitive = new ArrayList<>();
    for (String n : names.keySet()) {
      if (GENERAL.contains(n.toLowerCase(Locale.ROOT))) {
        continue;
      }
      // Acronyms and two-letter names are matched as written ("WHO" is not "who", "Ri" not "ri").
      (n.length() < 3 || n.equals(n.toUpperCase(Locale.ROOT)) ? sensitive : insensitive).add(n);
    }
    Pattern cs = alternation(sensitive, 0);
    Pattern ci = alternation(insensitive, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Path root = Repo.root();
    List<Path> mains = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path m : modules.sorted().toList()) {
        if (Files.isDirectory(m.resolve("src/main"))) {
          mains.add(m.resolve("src/main"));
        }
      }
    }
    assertThat(mains).hasSizeGreaterThan(5);
    List<String> out = new ArrayList<>();
    for (Path main : mains) {
      try (Stream<Path> files = Files.walk(main)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          String rel = root.relativize(f).toString().replace('\\', '/');
          if (rel.endsWith(".gz") || rel.endsWith(".onnx") || rel.endsWith(".bin")) {
            continue;
          }
          List<String> lines;
          try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
          } catch (java.nio.charset.MalformedInputException e) {
            continue; // not text
          }
          Set<String> known = KNOWN.getOrDefault(rel, Set.of());
          for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.startsWith("//")
                || s.startsWith("*")
                || s.startsWith("/*")
                || s.startsWith("#")
                || s.startsWith("<!--")) {
              continue;
            }
            List<String> parts = new ArrayList<>();
            if (rel.endsWith(".java")) {
              Matcher lit = LITERAL.matcher(lines.get(i));
              while (lit.find()) {
                parts.add(lit.group(1));
              }
            } else {
              parts.add(lines.get(i));
            }
            // The example corpus's folder is a path, not a name.
            parts.replaceAll(x -> x.replace(EXAMPLE_FOLDER, ""));
            for (String part : parts) {
              for (Pattern p : List.of(cs, ci)) {
                Matcher m = p.matcher(part);
                while (m.find()) {
                  String name = m.group();
                  if (!known.contains(name.toLowerCase(Locale.ROOT))) {
                    out.add(rel + ":" + (i + 1) + ": " + name + " (" + source(names, name) + ")");
                  }
                }
              }
            }
          }
        }
      }
    }
    return out;
  }

  private static String source(Map<String, String> names, String found) {
    for (Map.Entry<String, String> e : names.entrySet()) {
      if (e.getKey().equalsIgnoreCase(found)) {
        return e.getValue();
      }
    }
    return "?";
  }

  private static Pattern alternation(List<String> names, int flags) {
    if (names.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    Set<String> sorted =
        new TreeSet<>(
            Comparator.comparingInt(String::length)
                .reversed()
                .thenComparing(Comparator.naturalOrder()));
    sorted.addAll(names);
    StringBuilder b = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    int i = 0;
    for (String n : sorted) {
      b.append(i++ == 0 ? "" : "|").append(Pattern.quote(n));
    }
    return Pattern.compile(b.append(")(?![\\p{L}\\p{N}])").toString(), flags);
  }
}
