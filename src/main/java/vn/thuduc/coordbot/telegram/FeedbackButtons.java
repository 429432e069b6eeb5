package vn.thuduc.coordbot.telegram;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.Messages;
import vn.thuduc.coordbot.store.FeedbackStore;
import vn.thuduc.coordbot.store.RuntimeStore;

/**
 * 👍/👎 under answers that state facts (the button data is {@code fb:<logged question id>:u|d}, never
 * text), the votes, and {@code /feedback}: badly rated answers and unanswered questions for admins.
 */
final class FeedbackButtons implements ButtonHandler {
  static final String PREFIX = "fb:";
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
  private static final int SHOWN = 20;

  private final FeedbackStore store;
  private final RuntimeStore runtime;
  private final Messages messages;
  private final Replier replier;

  FeedbackButtons(FeedbackStore store, RuntimeStore runtime, Messages messages, Replier replier) {
    this.store = store;
    this.runtime = runtime;
    this.messages = messages;
    this.replier = replier;
  }

  /** The vote buttons for an answer logged as {@code questionId}; none for help and "I don't know". */
  Optional<InlineKeyboardRow> row(Answer a, long questionId) {
    if (!a.answered() || "help".equals(a.intent()) || questionId <= 0) {
      return Optional.empty();
    }
    return Optional.of(new InlineKeyboardRow(
        InlineKeyboardButton.builder().text("👍").callbackData(PREFIX + questionId + ":u").build(),
        InlineKeyboardButton.builder().text("👎").callbackData(PREFIX + questionId + ":d").build()));
  }

  @Override
  public boolean handles(String data) {
    return data.startsWith(PREFIX);
  }

  @Override
  public CompletionStage<Void> press(Request r, CallbackAnswer answer, String data) {
    String[] parts = data.split(":");
    long id;
    try {
      id = parts.length == 3 ? Long.parseLong(parts[1]) : -1;
    } catch (NumberFormatException e) {
      id = -1;
    }
    boolean up = parts.length == 3 && parts[2].equals("u");
    boolean recorded = id > 0 && (up || parts[2].equals("d")) && store.vote(id, r.userId(), up);
    answer.answer(messages.get(r.lang(), recorded ? (up ? "feedback.thanks.up" : "feedback.thanks.down")
        : "callback.stale"));
    return DONE;
  }

  /** {@code /feedback}: what to improve first. */
  CompletionStage<Void> report(Request r) throws BotApiException {
    runtime.audit(r.userId(), "feedback", true, "");
    List<FeedbackStore.Item> items = store.worst(SHOWN);
    if (items.isEmpty()) {
      replier.send(r.chatId(), messages.get(r.lang(), "feedback.none"));
      return DONE;
    }
    StringBuilder sb = new StringBuilder(messages.get(r.lang(), "feedback.header"));
    for (FeedbackStore.Item i : items) {
      String q = TelegramText.escape(TelegramText.truncatePlain(i.question().replace('\n', ' ').strip(), 200));
      String key = i.kind() == FeedbackStore.Kind.DISLIKED ? "feedback.item.disliked" : "feedback.item.unanswered";
      sb.append('\n').append(messages.get(r.lang(), key, q, i.times(), TelegramText.escape(i.intent()),
          i.upVotes()));
    }
    replier.send(r.chatId(), sb.toString());
    return DONE;
  }

}
