package vn.thuduc.coordbot.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The outgoing rate limits on a fake clock: a sleeper that advances it instead of sleeping. */
class OutgoingLimiterTest {
  private static final Duration GLOBAL_SLOT = Duration.ofMillis(34);
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final OutgoingLimiter limiter = new OutgoingLimiter(30, 60, 20, 3, now::get,
      d -> now.addAndGet(d.toNanos()));

  /** Books a send at the current fake time without waiting; the time it may go out. */
  private long slot(String chat) {
    return now.get() + limiter.book(chat);
  }

  @Test
  void aSingleReplyAndASplitAnswerGoOutAtOnceSpacedOnlyByTheGlobalSlot() throws Exception {
    assertThat(limiter.acquire("1001")).isZero();
    assertThat(limiter.acquire("1002")).isLessThanOrEqualTo(GLOBAL_SLOT);
    assertThat(limiter.acquire("1002")).isLessThanOrEqualTo(GLOBAL_SLOT);
  }

  @Test
  void aChatGetsItsBurstThenOneMessageASecondAndNothingIsDropped() throws Exception {
    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      waits.add(limiter.acquire("1001"));
    }
    assertThat(waits).hasSize(10);
    assertThat(waits.subList(0, 3)).allMatch(w -> w.compareTo(GLOBAL_SLOT) <= 0);
    assertThat(waits.subList(3, 10)).allSatisfy(w -> assertThat(w.toMillis()).isBetween(900L, 1000L));
  }

  @Test
  void aGroupGetsTwentyMessagesAMinute() {
    List<Long> slots = new ArrayList<>();
    for (int i = 0; i < 43; i++) {
      slots.add(slot("-100200"));
    }
    long t0 = slots.get(0);
    long inFirstMinute = slots.stream().filter(t -> t - t0 < TimeUnit.MINUTES.toNanos(1)).count();
    assertThat(inFirstMinute).isBetween(20L, 23L); // 20 a minute plus the burst of 3
    assertThat(slots.get(42) - slots.get(41)).isCloseTo(TimeUnit.SECONDS.toNanos(3),
        org.assertj.core.api.Assertions.within(TimeUnit.MILLISECONDS.toNanos(34)));
  }

  @Test
  void noSecondHoldsMoreThanThirtyOneMessagesAcrossChats() {
    List<Long> slots = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      slots.add(slot(String.valueOf(2000 + i % 120)));
    }
    slots.sort(Long::compare);
    // one message per 1/30 s slot: a second may touch 31 slots, never more
    for (int i = 0; i + 31 < slots.size(); i++) {
      assertThat(slots.get(i + 31) - slots.get(i)).as("32 messages within a second at %d", i)
          .isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(1));
    }
    assertThat(slots.get(299) - slots.get(0)).isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(9));
  }

  @Test
  void aChatBookedFarAheadDelaysAnotherChatOnlyByTheGlobalSpacing() throws Exception {
    for (int i = 0; i < 20; i++) {
      slot("1001"); // three now, then one a second for 17 s
    }
    assertThat(limiter.acquire("1002")).isLessThanOrEqualTo(Duration.ofMillis(100));
  }
}
