package io.corroborate.cli;

import io.corroborate.RunListener;
import io.corroborate.ingest.Input;
import io.corroborate.model.Rejection;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar over input files on standard error, shown only when a person is watching (a
 * terminal) and the run has more than a handful of files; rejections are printed as they come.
 */
final class Progress implements RunListener, AutoCloseable {
  private final PrintWriter err;
  private final boolean quiet;
  private ProgressBar bar;

  Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public void started(int inputs) {
    if (!quiet && System.console() != null && inputs > 5) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("reading")
              .setInitialMax(inputs)
              .setStyle(ProgressBarStyle.ASCII)
              .build();
    }
  }

  @Override
  public void rejected(Rejection r) {
    if (!quiet) {
      err.println("rejected " + r.describe());
      err.flush();
    }
  }

  @Override
  public void inputDone(Input input) {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
