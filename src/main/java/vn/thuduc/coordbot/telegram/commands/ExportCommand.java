package vn.thuduc.coordbot.telegram.commands;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.export.StatsExport;
import vn.thuduc.coordbot.telegram.CallbackAnswer;
import vn.thuduc.coordbot.telegram.Replier;
import vn.thuduc.coordbot.telegram.Request;
import vn.thuduc.coordbot.chat.Route;
import vn.thuduc.coordbot.telegram.transport.BotApiException;

/** {@code /export} and the 📥 button under {@code /stats}: the statistics as a CSV file (sendDocument). */
final class ExportCommand {
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final StatsExport export;
  private final Messages messages;
  private final Replier replier;

  ExportCommand(StatsExport export, Messages messages, Replier replier) {
    this.export = export;
    this.messages = messages;
    this.replier = replier;
  }

  InlineKeyboardRow row(Lang lang) {
    return new InlineKeyboardRow(InlineKeyboardButton.builder().text(messages.get(lang, "export.button"))
        .callbackData(new Route.Export().encode()).build());
  }

  CompletionStage<Void> export(Request r) throws BotApiException {
    Optional<StatsExport.CsvFile> file = export.stats(r.lang());
    if (file.isEmpty()) {
      replier.send(r.chatId(), messages.get(r.lang(), "export.none"));
      return DONE;
    }
    replier.document(r.chatId(), file.get().bytes(), file.get().name(), messages.get(r.lang(), "export.caption"));
    return DONE;
  }

  /** The 📥 button: the same file as {@code /export}. */
  CompletionStage<Void> press(Request r, CallbackAnswer answer, Route.Export button) throws BotApiException {
    answer.answerIfNot();
    return export(r);
  }
}
