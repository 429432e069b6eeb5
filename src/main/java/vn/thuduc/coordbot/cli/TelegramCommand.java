package vn.thuduc.coordbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code telegram}: long polling against the Bot API (needs TELEGRAM_BOT_TOKEN). */
@Command(name = "telegram", description = "Run the Telegram bot (long polling; needs TELEGRAM_BOT_TOKEN).")
final class TelegramCommand implements Callable<Integer> {
  private final Launch launch;

  TelegramCommand(Launch launch) {
    this.launch = launch;
  }

  @Override
  public Integer call() {
    if (launch.settings().token().isEmpty()) {
      launch.err().println("telegram: set TELEGRAM_BOT_TOKEN (from @BotFather) to run the bot.");
      return 2;
    }
    launch.err().println("telegram: not available in this build yet.");
    return 2;
  }
}
