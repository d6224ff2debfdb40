package io.corroborate.eval.attribution;

import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.Token;
import io.corroborate.annotate.corenlp.AttributionFeatures;
import io.corroborate.annotate.corenlp.LearnedAttribution;
import io.corroborate.annotate.corenlp.PosLayer;
import io.corroborate.eval.Checksums;
import io.corroborate.model.Span;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.tribuo.Feature;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.crf.CRFTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.sequence.MutableSequenceDataset;
import org.tribuo.sequence.SequenceExample;

/**
 * Trains the attribution tagger on PolNeAR's train split: each article is tagged with CoreNLP's
 * parts of speech ({@link PosLayer}), each paragraph becomes one sequence of BIO tags (source, cue,
 * content), features seen fewer than {@link Options#minCount} times are dropped to keep the model
 * small, and a CRF is trained with a fixed seed, so the same data gives the same model. The model
 * is written gzipped beside a properties file with the data's SHA-256 and the settings.
 *
 * <pre>{@code new AttributionTrainer(AttributionTrainer.Options.defaults()).train(polnear, outDir)}
 * </pre>
 */
public final class AttributionTrainer {
  /**
   * The training settings.
   *
   * @param epochs passes over the training data
   * @param minCount features seen fewer times are dropped
   * @param seed the trainer's random seed
   * @param threads threads annotating the articles
   */
  public record Options(int epochs, int minCount, long seed, int threads) {
    public static Options defaults() {
      return new Options(3, 20, 12345L, 2);
    }
  }

  /** What a training run produced. */
  public record Result(Path model, Path info, String checksum, int articles, long tokens) {}

  private final Options options;

  public AttributionTrainer(Options options) {
    this.options = options;
  }

  /** The train split inside a PolNeAR checkout, or the folder itself when it holds the files. */
  public static Path trainSplit(Path data) throws NoSuchFileException {
    for (Path p : List.of(data, data.resolve("data/train"), data.resolve("train"))) {
      if (Files.isDirectory(p.resolve("attributions")) && Files.isDirectory(p.resolve("text"))) {
        return p;
      }
    }
    throw new NoSuchFileException(
        data + " (no attributions/ and text/ folders, nor data/train/ holding them)");
  }

  /**
   * The articles of a split with their annotation files, in name order; texts missing are skipped.
   */
  static List<Path[]> pairs(Path split) throws IOException {
    List<Path> anns;
    try (Stream<Path> s = Files.list(split.resolve("attributions"))) {
      anns = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
    }
    List<Path[]> out = new ArrayList<>();
    for (Path ann : anns) {
      String base = ann.getFileName().toString().replaceAll("(_[0-9a-f]{4})?\\.ann$", "");
      Path text = split.resolve("text").resolve(base + ".txt");
      if (Files.exists(text)) {
        out.add(new Path[] {text, ann});
      }
    }
    return out;
  }

  /**
   * Trains on {@code data}'s train split and writes the model and its properties to {@code out}.
   */
  public Result train(Path data, Path out) throws IOException {
    Path split = trainSplit(data);
    List<Path[]> pairs = pairs(split);
    List<Path> read = new ArrayList<>();
    for (Path[] p : pairs) {
      read.add(p[1]);
      read.add(p[0]);
    }
    String checksum = Checksums.of(read);
    return fit(label(pairs), checksum, pairs.size(), out);
  }

  /** Tags and labels every article, in parallel; results kept in name order. */
  List<List<Labelled>> label(List<Path[]> pairs) throws IOException {
    // 1. Tag and label every article (in parallel; results kept in name order).
    List<List<Labelled>> perArticle = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
    try {
      List<Future<List<Labelled>>> futures = new ArrayList<>();
      for (Path[] p : pairs) {
        futures.add(pool.submit(() -> sequences(PolnearDocument.read(p[0], p[1]))));
      }
      for (Future<List<Labelled>> f : futures) {
        perArticle.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("training interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return perArticle;
  }

  /** Trains on labelled articles and writes the model and its properties to {@code out}. */
  Result fit(List<List<Labelled>> perArticle, String checksum, int articles, Path out)
      throws IOException {
    // 2. Count features and keep the frequent ones.
    Map<String, Integer> counts = new HashMap<>();
    long tokens = 0;
    for (List<Labelled> article : perArticle) {
      for (Labelled seq : article) {
        for (List<String> fs : seq.features()) {
          tokens++;
          for (String f : fs) {
            counts.merge(f, 1, Integer::sum);
          }
        }
      }
    }
    LabelFactory factory = new LabelFactory();
    MutableSequenceDataset<Label> dataset =
        new MutableSequenceDataset<>(
            new SimpleDataSourceProvenance("polnear train " + checksum, factory), factory);
    for (List<Labelled> article : perArticle) {
      for (Labelled seq : article) {
        List<Label> labels = new ArrayList<>();
        List<List<Feature>> features = new ArrayList<>();
        for (int i = 0; i < seq.tags().size(); i++) {
          labels.add(new Label(seq.tags().get(i)));
          List<Feature> fs = new ArrayList<>();
          for (String f : seq.features().get(i)) {
            if (counts.get(f) >= options.minCount()) {
              fs.add(new Feature(f, 1.0));
            }
          }
          features.add(fs);
        }
        dataset.add(new SequenceExample<>(labels, features));
      }
    }
    // 3. Train with a fixed seed, in order.
    CRFTrainer trainer =
        new CRFTrainer(new AdaGrad(0.1, 0.1), options.epochs(), Integer.MAX_VALUE, options.seed());
    trainer.setShuffle(false);
    var model = trainer.train(dataset);
    // 4. Write the model and what made it.
    Files.createDirectories(out);
    Path modelFile = out.resolve(fileName(LearnedAttribution.MODEL_RESOURCE));
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(modelFile))) {
      model.serializeToStream(o);
    }
    Path info = out.resolve(fileName(LearnedAttribution.INFO_RESOURCE));
    Map<String, String> props = new TreeMap<>();
    props.put("data", "PolNeAR train split (" + articles + " articles)");
    props.put("data.sha256", checksum);
    props.put("tokens", Long.toString(tokens));
    props.put("features", Integer.toString(model.getFeatureIDMap().size()));
    props.put("epochs", Integer.toString(options.epochs()));
    props.put("minCount", Integer.toString(options.minCount()));
    props.put("seed", Long.toString(options.seed()));
    props.put("command", "corroborate train attribution <polnear>");
    try (Writer w = Files.newBufferedWriter(info, StandardCharsets.UTF_8)) {
      w.write("# The attribution tagger's model: what it was trained on and how.\n");
      for (Map.Entry<String, String> e : props.entrySet()) {
        w.write(e.getKey() + "=" + e.getValue() + "\n");
      }
    }
    return new Result(modelFile, info, checksum, articles, tokens);
  }

  private static String fileName(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  /** One paragraph's features and gold tags. */
  record Labelled(List<List<String>> features, List<String> tags) implements java.io.Serializable {}

  /** Tags an article and labels its tokens with the gold roles, paragraph by paragraph. */
  static List<Labelled> sequences(PolnearDocument doc) {
    Annotation a = PosLayer.shared().annotate(doc.text());
    String[] roles = roles(a, doc);
    List<Labelled> out = new ArrayList<>();
    for (AttributionFeatures.Run run : AttributionFeatures.runs(a)) {
      List<String> tags = new ArrayList<>();
      String last = null;
      for (int t = run.firstToken(); t < run.endToken(); t++) {
        String r = roles[t];
        if (r == null) {
          tags.add(LearnedAttribution.OUTSIDE);
        } else {
          tags.add((r.equals(last) ? "I-" : "B-") + r.substring(r.indexOf(':') + 1));
        }
        last = r;
      }
      out.add(new Labelled(AttributionFeatures.of(a, run), tags));
    }
    return out;
  }

  /**
   * Each token's gold role as "attribution:ROLE", or null. Contents are laid first so that a source
   * or cue inside a content's extent (a quotation split by "she said") keeps its own role.
   */
  private static String[] roles(Annotation a, PolnearDocument doc) {
    List<Token> tokens = a.tokens();
    String[] roles = new String[tokens.size()];
    List<PolnearDocument.Gold> gold = doc.attributions();
    for (String role :
        List.of(LearnedAttribution.CONTENT, LearnedAttribution.SOURCE, LearnedAttribution.CUE)) {
      for (int g = 0; g < gold.size(); g++) {
        PolnearDocument.Gold at = gold.get(g);
        Optional<Span> span =
            switch (role) {
              case LearnedAttribution.CONTENT -> Optional.of(at.content());
              case LearnedAttribution.SOURCE -> at.source();
              default -> Optional.of(at.cue());
            };
        if (span.isEmpty()) {
          continue;
        }
        for (int t = 0; t < tokens.size(); t++) {
          Span ts = tokens.get(t).span();
          if (ts.start() < span.get().end() && span.get().start() < ts.end()) {
            roles[t] = g + ":" + role;
          }
        }
      }
    }
    return roles;
  }

  /**
   * Trains without the CLI: {@code java -cp … io.corroborate.eval.attribution.AttributionTrainer
   * ../shared/bench/polnear out/}.
   */
  public static void main(String[] args) throws IOException {
    Options o = Options.defaults();
    if (args.length > 2) {
      o = new Options(Integer.parseInt(args[2]), Integer.parseInt(args[3]), o.seed(), o.threads());
    }
    long t0 = System.nanoTime();
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/bench/polnear");
    Path out = Path.of(args.length > 1 ? args[1] : ".");
    String cache = System.getProperty("corroborate.train.cache");
    AttributionTrainer trainer = new AttributionTrainer(o);
    Result r;
    if (cache == null) {
      r = trainer.train(data, out);
    } else {
      // Tuning aid: the labelled articles are kept in a file so that settings can be tried fast.
      List<Path[]> pairs = pairs(trainSplit(data));
      List<List<Labelled>> labelled;
      Path c = Path.of(cache);
      if (Files.exists(c)) {
        try (var in = new java.io.ObjectInputStream(Files.newInputStream(c))) {
          @SuppressWarnings("unchecked")
          List<List<Labelled>> read = (List<List<Labelled>>) in.readObject();
          labelled = read;
        } catch (ClassNotFoundException e) {
          throw new IOException(e);
        }
      } else {
        labelled = trainer.label(pairs);
        try (var w = new java.io.ObjectOutputStream(Files.newOutputStream(c))) {
          w.writeObject(new ArrayList<>(labelled));
        }
      }
      r = trainer.fit(labelled, "tuning", pairs.size(), out);
    }
    System.out.printf(
        "trained on %d articles, %d tokens in %.1f s: %s (data sha256 %s)%n",
        r.articles(), r.tokens(), (System.nanoTime() - t0) / 1e9, r.model(), r.checksum());
  }
}
