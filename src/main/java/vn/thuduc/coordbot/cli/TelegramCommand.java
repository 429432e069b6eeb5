package vn.thuduc.coordbot.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
  public Integer call() throws DataException, java.io.IOException {
    if (launch.settings().token().isEmpty()) {
      launch.err().println("telegram: set TELEGRAM_BOT_TOKEN (from @BotFather) to run the bot.");
      return 2;
    }
    // on SIGTERM the JVM waits for its shutdown hooks only: this one holds it until SQLite and
    // Lucene are closed below, after the bot's own hook has stopped polling
    CountDownLatch closed = new CountDownLatch(1);
    Thread waiter = new Thread(() -> {
      try {
        closed.await(8, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "coordbot-close-wait");
    Runtime.getRuntime().addShutdownHook(waiter);
    IndexDir.check(launch.settings().indexDir());
    ServingLock lock;
    try {
      lock = ServingLock.acquire(launch.settings().indexDir());
    } catch (ServingLock.HeldException e) {
      launch.err().println("telegram: " + e.getMessage());
      return 2;
    }
    try (lock; Coordbot app = launch.open(); TelegramService bot = app.telegram()) {
      app.watchStore(Duration.ofSeconds(10));
      return bot.runUntilShutdown();
    } finally {
      closed.countDown();
    }
  }
}
