package vn.thuduc.coordbot.telegram.commands;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.answer.Topic;
import vn.thuduc.coordbot.questions.Asked;
import vn.thuduc.coordbot.questions.Questions;
import vn.thuduc.coordbot.telegram.Replier;
import vn.thuduc.coordbot.telegram.Request;
import vn.thuduc.coordbot.telegram.transport.BotApiException;

/**
 * The fixed topics: {@code /stats} (the table and its chart, with the CSV button), {@code /chart},
 * {@code /meeting}, {@code /awards}, {@code /law}, {@code /about}. Each is logged so it can be rated.
 */
final class TopicCommands {
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final Questions questions;
  private final Messages messages;
  private final Replier replier;
  private final AnswerReplies answers;

  TopicCommands(Questions questions, Messages messages, Replier replier, AnswerReplies answers) {
    this.questions = questions;
    this.messages = messages;
    this.replier = replier;
    this.answers = answers;
  }

  CompletionStage<Void> stats(Request r) throws BotApiException {
    replier.typing(r.chatId());
    Asked asked = questions.topic(AskCommands.asker(r), "/stats", Topic.STATS, r.lang());
    answers.send(r.chatId(), asked.answer(), true, answers.rating(r.lang(), asked.answer(), asked.logId(), true));
    return DONE;
  }

  CompletionStage<Void> chart(Request r) throws BotApiException {
    Answer a = questions.engine().topic(Topic.STATS, r.lang());
    if (a.chart().isEmpty()) {
      replier.send(r.chatId(), messages.get(r.lang(), "chart.none"));
    } else {
      answers.chart(r.chatId(), a.chart().get());
    }
    return DONE;
  }

  CompletionStage<Void> topic(Request r, Topic topic) throws BotApiException {
    replier.typing(r.chatId());
    Asked asked = questions.topic(AskCommands.asker(r), "/" + topic.name().toLowerCase(Locale.ROOT), topic,
        r.lang());
    Answer a = asked.answer();
    answers.send(r.chatId(), answers.withContacts(a), true, answers.withAdviser(r, a, 0,
        answers.rating(r.lang(), a, asked.logId(), false)));
    return DONE;
  }
}
