package io.corroborate.serve;

import io.corroborate.RunListener;
import io.corroborate.analyze.AnalyzeResult;
import io.corroborate.analyze.Analyzer;
import java.util.List;
import java.util.Objects;

/**
 * The server's write path: the core's {@link Analyzer}, as the CLI's {@code analyze} uses it, so an
 * upload is stored, clustered into a story and reconciled the same way.
 *
 * <pre>{@code ApiServer.start(store, new AnalyzerAdder(new Analyzer(c, store, embedder)), options)}
 * </pre>
 */
public final class AnalyzerAdder implements Adder {
  private final Analyzer analyzer;

  public AnalyzerAdder(Analyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  @Override
  public AddReport add(List<String> inputs) {
    AnalyzeResult r = analyzer.add(inputs, new RunListener() {});
    return new AddReport(r.articles(), r.touched(), r.rejections());
  }
}
