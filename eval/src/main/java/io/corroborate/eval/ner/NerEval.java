package io.corroborate.eval.ner;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.EntityMention;
import io.corroborate.annotate.EntityType;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.eval.Checksums;
import io.corroborate.eval.EvalReport;
import io.corroborate.eval.EvalSuite;
import io.corroborate.eval.Figure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The {@code ner} suite: entity-level precision, recall and F1 with CoNLL scoring (an entity counts
 * only with the exact token range and class) of the language layer on CoNLL-2003 English. The
 * layer's types map to the CoNLL classes through {@link EntityType#coarse()}.
 *
 * <pre>{@code EvalSuites.expect("ner").run(Path.of("../shared/bench/conll2003/eng.testa"))}</pre>
 *
 * <p>{@code -Dcorroborate.eval.nerDocs=N} scores the first N documents only.
 */
public final class NerEval implements EvalSuite {
  private static final List<String> CLASSES = List.of("PER", "ORG", "LOC", "MISC");
  private final Supplier<LanguageLayer> layer;

  public NerEval() {
    this(CoreNlpLayer::shared);
  }

  public NerEval(Supplier<LanguageLayer> layer) {
    this.layer = layer;
  }

  @Override
  public String name() {
    return "ner";
  }

  @Override
  public String description() {
    return "entity-level P/R/F1 (CoNLL exact match) on a CoNLL-2003 file such as eng.testa; a folder means its eng.testa";
  }

  @Override
  public EvalReport run(Path data) throws IOException {
    Path file = Files.isDirectory(data) ? data.resolve("eng.testa") : data;
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no CoNLL-2003 file here");
    }
    List<ConllDocument> docs = ConllDocument.readAll(file);
    int limit = Integer.getInteger("corroborate.eval.nerDocs", docs.size());
    List<ConllDocument> scored = docs.subList(0, Math.min(limit, docs.size()));
    LanguageLayer l = layer.get();
    Map<String, int[]> counts = new LinkedHashMap<>();
    CLASSES.forEach(c -> counts.put(c, new int[3]));
    int sentences = 0;
    long t0 = System.nanoTime();
    for (ConllDocument d : scored) {
      Annotation a = l.annotate(d.text(), Optional.empty());
      sentences += (int) d.text().chars().filter(ch -> ch == '\n').count();
      Set<ConllDocument.Entity> predicted = new HashSet<>(predicted(d, a.entities()));
      Set<ConllDocument.Entity> gold = new HashSet<>(d.gold());
      for (ConllDocument.Entity p : predicted) {
        int[] c = counts.computeIfAbsent(p.type(), k -> new int[3]);
        c[gold.contains(p) ? 0 : 1]++;
      }
      for (ConllDocument.Entity g : gold) {
        if (!predicted.contains(g)) {
          counts.computeIfAbsent(g.type(), k -> new int[3])[2]++;
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    String s = name();
    List<Figure> figures = new ArrayList<>();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      tp += c[0];
      fp += c[1];
      fn += c[2];
      figures.add(
          Figure.of(
              s, e.getKey().toLowerCase(java.util.Locale.ROOT) + "_f1", f1(c[0], c[1], c[2])));
    }
    figures.add(0, Figure.of(s, "precision", pct(tp, tp + fp)));
    figures.add(1, Figure.of(s, "recall", pct(tp, tp + fn)));
    figures.add(2, Figure.of(s, "f1", f1(tp, fp, fn)));
    List<String> notes = new ArrayList<>();
    notes.add(
        scored.size()
            + " of "
            + docs.size()
            + " documents, "
            + sentences
            + " sentences, "
            + (tp + fn)
            + " gold entities, in "
            + Math.round(seconds)
            + " s with "
            + l.name());
    notes.add(
        "CoreNLP's English CRF models were trained on corpora that include CoNLL-2003; the dev split (testa) may not be unseen by them");
    return new EvalReport(
        s, data.toString(), Checksums.of(List.of(file)), scored.size(), figures, notes);
  }

  /**
   * The layer's mentions as CoNLL token ranges: a mention covers the gold tokens inside its span.
   */
  static List<ConllDocument.Entity> predicted(ConllDocument d, List<EntityMention> mentions) {
    List<ConllDocument.Entity> out = new ArrayList<>();
    List<int[]> spans = d.tokenSpans();
    for (EntityMention m : mentions) {
      int first = -1;
      int end = -1;
      for (int i = 0; i < spans.size(); i++) {
        int[] t = spans.get(i);
        if (t[0] >= m.span().start() && t[1] <= m.span().end()) {
          if (first < 0) {
            first = i;
          }
          end = i + 1;
        }
      }
      if (first >= 0) {
        out.add(new ConllDocument.Entity(first, end, conllClass(m.type())));
      }
    }
    return out;
  }

  static String conllClass(EntityType t) {
    return switch (t.coarse()) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      default -> "MISC";
    };
  }

  private static double f1(int tp, int fp, int fn) {
    double p = pct(tp, tp + fp);
    double r = pct(tp, tp + fn);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double pct(int a, int b) {
    return b == 0 ? 0 : 100.0 * a / b;
  }

  /**
   * Runs the suite without the CLI: {@code java -cp … io.corroborate.eval.ner.NerEval
   * ../shared/bench/conll2003/eng.testa}.
   */
  public static void main(String[] args) throws IOException {
    // -Dcorroborate.corenlp.ner=conll or -Dcorroborate.corenlp.domainRules=false score other
    // setups.
    var options = io.corroborate.annotate.corenlp.CoreNlpOptions.from(System.getProperties());
    EvalReport r =
        new NerEval(() -> new CoreNlpLayer(options))
            .run(Path.of(args.length > 0 ? args[0] : "../shared/bench/conll2003/eng.testa"));
    r.figures().forEach(f -> System.out.println(f.line()));
    r.notes().forEach(n -> System.out.println("note " + n));
    System.out.println("data " + r.data() + " sha256 " + r.checksum());
  }
}
