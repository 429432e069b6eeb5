package vn.thuduc.coordbot.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import vn.thuduc.coordbot.app.Coordbot;
import vn.thuduc.coordbot.config.ZaloSettings;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.metrics.Metrics;
import vn.thuduc.coordbot.telegram.TelegramObserver;
import vn.thuduc.coordbot.telegram.TelegramService;
import vn.thuduc.coordbot.web.WebChannel;
import vn.thuduc.coordbot.zalo.ZaloChannel;

/** {@code serve}: the Telegram bot (when TELEGRAM_BOT_TOKEN is set) and the web channel in one process. */
@Command(name = "serve", description = "Run the Telegram bot (when TELEGRAM_BOT_TOKEN is set) and the web channel"
    + " in one process, over the same store and engine.")
final class ServeCommand implements Callable<Integer> {
  private final Launch launch;

  ServeCommand(Launch launch) {
    this.launch = launch;
  }

  @Override
  public Integer call() throws DataException, InterruptedException, java.io.IOException {
    return run(launch, "serve", true);
  }

  /**
   * Serves the web channel and, when {@code withTelegram} and a token is set, the Telegram bot, until
   * SIGTERM; {@code name} is the subcommand in messages. {@code web} is this without the bot.
   */
  static int run(Launch launch, String name, boolean withTelegram)
      throws DataException, InterruptedException, java.io.IOException {
    // a half-configured Zalo stops start-up with one line naming the missing setting, before anything is opened
    Optional<ZaloSettings> zaloSettings = launch.settings().zalo();
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.countDown();
      try {
        closed.await(8, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "coordbot-" + name + "-shutdown"));
    // one serving process per index directory, as the bot: a second one exits 2 naming the dir and the pid
    ServingLock lock;
    try {
      // before anything is created or opened: a port in use changes nothing
      Optional<String> busy = PortCheck.busy(launch.settings().webBind(), launch.settings().webPort());
      if (busy.isPresent()) {
        closed.countDown();
        launch.err().println(name + ": " + busy.get());
        return 2;
      }
      IndexDir.check(launch.settings().indexDir());
      lock = ServingLock.acquire(launch.settings().indexDir());
    } catch (ServingLock.HeldException e) {
      closed.countDown();
      launch.err().println(name + ": " + e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      closed.countDown();
      throw e;
    }
    try (lock; Coordbot app = launch.open(); Metrics metrics = new Metrics();
        ZaloChannel zalo = zaloSettings.map(z -> app.zalo(z, metrics)).orElse(null);
        WebChannel web = WebChannel.start(app, metrics, Optional.ofNullable(zalo))) {
      if (zalo != null) {
        launch.err().println("coordbot " + name + ": Zalo webhook on /zalo/webhook (app " + zaloSettings.get().appId()
            + ")");
      }
      app.watchStore(Duration.ofSeconds(10));
      launch.err().println("coordbot " + name + ": web on http://" + app.settings().webBind() + ":" + web.port() + "/");
      if (!withTelegram || launch.settings().token().isEmpty()) {
        if (withTelegram) {
          launch.err().println("coordbot serve: TELEGRAM_BOT_TOKEN is not set; serving the web channel only.");
        }
        stop.await();
        return 0;
      }
      try (TelegramService bot = app.telegram()) {
        bot.observe(new TelegramObserver() {
          @Override
          public void updateStarted() {
            metrics.updateStarted();
          }

          @Override
          public void updateFinished() {
            metrics.updateFinished();
          }

          @Override
          public void sendError(int code) {
            metrics.sendError(code);
          }
        });
        return bot.runUntilShutdown();
      }
    } finally {
      closed.countDown();
    }
  }
}
