package io.corroborate.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The registry of benchmarkable stages. */
public final class BenchStages {
  private static final Map<String, BenchStage> ALL = new LinkedHashMap<>();

  static {
    register(new io.corroborate.bench.ingest.IngestBench());
    register(new io.corroborate.bench.annotate.AnnotateBench());
    register(io.corroborate.bench.annotate.AnnotateBench.withAttribution());
    register(new io.corroborate.bench.annotate.CoreNlpDefaultBench());
    register(new io.corroborate.bench.clean.CleanBench());
    register(new io.corroborate.bench.claims.ClaimsBench());
    register(io.corroborate.bench.attribution.AttributionBench.learned());
    register(io.corroborate.bench.attribution.AttributionBench.rules());
    register(new io.corroborate.bench.analyze.AnalyzeBench());
    register(new io.corroborate.bench.analyze.StoryUpdateBench());
  }

  private BenchStages() {}

  private static void register(BenchStage s) {
    ALL.put(s.name(), s);
  }

  public static List<BenchStage> all() {
    return List.copyOf(ALL.values());
  }

  public static Optional<BenchStage> find(String name) {
    return Optional.ofNullable(ALL.get(name));
  }

  public static BenchStage expect(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "no bench stage '" + name + "'; known: " + ALL.keySet()));
  }
}
