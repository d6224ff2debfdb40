package io.corroborate.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny stemmer for event and role words, with a short table of irregular forms and of synonymous
 * event words. It is deliberately small: enough that "killed", "killing" and "kills" meet, and
 * "shot" meets "shooting"; no dictionary.
 *
 * <pre>{@code Lemmas.key("arrested").equals(Lemmas.key("arrest")); // true}</pre>
 */
public final class Lemmas {
  private Lemmas() {}

  private static final Map<String, String> IRREGULAR = new HashMap<>();
  private static final Map<String, String> SYNONYM = new HashMap<>();

  static {
    String[][] irregular = {
      {"shot", "shoot"},
      {"fell", "fall"},
      {"fallen", "fall"},
      {"struck", "strike"},
      {"stricken", "strike"},
      {"took", "take"},
      {"taken", "take"},
      {"won", "win"},
      {"sent", "send"},
      {"led", "lead"},
      {"left", "leave"},
      {"held", "hold"},
      {"caught", "catch"},
      {"fought", "fight"},
      {"made", "make"},
      {"gave", "give"},
      {"given", "give"},
      {"told", "tell"},
      {"said", "say"},
      {"says", "say"},
      {"ran", "run"},
      {"began", "begin"},
      {"begun", "begin"},
      {"found", "find"},
      {"brought", "bring"},
      {"bought", "buy"},
      {"sold", "sell"},
      {"stole", "steal"},
      {"stolen", "steal"},
      {"was", "be"},
      {"were", "be"},
      {"is", "be"},
      {"are", "be"},
      {"been", "be"},
      {"had", "have"},
      {"has", "have"},
      {"went", "go"},
      {"gone", "go"},
      {"saw", "see"},
      {"seen", "see"},
      {"chose", "choose"},
      {"chosen", "choose"},
      {"broke", "break"},
      {"broken", "break"},
      {"spoke", "speak"},
      {"spoken", "speak"},
      {"met", "meet"},
      {"hit", "hit"},
      {"lost", "lose"},
      {"paid", "pay"},
      {"laid", "lay"},
      {"drove", "drive"},
      {"driven", "drive"},
      {"wrote", "write"},
      {"written", "write"},
      {"rose", "rise"},
      {"risen", "rise"},
      {"threw", "throw"},
      {"thrown", "throw"},
      {"flew", "fly"},
      {"flown", "fly"},
      {"fled", "flee"},
      {"bore", "bear"},
      {"born", "bear"},
      {"became", "become"},
      {"came", "come"},
      {"kept", "keep"},
      {"dead", "die"},
      {"death", "die"},
      {"deaths", "die"},
      {"died", "die"},
      {"dying", "die"},
      {"lying", "lie"},
      {"sank", "sink"},
      {"sunk", "sink"},
      {"hung", "hang"},
      {"swore", "swear"},
      {"sworn", "swear"},
      {"beaten", "beat"},
      {"bit", "bite"},
      {"bitten", "bite"},
      {"froze", "freeze"},
      {"frozen", "freeze"},
    };
    for (String[] p : irregular) {
      IRREGULAR.put(p[0], p[1]);
    }
    // Groups of words that name one kind of event; the first is the group's key.
    List<List<String>> groups =
        List.of(
            // A killing and the deaths it caused are one event in a news story.
            List.of("kill", "slay", "slain", "murder", "homicide", "die", "perish"),
            List.of("quake", "earthquake", "temblor", "tremor"),
            List.of(
                "arrest",
                "detain",
                "apprehend",
                "detention",
                "custody",
                "capture",
                "seize",
                "seizure"),
            List.of("shoot", "gunfire", "shootout"),
            List.of("attack", "assault", "raid", "strike", "hit"),
            List.of("sack", "dismiss", "oust", "dismissal"),
            List.of("fire", "blaze", "inferno"),
            List.of("hire", "appoint", "appointment"),
            List.of("announce", "announcement", "unveil", "reveal"),
            List.of("release", "issue", "launch"),
            List.of("injure", "wound", "hurt", "injury"),
            List.of("rehab", "rehabilitation", "treatment"),
            List.of("acquire", "acquisition", "buy", "purchase", "takeover"),
            List.of("blast", "explosion", "explode", "bomb", "bombing"),
            List.of("sentence", "jail", "imprison"),
            List.of("win", "victory", "beat", "defeat"),
            List.of("damage", "destroy", "devastate", "destruction"),
            List.of("find", "discover", "discovery"),
            List.of("flee", "escape"),
            List.of("charge", "accuse", "indict", "indictment"),
            List.of("foil", "thwart"),
            List.of("check", "enter", "admit"));
    for (List<String> g : groups) {
      String key = stem(g.get(0));
      for (String w : g) {
        SYNONYM.putIfAbsent(stem(w), key);
      }
    }
  }

  private static final java.util.Set<String> REPORTING = new java.util.HashSet<>();

  static {
    for (String w :
        List.of(
            "say",
            "tell",
            "report",
            "state",
            "add",
            "note",
            "comment",
            "confirm",
            "claim",
            "describe",
            "explain")) {
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
    String w = Names.fold(word).replaceAll("[^a-z]", "");
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
