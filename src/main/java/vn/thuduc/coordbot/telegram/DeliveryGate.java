package vn.thuduc.coordbot.telegram;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the SIGKILL window to one update. A reply and the record that its update was processed
 * cannot be one atomic step, so an update that has sent something but is not yet recorded would be
 * answered again after a crash. The gate lets one update at a time be in that state: an update
 * enters when it sends its first message and leaves after its record is written. Answers are still
 * worked out in parallel; only the sending is taken in turn.
 *
 * <p>The update a thread works for is set with {@link #on}; sends from threads without one (a
 * reload's report, notices) do not wait for the gate.
 */
final class DeliveryGate {
  private static final Logger log = LoggerFactory.getLogger(DeliveryGate.class);
  private static final long NONE = Long.MIN_VALUE;

  private final Semaphore permit = new Semaphore(1, true);
  private final Duration maxWait;
  private final ThreadLocal<Long> current = new ThreadLocal<>();
  private long holder = NONE;
  /** A holder that kept the gate past {@code maxWait}: nobody waits for it any more. */
  private long stuck = NONE;

  DeliveryGate(Duration maxWait) {
    this.maxWait = maxWait;
  }

  /** Runs {@code work} on this thread on behalf of update {@code updateId}. */
  <T> T on(long updateId, Supplier<T> work) {
    Long before = current.get();
    current.set(updateId);
    try {
      return work.get();
    } finally {
      if (before == null) {
        current.remove();
      } else {
        current.set(before);
      }
    }
  }

  /**
   * Called before each send: the current update enters the gate unless it holds it already. Waits
   * at most {@code maxWait} (a hung holder must not stop every chat); after that it sends anyway.
   */
  void enter() throws InterruptedException {
    Long id = current.get();
    if (id == null) {
      return;
    }
    long stale;
    synchronized (this) {
      if (holder == id || holder != NONE && holder == stuck) {
        return;
      }
      stale = holder;
    }
    if (!permit.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
      synchronized (this) {
        stuck = holder;
      }
      log.warn("update {}: update {} held the delivery gate for over {} s; sending without it", id, stale,
          maxWait.toSeconds());
      return;
    }
    synchronized (this) {
      holder = id;
    }
  }

  /** Called once the update's record is written: the next update may send. */
  void leave(long updateId) {
    synchronized (this) {
      if (holder != updateId) {
        return;
      }
      holder = NONE;
    }
    permit.release();
  }

  /** The update between its first send and its record, if any. */
  synchronized long holder() {
    return holder;
  }
}
