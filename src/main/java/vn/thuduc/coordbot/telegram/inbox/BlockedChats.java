package vn.thuduc.coordbot.telegram.inbox;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.thuduc.coordbot.chatstate.RefusingChats;
import vn.thuduc.coordbot.telegram.transport.RefusedChats;

/**
 * Chats whose messages Telegram refuses with 403 (the user blocked the bot, the bot was removed from
 * the group, the account is gone), kept in SQLite so notices skip them across restarts, until the
 * chat writes to the bot again. Looked up in memory: every update asks.
 */
public final class BlockedChats implements RefusedChats {
  private final RefusingChats store;
  private final Set<Long> blocked = ConcurrentHashMap.newKeySet();

  public BlockedChats(RefusingChats store) {
    this.store = store;
    blocked.addAll(store.all());
  }

  @Override
  public void mark(long chatId, String reason) {
    if (blocked.add(chatId)) {
      store.mark(chatId, reason);
    }
  }

  @Override
  public boolean isBlocked(long chatId) {
    return blocked.contains(chatId);
  }

  /** The chat wrote (or pressed a button): messages reach it again. */
  public void wrote(long chatId) {
    if (blocked.remove(chatId)) {
      store.unmark(chatId);
    }
  }
}
