package vn.thuduc.coordbot.answer.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thuduc.coordbot.MovingClock;
import vn.thuduc.coordbot.lang.Lang;

/** The frames' memory: expiry on an injected clock and the least-recently-used bound. */
class ConversationsTest {
  private static final StatQuery Q = new StatQuery.Figures(new ZoneSet.Named(List.of("cat-lai")),
      List.of(Measure.WORKERS), StatQuery.Agg.EACH);

  private static void ask(Conversations c, String id) {
    c.put(id, Optional.of(Q), Optional.empty(), Optional.empty(), Lang.VI);
  }

  @Test
  void aFrameExpiresAfterTheTtlAndIsRenewedByEachQuestion() {
    MovingClock clock = new MovingClock();
    Conversations c = new Conversations(clock, Duration.ofMinutes(15), 10);
    ask(c, "a");
    clock.advance(Duration.ofMinutes(14));
    assertThat(c.get("a")).isPresent();
    ask(c, "a");
    clock.advance(Duration.ofMinutes(14));
    assertThat(c.get("a")).as("renewed by the second question").isPresent();
    clock.advance(Duration.ofMinutes(16));
    assertThat(c.get("a")).as("expired").isEmpty();
  }

  @Test
  void theLeastRecentlyUsedConversationIsDroppedFirst() {
    Conversations c = new Conversations(new MovingClock(), Duration.ofMinutes(15), 2);
    ask(c, "a");
    ask(c, "b");
    assertThat(c.get("a")).isPresent(); // a is now the most recent
    ask(c, "c");
    assertThat(c.get("b")).isEmpty();
    assertThat(c.get("a")).isPresent();
    assertThat(c.get("c")).isPresent();
    assertThat(c.size()).isEqualTo(2);
    c.forget("a");
    assertThat(c.get("a")).isEmpty();
  }

  @Test
  void manyConversationsStayWithinTheBoundAndRecentOnesAreKept() {
    Conversations c = new Conversations(new MovingClock(), Duration.ofMinutes(15), 50_000);
    for (int i = 0; i < 80_000; i++) {
      ask(c, "tg:" + i);
    }
    assertThat(c.size()).isLessThanOrEqualTo(50_000).isGreaterThan(45_000);
    for (int i = 79_000; i < 80_000; i++) {
      assertThat(c.get("tg:" + i)).as("recent conversation %d", i).isPresent();
    }
    assertThat(c.get("tg:0")).as("the oldest is gone").isEmpty();
  }
}
