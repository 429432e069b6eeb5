package vn.thuduc.coordbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClientLimiterTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final ClientLimiter limiter = new ClientLimiter(3, 20, now::get);

  @Test
  void letsABurstPassThenAsksToWaitAndRecovers() {
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.admit("s1", "1.1.1.1")).isZero();
    }
    long wait = limiter.admit("s1", "1.1.1.1");
    assertThat(wait).isBetween(1L, 3L);
    now.addAndGet(TimeUnit.SECONDS.toNanos(3));
    assertThat(limiter.admit("s1", "1.1.1.1")).isZero();
  }

  @Test
  void anotherSessionIsNotSlowedByAFloodingOne() {
    for (int i = 0; i < 10; i++) {
      limiter.admit("s1", "1.1.1.1");
    }
    assertThat(limiter.admit("s2", "2.2.2.2")).isZero();
  }

  @Test
  void newSessionsFromOneAddressStillMeetTheAddressLimit() {
    int passed = 0;
    for (int i = 0; i < 100; i++) {
      if (limiter.admit("s" + i, "3.3.3.3") == 0) {
        passed++;
      }
    }
    assertThat(passed).isEqualTo(3 * ClientLimiter.ADDRESS_FACTOR);
  }
}
