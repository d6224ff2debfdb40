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
 * then tied to the nearest source of their sentence and the contents beside them. The model ships
 * in the jar; {@code corroborate train attribution} rebuilds it.
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
    for (AttributionFeatures.Run run : AttributionFeatures.runs(a)) {
      List<String> tags = tags(a, run);
      out.addAll(link(a, run, spans(tags)));
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
   * Ties each cue to a source and a content: 1. the nearest free source of the cue's sentence; 2.
   * the free contents of the sentence that touch the cue and its source (both sides of a quotation
   * split by "she said" make one content); 3. else the nearest free content in the sentences just
   * before or after. A cue without content is dropped.
   */
  private static List<AttributionRelation> link(
      Annotation a, AttributionFeatures.Run run, List<Chunk> chunks) {
    List<AttributionRelation> out = new ArrayList<>();
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
      int best = -1;
      int bestGap = Integer.MAX_VALUE;
      for (int i = 0; i < sources.size(); i++) {
        Chunk s = sources.get(i);
        if (sourceUsed[i] || s.from() < sFrom || s.to() > sTo) {
          continue;
        }
        int gap = gap(s, cue);
        if (gap < bestGap) {
          best = i;
          bestGap = gap;
        }
      }
      Chunk source = best >= 0 ? sources.get(best) : null;
      int blockFrom = source == null ? cue.from() : Math.min(cue.from(), source.from());
      int blockTo = source == null ? cue.to() : Math.max(cue.to(), source.to());
      Chunk block = new Chunk(CUE, blockFrom, blockTo);
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
        cFrom = Math.min(cFrom, c.from());
        cTo = Math.max(cTo, c.to());
      }
      // 3. Else the nearest content within one sentence's reach.
      if (taken.isEmpty()) {
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
          cFrom = contents.get(near).from();
          cTo = contents.get(near).to();
        }
      }
      if (taken.isEmpty()) {
        continue;
      }
      taken.forEach(i -> contentUsed[i] = true);
      if (best >= 0) {
        sourceUsed[best] = true;
      }
      List<Token> t = a.tokens();
      Span sourceSpan =
          source == null
              ? new Span(
                  t.get(base + cue.from()).span().start(), t.get(base + cue.from()).span().start())
              : span(t, base + source.from(), base + source.to());
      out.add(
          new AttributionRelation(
              sentence.index(),
              sourceSpan,
              span(t, base + cue.from(), base + cue.to()),
              span(t, base + cFrom, base + cTo),
              false));
    }
    return out;
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
