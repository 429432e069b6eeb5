package vn.thuduc.coordbot.telegram;

import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * What the adapter needs from one update, library types left behind: who wrote, where, the text
 * or the pressed button, and the command the text starts with.
 *
 * @param command lower-case command name without slash and bot name, when the text is a command
 * @param commandTarget the bot a {@code /cmd@name} command was addressed to, when given
 * @param text the message text or caption (for a command: what follows it); empty for a press
 * @param addressed whether a group message is meant for this bot (private messages always are)
 * @param callbackId the callback query id of a button press
 */
public record Incoming(
    long updateId,
    long chatId,
    boolean privateChat,
    long userId,
    String firstName,
    String languageCode,
    Integer messageId,
    Optional<String> command,
    Optional<String> commandTarget,
    String text,
    boolean addressed,
    Optional<String> callbackId,
    Optional<String> callbackData) {

  public boolean isCallback() {
    return callbackId.isPresent();
  }

  public boolean isCommand() {
    return command.isPresent();
  }

  /** Turns an update into an {@code Incoming}; empty for updates the bot does not act on. */
  public static Optional<Incoming> from(Update update, String botUsername) {
    long id = update.getUpdateId();
    if (update.hasCallbackQuery()) {
      CallbackQuery q = update.getCallbackQuery();
      User from = q.getFrom();
      if (from == null || q.getMessage() == null) {
        return Optional.empty();
      }
      return Optional.of(new Incoming(id, q.getMessage().getChatId(), q.getMessage().getChatId() > 0,
          from.getId(), nz(from.getFirstName()), from.getLanguageCode(), q.getMessage().getMessageId(),
          Optional.empty(), Optional.empty(), "", true, Optional.of(q.getId()), Optional.ofNullable(q.getData())));
    }
    Message m = update.getMessage();
    if (m == null || m.getChat() == null) {
      return Optional.empty();
    }
    // an anonymous group admin writes as the group itself: sender_chat is the chat, from is absent
    // (or Telegram's GroupAnonymousBot); the group stands in for the user
    boolean anonymous = m.getSenderChat() != null && m.getSenderChat().getId() != null
        && m.getSenderChat().getId().equals(m.getChatId())
        && (m.getFrom() == null || Boolean.TRUE.equals(m.getFrom().getIsBot()));
    User from = anonymous ? User.builder().id(m.getChatId()).isBot(false)
        .firstName(nz(m.getSenderChat().getTitle())).build() : m.getFrom();
    if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
      return Optional.empty();
    }
    String raw = m.getText() != null ? m.getText() : m.getCaption() != null ? m.getCaption() : "";
    boolean privateChat = "private".equals(m.getChat().getType());
    Optional<String> command = Optional.empty();
    Optional<String> target = Optional.empty();
    String text = raw.strip();
    if (text.startsWith("/") && text.length() > 1) {
      int end = 1;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      String token = text.substring(1, end);
      int at = token.indexOf('@');
      if (at >= 0) {
        target = Optional.of(token.substring(at + 1));
        token = token.substring(0, at);
      }
      command = Optional.of(token.toLowerCase(Locale.ROOT));
      text = text.substring(end).strip();
    }
    boolean addressed;
    if (command.isPresent()) {
      addressed = target.isEmpty() || target.get().equalsIgnoreCase(botUsername);
    } else if (privateChat) {
      addressed = true;
    } else {
      String mention = "@" + botUsername;
      boolean mentioned = !botUsername.isEmpty() && text.toLowerCase(Locale.ROOT)
          .contains(mention.toLowerCase(Locale.ROOT));
      boolean replyToUs = m.getReplyToMessage() != null && m.getReplyToMessage().getFrom() != null
          && botUsername.equalsIgnoreCase(m.getReplyToMessage().getFrom().getUserName());
      addressed = mentioned || replyToUs;
      if (mentioned) {
        text = text.replaceAll("(?i)" + java.util.regex.Pattern.quote(mention), " ").strip();
      }
    }
    return Optional.of(new Incoming(id, m.getChatId(), privateChat, from.getId(), nz(from.getFirstName()),
        from.getLanguageCode(), m.getMessageId(), command, target, text, addressed, Optional.empty(),
        Optional.empty()));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
