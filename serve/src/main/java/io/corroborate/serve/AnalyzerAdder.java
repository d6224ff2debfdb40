package io.corroborate.serve;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.analyze.AnalyzeResult;
import io.corroborate.analyze.Analyzer;
import io.corroborate.cluster.Embedder;
import io.corroborate.store.Store;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The server's write path: the core's {@link Analyzer}, as the CLI's {@code analyze} uses it, so an
 * upload is stored, clustered into a story and reconciled the same way. Rejections are kept under
 * the upload's own name, not the server's temp path.
 *
 * <pre>
 * {@code ApiServer.start(store, new AnalyzerAdder(corroborate, store, Embedder.none()), options)}
 * </pre>
 */
public final class AnalyzerAdder implements Adder {
  private final NamingStore store;
  private final Analyzer analyzer;

  public AnalyzerAdder(Corroborate corroborate, Store store, Embedder embedder) {
    this.store = new NamingStore(store);
    this.analyzer = new Analyzer(corroborate, this.store, embedder);
  }

  @Override
  public AddReport add(List<String> inputs, UnaryOperator<String> shown) {
    return store.naming(
        shown,
        () -> {
          AnalyzeResult r = analyzer.add(inputs, new RunListener() {});
          return new AddReport(
              r.articles(), r.touched(), r.rejections().stream().map(store::renamed).toList());
        });
  }
}
