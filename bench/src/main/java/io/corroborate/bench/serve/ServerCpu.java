package io.corroborate.bench.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time the server spent answering, as the server's own threads count it: the bench's client
 * runs in the same process, and on a machine shared with other work the wall-clock latency says
 * more about the machine than about the server, while a thread's CPU time does not grow while it
 * waits for a core. Also the whole process's CPU time (client, server, garbage collection).
 *
 * <pre>{@code ServerCpu cpu = ServerCpu.start(); ...load...; double ms = cpu.serverMillis();}
 * </pre>
 */
final class ServerCpu {
  /** The start of the names of the threads that answer requests (the server's Jetty pool). */
  static final String SERVER_THREADS = "JettyServerThreadPool";

  private final ThreadMXBean threads;
  private final Map<Long, Long> startNanos;
  private final long processStartNanos;

  private ServerCpu(ThreadMXBean threads, Map<Long, Long> startNanos, long processStartNanos) {
    this.threads = threads;
    this.startNanos = startNanos;
    this.processStartNanos = processStartNanos;
  }

  /** The server threads' and the process's CPU time so far, to count from. */
  static ServerCpu start() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
      threads.setThreadCpuTimeEnabled(true);
    }
    return new ServerCpu(threads, serverThreadNanos(threads), processNanos());
  }

  /**
   * CPU milliseconds the server's threads used since {@link #start}; a thread that ended meanwhile
   * (the pool lets idle threads go after a minute) is not counted, so this errs low. NaN where the
   * JVM does not measure thread CPU time.
   */
  double serverMillis() {
    if (!threads.isThreadCpuTimeSupported()) {
      return Double.NaN;
    }
    long total = 0;
    for (Map.Entry<Long, Long> e : serverThreadNanos(threads).entrySet()) {
      total += e.getValue() - startNanos.getOrDefault(e.getKey(), 0L);
    }
    return total / 1e6;
  }

  /** CPU milliseconds the whole process used since {@link #start}; NaN where unknown. */
  double processMillis() {
    long now = processNanos();
    return now < 0 || processStartNanos < 0 ? Double.NaN : (now - processStartNanos) / 1e6;
  }

  private static Map<Long, Long> serverThreadNanos(ThreadMXBean threads) {
    Map<Long, Long> out = new HashMap<>();
    if (!threads.isThreadCpuTimeSupported()) {
      return out;
    }
    for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (t != null && t.getThreadName().startsWith(SERVER_THREADS)) {
        long nanos = threads.getThreadCpuTime(t.getThreadId());
        if (nanos >= 0) {
          out.put(t.getThreadId(), nanos);
        }
      }
    }
    return out;
  }

  private static long processNanos() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime()
        : -1;
  }
}
