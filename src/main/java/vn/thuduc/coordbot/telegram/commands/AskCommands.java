package vn.thuduc.coordbot.telegram.commands;

import vn.thuduc.coordbot.chat.ConversationKeys;
import vn.thuduc.coordbot.identity.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.questions.Asked;
import vn.thuduc.coordbot.questions.Asker;
import vn.thuduc.coordbot.questions.Questions;
import vn.thuduc.coordbot.telegram.BotContext;
import vn.thuduc.coordbot.telegram.CallbackAnswer;
import vn.thuduc.coordbot.telegram.Replier;
import vn.thuduc.coordbot.telegram.Request;
import vn.thuduc.coordbot.chat.Route;
import vn.thuduc.coordbot.telegram.transport.BotApiException;

/**
 * Questions: plain text (asked in the user's conversation in this chat, so follow-ups build on it),
 * {@code /search TEXT}, {@code /new} (forget the conversation), and the choices of a clarifying answer
 * ({@link Route.Choice} buttons, each asking its question).
 */
final class AskCommands {
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final Questions questions;
  private final Messages messages;
  private final Replier replier;
  private final AnswerReplies answers;
  private final ChoiceButtons choices = new ChoiceButtons(10_000);

  AskCommands(Questions questions, Messages messages, Replier replier, AnswerReplies answers) {
    this.questions = questions;
    this.messages = messages;
    this.replier = replier;
    this.answers = answers;
  }

  /** Plain text: a question for the engine. */
  CompletionStage<Void> ask(Request r) throws BotApiException {
    return ask(r, r.args());
  }

  /** A question asked in the user's conversation in this chat, so follow-ups build on it. */
  private CompletionStage<Void> ask(Request r, String text) throws BotApiException {
    replier.typing(r.chatId());
    Asked asked = questions.ask(asker(r), Question.of(text, r.lang()).inConversation(conversation(r)));
    Answer a = asked.answer();
    long id = asked.logId();
    InlineKeyboardMarkup keyboard = a.choices().isEmpty()
        ? answers.withAdviser(r, a, id, answers.rating(r.lang(), a, id, false))
        : choicesKeyboard(a.choices());
    answers.send(r.chatId(), answers.withContacts(a), true, keyboard);
    return DONE;
  }

  CompletionStage<Void> search(Request r) throws BotApiException {
    replier.typing(r.chatId());
    Asked asked = questions.search(asker(r), "/search " + r.args(), r.args(), r.lang());
    Answer a = asked.answer();
    answers.send(r.chatId(), a, false, answers.rating(r.lang(), a, asked.logId(), false));
    return DONE;
  }

  CompletionStage<Void> startOver(Request r) throws BotApiException {
    questions.engine().forget(conversation(r));
    replier.send(r.chatId(), messages.get(r.lang(), "new.done"));
    return DONE;
  }

  /** A choice of a clarifying answer: asks its question (a token from before a restart is stale). */
  CompletionStage<Void> press(Request r, CallbackAnswer answer, Route.Choice choice) throws BotApiException {
    boolean known = choices.knows(choice.token());
    answer.answer(known ? null : messages.get(r.lang(), "callback.stale"));
    if (!known) {
      return DONE;
    }
    Optional<String> question = choices.take(choice.token());
    return question.isPresent() ? ask(r, question.get()) : DONE;
  }

  /** One conversation per user per chat: two people in a group keep separate follow-ups. */
  static String conversation(Request r) {
    return ConversationKeys.of(Identity.telegram(r.userId()), Long.toString(r.chatId()));
  }

  static Asker asker(Request r) {
    return new Asker(BotContext.CHANNEL, r.userId());
  }

  private InlineKeyboardMarkup choicesKeyboard(List<String> options) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (String option : options) {
      rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder().text(option)
          .callbackData(new Route.Choice(choices.put(option)).encode()).build()));
    }
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }
}
