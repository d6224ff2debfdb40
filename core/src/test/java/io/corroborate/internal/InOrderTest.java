package io.corroborate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InOrderTest {
  @Test
  void resultsAreHandedOnInTheOrderGivenEvenWhenLaterWorkEndsFirst() {
    List<String> got = new ArrayList<>();
    CountDownLatch secondDone = new CountDownLatch(1);
    try (InOrder<String> order = new InOrder<>(2, got::add)) {
      order.submit(
          () -> {
            // The first piece waits until the second has finished.
            assertThat(secondDone.await(20, TimeUnit.SECONDS)).isTrue();
            return "first";
          });
      order.submit(
          () -> {
            secondDone.countDown();
            return "second";
          });
      order.then(() -> got.add("after both"));
      order.submit(() -> "third");
      order.finish();
    }
    assertThat(got).containsExactly("first", "second", "after both", "third");
  }

  @Test
  void workRunsOnSeveralThreadsAtOnce() {
    CountDownLatch both = new CountDownLatch(2);
    List<Boolean> met = new ArrayList<>();
    try (InOrder<Boolean> order = new InOrder<>(2, met::add)) {
      for (int i = 0; i < 2; i++) {
        order.submit(
            () -> {
              both.countDown();
              // Each piece ends only once the other has started: one thread alone would wait out.
              return both.await(20, TimeUnit.SECONDS);
            });
      }
      order.finish();
    }
    assertThat(met).containsExactly(true, true);
  }

  @Test
  void withOneThreadTheWorkRunsAtOnceOnTheCallingThread() {
    List<String> got = new ArrayList<>();
    Thread caller = Thread.currentThread();
    try (InOrder<Boolean> order = new InOrder<>(1, b -> got.add("handed " + b))) {
      order.submit(() -> Thread.currentThread() == caller);
      got.add("submitted");
    }
    assertThat(got).containsExactly("handed true", "submitted");
  }

  @Test
  void whatTheWorkThrowsIsThrownWhenItsTurnComesAndLaterResultsAreNotHandedOn() {
    List<String> got = new ArrayList<>();
    try (InOrder<String> order = new InOrder<>(2, got::add)) {
      assertThatThrownBy(
              () -> {
                order.submit(() -> "fine");
                order.submit(
                    () -> {
                      throw new IllegalStateException("bad record 7");
                    });
                order.submit(() -> "later");
                order.finish();
              })
          .hasMessage("bad record 7");
    }
    assertThat(got).containsExactly("fine");
  }

  @Test
  void noThreadsIsRefused() {
    assertThatThrownBy(() -> new InOrder<String>(0, s -> {}))
        .hasMessageContaining("at least one thread");
  }
}
