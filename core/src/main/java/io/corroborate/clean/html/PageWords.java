package io.corroborate.clean.html;

import io.corroborate.lang.LanguagePack;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of page furniture ("share", "Weiterlesen", "lire aussi"), gathered from every bundled
 * language folder: a page's boilerplate is in the language of its site, which cleaning does not
 * know yet, so each list is read from all the languages that have one. The patterns built from
 * these lists are made once, as constants of the readers.
 *
 * <p>An entry is a word or a phrase; a space matches one space (cleaned lines have single spaces),
 * {@code #} stands for a number ("# comments"), a word ending in {@code *} matches every word it
 * begins ("subskrypcj*"), and {@code …} after a word lets up to 30 characters follow ("mehr zum
 * thema…").
 *
 * <pre>{@code String alt = PageWords.alternation("page-prompts.txt"); // "share the article|..."}
 * </pre>
 */
public final class PageWords {
  private PageWords() {}

  /** The entries of {@code file} from every bundled language that has its own, each once. */
  public static List<String> everyLanguage(String file) {
    List<String> out = LanguagePack.everyLanguage(file);
    if (out.isEmpty()) {
      throw new IllegalStateException("no language folder has the page-word list " + file);
    }
    return out;
  }

  /**
   * The first column of the rows of a tab-separated {@code file} in every language whose second
   * column lists {@code use} among comma-separated values.
   */
  public static List<String> everyLanguage(String file, String use) {
    return LanguagePack.everyLanguageCategory(file, use);
  }

  /**
   * The rows of a language-neutral data file of the cleaner (markup vocabulary, agency names),
   * {@code path} relative to {@code io/corroborate/clean/}: columns split at tabs, comments and
   * blank lines left out.
   */
  public static List<List<String>> data(String path) {
    String res = "/io/corroborate/clean/" + path;
    try (InputStream in = PageWords.class.getResourceAsStream(res)) {
      if (in == null) {
        throw new IllegalStateException("the cleaner's data file " + res + " is missing");
      }
      List<List<String>> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (s.isEmpty() || s.charAt(0) == '#') {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : s.split("\t", -1)) {
          cells.add(cell.strip());
        }
        out.add(List.copyOf(cells));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the cleaner's data file " + res, e);
    }
  }

  /**
   * A regular-expression alternation of the entries of {@code file} in every language, longest
   * first so that a phrase wins over the word it starts with. No group of its own: the caller wraps
   * it.
   */
  public static String alternation(String file) {
    return alternationOf(everyLanguage(file));
  }

  /** {@link #alternation(String)} of any entries. */
  public static String alternationOf(List<String> entries) {
    return LanguagePack.alternationOf(entries, PageWords::entry);
  }

  private static String entry(String e) {
    StringBuilder b = new StringBuilder();
    String[] words = e.split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i > 0) {
        b.append(' ');
      }
      if (w.equals("…")) {
        b.append(".{0,30}");
      } else if (w.length() > 1 && w.endsWith("…")) {
        b.append(Pattern.quote(w.substring(0, w.length() - 1))).append(".{0,30}");
      } else if (w.equals("#")) {
        b.append("\\d+");
      } else if (w.length() > 1 && w.endsWith("*")) {
        b.append(Pattern.quote(w.substring(0, w.length() - 1))).append("\\w*");
      } else if (!w.isEmpty()) {
        b.append(Pattern.quote(w));
      }
    }
    return b.toString();
  }
}
