package vn.thuduc.coordbot.telegram;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import vn.thuduc.coordbot.telegram.transport.BotApi;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.transport.TelegramText;

/**
 * Turns HTML texts, photos and button answers into Bot API calls: splits long texts, keeps captions
 * within Telegram's limit, puts a keyboard on the last part.
 */
public final class Replier {
  private static final Logger log = LoggerFactory.getLogger(Replier.class);
  private final BotApi api;
  private final ReplyContext context;

  public Replier(BotApi api) {
    this(api, new ReplyContext());
  }

  /** With {@code context}: replies go to the question's forum topic and, in groups, quote it. */
  Replier(BotApi api, ReplyContext context) {
    this.api = api;
    this.context = context;
  }

  /** Sends {@code html} (tags never spanning lines) as one or more messages. */
  public void send(long chatId, String html) throws BotApiException {
    send(chatId, html, null);
  }

  /** Sends {@code html}; {@code keyboard}, when given, goes on the last message. */
  public void send(long chatId, String html, InlineKeyboardMarkup keyboard) throws BotApiException {
    List<String> parts = TelegramText.split(html, TelegramText.MAX_MESSAGE);
    if (parts.isEmpty()) {
      parts = List.of("…");
    }
    for (int i = 0; i < parts.size(); i++) {
      SendMessage.SendMessageBuilder<?, ?> m = SendMessage.builder().chatId(chatId).text(parts.get(i))
          .parseMode(ParseMode.HTML).linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
      if (keyboard != null && i == parts.size() - 1) {
        m.replyMarkup(keyboard);
      }
      Optional<ReplyContext.Target> target = context.forChat(chatId);
      if (target.isPresent()) {
        m.messageThreadId(target.get().threadId());
        if (i == 0 && target.get().quoteMessageId() != null) {
          m.replyParameters(ReplyParameters.builder().messageId(target.get().quoteMessageId())
              .allowSendingWithoutReply(true).build());
        }
      }
      api.call(m.build());
    }
  }

  /**
   * Sends {@code html} like {@link #send(long, String, InlineKeyboardMarkup)}, the first part as a
   * reply to {@code replyTo} when given (sent anyway if that message is gone); returns the ids of the
   * messages sent, in order.
   */
  public List<Integer> sendTracked(long chatId, String html, InlineKeyboardMarkup keyboard, Integer replyTo)
      throws BotApiException {
    List<String> parts = TelegramText.split(html, TelegramText.MAX_MESSAGE);
    if (parts.isEmpty()) {
      parts = List.of("…");
    }
    List<Integer> ids = new java.util.ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      SendMessage.SendMessageBuilder<?, ?> m = SendMessage.builder().chatId(chatId).text(parts.get(i))
          .parseMode(ParseMode.HTML).linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
      if (keyboard != null && i == parts.size() - 1) {
        m.replyMarkup(keyboard);
      }
      if (replyTo != null && i == 0) {
        m.replyParameters(org.telegram.telegrambots.meta.api.objects.ReplyParameters.builder().messageId(replyTo)
            .allowSendingWithoutReply(true).build());
      }
      org.telegram.telegrambots.meta.api.objects.message.Message sent = api.call(m.build());
      if (sent != null && sent.getMessageId() != null) {
        ids.add(sent.getMessageId());
      }
    }
    return ids;
  }

  /** Sends a PNG with an HTML caption cut to Telegram's 1024 characters. */
  public void photo(long chatId, byte[] png, String captionPlain) throws BotApiException {
    String caption = TelegramText.escape(TelegramText.truncatePlain(captionPlain, TelegramText.MAX_CAPTION));
    Integer thread = context.forChat(chatId).map(ReplyContext.Target::threadId).orElse(null);
    api.sendPhoto(String.valueOf(chatId), () -> SendPhoto.builder().chatId(chatId).messageThreadId(thread)
        .photo(new InputFile(new ByteArrayInputStream(png), "chart.png"))
        .caption(caption).parseMode(ParseMode.HTML).build());
  }

  /** Sends a file (a CSV export, say) with an HTML caption cut to Telegram's 1024 characters. */
  public void document(long chatId, byte[] content, String fileName, String captionPlain) throws BotApiException {
    String caption = TelegramText.escape(TelegramText.truncatePlain(captionPlain, TelegramText.MAX_CAPTION));
    Integer thread = context.forChat(chatId).map(ReplyContext.Target::threadId).orElse(null);
    api.sendDocument(String.valueOf(chatId), () -> SendDocument.builder().chatId(chatId).messageThreadId(thread)
        .document(new InputFile(new ByteArrayInputStream(content), fileName))
        .caption(caption).parseMode(ParseMode.HTML).build());
  }

  /** Answers an inline query ({@code @bot question} in any chat). */
  public void answerInline(AnswerInlineQuery answer) throws BotApiException {
    api.call(answer);
  }

  /**
   * Replaces the text of a bot message (a zone card in place of the zone list), keeping {@code
   * keyboard}; sends a new message when the old one cannot be edited or the text is too long.
   */
  public void editOrSend(long chatId, Integer messageId, String html, InlineKeyboardMarkup keyboard)
      throws BotApiException {
    List<String> parts = TelegramText.split(html, TelegramText.MAX_MESSAGE);
    if (messageId != null && parts.size() == 1) {
      try {
        api.call(EditMessageText.builder().chatId(chatId).messageId(messageId).text(parts.get(0))
            .parseMode(ParseMode.HTML).linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
            .replyMarkup(keyboard).build());
        return;
      } catch (BotApiException e) {
        if (e.isNotModified()) {
          return;
        }
        if (e.errorCode() != 400) {
          throw e;
        }
        log.debug("cannot edit message {} in chat {} ({}), sending a new one", messageId, chatId, e.getMessage());
      }
    }
    send(chatId, html, keyboard);
  }

  /** Answers a button press, so the client stops its spinner; failures are logged, not thrown. */
  public void answerCallback(String callbackId, String text) {
    try {
      AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> a = AnswerCallbackQuery.builder()
          .callbackQueryId(callbackId);
      if (text != null) {
        a.text(TelegramText.truncatePlain(text, 200));
      }
      api.call(a.build());
    } catch (BotApiException e) {
      log.warn("answerCallbackQuery {} failed: {}", callbackId, e.getMessage());
    }
  }

  /** True when the chat refused messages (403) and has not written since: notices skip it. */
  public boolean isBlocked(long chatId) {
    return api.isBlocked(chatId);
  }

  /** Shows "typing…" while the answer is being worked out. */
  public void typing(long chatId) {
    api.bestEffort(SendChatAction.builder().chatId(chatId).action("typing")
        .messageThreadId(context.forChat(chatId).map(ReplyContext.Target::threadId).orElse(null)).build());
  }
}
