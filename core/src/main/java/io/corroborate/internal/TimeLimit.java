package io.corroborate.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one piece of work (cleaning a page, annotating an article) on a worker thread and waits for
 * it at most a given time, so that work past its limit can be given up while the run goes on. The
 * workers have deep stacks: parsers and regular expressions recurse on nested input.
 *
 * <pre>{@code
 * Annotation an = TimeLimit.call(() -> layer.annotate(article), Duration.ofSeconds(120));
 * }</pre>
 */
public final class TimeLimit {
  /** Stack of a worker: room for the recursion of parsers on deeply nested markup. */
  private static final long WORKER_STACK_BYTES = 64L << 20;

  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(null, r, "corroborate-limited", WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
          });

  private TimeLimit() {}

  /**
   * The work's result, if it ends within {@code limit}. Past the limit, or when the calling thread
   * is interrupted while it waits, the worker is asked to stop (interrupted; work that does not
   * listen finishes on its own, its result unused) and {@link TimeoutException} or {@link
   * InterruptedException} is thrown; what the work itself throws comes as the cause of an {@link
   * ExecutionException}.
   */
  public static <T> T call(Callable<T> work, Duration limit)
      throws TimeoutException, ExecutionException, InterruptedException {
    Future<T> job = WORKERS.submit(work);
    try {
      return job.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | InterruptedException e) {
      job.cancel(true);
      throw e;
    }
  }
}
