package vn.thuduc.coordbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.telegram.TelegramService;

/** {@code telegram}: long polling against the Bot API (needs TELEGRAM_BOT_TOKEN). */
@Command(name = "telegram", description = "Run the Telegram bot (long polling; needs TELEGRAM_BOT_TOKEN).")
final class TelegramCommand implements Callable<Integer> {
  private final Launch launch;

  TelegramCommand(Launch launch) {
    this.launch = launch;
  }

  @Override
  public Integer call() throws DataException {
    if (launch.settings().token().isEmpty()) {
      launch.err().println("telegram: set TELEGRAM_BOT_TOKEN (from @BotFather) to run the bot.");
      return 2;
    }
    try (Coordbot app = launch.open(); TelegramService bot = TelegramService.of(app)) {
      return bot.runUntilShutdown();
    }
  }
}
