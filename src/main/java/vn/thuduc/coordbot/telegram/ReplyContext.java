package vn.thuduc.coordbot.telegram;

import java.util.Optional;
import java.util.function.Supplier;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Where the replies to the update a thread works for belong: the forum topic of the question
 * ({@code message_thread_id}, else Telegram posts in the group's General topic) and, in groups, the
 * question to quote ({@code reply_parameters}), so a reply is seen as the answer to it.
 */
final class ReplyContext {
  /** The chat, its topic (null: none) and the message to quote (null: none). */
  record Target(long chatId, Integer threadId, Integer quoteMessageId) {}

  private final ThreadLocal<Target> current = new ThreadLocal<>();

  /** Runs {@code work} with replies to {@code target}'s chat going to its topic and quoting its question. */
  <T> T on(Optional<Target> target, Supplier<T> work) {
    if (target.isEmpty()) {
      return work.get();
    }
    Target before = current.get();
    current.set(target.get());
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

  /** The target of this thread's update when it is in {@code chatId}. */
  Optional<Target> forChat(long chatId) {
    Target t = current.get();
    return t != null && t.chatId() == chatId ? Optional.of(t) : Optional.empty();
  }

  /** The reply target of an update: a group message's topic and id, a button's topic. */
  static Optional<Target> of(Update u) {
    if (u.hasMessage() && u.getMessage().getChat() != null) {
      Message m = u.getMessage();
      Integer thread = Boolean.TRUE.equals(m.getIsTopicMessage()) ? m.getMessageThreadId() : null;
      boolean group = !"private".equals(m.getChat().getType());
      return Optional.of(new Target(m.getChatId(), thread, group ? m.getMessageId() : null));
    }
    if (u.hasCallbackQuery() && u.getCallbackQuery().getMessage() instanceof Message m && m.getChat() != null) {
      Integer thread = Boolean.TRUE.equals(m.getIsTopicMessage()) ? m.getMessageThreadId() : null;
      return thread == null ? Optional.empty() : Optional.of(new Target(m.getChatId(), thread, null));
    }
    return Optional.empty();
  }

  static boolean isInaccessible(MaybeInaccessibleMessage m) {
    return !(m instanceof Message);
  }
}
