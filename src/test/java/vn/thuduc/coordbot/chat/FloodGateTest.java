package vn.thuduc.coordbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FloodGateTest {
  private final AtomicLong now = new AtomicLong(5_000_000_000L);
  private final FloodGate<Long> gate = new FloodGate<Long>(10, 20, now::get);

  @Test
  void aFloodOfTwoHundredGetsTheBurstAnsweredAndExactlyOneNotice() {
    Map<FloodGate.Verdict, Integer> counts = new EnumMap<>(FloodGate.Verdict.class);
    for (int i = 0; i < 200; i++) {
      counts.merge(gate.admit(1L), 1, Integer::sum);
      now.addAndGet(TimeUnit.MILLISECONDS.toNanos(10)); // 200 messages in 2 s
    }
    assertThat(counts).containsEntry(FloodGate.Verdict.PASS, 10).containsEntry(FloodGate.Verdict.NOTICE, 1)
        .containsEntry(FloodGate.Verdict.SKIP, 189);
    assertThat(gate.skipped()).isEqualTo(190);
  }

  @Test
  void anotherUserIsNotSlowedByAFlood() {
    for (int i = 0; i < 200; i++) {
      gate.admit(1L);
    }
    assertThat(gate.admit(2L)).isEqualTo(FloodGate.Verdict.PASS);
  }

  @Test
  void aFlooderIsAnsweredAgainAtTheSlowRateWithoutASecondNotice() {
    for (int i = 0; i < 12; i++) {
      gate.admit(1L);
    }
    now.addAndGet(TimeUnit.SECONDS.toNanos(3)); // 20 a minute: one every 3 s
    assertThat(gate.admit(1L)).isEqualTo(FloodGate.Verdict.PASS);
    assertThat(gate.admit(1L)).isEqualTo(FloodGate.Verdict.SKIP);
  }

  @Test
  void aUserWhoCalmedDownEarnsANewNoticeNextTime() {
    for (int i = 0; i < 12; i++) {
      gate.admit(1L);
    }
    now.addAndGet(TimeUnit.MINUTES.toNanos(1));
    for (int i = 0; i < 10; i++) {
      assertThat(gate.admit(1L)).isEqualTo(FloodGate.Verdict.PASS);
    }
    assertThat(gate.admit(1L)).isEqualTo(FloodGate.Verdict.NOTICE);
  }
}
