package io.corroborate.eval.attribution;

import io.corroborate.annotate.corenlp.LearnedAttribution;
import io.corroborate.annotate.corenlp.PosLayer;
import io.corroborate.eval.Checksums;
import io.corroborate.eval.EvalReport;
import io.corroborate.eval.EvalSuite;
import io.corroborate.eval.Figure;
import io.corroborate.extract.AttributionRelation;
import io.corroborate.extract.AttributionTagger;
import io.corroborate.extract.ClaimExtractor;
import io.corroborate.extract.ExtractOptions;
import io.corroborate.extract.PlainLayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code attribution} suite: the extractor's attribution cues (source, cue, content) against
 * PolNeAR's gold attributions, per role and as whole attributions, under exact and overlap span
 * matching. It scores the {@code dev} split unless given a folder with {@code attributions/} and
 * {@code text/} directly. The main figures are the learned tagger's ({@link LearnedAttribution} on
 * CoreNLP's parts of speech, as articles get it in the pipeline); the {@code rules_} figures are
 * the cue rules alone on the model-free {@link PlainLayer}, the fallback where no tagger runs.
 *
 * <pre>{@code EvalSuites.expect("attribution").run(Path.of("../shared/bench/polnear"))}</pre>
 */
public final class AttributionEval implements EvalSuite {
  private static final String[] ROLES = {"source", "cue", "content"};

  private final ClaimExtractor rules =
      new ClaimExtractor(ExtractOptions.defaults(), Optional.empty());
  private final Optional<AttributionTagger> tagger;

  /** The suite with the shipped model. */
  public AttributionEval() {
    this(Optional.of(LearnedAttribution.shipped()));
  }

  /** The suite with another tagger (a model being tuned), or none for the rules alone. */
  public AttributionEval(Optional<AttributionTagger> tagger) {
    this.tagger = tagger;
  }

  @Override
  public String name() {
    return "attribution";
  }

  @Override
  public String description() {
    return "attribution source/cue/content and whole-attribution P/R/F1 (exact and overlap) on PolNeAR brat files; a polnear folder scores data/dev";
  }

  @Override
  public EvalReport run(Path data) throws IOException {
    Path split = split(data);
    Path annDir = split.resolve("attributions");
    Path textDir = split.resolve("text");
    List<Path> anns;
    try (Stream<Path> s = Files.list(annDir)) {
      anns = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
    }
    Scores learned = new Scores();
    Scores rulesOnly = new Scores();
    List<Path> read = new ArrayList<>();
    int missingText = 0;
    ClaimExtractor withTagger = new ClaimExtractor(ExtractOptions.defaults(), tagger);
    for (Path ann : anns) {
      String base = ann.getFileName().toString().replaceAll("(_[0-9a-f]{4})?\\.ann$", "");
      Path text = textDir.resolve(base + ".txt");
      if (!Files.exists(text)) {
        missingText++;
        continue;
      }
      read.add(ann);
      read.add(text);
      PolnearDocument doc = PolnearDocument.read(text, ann);
      if (tagger.isPresent()) {
        learned.add(doc, withTagger.attributions(PosLayer.shared().annotate(doc.text())));
      }
      rulesOnly.add(doc, rules.attributions(PlainLayer.annotate(doc.text(), Optional.empty())));
    }
    String s = name();
    List<Figure> figures = new ArrayList<>();
    if (tagger.isPresent()) {
      learned.figures(figures, s, "");
    }
    rulesOnly.figures(figures, s, "rules_");
    SpanScore[] whole = (tagger.isPresent() ? learned : rulesOnly).whole;
    List<String> notes = new ArrayList<>();
    notes.add(
        whole[0].gold()
            + " gold and "
            + whole[0].system()
            + " found attributions in "
            + read.size() / 2
            + " documents of "
            + split);
    notes.add(
        "a whole attribution matches when cue, content and source (or both sources absent) all match under the same mode");
    if (missingText > 0) {
      notes.add(missingText + " annotation files had no text file and were skipped");
    }
    return new EvalReport(s, data.toString(), Checksums.of(read), read.size() / 2, figures, notes);
  }

  /** Per-role and whole-attribution scores, exact and overlap, of one system. */
  private static final class Scores {
    final SpanScore[][] roles = new SpanScore[3][2];
    final SpanScore[] whole = {new SpanScore(), new SpanScore()};

    Scores() {
      for (int r = 0; r < 3; r++) {
        roles[r] = new SpanScore[] {new SpanScore(), new SpanScore()};
      }
    }

    void add(PolnearDocument doc, List<AttributionRelation> found) {
      for (int exact = 0; exact < 2; exact++) {
        boolean isExact = exact == 0;
        roles[0][exact].add(
            doc.attributions().stream().flatMap(g -> g.source().stream()).toList(),
            found.stream().map(AttributionRelation::source).filter(s -> s.length() > 0).toList(),
            isExact);
        roles[1][exact].add(
            doc.attributions().stream().map(PolnearDocument.Gold::cue).toList(),
            found.stream().map(AttributionRelation::cue).toList(),
            isExact);
        roles[2][exact].add(
            doc.attributions().stream().map(PolnearDocument.Gold::content).toList(),
            found.stream().map(AttributionRelation::content).filter(s -> s.length() > 0).toList(),
            isExact);
        whole[exact].addCounts(
            doc.attributions().size(),
            found.size(),
            wholeMatches(doc.attributions(), found, isExact));
      }
    }

    void figures(List<Figure> figures, String suite, String prefix) {
      String[] modes = {"exact", "overlap"};
      for (int r = 0; r < 3; r++) {
        for (int m = 0; m < 2; m++) {
          addScore(figures, suite, prefix + ROLES[r] + "_" + modes[m], roles[r][m]);
        }
      }
      for (int m = 0; m < 2; m++) {
        addScore(figures, suite, prefix + "attribution_" + modes[m], whole[m]);
      }
    }
  }

  private static void addScore(List<Figure> figures, String suite, String prefix, SpanScore score) {
    figures.add(Figure.of(suite, prefix + "_precision", score.precision()));
    figures.add(Figure.of(suite, prefix + "_recall", score.recall()));
    figures.add(Figure.of(suite, prefix + "_f1", score.f1()));
  }

  private static int wholeMatches(
      List<PolnearDocument.Gold> gold, List<AttributionRelation> found, boolean exact) {
    boolean[] used = new boolean[found.size()];
    int matched = 0;
    for (PolnearDocument.Gold g : gold) {
      for (int i = 0; i < found.size(); i++) {
        AttributionRelation f = found.get(i);
        if (used[i]
            || !SpanScore.match(g.cue(), f.cue(), exact)
            || !SpanScore.match(g.content(), f.content(), exact)) {
          continue;
        }
        boolean sourceOk =
            g.source().isEmpty()
                ? f.source().length() == 0
                : f.source().length() > 0 && SpanScore.match(g.source().get(), f.source(), exact);
        if (sourceOk) {
          used[i] = true;
          matched++;
          break;
        }
      }
    }
    return matched;
  }

  private static Path split(Path data) throws NoSuchFileException {
    for (Path p : List.of(data, data.resolve("data/dev"), data.resolve("dev"))) {
      if (Files.isDirectory(p.resolve("attributions")) && Files.isDirectory(p.resolve("text"))) {
        return p;
      }
    }
    throw new NoSuchFileException(
        data + " (no attributions/ and text/ folders, nor data/dev/ holding them)");
  }

  /**
   * Runs the suite without the CLI: {@code java -cp …
   * io.corroborate.eval.attribution.AttributionEval ../shared/bench/polnear}.
   */
  public static void main(String[] args) throws IOException {
    AttributionEval suite =
        args.length > 1
            ? new AttributionEval(
                Optional.of(
                    new LearnedAttribution(
                        LearnedAttribution.read(Files.newInputStream(Path.of(args[1]))))))
            : new AttributionEval();
    EvalReport r = suite.run(Path.of(args.length > 0 ? args[0] : "../shared/bench/polnear"));
    r.figures().forEach(f -> System.out.println(f.line()));
    r.notes().forEach(n -> System.out.println("note " + n));
    System.out.println("data " + r.data() + " sha256 " + r.checksum());
  }
}
