package vn.thuduc.coordbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeliveryGateTest {
  private final DeliveryGate gate = new DeliveryGate(Duration.ofSeconds(5));

  private void enter() {
    try {
      gate.enter();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aSecondUpdateSendsOnlyAfterTheFirstIsRecorded() throws Exception {
    gate.on(1, () -> {
      enter();
      enter(); // a second message of the same update does not wait for itself
      return null;
    });
    assertThat(gate.holder()).isEqualTo(1);
    CountDownLatch entered = new CountDownLatch(1);
    CompletableFuture<Void> second = CompletableFuture.runAsync(() -> gate.on(2, () -> {
      enter();
      entered.countDown();
      return null;
    }));
    assertThat(entered.await(200, TimeUnit.MILLISECONDS)).isFalse();
    gate.leave(1);
    assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
    second.get(5, TimeUnit.SECONDS);
    assertThat(gate.holder()).isEqualTo(2);
  }

  @Test
  void sendsOutsideAnUpdateDoNotWait() throws Exception {
    gate.on(1, () -> {
      enter();
      return null;
    });
    CompletableFuture.runAsync(this::enter).get(1, TimeUnit.SECONDS);
  }

  @Test
  void aHungHolderDelaysOthersOnlyOnceForTheBoundedWait() throws Exception {
    DeliveryGate quick = new DeliveryGate(Duration.ofMillis(100));
    quick.on(1, () -> {
      try {
        quick.enter();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return null;
    });
    long t0 = System.nanoTime();
    for (long id = 2; id < 5; id++) {
      long update = id;
      CompletableFuture.runAsync(() -> quick.on(update, () -> {
        try {
          quick.enter();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        return null;
      })).get(2, TimeUnit.SECONDS);
    }
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(1000);
  }
}
