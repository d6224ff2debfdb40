package io.corroborate.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Work done on a few threads whose results are handed on one at a time, on the calling thread and
 * in the order the work was given, as if it had been done there: a run reads several articles at
 * once (cleaning and annotating, the costly part) while whoever listens sees them one after the
 * other, as a sequential run shows them. At most {@code 2 × threads} results wait at a time, so the
 * memory held stays bounded however long the input. With one thread the work runs at once, on the
 * calling thread.
 *
 * <pre>{@code
 * try (InOrder<Outcome> order = new InOrder<>(2, o -> listener.done(o))) {
 *   for (RawDocument d : docs) order.submit(() -> pipeline.process(d));
 *   order.finish();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one thread submits and receives.
 */
public final class InOrder<T> implements AutoCloseable {
  private final ExecutorService pool;
  private final int window;
  private final Consumer<T> deliver;

  /** What waits to be handed on: a result being made, or a step to run after those before it. */
  private final Deque<Object> pending = new ArrayDeque<>();

  private int working;

  /**
   * @param threads how many pieces of work run at once (1: each at once, on the calling thread)
   * @param deliver what receives each result, in order, on the calling thread
   */
  public InOrder(int threads, Consumer<T> deliver) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread is needed, got " + threads);
    }
    this.deliver = deliver;
    this.window = 2 * threads;
    this.pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "corroborate-reader");
                  t.setDaemon(true);
                  return t;
                });
  }

  /**
   * Starts {@code work}; results finished before it are handed on now, and when the window is full
   * this waits for the oldest. What the work throws is thrown here when its turn comes.
   */
  public void submit(Callable<T> work) {
    if (pool == null) {
      deliver.accept(callHere(work));
      return;
    }
    pending.add(pool.submit(work));
    working++;
    handOnDone();
    while (working >= window) {
      handOnNext();
    }
  }

  /** Runs {@code step} once every result submitted before it was handed on. */
  public void then(Runnable step) {
    if (pending.isEmpty()) {
      step.run();
    } else {
      pending.add(step);
    }
  }

  /** Waits for all the work given and hands on every result. */
  public void finish() {
    while (!pending.isEmpty()) {
      handOnNext();
    }
  }

  /** Gives up the work not handed on yet (interrupting it) and stops the threads. */
  @Override
  public void close() {
    if (pool == null) {
      return;
    }
    for (Object p : pending) {
      if (p instanceof Future<?> f) {
        f.cancel(true);
      }
    }
    pending.clear();
    working = 0;
    pool.shutdownNow();
  }

  private void handOnDone() {
    while (!pending.isEmpty() && (!(pending.peek() instanceof Future<?> f) || f.isDone())) {
      handOnNext();
    }
  }

  @SuppressWarnings("unchecked")
  private void handOnNext() {
    Object next = pending.poll();
    if (next instanceof Runnable step && !(next instanceof Future<?>)) {
      step.run();
      return;
    }
    working--;
    Future<T> f = (Future<T>) next;
    T result;
    try {
      result = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new CancellationException("stopped while waiting for the work given");
    } catch (ExecutionException e) {
      close();
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
    deliver.accept(result);
  }

  private static <T> T callHere(Callable<T> work) {
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
