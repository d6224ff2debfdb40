package io.corroborate.cli;

import io.corroborate.Corroborate;
import io.corroborate.RunSummary;
import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import io.corroborate.dossier.ClaimLine;
import io.corroborate.dossier.CsvTables;
import io.corroborate.dossier.Facts;
import io.corroborate.extract.Claim;
import io.corroborate.extract.ClaimKind;
import io.corroborate.extract.ClaimValue;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.store.Store;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate claims}: every checkable statement of the articles, with its chain of
 * attribution.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "List the claims of articles: what is asserted or measured, its value, when it holds, and who says it.",
      "Each claim shows its attribution chain (speaker <- cited source <- publishing outlet) and its evidence sentence."
    })
final class ClaimsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "INPUT",
      description = "Files, directories, glob patterns, or - for standard input.")
  List<String> inputs;

  @Option(
      names = "--story",
      paramLabel = "STORY",
      description =
          "The claims of a stored story's articles (its id or a unique prefix; see: corroborate stories) instead of INPUTs.")
  String story;

  @Option(names = "--json", description = "Print JSON Lines, one claim per line, with every field.")
  boolean json;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "table (the default), json (as --json) or csv (one row per claim, with a header and the interval as numbers).")
  String format;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      completionCandidates = KindNames.class,
      description = "Only claims of this kind: ${COMPLETION-CANDIDATES} (any case).")
  ClaimKind kind;

  /** The claim kinds as the table prints them. */
  static final class KindNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(ClaimKind.values())
          .map(k -> k.name().toLowerCase(Locale.ROOT))
          .iterator();
    }
  }

  @Option(
      names = "--no-store",
      description = "Do not write the articles and their annotations to the store.")
  boolean noStore;

  @Mixin QuietOption quiet;

  @Mixin StoreOption store;
  @Mixin InputOptions inputOptions;
  @Mixin AnnotateTimeOption annotateTime;

  @Override
  public Integer call() {
    boolean fromInputs = inputs != null && !inputs.isEmpty();
    if (fromInputs == (story != null)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give either INPUT files or --story STORY, not both and not neither");
    }
    String shape = Output.format(format, json);
    RunSummary run;
    Map<String, List<Claim>> claims;
    try (Store s = story != null ? store.openExisting() : noStore ? null : store.open();
        Progress progress = new Progress(spec.commandLine().getErr(), quiet.on() || json)) {
      Corroborate c =
          inputOptions
              .builder()
              .annotate(CoreNlpLayer.shared(), s != null ? s : AnnotationCache.none())
              .annotateTimeLimit(annotateTime.value())
              .build();
      Recorder recorder = new Recorder(s, progress, false);
      run = fromInputs ? inputOptions.inStore(s, () -> c.run(inputs, recorder)) : stored(s, c);
      // Read as the dossier reads them: in their stories, outlets named and times anchored.
      claims = fromInputs ? c.claims(run) : c.storyClaims(run.articles(), run.annotations());
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean jsonLines = shape.equals("json");
    boolean csv = shape.equals("csv");
    List<ClaimLine> lines = new ArrayList<>();
    if (shape.equals("table")) {
      out.printf(
          "%-22s %-9s %-18s %-22s %-22s %-40s %s%n",
          "outlet", "kind", "measure", "value", "holds", "who says it", "evidence");
    }
    int count = 0;
    for (Article a : run.articles()) {
      for (Claim claim : claims.getOrDefault(a.id(), List.of())) {
        if (kind != null && claim.kind() != kind) {
          continue;
        }
        count++;
        if (csv) {
          lines.add(Facts.line(a, claim));
        } else if (jsonLines) {
          out.println(ModelJson.write(jsonLine(a, claim)));
        } else {
          out.printf(
              "%-22s %-9s %-18s %-22s %-22s %-40s %s%n",
              Output.clip(a.outlet(), 22),
              claim.kind().name().toLowerCase(Locale.ROOT),
              Output.clip(claim.measure(), 18),
              Output.clip(value(a, claim), 22),
              Facts.holds(claim),
              Output.clip(claim.attribution().chain(), 40),
              Output.clip(claim.evidence().sentence().of(a.text()), 100));
        }
      }
    }
    if (csv) {
      out.print(CsvTables.claims(lines));
    }
    if (shape.equals("table") && !quiet.on()) {
      spec.commandLine()
          .getErr()
          .printf(
              "%d claim(s) in %d article(s), %d input(s) rejected%n",
              count, run.articles().size(), run.rejections().size());
    }
    out.flush();
    spec.commandLine().getErr().flush();
    return run.rejections().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
  }

  /** The story's stored articles with their annotations, annotating those the cache lacks. */
  private RunSummary stored(Store s, Corroborate c) {
    String storyId = DossierCommand.resolve(s.stories(), story, s.name());
    List<Article> articles = new ArrayList<>();
    Map<String, Annotation> annotations = new LinkedHashMap<>();
    String key = c.annotationKey().orElseThrow();
    for (String id : s.storyArticleIds(storyId)) {
      Article a = s.expectArticle(id);
      articles.add(a);
      Annotation an =
          s.annotation(id, key)
              .orElseGet(
                  () -> {
                    Annotation fresh = CoreNlpLayer.shared().annotate(a);
                    s.putAnnotation(id, key, fresh);
                    return fresh;
                  });
      annotations.put(id, an);
    }
    return new RunSummary(0, articles, annotations, List.of());
  }

  private static Map<String, Object> jsonLine(Article a, Claim c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article", a.id());
    m.put("outlet", a.outlet());
    m.put("chain", c.attribution().chain());
    m.put("valueText", c.value().span().of(a.text()));
    m.put("sentence", c.evidence().sentence().of(a.text()));
    m.put("claim", c);
    return m;
  }

  static String value(Article a, Claim c) {
    if (c.value() instanceof ClaimValue.Amount amount) {
      return amount.bounds() + " \"" + amount.span().of(a.text()) + "\"";
    }
    return c.value().span().of(a.text());
  }
}
