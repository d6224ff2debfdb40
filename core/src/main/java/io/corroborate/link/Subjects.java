package io.corroborate.link;

import io.corroborate.lang.LanguagePack;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys a claim's subject by structure: its head noun folded to a class ("troops", "soldiers",
 * "people" are all people) and its qualifiers (a linked entity or a proper word: "North Korean"),
 * so that "Ostrel soldiers" and "Varnesian soldiers" stay apart and "the troops" can join the one
 * qualified subject of its head.
 */
public final class Subjects {
  // Compiled once: every claim's subject is keyed each time its story is analysed.
  private static final Pattern NOT_SUBJECT = Pattern.compile("[^\\p{L}\\p{N}'’ -]+");
  private static final Pattern SPACES = Pattern.compile("[\\s]+");
  private static final Pattern POSSESSIVE_END =
      Pattern.compile(
          "(?:" + LanguagePack.english().alternation("possessive-endings.txt", " ") + ")$");
  private static final Pattern FIGURE = Pattern.compile("[\\p{N},.]+");

  private Subjects() {}

  /** A subject's key (what it is compared by) and label (how it is shown). */
  public record Key(String key, String label) {}

  private static final Set<String> STOP = LanguagePack.english().set("subject-function-words.txt");

  /**
   * Nouns → the head they are compared as: the counted people ({@code people-nouns.tsv}) and the
   * things that several nouns name ({@code subject-heads.tsv}: a channel is also a passage), with
   * every language's {@code subject-heads.tsv}, so that a subject written in another language
   * ("gebruikers") is compared as English's ("user").
   */
  private static final Map<String, String> HEADS = heads();

  private static Map<String, String> heads() {
    Map<String, String> out =
        new java.util.HashMap<>(LanguagePack.english().pairs("people-nouns.tsv"));
    out.putAll(LanguagePack.english().pairs("subject-heads.tsv"));
    LanguagePack.everyLanguagePairs("subject-heads.tsv", w -> w.toLowerCase(Locale.ROOT))
        .forEach(out::putIfAbsent);
    return Map.copyOf(out);
  }

  /**
   * Words that end the noun phrase once its head is read: "North Korean forces fighting for Russia"
   * is about the forces, not about Russia.
   */
  private static final Set<String> AFTER_HEAD = LanguagePack.english().set("after-head.txt");

  /** Number words are the figure, not what is counted: "the two captured soldiers". */
  private static final Set<String> NUMBER_WORDS =
      LanguagePack.english().set("subject-number-words.txt");

  /** Heads that name a part of what follows "of": "two-thirds of the losses". */
  private static final Set<String> PARTITIVE = LanguagePack.english().set("partitives.txt");

  /** The partitive preposition ("of"): after a head that names no part, it ends the subject. */
  private static final Set<String> OF =
      Set.copyOf(LanguagePack.english().category("partitive-words.tsv", "preposition"));

  /** A subject's key and label, read once for the names of a story. */
  public static Key key(String subject, NameIndex names) {
    return names.remember("subject", subject, s -> read(s, names));
  }

  private static Key read(String subject, NameIndex names) {
    String[] words = SPACES.split(NOT_SUBJECT.matcher(subject).replaceAll(" ").trim());
    List<String> qualifiers = new ArrayList<>();
    String head = "";
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) {
        continue;
      }
      String lw = POSSESSIVE_END.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
      // A noun of two words ("crew members") is read as one: its head is the pair's.
      if (i + 1 < words.length) {
        String pair = lw + " " + words[i + 1].toLowerCase(Locale.ROOT);
        if (HEADS.containsKey(pair)) {
          flush(name, qualifiers, names);
          head = HEADS.get(pair);
          i++;
          continue;
        }
      }
      if (NUMBER_WORDS.contains(lw)) {
        flush(name, qualifiers, names);
        continue;
      }
      if (!head.isEmpty()
          && (AFTER_HEAD.contains(lw)
              || (OF.contains(lw) && !PARTITIVE.contains(head))
              || (!HEADS.containsKey(lw)
                  && lw.length() > 4
                  && (lw.endsWith("ing") || lw.endsWith("ed"))))) {
        break;
      }
      if (STOP.contains(lw) || FIGURE.matcher(lw).matches()) {
        flush(name, qualifiers, names);
        continue;
      }
      if (Character.isUpperCase(w.charAt(0))) {
        name.append(name.length() == 0 ? "" : " ").append(POSSESSIVE_END.matcher(w).replaceAll(""));
        head = "";
        continue;
      }
      flush(name, qualifiers, names);
      head = HEADS.getOrDefault(lw, singular(lw));
    }
    // A name alone ("Tezhdan", "Kim Jong Un") is its own head.
    if (head.isEmpty() && name.length() > 0) {
      String n = names.key(name.toString());
      return new Key(n, names.display(n));
    }
    flush(name, qualifiers, names);
    String q = String.join(" ", qualifiers);
    String key = q.isEmpty() ? head : q + " " + head;
    String label = key.isBlank() ? "" : key;
    return new Key(key.trim(), label.trim());
  }

  private static void flush(StringBuilder name, List<String> qualifiers, NameIndex names) {
    if (name.length() > 0) {
      qualifiers.add(names.key(name.toString()));
      name.setLength(0);
    }
  }

  /** The head of a key: its last word, or the key itself when it is one word. */
  public static String head(String key) {
    int sp = key.lastIndexOf(' ');
    return sp < 0 ? key : key.substring(sp + 1);
  }

  private static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
