package vn.thuduc.coordbot.chatstate;

import vn.thuduc.coordbot.store.RuntimeStore;

/** The audit of what staff did or were refused (reloads, imports, ticket actions), in SQLite. */
public final class AuditLog {
  private final RuntimeStore runtime;

  public AuditLog(RuntimeStore runtime) {
    this.runtime = runtime;
  }

  /** Records one action of {@code userId} (0: the bot itself), allowed or refused, with a short detail. */
  public void record(long userId, String action, boolean allowed, String detail) {
    runtime.audit(userId, action, allowed, detail);
  }
}
