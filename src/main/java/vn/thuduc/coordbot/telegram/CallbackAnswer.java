package vn.thuduc.coordbot.telegram;

import java.util.concurrent.atomic.AtomicBoolean;

/** The answer to one callback query, given exactly once: with a note, or empty when nobody gave one. */
public final class CallbackAnswer {
  private final Replier replier;
  private final String callbackId;
  private final AtomicBoolean done = new AtomicBoolean();

  public CallbackAnswer(Replier replier, String callbackId) {
    this.replier = replier;
    this.callbackId = callbackId;
  }

  /** Answers with {@code note} (a short toast; null for none), unless answered already. */
  public void answer(String note) {
    if (done.compareAndSet(false, true)) {
      replier.answerCallback(callbackId, note);
    }
  }

  public void answerIfNot() {
    answer(null);
  }
}
