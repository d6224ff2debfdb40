package io.corroborate.annotate.corenlp;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.Token;
import io.corroborate.lang.LanguagePack;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features the attribution tagger reads for each token: the word, lemma, part of speech and
 * shape with their neighbours, whether the word is a known reporting cue, whether it stands inside
 * a quotation, and where it stands relative to the sentence's first cue and its colon or dash.
 * Training and tagging share this class, so a model always sees the features it was trained on.
 *
 * <pre>{@code for (Run r : AttributionFeatures.runs(a)) AttributionFeatures.of(a, r);}</pre>
 */
public final class AttributionFeatures {
  /** Reporting words of the language pack, lower-cased: a strong hint of a cue. */
  private static final Set<String> CUES = cueWords();

  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "``", "''", "«", "»");

  private AttributionFeatures() {}

  /**
   * A stretch of tokens tagged as one sequence: a paragraph, so that quotations and contents that
   * run over several sentences stay in one sequence.
   *
   * @param sentences the sentence indexes inside, in order
   */
  public record Run(int firstToken, int endToken, List<Integer> sentences) {
    public Run {
      sentences = List.copyOf(sentences);
    }
  }

  /** The paragraphs of an annotation: sentences joined until a line break separates them. */
  public static List<Run> runs(Annotation a) {
    List<Run> out = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    int first = -1;
    int lastEnd = -1;
    for (Sentence s : a.sentences()) {
      if (s.tokenCount() == 0) {
        continue;
      }
      boolean breaks =
          lastEnd >= 0 && a.text().substring(lastEnd, s.span().start()).indexOf('\n') >= 0;
      if (breaks && !current.isEmpty()) {
        out.add(
            new Run(first, a.sentences().get(current.get(current.size() - 1)).endToken(), current));
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        first = s.firstToken();
      }
      current.add(s.index());
      lastEnd = s.span().end();
    }
    if (!current.isEmpty()) {
      out.add(
          new Run(first, a.sentences().get(current.get(current.size() - 1)).endToken(), current));
    }
    return out;
  }

  /** The feature names of each token of the run, in order. */
  public static List<List<String>> of(Annotation a, Run run) {
    List<Token> tokens = a.tokens();
    int n = run.endToken() - run.firstToken();
    String[] word = new String[n];
    String[] pos = new String[n];
    String[] lemma = new String[n];
    String[] shape = new String[n];
    boolean[] cue = new boolean[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(run.firstToken() + i);
      word[i] = t.word().toLowerCase(Locale.ROOT);
      pos[i] = t.pos();
      lemma[i] = t.lemma().toLowerCase(Locale.ROOT);
      shape[i] = shape(t.word());
      cue[i] = CUES.contains(word[i]) || CUES.contains(lemma[i]);
    }
    // 1. Per-token context that needs a pass over the run: quotation state, sentence position,
    //    the sentence's first cue, and a colon or dash earlier in the sentence.
    boolean[] inQuote = new boolean[n];
    String[] sentencePlace = new String[n];
    String[] cueSide = new String[n];
    boolean[] afterMark = new boolean[n];
    boolean open = false;
    for (int si = 0; si < run.sentences().size(); si++) {
      Sentence s = a.sentences().get(run.sentences().get(si));
      int from = s.firstToken() - run.firstToken();
      int to = s.endToken() - run.firstToken();
      int firstCue = -1;
      for (int i = from; i < to; i++) {
        if (cue[i] && pos[i].startsWith("VB")) {
          firstCue = i;
          break;
        }
      }
      boolean mark = false;
      for (int i = from; i < to; i++) {
        if (QUOTES.contains(word[i])) {
          boolean opens =
              word[i].equals("“")
                  || word[i].equals("``")
                  || word[i].equals("«")
                  || (word[i].equals("\"") && !open);
          open = opens;
        }
        inQuote[i] = open;
        sentencePlace[i] =
            (i == from ? "first" : i == to - 1 ? "last" : "mid") + (si == 0 ? "0" : "n");
        cueSide[i] =
            firstCue < 0 ? "none" : i < firstCue ? "before" : i == firstCue ? "at" : "after";
        afterMark[i] = mark;
        if (word[i].equals(":")
            || pos[i].equals(":")
            || word[i].equals("--")
            || word[i].equals("—")) {
          mark = true;
        }
      }
    }
    // 2. The feature names, each prefixed by its kind so names never collide.
    List<List<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> f = new ArrayList<>(32);
      Set<String> seen = new HashSet<>();
      add(f, seen, "w=" + word[i]);
      add(f, seen, "l=" + lemma[i]);
      add(f, seen, "p=" + pos[i]);
      add(f, seen, "sh=" + shape[i]);
      add(f, seen, "s3=" + suffix(word[i]));
      add(f, seen, "w-1=" + at(word, i - 1));
      add(f, seen, "w+1=" + at(word, i + 1));
      add(f, seen, "l-1=" + at(lemma, i - 1));
      add(f, seen, "l+1=" + at(lemma, i + 1));
      add(f, seen, "p-1=" + at(pos, i - 1));
      add(f, seen, "p+1=" + at(pos, i + 1));
      add(f, seen, "p-2=" + at(pos, i - 2));
      add(f, seen, "p+2=" + at(pos, i + 2));
      add(f, seen, "p-1p=" + at(pos, i - 1) + "|" + pos[i]);
      add(f, seen, "pp+1=" + pos[i] + "|" + at(pos, i + 1));
      add(f, seen, "w-1w=" + at(word, i - 1) + "|" + word[i]);
      add(f, seen, "ww+1=" + word[i] + "|" + at(word, i + 1));
      add(f, seen, "cue=" + cue[i] + "|" + pos[i].charAt(0));
      add(f, seen, "cue-1=" + (i > 0 && cue[i - 1]));
      add(f, seen, "cue+1=" + (i + 1 < n && cue[i + 1]));
      add(f, seen, "cue-2=" + (i > 1 && cue[i - 2]));
      add(f, seen, "cue+2=" + (i + 2 < n && cue[i + 2]));
      add(f, seen, "q=" + inQuote[i]);
      add(f, seen, "qp=" + inQuote[i] + "|" + pos[i]);
      add(f, seen, "pl=" + sentencePlace[i]);
      add(f, seen, "side=" + cueSide[i]);
      add(f, seen, "sidep=" + cueSide[i] + "|" + pos[i]);
      add(f, seen, "mark=" + afterMark[i]);
      add(f, seen, "bias");
      out.add(f);
    }
    return out;
  }

  private static void add(List<String> f, Set<String> seen, String name) {
    if (seen.add(name)) {
      f.add(name);
    }
  }

  private static String at(String[] a, int i) {
    return i < 0 ? "<s>" : i >= a.length ? "</s>" : a[i];
  }

  private static String suffix(String w) {
    return w.length() <= 3 ? w : w.substring(w.length() - 3);
  }

  /** Capitals, small letters, digits and other characters, runs collapsed: "Xx", "x", "d.d". */
  static String shape(String w) {
    StringBuilder b = new StringBuilder();
    char last = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char k =
          Character.isUpperCase(c)
              ? 'X'
              : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (k != last) {
        b.append(k);
      }
      last = k;
    }
    return b.toString();
  }

  private static Set<String> cueWords() {
    Set<String> out = new HashSet<>();
    for (String kind : List.of("speech", "view")) {
      for (String w : LanguagePack.english().category("reporting-verbs.tsv", kind)) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    // The words of attribution phrases ("according to", "citing", "as reported by").
    for (List<String> row : LanguagePack.english().rows("attribution-phrases.tsv")) {
      for (String w : row.get(0).toLowerCase(Locale.ROOT).split("\\s+")) {
        if (w.length() > 3) {
          out.add(w);
        }
      }
    }
    return Set.copyOf(out);
  }
}
