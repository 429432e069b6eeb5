package vn.thuduc.coordbot.chatstate;

import vn.thuduc.coordbot.store.RuntimeStore;

/**
 * Telegram's update ids in the processed-event ledger that every chat channel shares (one SQLite table
 * keyed by channel and the channel's event key; Zalo's msg_ids are written there by
 * {@code inbound.EventInbox}), so that an update offered again after a crash is recognised and not
 * answered twice.
 */
public final class ProcessedUpdates {
  private final RuntimeStore runtime;

  public ProcessedUpdates(RuntimeStore runtime) {
    this.runtime = runtime;
  }

  /** Records that an update was handled; false when it had been already (a duplicate). */
  public boolean mark(long updateId) {
    return runtime.markProcessed(updateId);
  }

  public boolean contains(long updateId) {
    return runtime.isProcessed(updateId);
  }

  /** The highest processed update id, 0 when none. */
  public long last() {
    return runtime.lastProcessedUpdateId();
  }

  /** Forgets processed ids below {@code keepFrom}; the highest one is always kept. */
  public void forgetBelow(long keepFrom) {
    runtime.pruneProcessedBelow(keepFrom);
  }
}
