package io.corroborate.eval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Scores one stage on a public benchmark. Suites are registered in {@link EvalSuites}.
 *
 * <pre>
 * {@code EvalReport r = EvalSuites.expect("extraction").run(Path.of("../shared/bench/trafilatura-eval"));}
 * </pre>
 */
public interface EvalSuite {
  /** The name used on the command line, e.g. {@code extraction}. */
  String name();

  /** One line on what it scores and on which data layout. */
  String description();

  /**
   * Scores the data at {@code data}.
   *
   * @throws IOException when the data cannot be read; {@link java.nio.file.NoSuchFileException}
   *     when it is absent
   */
  EvalReport run(Path data) throws IOException;

  /**
   * This suite writing its detailed reports (one file per item scored) to {@code dir}; suites that
   * write none return themselves.
   */
  default EvalSuite withReportDir(Path dir) {
    return this;
  }
}
