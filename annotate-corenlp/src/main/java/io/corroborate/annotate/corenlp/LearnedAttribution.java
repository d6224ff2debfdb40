package io.corroborate.annotate.corenlp;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.Token;
import io.corroborate.extract.AttributionRelation;
import io.corroborate.extract.AttributionTagger;
import io.corroborate.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.tribuo.Feature;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.sequence.SequenceExample;
import org.tribuo.sequence.SequenceModel;

/**
 * Attribution learned from annotated news (PolNeAR): a linear-chain CRF tags each token as part of
 * a source, a cue, a content or none (BIO tags per role, see {@link AttributionFeatures}); cues are
 * then tied to the nearest source of their sentence and the contents beside them, or the rest of
 * the sentence or paragraph where the cue's place says so (see {@code link}). The model ships in
 * the jar; {@code corroborate train attribution} rebuilds it.
 *
 * <pre>{@code List<AttributionRelation> r = LearnedAttribution.shipped().tag(annotation);}</pre>
 */
public final class LearnedAttribution implements AttributionTagger {
  /** The model inside the jar, and the properties file that records how it was made. */
  public static final String MODEL_RESOURCE =
      "io/corroborate/annotate/corenlp/attribution-crf.pb.gz";

  public static final String INFO_RESOURCE =
      "io/corroborate/annotate/corenlp/attribution-crf.properties";

  /** Role names as the BIO tags spell them. */
  public static final String SOURCE = "SRC";

  public static final String CUE = "CUE";
  public static final String CONTENT = "CON";
  public static final String OUTSIDE = "O";

  /** Parts of speech that only a real tagger gives (the plain layer guesses nouns and numbers). */
  private static final Set<String> TAGGED = Set.of("DT", "IN", "VBD", "VBZ", "PRP", "TO", "CC");

  /** The model; null for the shipped one, read on first use. */
  private final SequenceModel<Label> model;

  /** The tagger with the shipped model, read on first use; the service loader's entry point. */
  public LearnedAttribution() {
    this.model = null;
  }

  public LearnedAttribution(SequenceModel<Label> model) {
    this.model = java.util.Objects.requireNonNull(model, "model");
  }

  private SequenceModel<Label> model() {
    return model != null ? model : Holder.SHIPPED;
  }

  private static final class Holder {
    static final SequenceModel<Label> SHIPPED = loadShipped();
  }

  /** The tagger with the model shipped in the jar. */
  public static LearnedAttribution shipped() {
    return new LearnedAttribution(Holder.SHIPPED);
  }

  /** Reads a model written by the trainer (gzipped Tribuo protobuf). */
  @SuppressWarnings("unchecked")
  public static SequenceModel<Label> read(InputStream gz) throws IOException {
    try (InputStream in = new GZIPInputStream(gz)) {
      return (SequenceModel<Label>) SequenceModel.deserializeFromStream(in);
    }
  }

  private static SequenceModel<Label> loadShipped() {
    InputStream in = LearnedAttribution.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("no attribution model at " + MODEL_RESOURCE);
    }
    try {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the attribution model " + MODEL_RESOURCE, e);
    }
  }

  @Override
  public boolean accepts(Annotation annotation) {
    // Without a model in the jar (a build before the first training) the rules run alone.
    if (model == null
        && LearnedAttribution.class.getClassLoader().getResource(MODEL_RESOURCE) == null) {
      return false;
    }
    return annotation.tokens().stream().anyMatch(t -> TAGGED.contains(t.pos()));
  }

  @Override
  public List<AttributionRelation> tag(Annotation a) {
    List<AttributionRelation> out = new ArrayList<>();
    List<AttributionFeatures.Run> runs = AttributionFeatures.runs(a);
    for (int r = 0; r < runs.size(); r++) {
      List<String> tags = tags(a, runs.get(r));
      out.addAll(link(a, runs.get(r), r + 1 < runs.size() ? runs.get(r + 1) : null, spans(tags)));
    }
    return out;
  }

  /** The BIO tag of each token of the run. */
  public List<String> tags(Annotation a, AttributionFeatures.Run run) {
    List<List<Feature>> features = new ArrayList<>();
    for (List<String> names : AttributionFeatures.of(a, run)) {
      List<Feature> fs = new ArrayList<>(names.size());
      for (String n : names) {
        fs.add(new Feature(n, 1.0));
      }
      features.add(fs);
    }
    SequenceExample<Label> ex =
        SequenceExample.createWithEmptyOutputs(features, new LabelFactory());
    List<String> out = new ArrayList<>();
    for (Prediction<Label> p : model().predict(ex)) {
      out.add(p.getOutput().getLabel());
    }
    return out;
  }

  /** A tagged stretch of a run: its role and token range relative to the run. */
  record Chunk(String role, int from, int to) {}

  static List<Chunk> spans(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    String role = null;
    int from = 0;
    for (int i = 0; i <= tags.size(); i++) {
      String t = i < tags.size() ? tags.get(i) : OUTSIDE;
      String r = t.equals(OUTSIDE) ? null : t.substring(2);
      boolean begins = t.startsWith("B-") || (r != null && !r.equals(role));
      if (role != null && (r == null || begins)) {
        out.add(new Chunk(role, from, i));
        role = null;
      }
      if (r != null && role == null) {
        role = r;
        from = i;
      }
    }
    return out;
  }

  /**
   * Ties each cue to a source and a content: 1. the nearest free source of the cue's sentence, else
   * the nearest source before the cue in it even if another cue has it ("Trump unleashed tweets
   * saying …"); a cue with no source in its sentence is dropped, as the tagger's cues without one
   * are mostly wrong; 2. the free contents of the sentence that touch the cue and its source (both
   * sides of a quotation split by "she said" make one content); 3. else the rest of the sentence
   * when the cue and its source close it ("…, sources said", the attributions inside included) or
   * open it ("According to exit polls, …"), and what follows a cue ending in a colon, to the end of
   * the paragraph or else the whole next one ("He said:"); 4. else the nearest free content in the
   * sentences just before or after. A cue without content is dropped.
   */
  static List<AttributionRelation> link(
      Annotation a, AttributionFeatures.Run run, AttributionFeatures.Run next, List<Chunk> chunks) {
    List<AttributionRelation> out = new ArrayList<>();
    List<Token> t = a.tokens();
    int base = run.firstToken();
    List<Chunk> sources = chunks.stream().filter(c -> c.role().equals(SOURCE)).toList();
    List<Chunk> contents = chunks.stream().filter(c -> c.role().equals(CONTENT)).toList();
    boolean[] sourceUsed = new boolean[sources.size()];
    boolean[] contentUsed = new boolean[contents.size()];
    for (Chunk cue : chunks) {
      if (!cue.role().equals(CUE)) {
        continue;
      }
      Sentence sentence = sentenceOf(a, base + cue.from());
      int sFrom = sentence.firstToken() - base;
      int sTo = sentence.endToken() - base;
      // 1. Source.
      int best = nearest(sources, sourceUsed, cue, sFrom, sTo, false);
      boolean shared = false;
      if (best < 0) {
        best = nearest(sources, sourceUsed, cue, sFrom, sTo, true);
        shared = true;
      }
      if (best < 0) {
        continue;
      }
      Chunk source = sources.get(best);
      Chunk block =
          new Chunk(CUE, Math.min(cue.from(), source.from()), Math.max(cue.to(), source.to()));
      // 2. Contents of the sentence that touch the cue and source.
      int cFrom = Integer.MAX_VALUE;
      int cTo = -1;
      List<Integer> taken = new ArrayList<>();
      for (int i = 0; i < contents.size(); i++) {
        Chunk c = contents.get(i);
        if (contentUsed[i] || c.to() <= sFrom || c.from() >= sTo || gap(c, block) > 3) {
          continue;
        }
        taken.add(i);
        cFrom = Math.min(cFrom, base + c.from());
        cTo = Math.max(cTo, base + c.to());
      }
      // 3. The rest of the sentence, or what a colon opens.
      if (taken.isEmpty()) {
        int[] rest = rest(a, run, next, block, sFrom, sTo);
        if (rest != null) {
          cFrom = rest[0];
          cTo = rest[1];
        }
      }
      // 4. Else the nearest content within one sentence's reach.
      if (taken.isEmpty() && cTo < 0) {
        int near = -1;
        int nearGap = Integer.MAX_VALUE;
        for (int i = 0; i < contents.size(); i++) {
          Chunk c = contents.get(i);
          int g = gap(c, block);
          if (!contentUsed[i] && g < nearGap && g <= 40) {
            near = i;
            nearGap = g;
          }
        }
        if (near >= 0) {
          taken.add(near);
          cFrom = base + contents.get(near).from();
          cTo = base + contents.get(near).to();
        }
      }
      if (cTo < 0) {
        continue;
      }
      taken.forEach(i -> contentUsed[i] = true);
      if (!shared) {
        sourceUsed[best] = true;
      }
      out.add(
          new AttributionRelation(
              sentence.index(),
              span(t, base + source.from(), base + source.to()),
              span(t, base + cue.from(), base + cue.to()),
              span(t, cFrom, cTo),
              false));
    }
    return out;
  }

  /**
   * The source chunk of the sentence nearest the cue: a free one, or with {@code shared} one before
   * the cue that another cue may already have; -1 if none.
   */
  private static int nearest(
      List<Chunk> sources, boolean[] used, Chunk cue, int sFrom, int sTo, boolean shared) {
    int best = -1;
    int bestGap = Integer.MAX_VALUE;
    for (int i = 0; i < sources.size(); i++) {
      Chunk s = sources.get(i);
      if (s.from() < sFrom || s.to() > sTo || (shared ? s.to() > cue.from() : used[i])) {
        continue;
      }
      int gap = gap(s, cue);
      if (gap < bestGap) {
        best = i;
        bestGap = gap;
      }
    }
    return best;
  }

  /**
   * Step 3 of the linking, in absolute token indexes: what follows a colon that ends the cue and
   * source (to the paragraph's end, else the next paragraph), or the rest of a sentence that the
   * cue and source close or open; null when none applies.
   */
  private static int[] rest(
      Annotation a,
      AttributionFeatures.Run run,
      AttributionFeatures.Run next,
      Chunk block,
      int sFrom,
      int sTo) {
    List<Token> t = a.tokens();
    int base = run.firstToken();
    int runEnd = run.endToken() - base;
    int after = block.to();
    if (after < runEnd && t.get(base + after).word().equals(":")) {
      after++;
    }
    if (t.get(base + after - 1).word().equals(":")) {
      if (after < runEnd) {
        return trimmed(t, base + after, base + runEnd);
      }
      return next == null ? null : trimmed(t, next.firstToken(), next.endToken());
    }
    boolean closes = true;
    for (int i = block.to(); i < sTo; i++) {
      closes &= punctuation(t.get(base + i).word());
    }
    boolean opens = true;
    for (int i = sFrom; i < block.from(); i++) {
      opens &= punctuation(t.get(base + i).word());
    }
    if (closes && !opens) {
      return trimmed(t, base + sFrom, base + block.from());
    }
    if (opens && !closes) {
      return trimmed(t, base + block.to(), base + sTo);
    }
    return null;
  }

  /** The token range without the commas, colons, dashes and full stops at its ends, or null. */
  private static int[] trimmed(List<Token> t, int from, int to) {
    while (from < to && separator(t.get(from).word())) {
      from++;
    }
    while (to > from && separator(t.get(to - 1).word())) {
      to--;
    }
    return from < to ? new int[] {from, to} : null;
  }

  private static boolean separator(String w) {
    return w.equals(",")
        || w.equals(".")
        || w.equals(":")
        || w.equals(";")
        || w.equals("--")
        || w.equals("—")
        || w.equals("―")
        || w.equals("–");
  }

  private static boolean punctuation(String w) {
    return w.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  private static int gap(Chunk x, Chunk y) {
    return x.to() <= y.from() ? y.from() - x.to() : x.from() >= y.to() ? x.from() - y.to() : 0;
  }

  private static Span span(List<Token> t, int from, int to) {
    return new Span(t.get(from).span().start(), t.get(to - 1).span().end());
  }

  private static Sentence sentenceOf(Annotation a, int token) {
    for (Sentence s : a.sentences()) {
      if (s.firstToken() <= token && token < s.endToken()) {
        return s;
      }
    }
    throw new IllegalArgumentException("token " + token + " is in no sentence");
  }
}
