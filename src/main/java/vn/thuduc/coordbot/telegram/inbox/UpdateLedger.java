package vn.thuduc.coordbot.telegram.inbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import vn.thuduc.coordbot.chatstate.ProcessedUpdates;

/**
 * Which updates are taken, in flight and done, and so which offset confirms them to Telegram.
 *
 * <p>Delivery is at-least-once: an update is recorded as processed only after its replies were sent,
 * and the offset sent to {@code getUpdates} never passes an update still in flight, so Telegram keeps
 * offering it until it is done. After a crash (SIGKILL) Telegram offers the unconfirmed updates again
 * and the processed-id table in SQLite skips the ones already answered: only an update whose replies
 * went out in the instant before its record was written can be answered twice.
 *
 * <p>An update stuck in flight for longer than {@code holdLimit} stops holding the offset back, so
 * that one hung handler cannot keep Telegram re-sending the same batch forever. An update that is
 * journaled ({@link UpdateJournal}) stops holding it after {@code journaledHold} (1 s): it is safe
 * on disk, and the (at most 100) updates Telegram hands out behind a held offset must not wait for
 * a slow one.
 */
public final class UpdateLedger {
  private final ProcessedUpdates store;
  private final LongSupplier nanoTime;
  private final long holdLimitNanos;
  private final long journaledHoldNanos;
  /** Update id to the time it was taken. */
  private final TreeMap<Long, Long> inFlight = new TreeMap<>();
  /** In-flight updates safe elsewhere (the {@link UpdateJournal}): they need not hold the offset. */
  private final java.util.Set<Long> released = new java.util.HashSet<>();
  private long highestTaken;
  private long handled;

  public UpdateLedger(ProcessedUpdates store) {
    this(store, System::nanoTime, TimeUnit.SECONDS.toNanos(120));
  }

  public UpdateLedger(ProcessedUpdates store, LongSupplier nanoTime, long holdLimitNanos) {
    this(store, nanoTime, holdLimitNanos, TimeUnit.SECONDS.toNanos(1));
  }

  /**
   * {@code journaledHoldNanos}: how long a journaled update still holds the offset. Most updates
   * are done well within it, so their offset is confirmed only after processing; a slower one (a
   * chat waiting for its rate limit, a reload) then lets the updates behind it through.
   */
  public UpdateLedger(ProcessedUpdates store, LongSupplier nanoTime, long holdLimitNanos, long journaledHoldNanos) {
    this.store = store;
    this.nanoTime = nanoTime;
    this.holdLimitNanos = holdLimitNanos;
    this.journaledHoldNanos = journaledHoldNanos;
  }

  /** Takes an update for handling; false when it is a duplicate (in flight, or processed before). */
  public boolean take(long updateId) {
    synchronized (this) {
      if (inFlight.containsKey(updateId)) {
        return false;
      }
    }
    if (store.contains(updateId)) {
      synchronized (this) {
        highestTaken = Math.max(highestTaken, updateId);
      }
      return false;
    }
    synchronized (this) {
      if (inFlight.putIfAbsent(updateId, nanoTime.getAsLong()) != null) {
        return false;
      }
      highestTaken = Math.max(highestTaken, updateId);
      return true;
    }
  }

  /** The update is journaled: the offset may pass it while it is still being handled. */
  public synchronized void release(long updateId) {
    if (inFlight.containsKey(updateId)) {
      released.add(updateId);
    }
  }

  /** Records that an update's replies went out. */
  public void done(long updateId) {
    try {
      store.mark(updateId);
    } finally {
      synchronized (this) {
        inFlight.remove(updateId);
        released.remove(updateId);
        handled++;
        notifyAll();
      }
    }
  }

  /**
   * The offset for the next {@code getUpdates}: just past everything taken when nothing unsafe is in
   * flight, else the oldest update in flight that is not journaled; 0 (confirm nothing) before the
   * first update.
   */
  public synchronized long nextOffset() {
    long now = nanoTime.getAsLong();
    for (Map.Entry<Long, Long> e : inFlight.entrySet()) {
      long age = now - e.getValue();
      if (age < (released.contains(e.getKey()) ? journaledHoldNanos : holdLimitNanos)) {
        return e.getKey();
      }
    }
    return highestTaken == 0 ? 0 : highestTaken + 1;
  }

  /** True while some update in flight holds the offset back. */
  public synchronized boolean holdsOffset() {
    long offset = nextOffset();
    return !inFlight.isEmpty() && offset <= inFlight.lastKey();
  }

  public synchronized int inFlight() {
    return inFlight.size();
  }

  public synchronized long handled() {
    return handled;
  }

  /**
   * Waits up to {@code millis} for the in-flight updates to finish; the poller calls it so that
   * re-offered in-flight updates do not make it spin.
   */
  public synchronized boolean awaitIdle(long millis) throws InterruptedException {
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
