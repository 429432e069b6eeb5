package vn.thuduc.coordbot.chatstate;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.store.RuntimeStore;
import vn.thuduc.coordbot.store.StoreException;

/** The chats that refuse the bot's messages (blocked, kicked, gone), kept across restarts until they write again. */
public final class RefusingChats {
  private static final Logger LOG = LoggerFactory.getLogger(RefusingChats.class);

  private final RuntimeStore runtime;

  public RefusingChats(RuntimeStore runtime) {
    this.runtime = runtime;
  }

  /** Every chat marked as refusing. */
  public Set<Long> all() {
    return runtime.blockedChats();
  }

  /**
   * Marks a chat as refusing; a store failure is logged and not passed on, because the send that
   * found the refusal has failed already and the mark is only a saving for later notices.
   */
  public void mark(long chatId, String reason) {
    try {
      runtime.markBlocked(chatId, reason);
    } catch (StoreException e) {
      LOG.debug("chat {}: cannot mark it as refusing: {}", chatId, e.toString());
    }
  }

  /** The chat wrote again: it is no longer marked. */
  public void unmark(long chatId) {
    runtime.unmarkBlocked(chatId);
  }
}
