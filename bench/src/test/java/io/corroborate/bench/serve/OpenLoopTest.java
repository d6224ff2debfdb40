package io.corroborate.bench.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenLoopTest {
  /** A clock that moves only when told: waiting jumps to the due time, work adds its cost. */
  private static final class FakeClock implements OpenLoop.Clock {
    long now;
    final List<Long> sends = new ArrayList<>();

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void waitUntil(long nanoTime) {
      now = Math.max(now, nanoTime);
      sends.add(now);
    }
  }

  private static final long MS = 1_000_000;

  @Test
  void requestsAreDueAtIOverRateFromTheStart() {
    assertThat(OpenLoop.dueNanos(0, 200)).isZero();
    assertThat(OpenLoop.dueNanos(1, 200)).isEqualTo(5 * MS);
    assertThat(OpenLoop.dueNanos(200, 200)).isEqualTo(1_000 * MS);
    // A rate that does not divide a second: each due time is rounded on its own, never summed.
    assertThat(OpenLoop.dueNanos(1, 3)).isEqualTo(333_333_333L);
    assertThat(OpenLoop.dueNanos(3, 3)).isEqualTo(1_000_000_000L);
    assertThat(OpenLoop.dueNanos(3_000_000, 3)).isEqualTo(1_000_000L * 1_000_000_000L);
  }

  @Test
  void aRateThatIsNotPositiveIsRefused() {
    assertThatThrownBy(() -> OpenLoop.dueNanos(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OpenLoop.dueNanos(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OpenLoop.dueNanos(-1, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aServerThatKeepsUpIsSentToOnTimeAndAnsweredAtTheRate() throws Exception {
    FakeClock clock = new FakeClock();
    clock.now = 7 * MS;
    // Answered in 2 ms, well inside the 10 ms between requests at 100 a second.
    OpenLoop.Result r = OpenLoop.run(10, 100, clock, Runnable::run, i -> clock.now += 2 * MS);
    assertThat(clock.sends)
        .containsExactly(
            7 * MS, 17 * MS, 27 * MS, 37 * MS, 47 * MS, 57 * MS, 67 * MS, 77 * MS, 87 * MS,
            97 * MS);
    assertThat(r.latencies()).containsOnly(2 * MS);
    assertThat(r.sendLagNanos()).isZero();
    // Ten answers, the last at 92 ms after the start.
    assertThat(r.seconds()).isEqualTo(0.092);
    assertThat(r.achievedRate()).isCloseTo(10 / 0.092, offset(1e-9));
    assertThat(r.percentileMillis(0.99)).isEqualTo(2.0);
  }

  @Test
  void aSlowServerIsMeasuredFromWhenEachRequestWasDueSoTheQueueCounts() throws Exception {
    FakeClock clock = new FakeClock();
    // 20 ms an answer, one at a time, at 100 requests a second: each request waits behind the
    // one before. A closed loop would report 20 ms for every request; from its due time, request
    // k is answered at 20 (k + 1) ms, 10 k ms after it was due, so its latency is 10 k + 20 ms.
    OpenLoop.Result r = OpenLoop.run(10, 100, clock, Runnable::run, i -> clock.now += 20 * MS);
    long[] expected = new long[10];
    for (int k = 0; k < 10; k++) {
      expected[k] = (10L * k + 20) * MS;
    }
    assertThat(r.latencies()).containsExactly(expected);
    assertThat(r.maxMillis()).isEqualTo(110.0);
    assertThat(r.percentileMillis(0.50)).isEqualTo(60.0);
    assertThat(r.sendLagNanos()).isEqualTo(90 * MS);
    // Ten answers in 200 ms: the server kept up with 50 a second, not the 100 offered.
    assertThat(r.achievedRate()).isCloseTo(50, offset(1e-9));
  }

  @Test
  void aFailedRequestIsCountedAndStillTimed() throws Exception {
    FakeClock clock = new FakeClock();
    OpenLoop.Result r =
        OpenLoop.run(
            4,
            10,
            clock,
            Runnable::run,
            i -> {
              clock.now += MS;
              if (i == 2) {
                throw new IllegalStateException("answered 500");
              }
            });
    assertThat(r.failures()).isEqualTo(1);
    assertThat(r.firstFailure()).hasMessage("answered 500");
    assertThat(r.latencies()).hasSize(4).containsOnly(MS);
  }
}
