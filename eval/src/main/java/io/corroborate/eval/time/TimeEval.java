package io.corroborate.eval.time;

import io.corroborate.annotate.time.TimeMention;
import io.corroborate.annotate.time.TimeTagger;
import io.corroborate.eval.Checksums;
import io.corroborate.eval.EvalReport;
import io.corroborate.eval.EvalSuite;
import io.corroborate.eval.Figure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code time} suite: TIMEX3 extraction and value normalization of {@link TimeTagger} on TimeML
 * files (TempEval-3 TBAQ-cleaned), each document anchored on its creation time.
 *
 * <pre>{@code EvalSuites.expect("time").run(Path.of("../shared/bench/tempeval3"))}</pre>
 */
public final class TimeEval implements EvalSuite {
  private final TimeTagger tagger = new TimeTagger();

  @Override
  public String name() {
    return "time";
  }

  @Override
  public String description() {
    return "TIMEX3 extraction (strict/relaxed F1) and value F1 on TimeML .tml files; a tempeval3 folder scores its TBAQ-cleaned gold part";
  }

  @Override
  public EvalReport run(Path data) throws IOException {
    List<Path> files = files(data);
    TimeScore score = new TimeScore();
    int skipped = 0;
    for (Path f : files) {
      TimeMlDocument doc = TimeMlDocument.read(f);
      if (doc.created().isEmpty()) {
        skipped++;
      }
      List<TimeMention> found = tagger.find(doc.text(), doc.created());
      score.add(doc, found);
    }
    String s = name();
    List<Figure> figures =
        List.of(
            Figure.of(s, "strict_precision", score.strictPrecision()),
            Figure.of(s, "strict_recall", score.strictRecall()),
            Figure.beside(s, "strict_f1", score.strictF1(), 81.8, "HeidelTime, TE3 test"),
            Figure.of(s, "relaxed_precision", score.relaxedPrecision()),
            Figure.of(s, "relaxed_recall", score.relaxedRecall()),
            Figure.beside(
                s, "relaxed_f1", score.relaxedF1(), 90.3, "HeidelTime, TE3 test (SUTime 90.3)"),
            Figure.beside(
                s, "value_f1", score.valueF1(), 77.6, "HeidelTime, TE3 test (SUTime 67.4)"),
            Figure.of(s, "value_accuracy", score.valueAccuracy()),
            Figure.of(s, "type_accuracy", score.typeAccuracy()));
    List<String> notes = new ArrayList<>();
    notes.add(
        score.gold()
            + " gold and "
            + score.system()
            + " found expressions in "
            + files.size()
            + " documents");
    notes.add(
        "published figures are on the held-back TE3 platinum test set; these are on the TBAQ training data");
    if (skipped > 0) {
      notes.add(
          skipped
              + " documents had no readable creation time; their relative expressions stay unresolved");
    }
    String errors = System.getProperty("corroborate.eval.errors");
    if (errors != null) {
      Files.write(Path.of(errors), score.errors());
      notes.add("errors written to " + errors);
    }
    return new EvalReport(s, data.toString(), Checksums.of(files), files.size(), figures, notes);
  }

  /**
   * Runs the suite without the CLI: {@code java -cp … io.corroborate.eval.time.TimeEval
   * ../shared/bench/tempeval3}.
   */
  public static void main(String[] args) throws IOException {
    EvalReport r =
        new TimeEval().run(Path.of(args.length > 0 ? args[0] : "../shared/bench/tempeval3"));
    r.figures()
        .forEach(
            f ->
                System.out.println(
                    f.line()
                        + f.published().map(p -> "   (" + f.peer() + ": " + p + ")").orElse("")));
    r.notes().forEach(n -> System.out.println("note " + n));
    System.out.println("data " + r.data() + " sha256 " + r.checksum());
  }

  /**
   * The .tml files under {@code data}, sorted; a tempeval3 root is narrowed to its gold
   * TBAQ-cleaned part.
   */
  static List<Path> files(Path data) throws IOException {
    if (!Files.exists(data)) {
      throw new NoSuchFileException(data.toString(), null, "no TimeML data here");
    }
    Path root =
        Files.isDirectory(data.resolve("TBAQ-cleaned")) ? data.resolve("TBAQ-cleaned") : data;
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    try (Stream<Path> s = Files.walk(root)) {
      // TBAQ-cleaned/testpipeline holds a copy of a TimeBank file; reading it would count it twice.
      return s.filter(
              p ->
                  p.toString().endsWith(".tml")
                      && !p.getParent().getFileName().toString().equals("testpipeline"))
          .sorted()
          .toList();
    }
  }
}
