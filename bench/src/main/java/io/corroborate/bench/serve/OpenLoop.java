package io.corroborate.bench.serve;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * An open-loop load: request {@code i} is due {@code i / rate} seconds after the start, and is sent
 * then whatever the earlier answers' latency, as a site's readers arrive whether or not the server
 * keeps up. Each latency is measured from the time the request was due, not from the time it went
 * out, so a request that waited behind a slow sender or a full machine counts its wait (no
 * coordinated omission: a closed loop of a few clients sends less when the server slows, and so
 * hides the queue a real load would build).
 *
 * <pre>{@code OpenLoop.Result r = OpenLoop.run(1000, 200, OpenLoop.SYSTEM, pool, i -> get(i));}
 * </pre>
 */
final class OpenLoop {
  private static final double NANOS_PER_SECOND = 1e9;

  private OpenLoop() {}

  /** The time source and the wait until a request is due; tests give a clock of their own. */
  interface Clock {
    long nanoTime();

    /** Returns at {@code nanoTime} or later (at once when it has passed). */
    void waitUntil(long nanoTime) throws InterruptedException;
  }

  /** The machine's monotonic clock. */
  static final Clock SYSTEM =
      new Clock() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void waitUntil(long nanoTime) throws InterruptedException {
          for (long left; (left = nanoTime - System.nanoTime()) > 0; ) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
              throw new InterruptedException("stopped while waiting to send");
            }
          }
        }
      };

  /**
   * When request {@code i} is due, in nanoseconds after the start: computed from {@code i} alone,
   * so rounding never accumulates over a long run.
   */
  static long dueNanos(int i, double rate) {
    if (i < 0 || !(rate > 0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException("request " + i + " at " + rate + " requests/s");
    }
    return Math.round(i * NANOS_PER_SECOND / rate);
  }

  /**
   * The outcome of one run.
   *
   * @param latencies every request's latency in nanoseconds from its due time, sorted
   * @param seconds from the start to the last answer
   * @param sendLagNanos how late the sender was at most (a loaded machine delays it; the latencies
   *     include the delay)
   * @param failures requests that threw instead of being answered as expected
   * @param firstFailure the first such request's error, or null
   */
  record Result(
      long[] latencies, double seconds, long sendLagNanos, int failures, Throwable firstFailure) {
    /** Answers per second over the run: the rate the server kept up with. */
    double achievedRate() {
      return seconds > 0 ? latencies.length / seconds : 0;
    }

    double percentileMillis(double p) {
      return ServeBench.percentile(latencies, p) / 1e6;
    }

    double maxMillis() {
      return latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6;
    }
  }

  /**
   * Sends {@code requests} requests at {@code rate} a second on {@code executor} (which must run
   * them concurrently for the load to stay open: a cached thread pool, say), each one {@code
   * request.accept(i)}, and waits for every answer.
   */
  static Result run(int requests, double rate, Clock clock, Executor executor, IntConsumer request)
      throws InterruptedException {
    long[] latencies = new long[requests];
    CountDownLatch answered = new CountDownLatch(requests);
    AtomicLong lastAnswer = new AtomicLong(Long.MIN_VALUE);
    AtomicLong failures = new AtomicLong();
    AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    long start = clock.nanoTime();
    long sendLag = 0;
    for (int i = 0; i < requests; i++) {
      long due = start + dueNanos(i, rate);
      clock.waitUntil(due);
      sendLag = Math.max(sendLag, clock.nanoTime() - due);
      int n = i;
      executor.execute(
          () -> {
            try {
              request.accept(n);
            } catch (RuntimeException | Error e) {
              failures.incrementAndGet();
              firstFailure.compareAndSet(null, e);
            } finally {
              long end = clock.nanoTime();
              latencies[n] = end - due;
              lastAnswer.accumulateAndGet(end, Math::max);
              answered.countDown();
            }
          });
    }
    answered.await();
    Arrays.sort(latencies);
    double seconds = requests == 0 ? 0 : (lastAnswer.get() - start) / NANOS_PER_SECOND;
    return new Result(latencies, seconds, sendLag, (int) failures.get(), firstFailure.get());
  }
}
