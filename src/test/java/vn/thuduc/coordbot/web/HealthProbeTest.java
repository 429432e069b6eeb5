package vn.thuduc.coordbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** /healthz reads the last check and never waits for one; a check that does not come back is a failure. */
class HealthProbeTest {
  private final AtomicLong nanos = new AtomicLong();

  private void advanceMillis(long ms) {
    nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(ms));
  }

  @Test
  void answersFromTheLastCheckWhileTheNextOneWaitsForTheDatabase() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch blocked = new CountDownLatch(1);
    AtomicInteger checks = new AtomicInteger();
    try (HealthProbe probe = new HealthProbe(() -> {
      if (checks.incrementAndGet() > 1) {
        blocked.countDown();
        await(release); // the store's lock is held by a ticket's transaction
      }
      return HealthProbe.Result.HEALTHY;
    }, 1000, 5000, nanos::get)) {
      advanceMillis(1500);
      assertThat(probe.now().healthy()).isTrue(); // starts the second check, answers from the first
      assertThat(blocked.await(5, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 100; i++) {
        assertThat(probe.now().healthy()).isTrue();
      }
      assertThat(checks.get()).isEqualTo(2); // one check at a time, however many requests
      advanceMillis(6000);
      HealthProbe.Result stuck = probe.now();
      assertThat(stuck.healthy()).isFalse();
      assertThat(stuck.problem()).contains("has not answered");
      release.countDown();
    }
  }

  @Test
  void aFailingCheckMakesItUnhealthyWithTheReason() {
    try (HealthProbe probe = new HealthProbe(() -> {
      throw new IllegalStateException("database is locked");
    }, 1000, 5000, nanos::get)) {
      assertThat(probe.now().healthy()).isFalse();
      assertThat(probe.now().problem()).contains("database is locked");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
