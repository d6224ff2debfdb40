package io.corroborate.link;

import io.corroborate.lang.LanguagePack;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A tiny stemmer for event and role words, with a short table of irregular forms and of synonymous
 * event words. It is deliberately small: enough that "killed", "killing" and "kills" meet, and
 * "shot" meets "shooting"; no dictionary.
 *
 * <pre>{@code Lemmas.key("arrested").equals(Lemmas.key("arrest")); // true}</pre>
 */
public final class Lemmas {
  private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");

  private Lemmas() {}

  private static final Map<String, String> IRREGULAR = new HashMap<>();
  private static final Map<String, String> SYNONYM = new HashMap<>();

  static {
    LanguagePack en = LanguagePack.english();
    IRREGULAR.putAll(en.pairs("irregular-forms.tsv"));
    // Groups of words that name one kind of event; the first is the group's key.
    for (List<String> g : en.rows("event-synonyms.tsv")) {
      String key = stem(g.get(0));
      for (String w : g) {
        SYNONYM.putIfAbsent(stem(w), key);
      }
    }
  }

  private static final java.util.Set<String> REPORTING = new java.util.HashSet<>();

  static {
    for (String w : LanguagePack.english().list("speech-events.txt")) {
      REPORTING.add(stem(w));
    }
  }

  /**
   * Whether the word only reports speech ("said", "told"): two articles' "said" are nearly always
   * two different statements, so these words do not merge events across articles by themselves.
   */
  public static boolean reporting(String word) {
    return REPORTING.contains(stem(word));
  }

  /** The word's stem, then its synonym group: the comparable key of an event or role word. */
  public static String key(String word) {
    String s = stem(word);
    return SYNONYM.getOrDefault(s, s);
  }

  /** A light stem: irregular forms, then -ies/-ied, -ing, -ed, -es/-s, -ion, -ment, a final e. */
  public static String stem(String word) {
    String w = NOT_LETTER.matcher(Names.fold(word)).replaceAll("");
    if (w.isEmpty()) {
      return Names.fold(word).strip();
    }
    String irr = IRREGULAR.get(w);
    if (irr == null && w.length() > 4 && !w.endsWith("ies")) {
      // The plural first, so that "shootings" goes on to lose its -ing.
      if (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
        w = w.substring(0, w.length() - 2);
      } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
        w = w.substring(0, w.length() - 1);
      }
      irr = IRREGULAR.get(w);
    } else if (irr == null
        && w.length() == 4
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (irr != null) {
      w = irr;
    } else if (w.length() > 4 && w.endsWith("ied")) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.length() > 4 && w.endsWith("ies")) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.length() > 5 && w.endsWith("ing")) {
      w = w.substring(0, w.length() - 3);
    } else if (w.length() > 4 && w.endsWith("ed")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() > 4 && w.endsWith("ment")) {
      w = w.substring(0, w.length() - 4);
    } else if (w.length() > 5 && w.endsWith("ions")) {
      w = w.substring(0, w.length() - 4);
    } else if (w.length() > 5 && w.endsWith("ion")) {
      w = w.substring(0, w.length() - 3);
    }
    // "shopping" / "shop", "arrive" / "arriv(ed)": a doubled final consonant and a final e go.
    if (w.length() > 3
        && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)
        && !Names.isVowel(w.charAt(w.length() - 1))
        && "lsz".indexOf(w.charAt(w.length() - 1)) < 0) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 3 && w.endsWith("e")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 2 && w.endsWith("y")) {
      w = w.substring(0, w.length() - 1) + "i";
    }
    return w;
  }
}
