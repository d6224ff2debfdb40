package io.corroborate.bench.annotate;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.corroborate.bench.BenchStage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The yardstick for {@code bench annotate}: plain CoreNLP with its default annotators up to NER
 * (tokenize, ssplit, pos, lemma, ner with fine-grained rules, SUTime and numeric tagging on), over
 * the same articles, so the two are measured in one run. Needs about 5 GB of heap ({@code
 * CORROBORATE_JAVA_OPTS=-Xmx6g}).
 */
public final class CoreNlpDefaultBench implements BenchStage {
  private final List<AnnotateBench.Item> items = new ArrayList<>();
  private StanfordCoreNLP pipeline;

  @Override
  public String name() {
    return "annotate-corenlp-default";
  }

  @Override
  public String description() {
    return "plain CoreNLP default pipeline (tokenize..ner), the yardstick for 'annotate' (needs -Xmx6g)";
  }

  @Override
  public String unit() {
    return "articles";
  }

  @Override
  public int prepare(Path corpus) throws IOException {
    items.clear();
    items.addAll(AnnotateBench.articles(corpus));
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    pipeline = new StanfordCoreNLP(p);
    return items.size();
  }

  @Override
  public int runOnce(int threads) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        fs.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < items.size();
                      i = next.getAndIncrement()) {
                    CoreDocument d = new CoreDocument(items.get(i).text());
                    pipeline.annotate(d);
                    if (!d.tokens().isEmpty() || items.get(i).text().isBlank()) {
                      done.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return done.get();
  }
}
