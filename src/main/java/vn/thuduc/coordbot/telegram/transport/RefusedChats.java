package vn.thuduc.coordbot.telegram.transport;

/**
 * Where the transport records chats that refuse messages (Telegram's 403), and asks whether one does;
 * the inbox keeps them (it also hears when such a chat writes again).
 */
public interface RefusedChats {
  /** Telegram refused a message to {@code chatId} for {@code reason}. */
  void mark(long chatId, String reason);

  /** True when {@code chatId} refused messages and has not written since. */
  boolean isBlocked(long chatId);
}
