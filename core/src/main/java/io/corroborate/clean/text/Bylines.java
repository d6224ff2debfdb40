package io.corroborate.clean.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a byline: "By Jane Roe and John Doe", "Author: Jane Roe", "By Harbor Gazette Jane Roe", "By
 * Jane Roe, Reuters", "Reporting by Jane Roe; Editing by John Doe". Names are the people who wrote;
 * an outlet named in the byline is kept apart; editors and job titles are dropped.
 *
 * <pre>{@code Bylines.parse("By Jane Roe and John Doe").get().names(); // [Jane Roe, John Doe]}
 * </pre>
 */
public final class Bylines {
  private Bylines() {}

  /** What a byline says: the authors' names in order, and the outlet if it names one. */
  public record Byline(List<String> names, Optional<String> outlet, String cue) {
    public Byline {
      names = List.copyOf(names);
    }
  }

  private static final Pattern OPENING =
      Pattern.compile(
          "(?i)^(?:[-–—(]\\s*)?(by|written by|words by|story by|text by|reporting by|reported by|author\\s*:|authors\\s*:|byline\\s*:)\\s*");

  /** Words that make a run of capitalised words an outlet's name, not a person's. */
  private static final Pattern OUTLET_WORD =
      Pattern.compile(
          "(?i)^(?:journal|news|times|post|daily|herald|tribune|press|agency|media|independent|gazette|review|magazine|radio|tv|television|network|wire|report|observer|telegraph|guardian|chronicle|ilbo|sinmun|shimbun|courier|express|mail|star|sun|today|online|reuters|bloomberg|afp|ap|yonhap|tass|ria|interfax|ukrinform|bbc|cnn|nbc|cbs|abc|dpa|efe|xinhua)$");

  /** Job titles that follow a name in a byline. */
  private static final Pattern ROLE =
      Pattern.compile(
          "(?i)^(?:staff|senior|chief|special|foreign|political|news|national|international|deputy|associate|managing|contributing|our)?\\s*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|staff|desk|team|bureau)s?$");

  private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\|)\\s*");
  private static final Pattern EDITING =
      Pattern.compile(
          "(?i)[;.]?\\s*(?:additional reporting|editing|edited|writing|compiled)\\s+by\\b.*$");
  private static final Pattern PARTICLE =
      Pattern.compile("^(?:de|da|van|von|der|den|bin|ibn|al|el|la|le|del|du|dos|di|ter)$");
  private static final Pattern MONTH_OR_DAY =
      Pattern.compile(
          "(?i)^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|this|that|then|now|early|late|mid|last|next)$");

  /** Whether {@code line} opens like a byline; {@link #parse} decides whether it is one. */
  public static boolean opens(String line) {
    return OPENING.matcher(line).find();
  }

  /**
   * The byline in {@code line}, if the line is one: it opens with a byline cue, is short, does not
   * end like a sentence, and what follows the cue is capitalised names.
   */
  public static Optional<Byline> parse(String line, int maxWords) {
    String s = line.strip();
    if (s.startsWith("(") && s.endsWith(")")) {
      // A wire's credit line: "(Reporting by Ana Roe; editing by Jo Doe)".
      s = s.substring(1, s.length() - 1).strip();
    }
    Matcher m = OPENING.matcher(s);
    if (!m.find() || s.endsWith(".") && !s.matches(".*\\b\\p{Lu}\\.$")) {
      return Optional.empty();
    }
    String cue = m.group(1).toLowerCase(Locale.ROOT).replace(":", "").strip();
    String rest = EDITING.matcher(s.substring(m.end())).replaceFirst("").strip();
    if (Cues.words(rest) + 1 > maxWords) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    Optional<String> outlet = Optional.empty();
    for (String part : SPLIT.split(rest)) {
      String p = part.strip();
      if (p.isEmpty() || ROLE.matcher(p).matches()) {
        continue;
      }
      String[] tokens = p.split("\\s+");
      if (!allCapitalised(tokens)) {
        // "By the end of the month" is a sentence, not a byline.
        return names.isEmpty() ? Optional.empty() : Optional.of(new Byline(names, outlet, cue));
      }
      int lastOutletWord = -1;
      for (int i = 0; i < tokens.length; i++) {
        if (OUTLET_WORD.matcher(tokens[i]).matches()) {
          lastOutletWord = i;
        }
      }
      if (lastOutletWord == tokens.length - 1) {
        // The whole part names an outlet ("Reuters", "Kyiv Independent").
        if (outlet.isEmpty()) {
          outlet = Optional.of(p);
        }
        continue;
      }
      int cut = lastOutletWord + 1;
      if (cut > 0 && outlet.isEmpty()) {
        outlet = Optional.of(String.join(" ", Arrays.copyOfRange(tokens, 0, cut)));
      }
      String[] nameTokens = Arrays.copyOfRange(tokens, cut, tokens.length);
      if (nameTokens.length > 4) {
        return Optional.empty();
      }
      names.add(String.join(" ", nameTokens));
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(new Byline(names, outlet, cue));
  }

  private static boolean allCapitalised(String[] tokens) {
    for (String t : tokens) {
      if (t.isEmpty()) {
        continue;
      }
      if (MONTH_OR_DAY.matcher(t).matches()) {
        return false;
      }
      int cp = t.codePointAt(0);
      if (!(Character.isUpperCase(cp)
          || PARTICLE.matcher(t).matches()
          || !Character.isLetter(cp)
              && t.length() > 1
              && Character.isUpperCase(t.codePointAt(1)))) {
        return false;
      }
    }
    return true;
  }
}
