package io.corroborate.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.clean.HtmlExtractor;
import io.corroborate.eval.Checksums;
import io.corroborate.eval.EvalReport;
import io.corroborate.eval.EvalSuite;
import io.corroborate.eval.Figure;
import io.corroborate.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Scores the HTML extractor's main text on one of two benchmark layouts, found by what the
 * directory holds:
 *
 * <ul>
 *   <li>trafilatura's evaluation set ({@code evaldata.json} with {@code with}/{@code without}
 *       segments per page, pages in {@code eval/} or {@code cache/}): segment precision, recall, F1
 *       and accuracy over all segments, beside trafilatura 2.2.0's published figures;
 *   <li>Scrapinghub's article-extraction-benchmark ({@code ground-truth.json} mapping an id to
 *       {@code articleBody}, pages in {@code html/<id>.html.gz}): 4-gram shingle precision and
 *       recall averaged over pages, F1 of the two averages, beside the best published F1.
 * </ul>
 *
 * <pre>
 * {@code EvalReport r = new ExtractionSuite().run(Path.of("../shared/bench/trafilatura-eval"));}
 * </pre>
 */
public final class ExtractionSuite implements EvalSuite {
  public static final String NAME = "extraction";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HtmlExtractor extractor = new HtmlExtractor();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "main-text extraction from HTML: trafilatura's segment set (evaldata.json) or Scrapinghub's article-extraction-benchmark (ground-truth.json)";
  }

  @Override
  public EvalReport run(Path data) throws IOException {
    if (Files.exists(data.resolve("evaldata.json"))) {
      return trafilatura(data);
    }
    if (Files.exists(data.resolve("ground-truth.json"))) {
      return scrapinghub(data);
    }
    throw new NoSuchFileException(
        data.resolve("evaldata.json") + " or " + data.resolve("ground-truth.json"));
  }

  /** One page of trafilatura's set as the evaluation reads it. */
  public record TrafilaturaPage(String url, Path file, List<String> with, List<String> without) {}

  /** The pages of trafilatura's set whose HTML file is present, and the names of those missing. */
  public static List<TrafilaturaPage> trafilaturaPages(Path data, List<String> missing)
      throws IOException {
    JsonNode root = JSON.readTree(data.resolve("evaldata.json").toFile());
    List<TrafilaturaPage> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getValue().path("file").asText("");
      Path file = data.resolve("eval").resolve(name);
      if (!Files.exists(file)) {
        file = data.resolve("cache").resolve(name);
      }
      if (name.isEmpty() || !Files.exists(file)) {
        missing.add(name.isEmpty() ? e.getKey() : name);
        continue;
      }
      pages.add(
          new TrafilaturaPage(
              e.getKey(),
              file,
              strings(e.getValue().get("with")),
              strings(e.getValue().get("without"))));
    }
    return pages;
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null) {
      n.forEach(
          x -> {
            if (x.isTextual()) {
              out.add(x.asText());
            }
          });
    }
    return out;
  }

  /**
   * One page's scores: of the main text as extractors print it (no image captions), and of the
   * article text with its captions.
   */
  public record PageScores(SegmentScore main, SegmentScore withCaptions) {}

  /** Per-page scores of trafilatura's set, in the order of {@code evaldata.json}. */
  public List<PageScores> scorePages(List<TrafilaturaPage> pages) {
    return pages.parallelStream()
        .map(
            p -> {
              try {
                String html = PageDecoder.decode(Files.readAllBytes(p.file()));
                String name = p.file().getFileName().toString();
                Article a = Extract.article(extractor, html, name, p.url());
                return new PageScores(
                    SegmentScore.of(name, a.textWithoutCaptions(), p.with(), p.without()),
                    SegmentScore.of(name, a.text(), p.with(), p.without()));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }

  private EvalReport trafilatura(Path data) throws IOException {
    List<String> missing = new ArrayList<>();
    List<TrafilaturaPage> pages = trafilaturaPages(data, missing);
    List<Path> files = new ArrayList<>();
    files.add(data.resolve("evaldata.json"));
    pages.forEach(p -> files.add(p.file()));
    String checksum = Checksums.of(files);
    List<PageScores> scores;
    try {
      scores = scorePages(pages);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    SegmentScore total = new SegmentScore("total", 0, 0, 0, 0, List.of(), List.of());
    SegmentScore withCaptions = total;
    for (PageScores s : scores) {
      total = total.plus(s.main());
      withCaptions = withCaptions.plus(s.withCaptions());
    }
    String peer = "trafilatura 2.2.0";
    List<Figure> figures =
        List.of(
            Figure.beside(NAME, "precision", total.precision(), 0.906, peer),
            Figure.beside(NAME, "recall", total.recall(), 0.943, peer),
            Figure.beside(NAME, "f1", total.f1(), 0.924, peer),
            Figure.beside(NAME, "accuracy", total.accuracy(), 0.923, peer),
            Figure.of(NAME, "f1_with_captions", withCaptions.f1()));
    List<String> notes = new ArrayList<>();
    notes.add(
        "scored: main text without image captions, as trafilatura prints it by default; f1_with_captions keeps them");
    notes.add(
        "layout: trafilatura evaldata.json; "
            + (total.tp() + total.fn())
            + " text and "
            + (total.fp() + total.tn())
            + " boilerplate segments");
    if (!missing.isEmpty()) {
      notes.add(
          missing.size() + " pages without an HTML file were skipped, e.g. " + missing.get(0));
    }
    return new EvalReport(NAME, data.toString(), checksum, pages.size(), figures, notes);
  }

  private EvalReport scrapinghub(Path data) throws IOException {
    JsonNode truth = JSON.readTree(data.resolve("ground-truth.json").toFile());
    List<Path> files = new ArrayList<>();
    files.add(data.resolve("ground-truth.json"));
    List<String> notes = new ArrayList<>();
    double sumP = 0;
    double sumR = 0;
    double sumF = 0;
    int n = 0;
    int missing = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Path page = data.resolve("html").resolve(e.getKey() + ".html.gz");
      if (!Files.exists(page)) {
        missing++;
        continue;
      }
      files.add(page);
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        bytes = in.readAllBytes();
      }
      String expected = e.getValue().path("articleBody").asText("");
      String got =
          Extract.text(
              extractor,
              PageDecoder.decode(bytes),
              page.getFileName().toString(),
              e.getValue().path("url").asText(""));
      Shingles.Score s = Shingles.score(expected, got);
      sumP += s.precision();
      sumR += s.recall();
      sumF += s.f1();
      n++;
    }
    double p = n == 0 ? 0 : sumP / n;
    double r = n == 0 ? 0 : sumR / n;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    notes.add(
        "layout: article-extraction-benchmark ground-truth.json; 4-gram shingles of whitespace tokens, precision and recall averaged per page, f1 of the averages");
    notes.add(
        "mean of per-page f1: "
            + String.format(java.util.Locale.ROOT, "%.4f", n == 0 ? 0 : sumF / n));
    if (missing > 0) {
      notes.add(missing + " ids without html/<id>.html.gz were skipped");
    }
    String peer = "best published (article-extraction-benchmark)";
    List<Figure> figures =
        List.of(
            Figure.of(NAME, "shingle_precision", p),
            Figure.of(NAME, "shingle_recall", r),
            Figure.beside(NAME, "shingle_f1", f, 0.970, peer));
    return new EvalReport(NAME, data.toString(), Checksums.of(files), n, figures, notes);
  }
}
