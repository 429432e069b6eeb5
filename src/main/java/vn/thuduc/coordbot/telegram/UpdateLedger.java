package vn.thuduc.coordbot.telegram;

import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import vn.thuduc.coordbot.store.RuntimeStore;

/**
 * Which updates are taken, in flight and done, and so which offset confirms them to Telegram.
 *
 * <p>Delivery is at-least-once: an update is recorded as processed only after its replies were sent,
 * and the offset sent to {@code getUpdates} never passes an update still in flight, so Telegram keeps
 * offering it until it is done. After a crash (SIGKILL) Telegram offers the unconfirmed updates again
 * and the processed-id table in SQLite skips the ones already answered: only an update whose replies
 * went out in the instant before its record was written can be answered twice.
 */
final class UpdateLedger {
  private final RuntimeStore store;
  private final TreeSet<Long> inFlight = new TreeSet<>();
  private long highestTaken;
  private long handled;

  UpdateLedger(RuntimeStore store) {
    this.store = store;
  }

  /** Takes an update for handling; false when it is a duplicate (in flight, or processed before). */
  boolean take(long updateId) {
    synchronized (this) {
      if (inFlight.contains(updateId)) {
        return false;
      }
    }
    if (store.isProcessed(updateId)) {
      synchronized (this) {
        highestTaken = Math.max(highestTaken, updateId);
      }
      return false;
    }
    synchronized (this) {
      if (!inFlight.add(updateId)) {
        return false;
      }
      highestTaken = Math.max(highestTaken, updateId);
      return true;
    }
  }

  /** Records that an update's replies went out. */
  void done(long updateId) {
    try {
      store.markProcessed(updateId);
    } finally {
      synchronized (this) {
        inFlight.remove(updateId);
        handled++;
        notifyAll();
      }
    }
  }

  /**
   * The offset for the next {@code getUpdates}: just past everything taken when nothing is in
   * flight, else the oldest update in flight; 0 (confirm nothing) before the first update.
   */
  synchronized long nextOffset() {
    if (!inFlight.isEmpty()) {
      return inFlight.first();
    }
    return highestTaken == 0 ? 0 : highestTaken + 1;
  }

  synchronized int inFlight() {
    return inFlight.size();
  }

  synchronized long handled() {
    return handled;
  }

  /**
   * Waits up to {@code millis} for the in-flight updates to finish; the poller calls it so that
   * re-offered in-flight updates do not make it spin.
   */
  synchronized boolean awaitIdle(long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (!inFlight.isEmpty()) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    return true;
  }
}
