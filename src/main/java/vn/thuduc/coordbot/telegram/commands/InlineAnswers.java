package vn.thuduc.coordbot.telegram.commands;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.ReplyLanguage;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.identity.Identity;
import vn.thuduc.coordbot.preferences.LanguageChoice;
import vn.thuduc.coordbot.questions.Asker;
import vn.thuduc.coordbot.questions.Questions;
import vn.thuduc.coordbot.telegram.Replier;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.transport.TelegramText;

/**
 * Inline mode: {@code @bot question} typed in any chat gets the engine's answer as one article the
 * user can send into that chat (HTML-escaped text, within Telegram's limits).
 */
final class InlineAnswers {
  static final String CHANNEL = "telegram-inline";
  private static final Logger log = LoggerFactory.getLogger(InlineAnswers.class);
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
  private static final int MAX_QUERY = 256;
  private static final int CACHE_SECONDS = 60;

  private final Questions questions;
  private final LanguageChoice languages;
  private final Replier replier;

  InlineAnswers(Questions questions, LanguageChoice languages, Replier replier) {
    this.questions = questions;
    this.languages = languages;
    this.replier = replier;
  }

  CompletionStage<Void> answer(InlineQuery q) throws BotApiException {
    String text = q.getQuery() == null ? "" : q.getQuery().strip();
    long userId = q.getFrom() == null ? 0 : q.getFrom().getId();
    AnswerInlineQuery.AnswerInlineQueryBuilder<?, ?> reply = AnswerInlineQuery.builder().inlineQueryId(q.getId())
        .cacheTime(CACHE_SECONDS).isPersonal(true);
    if (text.isEmpty()) {
      replier.answerInline(reply.results(List.of()).build());
      return DONE;
    }
    Lang lang = languages.reply(Identity.telegram(userId),
        q.getFrom() == null ? null : q.getFrom().getLanguageCode(), text);
    Answer a = questions.ask(new Asker(CHANNEL, userId),
        Question.of(TelegramText.truncatePlain(text, MAX_QUERY), lang)).answer();
    String body = TelegramText.escape(TelegramText.truncatePlain(a.text(), TelegramText.MAX_MESSAGE));
    InlineQueryResultArticle article = InlineQueryResultArticle.builder()
        .id("a" + Integer.toHexString(text.hashCode()))
        .title(TelegramText.truncatePlain(text, 64))
        .description(TelegramText.truncatePlain(a.text().replace('\n', ' '), 200))
        .inputMessageContent(InputTextMessageContent.builder().messageText(body).parseMode(ParseMode.HTML)
            .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build()).build())
        .build();
    replier.answerInline(reply.result(article).build());
    return DONE;
  }
}
