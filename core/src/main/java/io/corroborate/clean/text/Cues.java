package io.corroborate.clean.text;

import io.corroborate.clean.html.PageWords;
import io.corroborate.internal.SentenceMarks;
import io.corroborate.lang.LanguagePack;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexical cues of scraped news pages: navigation labels, calls to action, time-ago stamps,
 * photo credits, reading times. Their words come from the language folders, each list read from
 * every language that has it (a page's language is not known yet). Each is a general pattern of web
 * pages, not of one site; the cascade in {@link TextCascade} decides what they mean from where they
 * stand.
 *
 * <pre>{@code Cues.timeAgo("2 minutes ago"); // true
 * Cues.caption("Divers at work. (Ines Kora/Herald)", 10); // true}</pre>
 */
public final class Cues {
  private Cues() {}

  private static final Pattern SPACE = Pattern.compile("\\s+");

  /**
   * The amount of a time-ago stamp: a number or a word for one, and a unit ("2 min", "an hour").
   */
  private static final String TIME_AGO_AMOUNT =
      "(?:\\d{1,3}|"
          + words("time-ago.tsv", "count")
          + ")\\s*(?:"
          + words("time-ago.tsv", "unit")
          + ")";

  /**
   * "2 minutes ago", "1 hr ago", "il y a 3 heures", "vor 2 Stunden", "yesterday", "just now" alone
   * on a line.
   */
  private static final Pattern TIME_AGO =
      Pattern.compile(
          "(?iu)^(?:(?:"
              + words("time-ago.tsv", "before")
              + ")\\s+"
              + TIME_AGO_AMOUNT
              + "|"
              + TIME_AGO_AMOUNT
              + "\\s+(?:"
              + words("time-ago.tsv", "after")
              + ")|"
              + words("time-ago.tsv", "alone")
              + ")\\.?$");

  /** "2 min read", "5-minute read", "Reading time: 3 minutes". */
  private static final Pattern READING_TIME =
      Pattern.compile(
          "(?iu)^(?:(?:"
              + words("reading-times.tsv", "label")
              + ")\\s*:?\\s*\\d{1,3}\\s*(?:"
              + words("reading-times.tsv", "unit")
              + ")|\\d{1,3}[\\s-]*(?:"
              + words("reading-times.tsv", "unit")
              + ")\\s+(?:"
              + LanguagePack.alternationOf(
                  PageWords.everyLanguage("reading-times.tsv", "after"), "\\s+")
              + "))\\.?$");

  /**
   * Whole-line labels that introduce a list of other stories or more of the site; they end an
   * article when they come after it.
   */
  private static final Pattern LIST_HEADER =
      Pattern.compile(
          "(?iu)^(?:"
              + words("line-cues.tsv", "list")
              + "|(?:"
              + words("line-cues.tsv", "list-named")
              + ") [\\p{L} .'’&-]{1,40})\\s*[:»>›…]*$");

  /** Whole-line labels of site furniture that are not list headers. */
  private static final Pattern NAV_LABEL =
      Pattern.compile(
          "(?iu)^(?:"
              + words("line-cues.tsv", "nav")
              + "|(?:"
              + words("line-cues.tsv", "nav-named")
              + ") [\\p{L} ]{1,20})\\s*[:»>›]*$");

  /** Headers that open the readers' comments below an article. */
  private static final Pattern COMMENTS_HEADER =
      Pattern.compile(
          "(?iu)^(?:"
              + words("line-cues.tsv", "comments")
              + "|\\d{1,5}\\s+(?:"
              + words("line-cues.tsv", "comments-counted")
              + "))\\s*[:»>›(\\d)]*$");

  /** "Read more: …", "Related: …", "See also: …": a link to another story on one line. */
  private static final Pattern INLINE_LINK =
      Pattern.compile("(?iu)^(?:" + words("line-cues.tsv", "link") + ")\\s*[:»>›|–—-]\\s*\\S");

  /** "Categories: World News", "Tags: …", "Filed under: …". */
  private static final Pattern CATEGORY =
      Pattern.compile(
          "(?iu)^(?:"
              + LanguagePack.alternationOf(
                  union(
                      PageWords.everyLanguage("tag-labels.txt"),
                      PageWords.everyLanguage("line-cues.tsv", "category")),
                  " ")
              + ")\\s*:\\s*\\S.*$");

  /** Labels of an advertisement slot alone on a line, in every language ("Anzeige"). */
  private static final Pattern AD_LABEL =
      Pattern.compile("(?iu)^(?:" + PageWords.alternation("ad-labels.txt") + ")$");

  /** Placeholders left where an image, avatar or video was, or an advertisement's label. */
  private static final Pattern MEDIA_LABEL =
      Pattern.compile(
          "(?iu)^(?:(?:"
              + PageWords.alternation("media-labels.txt")
              + ")(?:\\.{0,3}|…)|"
              + PageWords.alternation("ad-labels.txt")
              + ")$");

  /** Imperatives that open a call to action. */
  private static final Pattern CTA_START =
      Pattern.compile("(?iu)^(?:" + words("calls-to-action.tsv", "start") + ")\\b");

  /** A call to action also names its reader or the outlet ("us", "our", "you"), or is tiny. */
  private static final Pattern CTA_PERSON =
      Pattern.compile("(?iu)\\b(?:" + words("calls-to-action.tsv", "reader") + ")\\b");

  private static final Pattern NEWSLETTER =
      Pattern.compile(
          "(?iu)\\b(?:"
              + words("calls-to-action.tsv", "pitch-noun")
              + ")\\b.*\\b(?:"
              + words("calls-to-action.tsv", "pitch-verb")
              + ")\\b|\\b(?:"
              + words("calls-to-action.tsv", "pitch-verb")
              + ")\\b.*\\b(?:"
              + words("calls-to-action.tsv", "pitch-noun")
              + ")\\b|\\b(?:"
              + words("calls-to-action.tsv", "pitch")
              + ")\\b");

  /** A pitch that closes on its button: "… every morning. Sign up", "… Donate today." */
  private static final Pattern CTA_END =
      Pattern.compile(
          "(?iu)(?:^|[.!|:–—-]\\s*)(?:" + words("calls-to-action.tsv", "end") + ")\\s*[.!]?$");

  /** A prompt's own header: "Newsletter", "Support us", "Donate". */
  private static final Pattern PROMPT_LABEL =
      Pattern.compile("(?iu)^(?:" + words("calls-to-action.tsv", "label") + ")\\s*[:!]?$");

  /** Separators of menus and breadcrumbs: "World | Disasters", "Home › News › Europe". */
  private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s+[|•·›»/>]\\s+");

  /** "Editor's note:", "Disclosure:", a correction notice. */
  private static final Pattern EDITOR_NOTE =
      Pattern.compile("(?iu)^(?:" + words("line-cues.tsv", "note") + ")\\s*[:.—–-]");

  private static final Pattern LEGAL =
      Pattern.compile(
          "(?iu)^(?:©|\\(c\\)\\s|(?:"
              + LanguagePack.alternationOf(
                  PageWords.everyLanguage("legal-phrases.tsv", "opener"), " ")
              + ")\\b|"
              + words("line-cues.tsv", "legal")
              + "|(?:"
              + words("line-cues.tsv", "legal-label")
              + ")\\s*:)");

  /** Words of a site's legal footer; two of them on one short line make it one. */
  private static final Pattern LEGAL_WORD =
      Pattern.compile("(?iu)\\b(?:" + PageWords.alternation("footer-words.txt") + ")\\b");

  /** A photo credit in parentheses closing a caption: "(Contributor/Getty Images)". */
  private static final Pattern TRAILING_PAREN = Pattern.compile("\\(([^()]{2,120})\\)\\s*$");

  // The word lists are the languages' files, each read from every language folder that has one (a
  // page's language is not known yet); agencies and channels are the same in every language.
  private static final String CREDIT_WORDS =
      PageWords.alternationOf(
          union(PageWords.everyLanguage("credit-labels.tsv", "paren"), agencies("paren")));

  private static final Pattern CREDIT_WORD = Pattern.compile("(?iu)\\b(?:" + CREDIT_WORDS + ")\\b");

  private static final Pattern CAPTION_START =
      Pattern.compile(
          "(?iu)^\\(?(?:"
              + PageWords.alternationOf(PageWords.everyLanguage("credit-labels.tsv", "opener"))
              + ")\\b");

  private static final Pattern CAPTION_END =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(?:"
              + PageWords.alternationOf(PageWords.everyLanguage("credit-labels.tsv", "closer"))
              + ")\\s*(?:by|:)\\s*[\\p{Lu}][^.!?]{1,80}$|(?:/|via\\s+)(?:"
              + PageWords.alternationOf(agencies("closer"))
              + ")\\s*$");

  private static final Pattern BULLET = Pattern.compile("^(?:[-*•·▪►◦‣]|\\d{1,2}[.)])\\s+");

  /** Job nouns of journalism, for author bios ("reporter", "Redakteurin", "journaliste"). */
  private static final Pattern JOB =
      Pattern.compile(
          "(?iu)\\b(?:"
              + PageWords.alternationOf(PageWords.everyLanguage("newsroom-jobs.tsv", "job"))
              + ")\\b");

  /** "Tim Doe is a news editor at …", "Jane Roe covers …", "Jo Bloggs has been a reporter …". */
  private static final Pattern BIO_OPENING =
      Pattern.compile(
          "^((?:[\\p{Lu}][\\p{L}'’.-]*)(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]*|"
              + PageWords.alternationOf(nameParticles())
              + ")){1,3})\\s+(?:"
              + PageWords.alternation("bio-verbs.txt")
              + ")\\b");

  /** The outlet a bio names: "… editor at The Kyiv Independent", "… for the Lumen Post from …". */
  private static final Pattern BIO_OUTLET =
      Pattern.compile(
          "\\b(?:"
              + words("bio-outlets.tsv", "preposition", false)
              + ")\\s+((?:(?:"
              + words("bio-outlets.tsv", "article", true)
              + ")\\s+)?[\\p{Lu}][\\p{L}'’.&-]*(?:\\s+[\\p{Lu}][\\p{L}'’.&-]*){0,4})");

  /** A header over an author's bio. */
  private static final Pattern BIO_HEADER =
      Pattern.compile("(?iu)^(?:" + PageWords.alternation("bio-headings.txt") + ")\\s*:?$");

  /** "Share: Facebook | X | Email", "Share this article: …", "Teilen: …". */
  private static final Pattern SHARE_LINE =
      Pattern.compile("(?iu)^(?:" + PageWords.alternation("share-labels.txt") + ")\\s*[:|]");

  /**
   * The agencies and channels of the cleaner's shared data file that mark a credit where {@code
   * where} says ("paren", "closer").
   */
  static List<String> agencies(String where) {
    List<String> out = new ArrayList<>();
    for (List<String> row : PageWords.data("html/photo-agencies.tsv")) {
      if (row.size() > 1 && List.of(row.get(1).split(",")).contains(where)) {
        out.add(row.get(0));
      }
    }
    return List.copyOf(out);
  }

  /**
   * An alternation of the entries of the tab-separated {@code file} whose second column lists
   * {@code use}, from every language that has the file; a space in an entry matches one space.
   */
  private static String words(String file, String use) {
    return LanguagePack.alternationOf(PageWords.everyLanguage(file, use), " ");
  }

  /**
   * {@link #words(String, String)} for a case-sensitive pattern: with {@code capitalised} each
   * entry is also read with a capital first letter.
   */
  private static String words(String file, String use, boolean capitalised) {
    List<String> entries = new ArrayList<>(PageWords.everyLanguage(file, use));
    if (capitalised) {
      for (String e : List.copyOf(entries)) {
        entries.add(e.substring(0, 1).toUpperCase(Locale.ROOT) + e.substring(1));
      }
    }
    return LanguagePack.alternationOf(entries, "\\s+");
  }

  /**
   * The lower-case particles a person's name may hold ("dos", "van"), the same in every language.
   */
  static List<String> nameParticles() {
    List<String> out = new ArrayList<>();
    for (List<String> row : PageWords.data("text/name-particles.txt")) {
      out.add(row.get(0));
    }
    return List.copyOf(out);
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * Whitespace-separated tokens, plus one word for every two Chinese or Japanese characters: those
   * scripts write sentences without spaces, and a sentence must not look like a one-word label.
   */
  public static int words(String s) {
    int count = 0;
    int ideographs = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.HAN
          || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA) {
        ideographs++;
      }
    }
    return count + ideographs / 2;
  }

  /**
   * Strips the line, turns no-break and other Unicode spaces into plain spaces (so that patterns
   * and {@code strip()} see them) and drops invisible format and control characters.
   */
  public static String clean(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
        sb.append(' ');
      } else if (Character.getType(c) != Character.FORMAT
          && Character.getType(c) != Character.CONTROL) {
        sb.append(c);
      }
    }
    return sb.toString().strip();
  }

  public static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && "\"'”’»)]}*".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    // every script's full stop: "։" (Armenian) and "।" (Devanagari) end a sentence as "." does
    return SentenceMarks.isTerminal(s.codePointBefore(i + 1));
  }

  /** Ends with an ellipsis, as a teaser cut short does. */
  public static boolean truncated(String s) {
    String t = s.strip();
    return t.endsWith("…") || t.endsWith("...");
  }

  public static boolean startsWithQuote(String s) {
    return !s.isEmpty() && "\"'“‘«„".indexOf(s.charAt(0)) >= 0;
  }

  public static boolean bulleted(String s) {
    return BULLET.matcher(s).find();
  }

  public static String unbullet(String s) {
    return BULLET.matcher(s).replaceFirst("");
  }

  public static String key(String s) {
    // Long lines only repeat verbatim: their head, length and hash tell them apart cheaply.
    String t = s.length() <= 400 ? s : s.substring(0, 400) + "#" + s.length() + "#" + s.hashCode();
    String n = Normalizer.normalize(t, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return n.replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
  }

  public static boolean timeAgo(String s) {
    return TIME_AGO.matcher(unbullet(s)).matches();
  }

  public static boolean readingTime(String s) {
    return READING_TIME.matcher(s).matches();
  }

  public static boolean listHeader(String s) {
    return LIST_HEADER.matcher(unbullet(s)).matches();
  }

  public static boolean navLabel(String s) {
    return NAV_LABEL.matcher(unbullet(s)).matches();
  }

  public static boolean commentsHeader(String s) {
    return COMMENTS_HEADER.matcher(unbullet(s)).matches();
  }

  public static boolean inlineLink(String s) {
    return INLINE_LINK.matcher(unbullet(s)).find();
  }

  public static boolean category(String s) {
    return CATEGORY.matcher(s).matches();
  }

  public static boolean mediaLabel(String s) {
    return MEDIA_LABEL.matcher(s).matches();
  }

  public static boolean advertisement(String s) {
    return AD_LABEL.matcher(s).matches();
  }

  public static boolean editorNote(String s) {
    return EDITOR_NOTE.matcher(s).find();
  }

  public static boolean legal(String s) {
    return LEGAL.matcher(s).find();
  }

  /**
   * A call to action: an imperative opening that also addresses the reader, or a newsletter pitch.
   */
  public static boolean callToAction(String s, int maxWords) {
    int w = words(s);
    if (w > maxWords) {
      return false;
    }
    if (NEWSLETTER.matcher(s).find()) {
      return true;
    }
    if (CTA_END.matcher(s).find() && w <= maxWords) {
      return true;
    }
    return CTA_START.matcher(s).find() && (w <= 8 || CTA_PERSON.matcher(s).find());
  }

  /**
   * A caption: a line closed by a parenthesised credit after its last sentence ("… in 2024.
   * (Contributor/Getty Images)"), or one that opens or closes with a photo credit.
   */
  public static boolean caption(String s, int creditMaxWords) {
    if (CAPTION_START.matcher(s).find() && words(s) <= 60) {
      return true;
    }
    // Both credit forms sit at the end of the line; only its last characters need reading.
    String end = s.length() <= 240 ? s : s.substring(s.length() - 240);
    if (CAPTION_END.matcher(end).find()) {
      return true;
    }
    Matcher m = TRAILING_PAREN.matcher(end);
    if (!m.find()) {
      return false;
    }
    String before = end.substring(0, m.start()).strip();
    String credit = m.group(1).strip();
    if (before.isEmpty()
        || credit.isEmpty()
        || !endsSentence(before)
        || endsSentence(credit)
        || words(credit) > creditMaxWords) {
      return false;
    }
    // A credit names people or agencies: a slash between them, a photo word, or capitalised words.
    if (credit.contains("/") || CREDIT_WORD.matcher(credit).find()) {
      return true;
    }
    String[] tokens = SPACE.split(credit);
    long capitalised =
        Arrays.stream(tokens).filter(x -> Character.isUpperCase(x.codePointAt(0))).count();
    return tokens.length >= 2 && capitalised * 2 > tokens.length;
  }

  /** The person an author bio opens with, if the line is one. */
  public static Optional<String> bioSubject(String s) {
    Matcher m = BIO_OPENING.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    // The job must come early: "X is a reporter at Y", not "X is the head of a unit whose
    // reporter…".
    String head = s.substring(m.end(), Math.min(s.length(), m.end() + 80));
    return JOB.matcher(head).find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The person a line opens with when it reads like a bio without naming a job ("Ana Roe covers the
   * coast for …"); only trusted beside a name line (an author box).
   */
  public static Optional<String> looseBioSubject(String s) {
    Matcher m = BIO_OPENING.matcher(s);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The outlet a bio names in its first sentence, with a leading "the" capitalised. */
  public static Optional<String> bioOutlet(String bio) {
    int end = bio.indexOf(". ");
    Matcher m = BIO_OUTLET.matcher(end > 0 ? bio.substring(0, end) : bio);
    if (!m.find()) {
      return Optional.empty();
    }
    // Only a lower-case article can open the name: the rest of the pattern asks for capitals.
    String o = m.group(1).replaceAll("[.,;:]+$", "");
    return Optional.of(o.substring(0, 1).toUpperCase(Locale.ROOT) + o.substring(1));
  }

  public static boolean promptLabel(String s) {
    return PROMPT_LABEL.matcher(s).matches();
  }

  public static boolean shareLine(String s) {
    return SHARE_LINE.matcher(s).find();
  }

  public static boolean bioHeader(String s) {
    return BIO_HEADER.matcher(s).matches();
  }

  /** A legal footer: two legal words on a short line ("Privacy | Cookies | Imprint"). */
  public static boolean legalFooter(String s) {
    if (words(s) > 25) {
      return false;
    }
    Matcher m = LEGAL_WORD.matcher(s);
    int hits = 0;
    while (hits < 2 && m.find()) {
      hits++;
    }
    return hits >= 2;
  }

  /**
   * A menu or breadcrumb: short items between separators, three or more, or two of at most four
   * words together ("World | Disasters"), none ending like a sentence.
   */
  public static boolean menu(String s) {
    String[] items = MENU_SEPARATOR.split(s.strip());
    if (items.length < 2) {
      return false;
    }
    int total = 0;
    for (String item : items) {
      int w = words(item);
      if (w == 0 || w > 4 || endsSentence(item)) {
        return false;
      }
      total += w;
    }
    return items.length >= 3 || total <= 4;
  }

  /** A job title alone on a line ("News Editor", "Senior Correspondent"). */
  public static boolean jobTitle(String s) {
    return words(s) <= 4 && JOB.matcher(s).find() && !endsSentence(s);
  }

  /** Words that start with a capital (or are not letters) over all words. */
  public static double capitalisedShare(String s) {
    String[] tokens = SPACE.split(s.strip());
    if (tokens.length == 0 || tokens[0].isEmpty()) {
      return 0;
    }
    int caps = 0;
    for (String t : tokens) {
      int cp = t.codePointAt(0);
      if (Character.isUpperCase(cp) || !Character.isLetter(cp)) {
        caps++;
      }
    }
    return (double) caps / tokens.length;
  }

  /** Has at least one letter or digit. */
  public static boolean hasWords(String s) {
    return s.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
