package vn.thuduc.coordbot.telegram.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeliveryWindowTest {
  private final DeliveryWindow window = new DeliveryWindow(2, Duration.ofSeconds(5));

  private static void enter(DeliveryWindow w) {
    try {
      w.enter();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private void enterAs(long id) {
    window.on(id, () -> {
      enter(window);
      return null;
    });
  }

  @Test
  void upToTheWindowSizeUpdatesSendAtOnceAndTheNextWaitsForARecord() throws Exception {
    window.on(1, () -> {
      enter(window);
      enter(window); // a second message of the same update does not take a second place
      return null;
    });
    enterAs(2);
    assertThat(window.holders()).containsExactlyInAnyOrder(1L, 2L);
    CountDownLatch entered = new CountDownLatch(1);
    CompletableFuture<Void> third = CompletableFuture.runAsync(() -> window.on(3, () -> {
      enter(window);
      entered.countDown();
      return null;
    }));
    assertThat(entered.await(200, TimeUnit.MILLISECONDS)).isFalse();
    window.leave(1);
    assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
    third.get(5, TimeUnit.SECONDS);
    assertThat(window.holders()).containsExactlyInAnyOrder(2L, 3L);
  }

  @Test
  void sendsOutsideAnUpdateDoNotWait() throws Exception {
    enterAs(1);
    enterAs(2);
    CompletableFuture.runAsync(() -> enter(window)).get(1, TimeUnit.SECONDS);
  }

  @Test
  void leavingTwiceOrWithoutEnteringFreesNoExtraPlace() throws Exception {
    enterAs(1);
    window.leave(1);
    window.leave(1);
    window.leave(7);
    enterAs(2);
    enterAs(3);
    CountDownLatch entered = new CountDownLatch(1);
    CompletableFuture.runAsync(() -> window.on(4, () -> {
      enter(window);
      entered.countDown();
      return null;
    }));
    assertThat(entered.await(200, TimeUnit.MILLISECONDS)).isFalse();
    window.leave(2);
    assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void hungHoldersDelayOthersOnlyOnceForTheBoundedWait() throws Exception {
    DeliveryWindow quick = new DeliveryWindow(1, Duration.ofMillis(100));
    quick.on(1, () -> {
      enter(quick);
      return null;
    });
    long t0 = System.nanoTime();
    for (long id = 2; id < 5; id++) {
      long update = id;
      CompletableFuture.runAsync(() -> quick.on(update, () -> {
        enter(quick);
        return null;
      })).get(2, TimeUnit.SECONDS);
      quick.leave(update);
    }
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(1000);
  }
}
