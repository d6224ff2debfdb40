package io.corroborate.bench.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class ServerCpuTest {
  /** Spins until the calling thread has used {@code millis} of CPU. */
  private static void burn(long millis) {
    var mx = ManagementFactory.getThreadMXBean();
    long until = mx.getCurrentThreadCpuTime() + millis * 1_000_000;
    long x = 0;
    while (mx.getCurrentThreadCpuTime() < until) {
      x += System.nanoTime() % 7;
    }
    if (x == 42) {
      System.out.print("");
    }
  }

  private static void runNamed(String name, long millis) throws InterruptedException {
    Thread t = new Thread(() -> burn(millis), name);
    t.start();
    // The thread stays alive until measured: an ended thread's time is no longer known.
    t.join();
  }

  @Test
  void countsTheServerThreadsOnly() throws Exception {
    assumeTrue(ManagementFactory.getThreadMXBean().isThreadCpuTimeSupported());
    ServerCpu cpu = ServerCpu.start();
    Object gate = new Object();
    double[] seen = new double[2];
    Thread server =
        new Thread(
            () -> {
              burn(60);
              synchronized (gate) {
                seen[0] = cpu.serverMillis();
              }
            },
            ServerCpu.SERVER_THREADS + "-1");
    server.start();
    server.join();
    runNamed("bench-client-1", 60);
    double afterClient = cpu.serverMillis();
    assertTrue(seen[0] >= 60, "the server thread's own CPU counted: " + seen[0]);
    assertTrue(afterClient < 60, "a client thread's CPU is not the server's: " + afterClient);
    assertTrue(cpu.processMillis() >= 120, "the process counts both: " + cpu.processMillis());
  }
}
