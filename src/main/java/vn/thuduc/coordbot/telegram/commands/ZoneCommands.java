package vn.thuduc.coordbot.telegram.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.answer.AnswerEngine;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.answer.ZoneLabel;
import vn.thuduc.coordbot.telegram.CallbackAnswer;
import vn.thuduc.coordbot.telegram.Replier;
import vn.thuduc.coordbot.telegram.Request;
import vn.thuduc.coordbot.chat.Route;
import vn.thuduc.coordbot.telegram.transport.BotApiException;
import vn.thuduc.coordbot.telegram.InlineButtons;

/**
 * {@code /zones} (a keyboard of the zones; a press, a {@link Route.ZoneCard}, shows the zone's card in
 * the same message) and {@code /zone NAME} (a question about that zone).
 */
final class ZoneCommands {
  private static final Logger log = LoggerFactory.getLogger(ZoneCommands.class);
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final AnswerEngine engine;
  private final Messages messages;
  private final Replier replier;
  private final AskCommands asks;

  ZoneCommands(AnswerEngine engine, Messages messages, Replier replier, AskCommands asks) {
    this.engine = engine;
    this.messages = messages;
    this.replier = replier;
    this.asks = asks;
  }

  CompletionStage<Void> zones(Request r) throws BotApiException {
    Optional<InlineKeyboardMarkup> keyboard = keyboard(r.lang());
    if (keyboard.isEmpty()) {
      replier.send(r.chatId(), messages.get(r.lang(), "zones.empty"));
    } else {
      replier.send(r.chatId(), messages.get(r.lang(), "zones.pick"), keyboard.get());
    }
    return DONE;
  }

  CompletionStage<Void> zone(Request r) throws BotApiException {
    if (r.args().isBlank()) {
      return zones(r);
    }
    return asks.ask(r);
  }

  CompletionStage<Void> press(Request r, CallbackAnswer answer, Route.ZoneCard card) throws BotApiException {
    answer.answer(null);
    replier.typing(r.chatId());
    Answer a = engine.zoneCard(card.zoneId(), r.lang());
    replier.editOrSend(r.chatId(), r.in().messageId(), vn.thuduc.coordbot.telegram.transport.TelegramText.escape(
        a.text()), keyboard(r.lang()).orElse(null));
    return DONE;
  }

  private Optional<InlineKeyboardMarkup> keyboard(Lang lang) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (ZoneLabel z : engine.zones(lang)) {
      Route.ZoneCard card = new Route.ZoneCard(z.id());
      if (!card.fits()) {
        log.warn("zone id '{}' is too long for a button and is left out", z.id());
        continue;
      }
      rows.add(new InlineKeyboardRow(InlineButtons.of(card, z.label())));
    }
    return rows.isEmpty() ? Optional.empty() : Optional.of(InlineKeyboardMarkup.builder().keyboard(rows).build());
  }
}
