package vn.thuduc.coordbot.telegram.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.ChartData;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.chart.ChartRenderer;
import vn.thuduc.coordbot.telegram.Replier;
import vn.thuduc.coordbot.telegram.Request;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.transport.TelegramText;

/**
 * An engine answer as Telegram messages: the escaped text, the chart as a photo, and the buttons
 * under it (👍/👎 and 📥 CSV when the bot has those features, "ask an adviser" where the answer offers
 * one), with the contacts of the answer's zone appended to law and advice answers.
 */
final class AnswerReplies {
  private final Replier replier;
  private final ChartRenderer charts;
  private final Optional<FeedbackCommands> feedback;
  private final Optional<ExportCommand> export;
  private final Optional<AdviceOffers> advice;

  AnswerReplies(Replier replier, ChartRenderer charts, Optional<FeedbackCommands> feedback,
      Optional<ExportCommand> export, Optional<AdviceOffers> advice) {
    this.replier = replier;
    this.charts = charts;
    this.feedback = feedback;
    this.export = export;
    this.advice = advice;
  }

  void send(long chatId, Answer a, boolean withChart, InlineKeyboardMarkup keyboard) throws BotApiException {
    replier.send(chatId, TelegramText.escape(a.text()), keyboard);
    if (withChart && a.chart().isPresent()) {
      chart(chatId, a.chart().get());
    }
  }

  void chart(long chatId, ChartData chart) throws BotApiException {
    replier.photo(chatId, charts.png(chart), chart.title());
  }

  /**
   * The buttons under an answer logged as {@code questionId}: 📥 CSV under answered statistics
   * ({@code stats}), 👍/👎 when it states facts; null when there are none or the bot rates nothing.
   */
  InlineKeyboardMarkup rating(Lang lang, Answer a, long questionId, boolean stats) {
    if (feedback.isEmpty()) {
      return null;
    }
    List<InlineKeyboardRow> rows = new ArrayList<>();
    if (stats && a.answered()) {
      export.ifPresent(e -> rows.add(e.row(lang)));
    }
    feedback.get().row(a, questionId).ifPresent(rows::add);
    return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  /** The answer with the contacts that serve its zone appended (law and advice answers, when there are any). */
  Answer withContacts(Answer a) {
    String extra = advice.map(d -> d.extra(a)).orElse("");
    return extra.isEmpty() ? a : new Answer(a.text() + extra, a.answered(), a.intent(), a.sources(), a.lang(),
        a.chart(), a.zoneIds(), a.query(), a.choices());
  }

  /** {@code keyboard} plus the "ask an adviser" row where the answer offers one ({@code questionId} 0: asks anew). */
  InlineKeyboardMarkup withAdviser(Request r, Answer a, long questionId, InlineKeyboardMarkup keyboard) {
    Optional<InlineKeyboardRow> row = advice.flatMap(d -> d.row(r.in(), r.lang(), a, questionId));
    if (row.isEmpty()) {
      return keyboard;
    }
    List<InlineKeyboardRow> rows = new ArrayList<>();
    if (keyboard != null) {
      rows.addAll(keyboard.getKeyboard());
    }
    rows.add(row.get());
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }
}
