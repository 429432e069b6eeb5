package vn.thuduc.coordbot.telegram;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.thuduc.coordbot.answer.Lang;
import vn.thuduc.coordbot.answer.Messages;
import vn.thuduc.coordbot.app.DataService;
import vn.thuduc.coordbot.app.StatsCsv;
import vn.thuduc.coordbot.data.Dataset;

/** {@code /export} and the 📥 button under {@code /stats}: the statistics as a CSV file (sendDocument). */
final class StatsExport implements ButtonHandler {
  static final String BUTTON = "exp";
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd")
      .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final DataService data;
  private final Messages messages;
  private final Replier replier;
  private final Clock clock;
  private final StatsCsv csv = new StatsCsv();

  StatsExport(DataService data, Messages messages, Replier replier, Clock clock) {
    this.data = data;
    this.messages = messages;
    this.replier = replier;
    this.clock = clock;
  }

  InlineKeyboardRow row(Lang lang) {
    return new InlineKeyboardRow(InlineKeyboardButton.builder().text(messages.get(lang, "export.button"))
        .callbackData(BUTTON).build());
  }

  CompletionStage<Void> export(Request r) throws BotApiException {
    Optional<Dataset> ds = data.dataset();
    if (ds.isEmpty() || ds.get().zoneStats().isEmpty()) {
      replier.send(r.chatId(), messages.get(r.lang(), "export.none"));
      return DONE;
    }
    replier.document(r.chatId(), csv.render(ds.get(), r.lang()),
        "coordbot-stats-" + DAY.format(clock.instant()) + ".csv", messages.get(r.lang(), "export.caption"));
    return DONE;
  }

  @Override
  public boolean handles(String data) {
    return data.equals(BUTTON);
  }

  @Override
  public CompletionStage<Void> press(Request r, CallbackAnswer answer, String data) throws BotApiException {
    answer.answerIfNot();
    return export(r);
  }
}
