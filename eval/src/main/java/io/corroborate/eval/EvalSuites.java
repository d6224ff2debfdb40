package io.corroborate.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The registry of evaluation suites. Later stages add theirs to {@link #ALL}. */
public final class EvalSuites {
  private static final Map<String, EvalSuite> ALL = new LinkedHashMap<>();

  static {
    register(new io.corroborate.eval.time.TimeEval());
    register(new io.corroborate.eval.ner.NerEval());
    register(new io.corroborate.eval.coref.CorefSuite());
    register(new io.corroborate.eval.coref.PredictedCorefSuite());
    register(new io.corroborate.eval.extraction.ExtractionSuite());
    register(new io.corroborate.eval.attribution.AttributionEval());
    register(new io.corroborate.eval.clusters.ClustersSuite());
    register(new io.corroborate.eval.dossier.DossierSuite());
  }

  private EvalSuites() {}

  private static void register(EvalSuite s) {
    ALL.put(s.name(), s);
  }

  public static List<EvalSuite> all() {
    return List.copyOf(ALL.values());
  }

  public static Optional<EvalSuite> find(String name) {
    return Optional.ofNullable(ALL.get(name));
  }

  public static EvalSuite expect(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new NoSuchElementException("no eval suite '" + name + "'; known: " + ALL.keySet()));
  }
}
