package vn.thuduc.coordbot.telegram.inbox;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds the SIGKILL window to {@code size} updates. A reply and the record that its update was
 * processed cannot be one atomic step, so an update that has sent something but is not yet recorded
 * would be answered again after a crash. The window lets at most {@code size} updates be in that
 * state at once: an update enters when it sends its first message and leaves after its record is
 * written. With one update at a time every update costs a full Bot API round trip (150-300 ms from
 * Vietnam); with 16 the sends overlap, and Telegram's 30 messages/s is the limit again.
 *
 * <p>The update a thread works for is set with {@link #on}; sends from threads without one (a
 * reload's report, notices) do not wait for the window.
 */
public final class DeliveryWindow {
  private static final Logger log = LoggerFactory.getLogger(DeliveryWindow.class);

  private final int size;
  private final Semaphore permits;
  private final Duration maxWait;
  private final ThreadLocal<Long> current = new ThreadLocal<>();
  private final Set<Long> holders = new HashSet<>();
  /** Holders that kept their place past {@code maxWait}: their permits were given up for others. */
  private final Set<Long> stuck = new HashSet<>();

  public DeliveryWindow(int size, Duration maxWait) {
    if (size < 1) {
      throw new IllegalArgumentException("window size must be at least 1");
    }
    this.size = size;
    this.permits = new Semaphore(size, true);
    this.maxWait = maxWait;
  }

  /** Runs {@code work} on this thread on behalf of update {@code updateId}. */
  public <T> T on(long updateId, Supplier<T> work) {
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
   * Called before each send: the current update enters the window unless it is in it already.
   * Waits at most {@code maxWait} (hung holders must not stop every chat); after that it sends
   * anyway, and the oldest holders stop counting.
   */
  public void enter() throws InterruptedException {
    Long id = current.get();
    if (id == null) {
      return;
    }
    synchronized (this) {
      if (holders.contains(id)) {
        return;
      }
    }
    if (!permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
      synchronized (this) {
        // every holder has sat on its place for maxWait: count them as stuck and free their places
        for (Long h : holders) {
          if (stuck.add(h)) {
            permits.release();
          }
        }
        log.warn("update {}: {} updates held the delivery window for over {} s; not waiting for them", id,
            holders.size(), maxWait.toSeconds());
      }
      if (!permits.tryAcquire()) {
        return; // a stuck update that left meanwhile took nothing back: send without a place
      }
    }
    synchronized (this) {
      holders.add(id);
    }
  }

  /** Called once the update's record is written: another update may send. */
  public void leave(long updateId) {
    synchronized (this) {
      if (!holders.remove(updateId)) {
        return;
      }
      if (stuck.remove(updateId)) {
        return; // its permit was released when it was declared stuck
      }
    }
    permits.release();
  }

  /** The updates between their first send and their record. */
  public synchronized Set<Long> holders() {
    return Set.copyOf(holders);
  }

  public int size() {
    return size;
  }
}
