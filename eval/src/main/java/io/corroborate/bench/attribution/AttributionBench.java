package io.corroborate.bench.attribution;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.corenlp.LearnedAttribution;
import io.corroborate.annotate.corenlp.PosLayer;
import io.corroborate.bench.BenchStage;
import io.corroborate.extract.AttributionTagger;
import io.corroborate.extract.ClaimExtractor;
import io.corroborate.extract.ExtractOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The cost of finding attributions on top of the language layer: the texts of a PolNeAR split (or
 * any folder of {@code .txt} files) are tagged with CoreNLP's parts of speech once (not timed),
 * then every repetition finds the attributions of every article, with the learned tagger ({@code
 * attribution}) or the cue rules alone ({@code attribution-rules}).
 */
public final class AttributionBench implements BenchStage {
  private final boolean learned;
  private final ClaimExtractor extractor;
  private List<Annotation> annotations = List.of();

  private AttributionBench(boolean learned) {
    this.learned = learned;
    Optional<AttributionTagger> tagger =
        learned ? Optional.of(LearnedAttribution.shipped()) : Optional.empty();
    this.extractor = new ClaimExtractor(ExtractOptions.defaults(), tagger);
  }

  /** The learned tagger's stage. */
  public static AttributionBench learned() {
    return new AttributionBench(true);
  }

  /** The cue rules' stage, for comparison. */
  public static AttributionBench rules() {
    return new AttributionBench(false);
  }

  @Override
  public String name() {
    return learned ? "attribution" : "attribution-rules";
  }

  @Override
  public String description() {
    return learned
        ? "learned attribution tagging over POS-tagged texts (a PolNeAR split; tagging untimed)"
        : "attribution cue rules over the same texts, for comparison";
  }

  @Override
  public String unit() {
    return "articles";
  }

  @Override
  public int prepare(Path corpus) throws IOException {
    Path dir = corpus;
    for (Path p : List.of(corpus.resolve("data/dev/text"), corpus.resolve("text"))) {
      if (Files.isDirectory(p)) {
        dir = p;
        break;
      }
    }
    List<Path> texts;
    try (Stream<Path> s = Files.list(dir)) {
      texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Annotation> out = new ArrayList<>();
    for (Path t : texts) {
      out.add(PosLayer.shared().annotate(Files.readString(t)));
    }
    annotations = List.copyOf(out);
    // Load the model before timing.
    if (!annotations.isEmpty()) {
      extractor.attributions(annotations.get(0));
    }
    return annotations.size();
  }

  @Override
  public int runOnce(int threads) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        parts.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < annotations.size();
                      i = next.getAndIncrement()) {
                    extractor.attributions(annotations.get(i));
                    done.incrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<?> f : parts) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return done.get();
  }
}
