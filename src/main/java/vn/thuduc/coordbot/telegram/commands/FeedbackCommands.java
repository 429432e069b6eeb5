package vn.thuduc.coordbot.telegram.commands;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.feedback.FeedbackStore;
import vn.thuduc.coordbot.feedback.Ratings;
import vn.thuduc.coordbot.chatstate.AuditLog;
import vn.thuduc.coordbot.telegram.CallbackAnswer;
import vn.thuduc.coordbot.telegram.Replier;
import vn.thuduc.coordbot.telegram.Request;
import vn.thuduc.coordbot.chat.Route;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.transport.TelegramText;
import vn.thuduc.coordbot.telegram.InlineButtons;

/**
 * 👍/👎 under answers that state facts (a {@link Route.Vote}: the logged question's id, never text),
 * the votes, and {@code /feedback}: badly rated answers and unanswered questions for admins.
 */
final class FeedbackCommands {
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
  private static final int SHOWN = 20;

  private final Ratings ratings;
  private final AuditLog audit;
  private final Messages messages;
  private final Replier replier;

  FeedbackCommands(Ratings ratings, AuditLog audit, Messages messages, Replier replier) {
    this.ratings = ratings;
    this.audit = audit;
    this.messages = messages;
    this.replier = replier;
  }

  /** The vote buttons for an answer logged as {@code questionId}; none for help and "I don't know". */
  Optional<InlineKeyboardRow> row(Answer a, long questionId) {
    if (!ratings.rateable(a, questionId)) {
      return Optional.empty();
    }
    return Optional.of(new InlineKeyboardRow(
        InlineButtons.of(new Route.Vote(questionId, true), "👍"),
        InlineButtons.of(new Route.Vote(questionId, false), "👎")));
  }

  /** 👍 or 👎: recorded once per user and answer (a second vote replaces the first). */
  CompletionStage<Void> press(Request r, CallbackAnswer answer, Route.Vote vote) {
    boolean up = vote.up();
    boolean recorded = vote.questionId() > 0 && ratings.vote(vote.questionId(), r.userId(), up);
    answer.answer(messages.get(r.lang(), recorded ? (up ? "feedback.thanks.up" : "feedback.thanks.down")
        : "callback.stale"));
    return DONE;
  }

  /** {@code /feedback}: what to improve first. */
  CompletionStage<Void> report(Request r) throws BotApiException {
    audit.record(r.userId(), "feedback", true, "");
    List<FeedbackStore.Item> items = ratings.worst(SHOWN);
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
